// Which language a page is shown in, decided once per page request by the
// custom server (server/app.ts) and handed to Next as request headers, so the
// root layout's <html lang dir> and every page's messages agree:
//
//   /s/CODE (a phone in a session)  the device's own choice, else the session's language
//   /screen/ID (the projector)      the session's language
//   /join, /j/CODE                  the device's own choice, else Accept-Language
//   every other page (facilitators) the account's setting, else the device's choice, else Accept-Language
//
// The content (the template's text) is always in the session's language; the
// phone's switch changes only the interface around it.
import type { IncomingMessage } from "node:http";
import { negotiateLocale } from "../../lib/i18n/negotiate";
import { isLocale, type Locale, type PageLocale, RTL_TEST_LOCALE } from "../../lib/i18n/locales";
import { INTERFACE_LOCALE_COOKIE } from "../../lib/i18n/cookie";
import { readCookie } from "../../lib/cookies";
import { safeDecode } from "../../lib/safe-decode";

export const LOCALE_HEADER = "x-hearth-locale";
export const CONTENT_LOCALE_HEADER = "x-hearth-content-locale";

export type PageLocales = { locale: PageLocale; contentLocale: Locale | null };

export type PageLocaleDeps = {
  sessionLanguage: (where: { id: string } | { joinCode: string }) => Promise<Locale | null>;
  /** the signed-in facilitator's chosen language, or null (not signed in, or no choice) */
  accountLocale: (headers: Headers) => Promise<Locale | null>;
  /** serve the right-to-left test locale (the end-to-end suite sets HEARTH_TEST_LOCALES=1) */
  testLocales: boolean;
};

export function createPageLocaleResolver(deps: PageLocaleDeps) {
  function deviceChoice(req: IncomingMessage): PageLocale | null {
    const value = readCookie(req.headers.cookie, INTERFACE_LOCALE_COOKIE);
    if (isLocale(value)) return value;
    if (deps.testLocales && value === RTL_TEST_LOCALE) return RTL_TEST_LOCALE;
    return null;
  }
  const browser = (req: IncomingMessage) => negotiateLocale(req.headers["accept-language"]);

  /**
   * `phone`: the participant page's session, when the caller looked it up already (within the join
   * limits: server/pages/participant-first-screen.ts); its language is then used as it is.
   */
  return async function resolve(req: IncomingMessage, phone?: { language: Locale | null }): Promise<PageLocales> {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const phonePage = /^\/s\/([^/]+)\/?$/.exec(path);
    if (phonePage) {
      const language = phone ? phone.language : await deps.sessionLanguage({ joinCode: safeDecode(phonePage[1] ?? "") });
      return { locale: deviceChoice(req) ?? language ?? browser(req), contentLocale: language };
    }
    const screen = /^\/screen\/([^/]+)\/?$/.exec(path);
    if (screen) {
      const language = await deps.sessionLanguage({ id: safeDecode(screen[1] ?? "") });
      return { locale: (deps.testLocales && deviceChoice(req) === RTL_TEST_LOCALE ? RTL_TEST_LOCALE : language) ?? browser(req), contentLocale: language };
    }
    if (path === "/join" || path.startsWith("/j/")) return { locale: deviceChoice(req) ?? browser(req), contentLocale: null };
    const account = await deps.accountLocale(toHeaders(req));
    return { locale: account ?? deviceChoice(req) ?? browser(req), contentLocale: null };
  };
}

/** Static files and Next's own assets need no language (and no database read). */
export function isPageRequest(req: IncomingMessage): boolean {
  const path = req.url ?? "/";
  return (req.method === "GET" || req.method === "HEAD") && !path.startsWith("/_next/") && !/\.[a-z0-9]+($|\?)/i.test(path.split("?")[0] ?? "");
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  return headers;
}
