// Words the built-in texts (content/starter, content/asking-for-help) use in
// each language, for tests that check every language says what English says.
import type { Locale } from "../../lib/i18n/locales";

/** The phone's pause button as each language's text quotes it: the UI's translation of the button must use the same words. */
export const PAUSE_LABELS: Record<Locale, string> = {
  en: "I need a pause",
  de: "Ich brauche eine Pause",
  es: "Necesito una pausa",
  fr: "J'ai besoin d'une pause",
  it: "Ho bisogno di una pausa",
  nl: "Ik heb even pauze nodig",
  pt: "Preciso de uma pausa",
};

/** How each language says a question can be passed (every prompt can be, and the text says so often). */
export const PASS_WORDS: Record<Locale, RegExp> = {
  en: /pass/i,
  de: /überspring/i,
  es: /s[aá]lta/i,
  fr: /pass/i,
  it: /salt/i,
  nl: /overslaan|sla .*over|over te slaan/i,
  pt: /sem resposta|em branco/i,
};

/** The built-in session's title in each language. */
export const BUILT_IN_TITLES: Record<Locale, string> = {
  en: "Asking for help",
  de: "Um Hilfe bitten",
  es: "Pedir ayuda",
  fr: "Demander de l'aide",
  it: "Chiedere aiuto",
  nl: "Om hulp vragen",
  pt: "Pedir ajuda",
};
