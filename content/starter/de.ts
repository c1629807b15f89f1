// German defaults for a new template (see en.ts). Informal "du", as German
// peer-support and self-help groups usually speak; "die Leitung" for the
// facilitator, "die Hilfsangebote" for the support card.
import type { StarterDefaults } from "./starter-defaults";

export const de: StarterDefaults = {
  contentNote:
    "Diese Sitzung kann persönliche Erfahrungen berühren und Gefühle oder Erinnerungen wecken. Das ist in Ordnung.\n\n" +
    "Du kannst jede Frage überspringen, wegschauen oder hinausgehen, wann immer du das brauchst. Deine Antworten sind anonym: keine Namen, und Ergebnisse erscheinen erst, wenn mehrere Personen geantwortet haben.\n\n" +
    "Wenn du einen Moment brauchst, tippe auf „Ich brauche eine Pause“ – das sieht nur die Leitung. Die Hilfsangebote sind immer nur einen Tipp entfernt.",
  resources: {
    title: "Unterstützung, wann immer du sie brauchst",
    intro: "Du musst nicht alles allein tragen. Wenn heute etwas in dir hochkommt, kann das hier helfen – während der Sitzung oder jederzeit danach.",
    items: [
      {
        label: "Wenn du in akuter Gefahr bist, ruf den örtlichen Notruf an.",
        detail: "Wenn du kannst, sag auch jemandem in deiner Nähe Bescheid.",
      },
      {
        label: "Sprich mit der Leitung",
        detail: "In einer Pause oder nach der Sitzung. Du kannst auch jederzeit auf „Ich brauche eine Pause“ tippen: Das sieht nur die Leitung, und nicht, von wem es kommt.",
      },
      {
        label: "Örtliches Krisentelefon hier eintragen",
        detail: "Für die Leitung: Bearbeite vor der Sitzung die Hilfsangebote dieser Vorlage, damit alle eine Nummer sehen, die dort gilt, wo ihr euch trefft.",
        placeholder: true,
      },
      {
        label: "Hilfsangebote vor Ort hier eintragen",
        detail: "Zum Beispiel eine Selbsthilfegruppe, eine Beratungsstelle oder ein offener Treff. Für die Leitung: Bearbeite vor der Sitzung die Hilfsangebote dieser Vorlage.",
        placeholder: true,
      },
      {
        label: "Wende dich an einen Menschen, dem du vertraust",
        detail: "Jemand aus Freundeskreis oder Familie, dein Sponsor oder deine Sponsorin, eine Mentorin oder ein Mentor. Eine kurze Nachricht reicht: „Können wir reden?“",
      },
    ],
  },
  imported: {
    title: "Importierter Artikel",
    description: "Aus Markdown importiert. Prüfe vor der Sitzung den Inhaltshinweis und die Hilfsangebote, und füge im Editor Fragen hinzu.",
    introduction: "Einleitung",
    untitled: "Abschnitt ohne Titel",
    continued: "(Fortsetzung)",
  },
};
