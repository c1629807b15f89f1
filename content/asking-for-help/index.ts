// The built-in "Asking for help" session, one template per language. Every
// language has the same steps, prompt kinds and settings as English (en.ts);
// only the words differ. server/seed.ts stores them all at every start.
import type { Locale } from "../../lib/i18n/locales";
import type { TemplateContent } from "../../lib/template-schema";
import { en } from "./en";

/** The English built-in's key: sessions stored before there were other languages point at it. */
export const ASKING_FOR_HELP_KEY = "asking-for-help";

export type BuiltInTemplate = { key: string; content: TemplateContent };

// Keys sort in this order (English is a prefix of the others), and the
// template list shows built-ins by key: English first, then by language code.
export const BUILT_IN_TEMPLATES: Partial<Record<Locale, BuiltInTemplate>> & { en: BuiltInTemplate } = {
  en: { key: ASKING_FOR_HELP_KEY, content: en },
};

/** The English built-in. */
export const askingForHelpTemplate: TemplateContent = en;

// The template editor, the console's support-card check and the live session
// import these from here; they live with the starter defaults in content/starter.
export { hasPlaceholderResources, isPlaceholderResource } from "../starter";
