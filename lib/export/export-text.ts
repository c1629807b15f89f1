// The exports' words in the session's language: every format (and the
// summary page) asks one translator for its labels, notes and plurals, so
// they all say the same thing the same way. Pure: the route loads the
// session language's messages (server/i18n/load-messages.ts) and hands them
// in; English, the messages' source, is built in so a caller without a
// language gets today's exports.
import { createTranslator } from "use-intl/core";
import englishMessages from "../../messages/en/export.json";
import { DEFAULT_LOCALE, type PageLocale } from "../i18n/locales";

export type ExportMessages = typeof englishMessages;

/** `locale` picks the plural rules; the messages carry the words. */
export function exportTranslator(locale: PageLocale, messages: ExportMessages) {
  return createTranslator({ locale, messages: { export: messages }, namespace: "export" });
}

export type ExportTranslator = ReturnType<typeof exportTranslator>;

/** The English exports, the default when no language is given. */
export const ENGLISH_EXPORT: ExportTranslator = exportTranslator(DEFAULT_LOCALE, englishMessages);
