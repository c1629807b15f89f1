// The browser's Accept-Language, matched against Hearth's languages with the
// libraries made for it (negotiator reads the header's preferences, the
// ECMA-402 "best fit" matcher maps de-AT to de, pt-BR to pt, and so on).
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages().filter((tag) => tag !== "*");
  try {
    return match(wanted, LOCALES as unknown as string[], DEFAULT_LOCALE) as Locale;
  } catch {
    // a malformed tag (RangeError from Intl): the default, never an error page
    return DEFAULT_LOCALE;
  }
}
