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
