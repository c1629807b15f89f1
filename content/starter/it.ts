// Italian defaults for a new template (see en.ts). Informal "tu", as Italian
// self-help groups usually speak; gender-neutral wording ("chi conduce").
import type { StarterDefaults } from "./starter-defaults";

export const it: StarterDefaults = {
  contentNote:
    "Questo incontro può toccare esperienze personali e far emergere emozioni o ricordi. Va bene così.\n\n" +
    "Puoi saltare qualsiasi domanda, distogliere lo sguardo o uscire quando ne hai bisogno. Le tue risposte sono anonime: nessun nome, e i risultati compaiono solo quando hanno risposto più persone.\n\n" +
    "Se ti serve un momento, tocca «Ho bisogno di una pausa»: lo vede solo chi conduce. Le risorse di sostegno sono sempre a portata di un tocco.",
  resources: {
    title: "Sostegno, quando ne hai bisogno",
    intro: "Non devi affrontare tutto senza aiuto. Se oggi qualcosa ti smuove dentro, queste risorse possono aiutarti, durante l'incontro o in qualsiasi momento dopo.",
    items: [
      {
        label: "Se sei in pericolo immediato, chiama il numero di emergenza locale.",
        detail: "Se puoi, avvisa anche qualcuno vicino a te.",
      },
      {
        label: "Parla con chi conduce l'incontro",
        detail: "Durante una pausa o dopo l'incontro. Puoi anche toccare «Ho bisogno di una pausa» in qualsiasi momento: lo vede solo chi conduce, senza sapere chi l'ha inviato.",
      },
      {
        label: "Aggiungi qui la linea di ascolto per le crisi della tua zona",
        detail: "Per chi conduce: modifica le risorse di questo modello prima dell'incontro, così tutti vedono un numero valido nel luogo in cui vi riunite.",
        placeholder: true,
      },
      {
        label: "Aggiungi qui i servizi di sostegno della tua zona",
        detail:
          "Per esempio un gruppo di auto mutuo aiuto o di recupero, un servizio di ascolto o di consulenza, un centro di aggregazione di quartiere. Per chi conduce: modifica le risorse di questo modello prima dell'incontro.",
        placeholder: true,
      },
      {
        label: "Rivolgiti a una persona di cui ti fidi",
        detail: "Un'amica o un amico, un familiare, il tuo sponsor o una persona che ti fa da guida. Basta un breve messaggio: «Possiamo parlare?»",
      },
    ],
  },
  imported: {
    title: "Articolo importato",
    description: "Importato da Markdown. Prima di usarlo, rivedi l'avviso sui contenuti e le risorse di supporto, e aggiungi domande nell'editor.",
    introduction: "Introduzione",
    untitled: "Sezione senza titolo",
    continued: "(continua)",
  },
};
