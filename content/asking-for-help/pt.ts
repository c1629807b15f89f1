// "Pedir ajuda": the built-in session in Portuguese, step by step as en.ts
// (same keys, prompts and settings). Written to read naturally in both
// Portugal and Brazil: the verb forms both share ("pense", "toque", "o seu"),
// no pronoun where the two place it differently, infinitives in the
// facilitator's notes, and none of the words that differ (anónimo/anônimo,
// ecrã/tela, telemóvel/celular, equipa/equipe). Gender-neutral wording
// ("quem facilita", "sem ajuda" rather than "sozinho/sozinha").
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "Quão à vontade se sente para pedir ajuda neste momento?";
const comfortScale = { max: 5, minLabel: "Nada à vontade", maxLabel: "Muito à vontade" };

export const pt: TemplateContent = {
  schemaVersion: 1,
  language: "pt",
  title: "Pedir ajuda",
  description:
    "O que torna tão difícil pedir ajuda, a importância de pedir e pequenas formas de facilitar, a partir de um artigo escrito com base na experiência vivida da recuperação. Cerca de 70 minutos, com sete perguntas que não identificam ninguém.",
  contentNote:
    "Esta sessão é sobre pedir ajuda, também na recuperação e na nossa saúde mental. Pode trazer à tona sentimentos ou memórias, e está tudo bem.\n\n" +
    "Pode deixar qualquer pergunta sem resposta, desviar o olhar ou sair sempre que precisar. As suas respostas não levam nome: ninguém vê quem respondeu o quê, e os resultados só aparecem depois de várias pessoas responderem.\n\n" +
    "Se precisar de um momento, toque em “Preciso de uma pausa”: só quem facilita vê, e não sabe quem enviou. Os recursos de apoio estão sempre a um toque de distância.",
  resources: starterResources("pt"),
  steps: [
    {
      key: "welcome",
      title: "Boas-vindas",
      body:
        "Boas-vindas, e agradecemos a sua presença.\n\n" +
        "Hoje vamos percorrer um artigo curto sobre pedir ajuda: o que torna isso tão difícil, a importância de pedir e algumas formas simples de facilitar.\n\n" +
        "De vez em quando, vai aparecer uma pergunta no seu telefone. Responda se quiser: **qualquer pergunta pode ficar sem resposta**, e isso está sempre bem. Ninguém vê quem disse o quê.",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- Deixar o código de acesso visível até o grupo se acomodar.\n" +
        "- Ler em voz alta o aviso sobre o conteúdo, ou resumi-lo por palavras próprias.\n" +
        "- Mostrar três coisas no telefone: o botão para passar uma pergunta, os recursos de apoio e “Preciso de uma pausa” (quem facilita vê uma contagem que não identifica ninguém, nunca quem foi).\n" +
        "- Explicar que os resultados ficam escondidos até responderem pessoas suficientes e até quem facilita decidir mostrá-los.\n" +
        "- Relembrar os acordos habituais do grupo (o que é dito aqui fica aqui; ouvir sem tentar resolver).\n" +
        "- As reações estão abertas: aqui todos podem experimentar o botão.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Como chegamos hoje",
      body:
        "Vamos começar com um momento tranquilo. Não há respostas certas nem nada para explicar, e pode sempre deixar a pergunta sem resposta. Basta notar como está hoje.\n\n" +
        "No fim, voltamos à mesma pergunta.",
      facilitatorNotes:
        "Cerca de 3 minutos.\n" +
        "- Abrir a pergunta e dar um minuto de silêncio.\n" +
        "- Pensar em manter os resultados escondidos até a maioria responder, para ninguém sentir que tem de acompanhar o grupo.\n" +
        "- Ao mostrar, descrever a variedade sem interpretações: “Há aqui de tudo, e tudo é bem-vindo.”\n" +
        "- Lembrar que não responder está bem.",
      reactions: false,
      prompt: {
        key: "check-in-comfort",
        kind: "scale",
        question: comfortQuestion,
        config: { ...comfortScale },
      },
    },
    {
      key: "introduction",
      title: "Pedir ajuda é uma força",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "Esta parte fala de sobriedade e de recuperação de uma dependência. Pode abri-la quando quiser, ou deixá-la fechada.",
      body:
        "Num mundo que celebra a autossuficiência e a independência, pedir ajuda pode parecer admitir uma derrota.\n\n" +
        "Mas reconhecer quando precisa de apoio, e ir à procura dele, mostra **força e autoconhecimento**. Na recuperação, isso conta ainda mais.\n\n" +
        "Quem escreveu este artigo detestava pedir ajuda, e às vezes ainda tem dificuldade. A sua sobriedade e a sua recuperação são possíveis graças ao apoio que tem na vida — e à coragem de dizer: *“Preciso de ajuda.”*",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- Ler o texto, ou perguntar se alguém quer lê-lo em voz alta (nunca escolher uma pessoa).\n" +
        "- Uma pergunta opcional para o grupo, em voz alta: “Como soa ‘admitir uma derrota’ dentro da sua cabeça?”\n" +
        "- Deixar o silêncio ficar; ninguém tem de falar. Também é possível tocar numa reação.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "O que nos impede de pedir: o medo de julgamento e o orgulho",
      contentNote: "Esta parte fala do medo de julgamento, e de sentir fraqueza ou vergonha quando as coisas estão difíceis. Pode abri-la quando quiser, ou deixá-la fechada.",
      body:
        "**Medo de julgamento.** Uma das maiores barreiras. Temos receio de que os outros nos vejam como fracos ou incapazes se admitirmos que estamos com dificuldades. Pode ser mais forte no trabalho, ou quando esperamos muito de nós.\n\n" +
        "**Orgulho e ego.** Precisar de ajuda pode parecer admitir que não conseguimos tratar de tudo sem ninguém. Isso é especialmente difícil para quem tem orgulho da sua independência e autossuficiência.",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- Convidar o grupo a notar, em silêncio, o que soa familiar; daqui a pouco há uma pergunta sem nomes sobre isso.\n" +
        "- Se alguém contar algo, agradecer e resistir à vontade de dar conselhos.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "O que nos impede de pedir: ser um peso e conseguir sem ajuda",
      body:
        "**Não querer ser um peso.** Muitas pessoas evitam pedir porque não querem aumentar a carga de ninguém. Parece que todas as outras pessoas já têm o suficiente com que lidar.\n\n" +
        "**A ideia de que devíamos conseguir sem ajuda.** Ouvimos muitas vezes que é preciso “resolver tudo com as próprias forças”. Isso pode fazer com que pedir pareça fraqueza ou fracasso — e as pessoas sofrem em silêncio em vez de procurar apoio.",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- A preocupação de ser um peso nasce muitas vezes do cuidado com os outros; pode ajudar dizê-lo com gentileza.\n" +
        "- Uma pergunta possível: “Onde aprendeu pela primeira vez que tinha de conseguir sem ajuda?” Sempre opcional e sem pressa.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "O que tem dificultado pedir ajuda?",
      body:
        "Pense numa vez em que precisou de ajuda e não a pediu. Quais destas coisas tiveram peso?\n\n" +
        "Escolha quantas fizerem sentido, ou nenhuma. A sua resposta não leva nome, e pode deixá-la em branco.",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- Deixar a pergunta aberta um ou dois minutos antes de mostrar os resultados.\n" +
        "- Ler os números com simplicidade e normalizá-los: estas barreiras são comuns, e na maioria dos grupos aparecem várias.\n" +
        "- Nunca perguntar quem escolheu o quê. Se “Outra coisa” aparecer muito, pode convidar quem quiser a dizê-la em voz alta — sem pressão.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Quais destas coisas já tornaram mais difícil pedir ajuda?",
        config: {
          options: [
            { id: "judgement", label: "O medo do julgamento" },
            { id: "pride", label: "O orgulho — querer mostrar que consigo" },
            { id: "burden", label: "Não querer ser um peso" },
            { id: "self-reliance", label: "Sentir que tinha de aguentar tudo sem ajuda" },
            { id: "something-else", label: "Outra coisa" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "O que dizemos a nós mesmos",
      body:
        "Às vezes, a voz mais difícil de ultrapassar é a nossa. Pensamentos como *“Devia conseguir lidar com isto”* ou *“Já têm problemas demais”* podem parar tudo antes de começarmos.\n\n" +
        "Se quiser, escreva um deles. As respostas não levam nome, e quem facilita lê cada uma antes de qualquer coisa ser mostrada. Pode deixar em branco.",
      facilitatorNotes:
        "Cerca de 7 minutos.\n" +
        "- As respostas chegam à fila de moderação; nada aparece no projetor antes de ser aprovado.\n" +
        "- Aprovar as respostas que podem ser mostradas com segurança; esconder tudo o que nomeie ou possa identificar alguém, ou que possa magoar.\n" +
        "- Se uma resposta sugerir que alguém pode estar em risco, não mostrar essa resposta. Lembrar com delicadeza os recursos de apoio, e dizer que quem facilita fica disponível no fim.\n" +
        "- Ler devagar, em voz alta, algumas respostas aprovadas, sem tentar adivinhar quem as escreveu.\n" +
        "- Uma ponte possível: “Repare quantas destas frases nunca diríamos a um amigo ou a uma amiga.”",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "Que frase passa pela sua cabeça e torna mais difícil pedir ajuda?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "A importância de pedir: bem-estar e ligação",
      body:
        "**Faz bem à nossa saúde mental.** Abrir o coração permite falar do que carregamos, e alivia o isolamento e a solidão. Falar do que é difícil pode trazer alívio e um olhar novo.\n\n" +
        "**Fortalece as relações.** Deixar que alguém nos apoie cria confiança e proximidade. E dá a quem gosta de nós a oportunidade de o mostrar.",
      facilitatorNotes:
        "Cerca de 4 minutos.\n" +
        "- O segundo ponto pode ser sentido de outra forma por quem tem relações difíceis; reconhecer que o apoio pode vir de muitos lugares, incluindo deste grupo.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "A importância de pedir: resolver problemas e crescer",
      body:
        "**Ajuda a resolver problemas.** Outras pessoas trazem ideias que talvez não encontrássemos sem elas. Ver um desafio de outro ângulo pode levar a melhores decisões.\n\n" +
        "**Ajuda a crescer.** Reconhecer que precisamos de ajuda, e procurá-la, é sinal de autoconhecimento e maturidade. Mostra vontade de aprender — e mostra aos outros que também podem pedir.",
      facilitatorNotes: "Cerca de 4 minutos.\n" + "- Uma pergunta possível: “Alguma vez foi mais fácil pedir porque outra pessoa pediu primeiro?”",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "O que mais importa?",
      body:
        "Cada um destes pontos é uma razão pela qual pedir ajuda pode valer a pena. Ponha-os pela ordem que parecer mais verdadeira neste momento.\n\n" +
        "Não há uma ordem certa, e pode deixar a pergunta sem resposta.",
      facilitatorNotes:
        "Cerca de 5 minutos.\n" +
        "- Explicar o que aparece no telefone: arrastar os pontos para que o mais importante fique no topo.\n" +
        "- Os resultados mostram a posição média, por isso é normal ficarem próximos.\n" +
        "- Convidar à reflexão em vez de ao debate: “O que chama a atenção?”\n" +
        "- Algumas pessoas podem sentir que nada disto está ao seu alcance agora; está bem dizê-lo.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Qual destas coisas é mais importante neste momento?",
        config: {
          options: [
            { id: "wellbeing", label: "Menos solidão e mais tranquilidade" },
            { id: "relationships", label: "Relações mais próximas e de mais confiança" },
            { id: "problem-solving", label: "Ideias novas para o que estou a viver" },
            { id: "growth", label: "Aprender e crescer como pessoa" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Quando alguém ajuda",
      body:
        "Pense numa vez em que alguém ajudou, em algo grande ou pequeno. Talvez tenha escutado, tenha estado presente ou simplesmente tenha notado.\n\n" + "Como foi sentir isso?",
      facilitatorNotes:
        "Cerca de 4 minutos.\n" +
        "- Nem todas as pessoas têm uma boa memória a que recorrer; pode acrescentar “ou como imagina que seria”.\n" +
        "- As palavras passam pela moderação antes de aparecerem.\n" +
        "- Ao mostrar a nuvem, ler algumas palavras em voz alta e deixar que fale por si. Um bom momento para ir mais devagar.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Uma palavra para o que se sente quando alguém ajuda",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Ultrapassar as barreiras: crenças e pequenos passos",
      body:
        "**Questionar as crenças negativas.** Lembre-se de que pedir ajuda é sinal de força, não de fraqueza. Todas as pessoas precisam de ajuda de vez em quando, e está tudo bem pedir.\n\n" +
        "**Começar pelo pequeno.** Se pedir parecer difícil demais, comece por um amigo, uma amiga ou alguém da família em quem confie. Com o tempo, pode procurar redes de apoio maiores ou profissionais.",
      facilitatorNotes:
        "Cerca de 4 minutos.\n" +
        "- Ligar às respostas abertas: questionar uma crença pode começar simplesmente por notá-la, como o grupo fez há pouco.\n" +
        "- “Pequeno” pode ser mesmo pequeno: uma mensagem como “Dia difícil, podemos conversar?”",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Ultrapassar as barreiras: falar abertamente e oferecer ajuda",
      body:
        "**Tornar a conversa normal.** Quanto mais abertamente falarmos de saúde mental e de pedir ajuda, mais fácil fica para os outros procurarem apoio quando precisarem.\n\n" +
        "**Oferecer ajuda aos outros.** Ajudar cria uma cultura de apoio mútuo. Quando as pessoas veem que oferece ajuda, é mais provável que fiquem à vontade para pedir ajuda de volta.",
      facilitatorNotes:
        "Cerca de 4 minutos.\n" +
        "- Sessões como esta fazem parte de tornar a conversa normal; pode ajudar dizê-lo.\n" +
        "- Oferecer ajuda não deve tornar-se outra forma de evitar pedir. Dar e receber contam os dois.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Um pequeno passo",
      body:
        "Nada disto tem de acontecer de uma vez.\n\n" +
        "Qual destes passos parece possível esta semana? Escolha o que sentir mais ao seu alcance — ou deixe a pergunta sem resposta.",
      facilitatorNotes:
        "Cerca de 4 minutos.\n" +
        "- Manter o tom leve: é uma intenção, não uma promessa, e ninguém vai verificar.\n" +
        "- Pode sugerir que cada pessoa anote para si o passo que escolheu.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Que pequeno passo poderia experimentar esta semana?",
        config: {
          options: [
            { id: "challenge-belief", label: "Questionar uma crença que torna pedir mais difícil" },
            { id: "start-small", label: "Falar com uma pessoa em quem confio" },
            { id: "talk-openly", label: "Falar com um pouco mais de abertura sobre como estou" },
            { id: "offer-help", label: "Oferecer ajuda a outra pessoa" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "Está tudo bem pedir",
      body:
        "Pedir ajuda não é sinal de fraqueza. É um gesto forte de autoconhecimento e resiliência.\n\n" +
        "Quando ultrapassamos as barreiras que nos travam, podemos cuidar da nossa saúde mental, fortalecer as nossas relações e resolver problemas com mais facilidade.\n\n" +
        "**Está tudo bem pedir ajuda.** Todas as pessoas precisam de apoio às vezes, e procurá-lo faz parte do bem-estar e do crescimento.",
      facilitatorNotes: "Cerca de 3 minutos.\n" + "- Ler devagar.\n" + "- Agradecer ao grupo o que foi dito, incluindo os silêncios.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Como saímos hoje",
      body: "Antes de terminar, a mesma pergunta do início.\n\n" + "Não faz mal se a resposta não mudou — hoje era sobre notar, não sobre resolver.",
      facilitatorNotes:
        "Cerca de 3 minutos.\n" +
        "- Tal como no início, deixar todos responderem com calma antes de mostrar os resultados.\n" +
        "- O resumo vai mostrar a mudança entre o antes e o depois. Não apresentar isso como uma pontuação a melhorar; qualquer movimento, ou nenhum, está bem.\n" +
        "- Se os valores tiverem baixado, reconhecer que falar disto pode mexer com coisas, e lembrar os recursos de apoio.",
      reactions: false,
      prompt: {
        key: "check-out-comfort",
        repeatOf: "check-in-comfort",
        kind: "scale",
        question: comfortQuestion,
        config: { ...comfortScale },
      },
    },
    {
      key: "support",
      title: "Apoio, sempre que precisar",
      body:
        "Agradecemos a sua presença hoje.\n\n" +
        "Se alguma coisa desta sessão continuar a pesar, não é preciso carregá-la sem ajuda. Os **recursos de apoio** no seu telefone indicam pessoas e lugares que podem ajudar. Estão lá agora, e também depois de terminarmos.\n\n" +
        "Se quiser conversar, quem facilita fica disponível depois da sessão. Se alguma vez estiver em perigo imediato, ligue para o número de emergência local.",
      facilitatorNotes:
        "Cerca de 3 minutos.\n" +
        "- Antes da sessão: confirmar que os recursos de apoio indicam serviços locais reais (linha de apoio em crise, grupos de recuperação, aconselhamento). O cartão incluído só tem exemplos para substituir.\n" +
        "- Mostrar o cartão, referir um ou dois serviços pelo nome e dizer onde e quando vai estar disponível depois.\n" +
        "- Ver uma última vez a contagem de “Preciso de uma pausa” antes de terminar a sessão; a seguir, quem participa vê uma mensagem de agradecimento com estes recursos.",
      reactions: false,
    },
  ],
};
