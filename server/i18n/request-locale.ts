// A page's language as the custom server decided it (server/i18n/page-locale.ts),
// read from the request headers it set. Next's server components only.
import { headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, type Locale, type PageLocale, RTL_TEST_LOCALE } from "../../lib/i18n/locales";
import { CONTENT_LOCALE_HEADER, LOCALE_HEADER } from "./page-locale";

export async function requestLocales(): Promise<{ locale: PageLocale; contentLocale: Locale | null }> {
  const list = await headers();
  const locale = list.get(LOCALE_HEADER);
  const content = list.get(CONTENT_LOCALE_HEADER);
  return {
    // a page served without the custom server's headers (none in Hearth) is English
    locale: isLocale(locale) || locale === RTL_TEST_LOCALE ? locale : DEFAULT_LOCALE,
    contentLocale: isLocale(content) ? content : null,
  };
}
