// "Chiedere aiuto": the built-in session in Italian, step by step as en.ts
// (same keys, prompts and settings). Informal "tu", as Italian self-help and
// mutual-aid groups usually speak; gender-neutral wording where Italian
// allows it ("chi conduce", "senza aiuto" rather than "da solo/sola").
// "Le risorse di sostegno" is the support card.
// A machine-assisted translation: native speakers, see content/README.md.
import type { TemplateContent } from "../../lib/template-schema";
import { starterResources } from "../starter";

// The check-in and check-out must match exactly for the before/after view.
const comfortQuestion = "Quanto ti senti a tuo agio a chiedere aiuto in questo momento?";
const comfortScale = { max: 5, minLabel: "Per niente", maxLabel: "Molto a mio agio" };

export const it: TemplateContent = {
  schemaVersion: 1,
  language: "it",
  title: "Chiedere aiuto",
  description:
    "Perché chiedere aiuto può essere così difficile, perché è importante e piccoli modi per renderlo più facile, a partire da un articolo scritto dall'esperienza vissuta del recupero. Circa 70 minuti, con sette domande anonime.",
  contentNote:
    "Questo incontro parla di chiedere aiuto, anche nel percorso di recupero e per la nostra salute mentale. Può far emergere emozioni o ricordi, e va bene così.\n\n" +
    "Puoi saltare qualsiasi domanda, distogliere lo sguardo o uscire quando ne hai bisogno. Le tue risposte sono anonime: nessun nome, e i risultati compaiono solo quando hanno risposto più persone.\n\n" +
    "Se ti serve un momento, tocca «Ho bisogno di una pausa»: lo vede solo chi conduce, senza sapere chi l'ha inviato. Le risorse di sostegno sono sempre a portata di un tocco.",
  resources: starterResources("it"),
  steps: [
    {
      key: "welcome",
      title: "Benvenuti",
      body:
        "Benvenuti, e grazie di essere qui.\n\n" +
        "Oggi leggeremo insieme un breve articolo sul chiedere aiuto: perché può essere così difficile, perché è importante e qualche piccolo modo per renderlo più facile.\n\n" +
        "Ogni tanto sul tuo telefono apparirà una domanda. Rispondi se ti va: **puoi saltare ogni domanda**, e saltarla va sempre bene. Nessuno vede chi ha detto cosa.",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- Lascia il codice di accesso sullo schermo finché il gruppo non si è sistemato.\n" +
        "- Leggi ad alta voce l'avviso sui contenuti, o riassumilo con parole tue.\n" +
        "- Mostra tre cose sul telefono: il pulsante per saltare, le risorse di sostegno e «Ho bisogno di una pausa» (tu vedi un conteggio anonimo, mai chi).\n" +
        "- Spiega che i risultati restano nascosti finché non hanno risposto abbastanza persone e decidi tu di mostrarli.\n" +
        "- Ricorda gli accordi abituali del gruppo (ciò che si condivide qui resta qui; ascoltare senza voler aggiustare).\n" +
        "- Le reazioni sono aperte: qui si può provare il pulsante.",
      reactions: true,
    },
    {
      key: "check-in",
      title: "Giro di apertura",
      body:
        "Cominciamo con un giro tranquillo. Non c'è una risposta giusta e non c'è niente da spiegare, e puoi sempre saltare. Nota soltanto come stai oggi.\n\n" +
        "Alla fine torneremo alla stessa domanda.",
      facilitatorNotes:
        "Circa 3 minuti.\n" +
        "- Apri la domanda e lascia un minuto di silenzio.\n" +
        "- Valuta di tenere nascosti i risultati finché non ha risposto la maggior parte, così nessuno sente di doversi adeguare al gruppo.\n" +
        "- Quando li mostri, descrivi la varietà senza interpretarla: «Qui c'è davvero di tutto, e tutto è benvenuto».\n" +
        "- Ricorda che saltare va bene.",
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
      title: "Chiedere aiuto è una forza",
      // the first step that talks about addiction and recovery: phones keep it behind the note until opened
      contentNote: "Questa parte parla di sobrietà e di recupero da una dipendenza. Puoi aprirla quando te la senti, oppure saltarla.",
      body:
        "In un mondo che celebra l'autosufficienza e l'indipendenza, chiedere aiuto può sembrare un'ammissione di sconfitta.\n\n" +
        "Eppure riconoscere quando hai bisogno di sostegno, e cercarlo, dimostra **forza e consapevolezza di sé**. Nel percorso di recupero conta ancora di più.\n\n" +
        "Chi ha scritto questo articolo detestava chiedere aiuto, e a volte fa ancora fatica. La sua sobrietà e il suo recupero sono possibili grazie al sostegno che ha nella sua vita, e perché ha avuto il coraggio di dire: *«Ho bisogno di aiuto.»*",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- Leggilo tu, oppure chiedi se qualcuno vuole leggerlo ad alta voce (non scegliere mai una persona).\n" +
        "- Una domanda facoltativa per il gruppo, ad alta voce: «Come suona “ammettere una sconfitta” nella tua testa?»\n" +
        "- Lascia spazio al silenzio; nessuno deve parlare. Si può anche toccare una reazione.",
      reactions: true,
    },
    {
      key: "why-not-judgement-pride",
      title: "Perché non chiediamo: la paura del giudizio e l'orgoglio",
      contentNote: "Questa parte parla della paura del giudizio, e di sentirsi deboli o provare vergogna quando si sta male. Puoi aprirla quando te la senti, oppure saltarla.",
      body:
        "**La paura del giudizio.** Uno degli ostacoli più grandi. Temiamo che gli altri ci vedano deboli o incapaci se ammettiamo di essere in difficoltà. Può essere più forte al lavoro, o quando ci aspettiamo molto da noi stessi.\n\n" +
        "**Orgoglio ed ego.** Avere bisogno di aiuto può sembrare come ammettere di non farcela senza nessuno. È particolarmente difficile per chi va fiero della propria indipendenza e autosufficienza.",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- Invita il gruppo a notare in silenzio quali di queste suonano familiari; tra poco ci sarà una domanda anonima su di esse.\n" +
        "- Se qualcuno condivide, ringrazia e resisti alla tentazione di dare consigli.",
      reactions: true,
    },
    {
      key: "why-not-burden-self-reliance",
      title: "Perché non chiediamo: essere un peso, cavarsela da sé",
      body:
        "**Non voler essere un peso.** Molti di noi si trattengono perché non vogliono aggiungere altro al carico di qualcuno. Tutti gli altri sembrano avere già abbastanza da gestire.\n\n" +
        "**L'idea di doversela cavare senza aiuto.** Spesso ci dicono che bisogna «farcela con le proprie forze». Così chiedere può sembrare debolezza o fallimento, e si soffre in silenzio invece di cercare sostegno.",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- La preoccupazione di essere un peso nasce spesso dalla cura per gli altri; può aiutare riconoscerlo con gentilezza.\n" +
        "- Potresti chiedere: «Dove hai imparato per la prima volta che dovevi cavartela senza aiuto?» Lascia che sia facoltativo, senza fretta.",
      reactions: true,
    },
    {
      key: "barriers",
      title: "Che cosa ti ha trattenuto?",
      body:
        "Pensa a una volta in cui avevi bisogno di aiuto e non l'hai chiesto. Quali di queste cose hanno avuto un ruolo?\n\n" +
        "Scegline quante vuoi, o nessuna. La tua risposta è anonima, e puoi saltare.",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- Lascia la domanda aperta un minuto o due prima di mostrare i risultati.\n" +
        "- Leggi i numeri con semplicità e normalizzali: questi ostacoli sono comuni, e nella maggior parte dei gruppi se ne ritrovano diversi.\n" +
        "- Non chiedere mai chi ha scelto cosa. Se «Altro» compare spesso, puoi invitare chi vuole a nominarlo ad alta voce, senza pressione.",
      reactions: false,
      prompt: {
        key: "barriers-held-back",
        kind: "multiple_choice",
        question: "Quali di queste cose ti hanno trattenuto?",
        config: {
          options: [
            { id: "judgement", label: "La paura del giudizio" },
            { id: "pride", label: "L'orgoglio: voler fare tutto da me" },
            { id: "burden", label: "Non voler essere un peso" },
            { id: "self-reliance", label: "La sensazione di doverla affrontare senza aiuto" },
            { id: "something-else", label: "Altro" },
          ],
        },
      },
    },
    {
      key: "inner-voice",
      title: "Quello che ci diciamo",
      body:
        "A volte la voce più difficile da superare è la nostra. Pensieri come *«Dovrei farcela da me»* o *«Hanno già abbastanza problemi»* possono fermarci prima ancora di cominciare.\n\n" +
        "Se ti va, scrivine uno. Le risposte sono anonime, e chi conduce le legge prima che venga mostrato qualcosa. Puoi saltare.",
      facilitatorNotes:
        "Circa 7 minuti.\n" +
        "- Le risposte arrivano nella tua coda di moderazione; niente appare sullo schermo condiviso finché non lo approvi.\n" +
        "- Approva le risposte che si possono condividere in sicurezza; nascondi tutto ciò che nomina o potrebbe identificare qualcuno, o che potrebbe ferire.\n" +
        "- Se una risposta fa pensare che qualcuno possa essere in pericolo, non mostrarla. Ricorda con delicatezza al gruppo le risorse di sostegno e che ci sei anche dopo l'incontro.\n" +
        "- Leggi ad alta voce, lentamente, alcune risposte approvate, senza ipotesi su chi le abbia scritte.\n" +
        "- Un possibile ponte: «Notate quante di queste frasi non diremmo mai a un'amica o a un amico».",
      reactions: false,
      prompt: {
        key: "inner-voice",
        kind: "open_text",
        question: "Quale frase ti dici che rende più difficile chiedere aiuto?",
        config: { maxLength: 280 },
      },
    },
    {
      key: "why-it-matters-wellbeing-connection",
      title: "Perché chiedere conta: benessere e legami",
      body:
        "**Sostiene la nostra salute mentale.** Aprirci ci permette di condividere ciò che portiamo, e allevia l'isolamento e la solitudine. Parlare di ciò che è difficile può dare sollievo e uno sguardo nuovo.\n\n" +
        "**Rafforza le relazioni.** Lasciare che qualcuno ci sostenga crea fiducia e vicinanza. E dà a chi tiene a noi la possibilità di dimostrarlo.",
      facilitatorNotes:
        "Circa 4 minuti.\n" +
        "- Il secondo punto può arrivare in modo diverso a chi ha relazioni difficili; riconosci che il sostegno può venire da molte parti, anche da questo gruppo.",
      reactions: true,
    },
    {
      key: "why-it-matters-solving-growing",
      title: "Perché chiedere conta: risolvere problemi e crescere",
      body:
        "**Ci aiuta a risolvere i problemi.** Le altre persone portano idee che forse non troveremmo da noi. Guardare una difficoltà da un'altra prospettiva può portare a decisioni migliori.\n\n" +
        "**Ci aiuta a crescere.** Riconoscere di avere bisogno di aiuto, e cercarlo, è segno di consapevolezza e maturità. Mostra la voglia di imparare, e mostra agli altri che anche per loro va bene chiedere.",
      facilitatorNotes: "Circa 4 minuti.\n" + "- Potresti chiedere: «Ti è mai successo che la richiesta di qualcun altro ti rendesse più facile chiedere?»",
      reactions: true,
    },
    {
      key: "what-matters-most",
      title: "Che cosa conta di più per te?",
      body:
        "Ognuna di queste è una ragione per cui chiedere aiuto può valere la pena. Mettile nell'ordine che senti più vero per te in questo momento.\n\n" +
        "Non c'è un ordine giusto, e puoi saltare.",
      facilitatorNotes:
        "Circa 5 minuti.\n" +
        "- Spiega la schermata del telefono: si spostano le voci in modo che quella che conta di più sia in cima.\n" +
        "- I risultati mostrano la posizione media, quindi è normale che siano vicini.\n" +
        "- Invita alla riflessione più che al dibattito: «Che cosa ti colpisce?»\n" +
        "- Qualcuno può sentire che nessuna di queste cose è alla sua portata adesso; va bene dirlo.",
      reactions: false,
      prompt: {
        key: "benefits-ranking",
        kind: "ranking",
        question: "Quale di queste cose conta di più per te in questo momento?",
        config: {
          options: [
            { id: "wellbeing", label: "Meno solitudine, più serenità" },
            { id: "relationships", label: "Relazioni più vicine e di maggiore fiducia" },
            { id: "problem-solving", label: "Idee nuove per ciò che sto affrontando" },
            { id: "growth", label: "Imparare e crescere come persona" },
          ],
        },
      },
    },
    {
      key: "being-helped",
      title: "Quando qualcuno aiuta",
      body:
        "Pensa a una volta in cui qualcuno ti ha aiutato, in una cosa grande o piccola. Forse ti ha ascoltato, c'era, o semplicemente si è accorto di te.\n\n" +
        "Che cosa hai provato?",
      facilitatorNotes:
        "Circa 4 minuti.\n" +
        "- Non tutti hanno un bel ricordo a cui attingere; puoi aggiungere «o come immagini che sarebbe».\n" +
        "- Le parole passano dalla moderazione prima di apparire.\n" +
        "- Quando mostri la nuvola, leggi qualche parola ad alta voce e lascia che parli da sé. Un buon momento per rallentare.",
      reactions: false,
      prompt: {
        key: "helped-word",
        kind: "word_cloud",
        question: "Una parola per come ci si sente quando qualcuno ti aiuta",
        config: { maxWords: 1 },
      },
    },
    {
      key: "overcoming-beliefs-small-steps",
      title: "Superare gli ostacoli: convinzioni e piccoli passi",
      body:
        "**Metti in discussione le convinzioni negative.** Ricordati che chiedere aiuto è un segno di forza, non di debolezza. Tutti a volte hanno bisogno di aiuto, ed è giusto chiederlo.\n\n" +
        "**Comincia in piccolo.** Se chiedere ti sembra troppo, inizia da una persona di fiducia tra amici o familiari. Col tempo potrai rivolgerti a reti di sostegno più ampie o a professionisti.",
      facilitatorNotes:
        "Circa 4 minuti.\n" +
        "- Collega alle risposte aperte: mettere in discussione una convinzione può cominciare semplicemente dall'accorgersene, come ha fatto il gruppo poco fa.\n" +
        "- «Piccolo» può essere piccolissimo: un messaggio come «Giornata difficile, possiamo sentirci?»",
      reactions: true,
    },
    {
      key: "overcoming-talking-offering",
      title: "Superare gli ostacoli: parlarne apertamente e offrire aiuto",
      body:
        "**Parlane apertamente.** Più parliamo apertamente di salute mentale e di chiedere aiuto, più diventa facile per gli altri farsi avanti quando ne hanno bisogno.\n\n" +
        "**Offri aiuto agli altri.** Aiutare crea una cultura di sostegno reciproco. Quando le persone vedono che offri il tuo aiuto, è più probabile che si sentano a loro agio nel chiederlo a te.",
      facilitatorNotes:
        "Circa 4 minuti.\n" +
        "- Incontri come questo fanno parte del rendere normale questa conversazione; può aiutare dirlo.\n" +
        "- Offrire aiuto non dovrebbe diventare un altro modo per evitare di chiederlo. Dare e ricevere contano entrambi.",
      reactions: true,
    },
    {
      key: "small-step",
      title: "Un piccolo passo",
      body:
        "Niente di questo deve succedere tutto in una volta.\n\n" +
        "Quale di questi passi ti sembra possibile questa settimana? Scegli quello che senti più alla tua portata, oppure salta.",
      facilitatorNotes:
        "Circa 4 minuti.\n" +
        "- Mantieni un tono leggero: è un'intenzione, non una promessa, e nessuno verrà a controllare.\n" +
        "- Puoi suggerire di annotare per sé il passo scelto.",
      reactions: false,
      prompt: {
        key: "small-step",
        kind: "single_choice",
        question: "Quale piccolo passo potresti provare questa settimana?",
        config: {
          options: [
            { id: "challenge-belief", label: "Mettere in dubbio una convinzione che mi frena" },
            { id: "start-small", label: "Farmi sentire da una persona di cui mi fido" },
            { id: "talk-openly", label: "Dire un po' più apertamente come sto" },
            { id: "offer-help", label: "Offrire aiuto a qualcun altro" },
          ],
        },
      },
    },
    {
      key: "conclusion",
      title: "Chiedere va bene",
      body:
        "Chiedere aiuto non è un segno di debolezza. È un atto potente di consapevolezza e di resilienza.\n\n" +
        "Quando superiamo gli ostacoli che ci trattengono, possiamo prenderci cura della nostra salute mentale, rafforzare le nostre relazioni e risolvere i problemi più facilmente.\n\n" +
        "**Va bene chiedere aiuto.** Tutti a volte hanno bisogno di sostegno, e farsi avanti fa parte del benessere e della crescita.",
      facilitatorNotes: "Circa 3 minuti.\n" + "- Leggilo lentamente.\n" + "- Ringrazia il gruppo per ciò che ha condiviso, compresi i silenzi.",
      reactions: true,
    },
    {
      key: "check-out",
      title: "Giro di chiusura",
      body: "Prima di chiudere, la stessa domanda dell'inizio.\n\n" + "Va bene se la tua risposta non è cambiata: oggi si trattava di accorgersi, non di aggiustare.",
      facilitatorNotes:
        "Circa 3 minuti.\n" +
        "- Come nel giro di apertura, lascia che tutti rispondano con calma prima di mostrare i risultati.\n" +
        "- Il riepilogo mostrerà il cambiamento tra prima e dopo. Non presentarlo come un punteggio da migliorare; qualsiasi movimento, o nessuno, va bene.\n" +
        "- Se l'agio è diminuito, riconosci che parlarne può smuovere delle cose, e ricorda le risorse di sostegno.",
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
      title: "Sostegno, quando ne hai bisogno",
      body:
        "Grazie per la tua presenza oggi.\n\n" +
        "Se qualcosa di questo incontro ti resta dentro, non devi portarlo senza aiuto. Le **risorse di sostegno** sul tuo telefono indicano persone e luoghi che possono aiutarti. Ci sono adesso, e anche quando avremo finito.\n\n" +
        "Se vuoi parlare, chi conduce resta disponibile dopo l'incontro. Se mai fossi in pericolo immediato, chiama il numero di emergenza locale.",
      facilitatorNotes:
        "Circa 3 minuti.\n" +
        "- Prima dell'incontro: assicurati che le risorse di sostegno indichino servizi locali reali (linea di ascolto, gruppi di recupero, consulenza). La scheda incorporata contiene solo segnaposto.\n" +
        "- Mostra la scheda, nomina uno o due servizi e di' dove e quando sarai disponibile dopo.\n" +
        "- Guarda un'ultima volta il conteggio di «Ho bisogno di una pausa» prima di chiudere l'incontro; poi chi partecipa vede una schermata di ringraziamento con queste risorse.",
      reactions: false,
    },
  ],
};
