// The built-in "Asking for help" session, one template per language. Every
// language has the same steps, prompt kinds and settings as English (en.ts);
// only the words differ (tests/unit/built-in-languages.test.ts checks it).
// server/seed.ts stores them all at every start.
import type { Locale } from "../../lib/i18n/locales";
import type { TemplateContent } from "../../lib/template-schema";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";

/** The English built-in's key: sessions stored before there were other languages point at it. */
export const ASKING_FOR_HELP_KEY = "asking-for-help";

export type BuiltInTemplate = { key: string; content: TemplateContent };

/** The built-in key in each language: "asking-for-help" for English, "asking-for-help-de" and so on for the others. */
export const builtInKey = (locale: Locale): string => (locale === "en" ? ASKING_FOR_HELP_KEY : `${ASKING_FOR_HELP_KEY}-${locale}`);

// The keys sort in LOCALES order (English is a prefix of the others), and the
// template list shows built-ins by key: English first, then by language code.
export const BUILT_IN_TEMPLATES: Record<Locale, BuiltInTemplate> = {
  en: { key: builtInKey("en"), content: en },
  de: { key: builtInKey("de"), content: de },
  es: { key: builtInKey("es"), content: es },
  fr: { key: builtInKey("fr"), content: fr },
  it: { key: builtInKey("it"), content: it },
  nl: { key: builtInKey("nl"), content: nl },
  pt: { key: builtInKey("pt"), content: pt },
};

/** The English built-in. */
export const askingForHelpTemplate: TemplateContent = en;

// The template editor, the console's support-card check and the live session
// import these from here; they live with the starter defaults in content/starter.
export { hasPlaceholderResources, isPlaceholderResource, withoutPlaceholders } from "../starter";
