// The languages Hearth speaks: one list, used by the server (which page is
// shown in which language), the browser (the phone's language switch), the
// template schema (a template's language) and the tests (every locale has
// every message). To add a language: add it here, add messages/<code>/ (a
// copy of messages/en/ translated), add a built-in session in content/, and
// run the tests: tests/unit/i18n-messages.test.ts says what is missing.

/** The languages a session, a template, a phone and a facilitator can choose. */
export const LOCALES = ["en", "de", "es", "fr", "it", "nl", "pt"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/**
 * A right-to-left test locale: English text laid out right to left, so the
 * end-to-end suite proves the layout mirrors before a real right-to-left
 * language is added. Served only when HEARTH_TEST_LOCALES=1; never offered
 * in a language picker. "ar-XB" is the pseudo-locale Android and Chromium use
 * for the same purpose.
 */
export const RTL_TEST_LOCALE = "ar-XB";
export type PageLocale = Locale | typeof RTL_TEST_LOCALE;

/** Each language's own name, as its speakers write it (a picker shows these). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  es: "Español",
  fr: "Français",
  it: "Italiano",
  nl: "Nederlands",
  pt: "Português",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The writing direction of a page in this locale. */
export function localeDirection(locale: PageLocale): "ltr" | "rtl" {
  return locale === RTL_TEST_LOCALE ? "rtl" : "ltr";
}

/** The messages a page locale uses: the RTL test locale reads the English ones. */
export function messagesLocale(locale: PageLocale): Locale {
  return locale === RTL_TEST_LOCALE ? DEFAULT_LOCALE : locale;
}
