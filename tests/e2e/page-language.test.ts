// Which language a page is served in (server/i18n/page-locale.ts), read off
// the HTML the server sends: <html lang dir> and the page's own text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locales";
import { chromiumPath } from "../helpers/e2e";
import { startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { readFileSync } from "node:fs";
import path from "node:path";

const messages = (locale: string, namespace: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${locale}/${namespace}.json`), "utf8"));
const skipLink = (locale: string) => (messages(locale, "common") as { skipLink: string }).skipLink;
const joinText = (locale: string) => messages(locale, "join") as { heading: string; form: { label: string; submit: string } };

async function page(hearth: TestHearth, url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hearth.url}${url}`, { headers, redirect: "manual" });
  const html = await response.text();
  return { status: response.status, html, lang: /<html[^>]* lang="([^"]+)"/.exec(html)?.[1], dir: /<html[^>]* dir="([^"]+)"/.exec(html)?.[1] };
}

// the pages need the page build, like the browser suites (no browser is driven here)
describe.skipIf(!chromiumPath)("the language a page is served in", () => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ pages: true });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("answers /join in the browser's language, for every language Hearth has", async () => {
    for (const locale of LOCALES) {
      const served = await page(hearth, "/join", { "accept-language": `${locale}-XX,${locale};q=0.9,en;q=0.5` });
      expect(served.lang, locale).toBe(locale);
      expect(served.dir).toBe("ltr");
      expect(served.html).toContain(skipLink(locale));
      // the page's own text, not only the layout's: its heading, the code field's label and the join button
      const join = joinText(locale);
      expect(served.html, locale).toContain(`>${join.heading}</h1>`);
      expect(served.html, locale).toContain(`>${join.form.label}</label>`);
      expect(served.html, locale).toMatch(new RegExp(`<button[^>]*type="submit"[^>]*>${join.form.submit}</button>`));
    }
    // a language Hearth does not have, or a malformed header: English
    expect((await page(hearth, "/join", { "accept-language": "ja,ko;q=0.8" })).lang).toBe("en");
    expect((await page(hearth, "/join", { "accept-language": "@@;q=x" })).lang).toBe("en");
  });

  it("lets the device's own choice win over the browser's, and serves the right-to-left test locale", async () => {
    expect((await page(hearth, "/join", { "accept-language": "de", cookie: "hearth-lang=fr" })).lang).toBe("fr");
    const rtl = await page(hearth, "/join", { cookie: "hearth-lang=ar-XB" });
    expect([rtl.lang, rtl.dir]).toEqual(["ar-XB", "rtl"]);
    // a browser cannot set the server's own headers
    expect((await page(hearth, "/join", { "x-hearth-locale": "it" })).lang).toBe("en");
  });

  it("shows a phone and the projector the session's language, and a facilitator their account's", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    await hearth.repositories.sessions.update(session.id, { language: "es" });
    expect((await page(hearth, `/s/${session.joinCode}`, { "accept-language": "de" })).lang).toBe("es");
    expect((await page(hearth, `/s/${session.joinCode}`, { "accept-language": "de", cookie: "hearth-lang=nl" })).lang).toBe("nl");
    expect((await page(hearth, `/screen/${session.id}`, { "accept-language": "de", cookie: "hearth-lang=nl" })).lang).toBe("es");

    expect((await page(hearth, "/dashboard", { "accept-language": "fr", cookie })).lang).toBe("fr");
    await hearth.fetchJson("/api/account/language", { method: "PUT", cookie, json: { locale: "pt" } });
    expect((await page(hearth, "/dashboard", { "accept-language": "fr", cookie })).lang).toBe("pt");
  });
});
