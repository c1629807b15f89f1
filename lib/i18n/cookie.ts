// The device's own choice of interface language (the phone's switch, or the
// language picker on the sign-in pages): a cookie, so the server renders the
// next page in it straight away. It holds a language code and nothing else.
export const INTERFACE_LOCALE_COOKIE = "hearth-lang";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The Set-Cookie value the browser writes with document.cookie; null forgets the choice. */
export function interfaceLocaleCookie(locale: string | null): string {
  return locale === null
    ? `${INTERFACE_LOCALE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${INTERFACE_LOCALE_COOKIE}=${encodeURIComponent(locale)}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
}
