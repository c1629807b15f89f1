// Dutch defaults for a new template (see en.ts). Informal "je", as Dutch and
// Flemish peer-support groups usually speak; "de begeleider" for the facilitator.
import type { StarterDefaults } from "./starter-defaults";

export const nl: StarterDefaults = {
  contentNote:
    "Deze bijeenkomst kan persoonlijke ervaringen raken en gevoelens of herinneringen oproepen. Dat is oké.\n\n" +
    "Je kunt elke vraag overslaan, even wegkijken of naar buiten gaan wanneer je dat nodig hebt. Je antwoorden zijn anoniem: geen namen, en resultaten verschijnen pas als meerdere mensen hebben geantwoord.\n\n" +
    "Heb je even een moment nodig? Tik dan op “Ik heb even pauze nodig”: alleen de begeleider ziet dat. Steun en hulp zijn altijd één tik verwijderd.",
  resources: {
    title: "Steun, wanneer je die nodig hebt",
    intro: "Je hoeft het niet alleen te dragen. Als er vandaag iets bij je naar boven komt, kan dit helpen: tijdens de bijeenkomst of op elk moment daarna.",
    items: [
      {
        label: "Ben je in acuut gevaar? Bel dan het lokale alarmnummer.",
        detail: "Laat het als het kan ook iemand in je buurt weten.",
      },
      {
        label: "Praat met de begeleider",
        detail: "In een pauze of na de bijeenkomst. Je kunt ook altijd op “Ik heb even pauze nodig” tikken: alleen de begeleider ziet dat, en niet van wie het komt.",
      },
      {
        label: "Voeg hier de lokale crisislijn toe",
        detail: "Voor de begeleider: pas de hulpbronnen van dit sjabloon aan voordat je het gebruikt, zodat iedereen een nummer ziet dat werkt waar jullie samenkomen.",
        placeholder: true,
      },
      {
        label: "Voeg hier lokale hulp en ondersteuning toe",
        detail:
          "Bijvoorbeeld een herstel- of lotgenotengroep, een hulpverleningsinstantie of een inloophuis in de buurt. Voor de begeleider: pas de hulpbronnen van dit sjabloon aan voordat je het gebruikt.",
        placeholder: true,
      },
      {
        label: "Neem contact op met iemand die je vertrouwt",
        detail: "Een vriend of vriendin, iemand uit je familie, je sponsor of een mentor. Een kort berichtje is genoeg: “Kunnen we even praten?”",
      },
    ],
  },
  imported: {
    title: "Geïmporteerd artikel",
    description: "Geïmporteerd uit Markdown. Kijk voor gebruik de inhoudswaarschuwing en de steunbronnen na, en voeg in de editor vragen toe.",
    introduction: "Inleiding",
    untitled: "Sectie zonder titel",
    continued: "(vervolg)",
  },
};
