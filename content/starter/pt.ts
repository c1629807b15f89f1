// Portuguese defaults for a new template (see en.ts). Written to read
// naturally in both Portugal and Brazil: the verb forms both share ("toque",
// "pode", "o seu"), and none of the words that differ (anónimo/anônimo,
// ecrã/tela, telemóvel/celular, contacto/contato). Gender-neutral
// wording ("quem facilita").
import type { StarterDefaults } from "./starter-defaults";

export const pt: StarterDefaults = {
  contentNote:
    "Esta sessão pode tocar em experiências pessoais e trazer à tona sentimentos ou memórias. Está tudo bem.\n\n" +
    "Pode deixar qualquer pergunta sem resposta, desviar o olhar ou sair sempre que precisar. As suas respostas não levam nome: ninguém vê quem respondeu o quê, e os resultados só aparecem depois de várias pessoas responderem.\n\n" +
    "Se precisar de um momento, toque em “Preciso de uma pausa”: só quem facilita vê. Os recursos de apoio estão sempre a um toque de distância.",
  resources: {
    title: "Apoio, sempre que precisar",
    intro: "Não é preciso carregar tudo sem ajuda. Se hoje algo vier à tona, isto pode ajudar, durante a sessão ou a qualquer momento depois.",
    items: [
      {
        label: "Se estiver em perigo imediato, ligue para o número de emergência local.",
        detail: "Se puder, avise também alguém que esteja perto.",
      },
      {
        label: "Fale com quem facilita a sessão",
        detail: "Durante um intervalo ou depois da sessão. Também pode tocar em “Preciso de uma pausa” a qualquer momento: só quem facilita vê, e não sabe quem enviou.",
      },
      {
        label: "Adicione aqui a linha de apoio em crise da sua região",
        detail: "Para quem facilita: edite os recursos deste modelo antes da sessão, para que todos vejam um número que funcione onde o grupo se reúne.",
        placeholder: true,
      },
      {
        label: "Adicione aqui os serviços de apoio da sua região",
        detail:
          "Por exemplo, um grupo de recuperação ou de ajuda mútua, um serviço de aconselhamento ou um espaço comunitário de acolhimento. Para quem facilita: edite os recursos deste modelo antes da sessão.",
        placeholder: true,
      },
      {
        label: "Procure alguém de confiança",
        detail: "Um amigo ou amiga, alguém da família, o seu padrinho ou madrinha, ou um mentor. Basta uma mensagem curta: “Podemos conversar?”",
      },
    ],
  },
  imported: {
    title: "Artigo importado",
    description: "Importado do Markdown. Antes de usar, revise o aviso de conteúdo e os recursos de apoio, e adicione perguntas no editor.",
    introduction: "Introdução",
    untitled: "Seção sem título",
    continued: "(continuação)",
  },
};
