// A session's language chosen in the console's lobby: the facilitator sets a
// new session to French; the projector then speaks French (<html lang="fr">),
// and a phone whose browser asks for English is served the session's
// language. axe on the console and the projector. German, the language with
// the longest words, at 1366 px (console) and 1920 px (projector): nothing
// may overflow; screenshots in test-results/e2e/console-language-*.png.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, PHONE, PROJECTOR, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

/** Elements whose content is wider than their box and not clipped on purpose (a word that does not wrap). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main button, main h1, main h2, main label, main p, aside button, aside h2, aside label, aside p, nav button, footer span")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible")
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim().slice(0, 40)}`),
  );
}

describe.skipIf(!chromiumPath)("the session's language, chosen in the console", () => {
  const env = useHearthAndBrowser();

  async function startSession(cookie: string, locale?: string) {
    const facilitator = await signedInContext(env, cookie);
    if (locale) await facilitator.addCookies([{ name: "hearth-lang", value: locale, url: env.hearth.url }]);
    facilitator.setDefaultTimeout(15_000);
    const console_ = await facilitator.newPage();
    await console_.goto(`${env.hearth.url}/dashboard`);
    await console_
      .locator("button", { hasText: /Start a session|Sitzung starten/ })
      .first()
      .click();
    await console_.waitForURL(/\/console\//);
    return { facilitator, console_ };
  }

  it("sets a new session to French in the lobby: projector and phones follow", { timeout: 180_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const { facilitator, console_ } = await startSession(cookie);
    const select = console_.getByRole("combobox", { name: "Language of this session" });
    expect(await select.inputValue()).toBe("en");
    await select.selectOption("fr");
    await expect.poll(() => select.inputValue()).toBe("fr");
    // the console stays in the facilitator's language
    await console_.getByRole("button", { name: "Start the session" }).waitFor();
    expect(await accessibilityViolations(console_)).toEqual([]);

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(console_.url().replace("/console/", "/screen/"));
    await projector.getByText("Rejoignez avec votre téléphone").waitFor();
    expect(await projector.locator("html").getAttribute("lang")).toBe("fr");
    expect(await projector.locator("[data-join-bar]").textContent()).toMatch(/Rejoignez sur .* avec le code/);
    expect(await accessibilityViolations(projector)).toEqual([]);

    const code = (await console_.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");
    const phone = await (await browser.newContext({ ...PHONE, locale: "en-US" })).newPage();
    await phone.goto(`${hearth.url}/s/${code}`);
    expect(await phone.locator("html").getAttribute("lang")).toBe("fr");

    // once started, the language is fixed: the console shows it read-only
    await console_.getByRole("button", { name: "Start the session" }).click();
    await console_.getByText("The session has started, so its language stays Français.").waitFor();
    expect(await console_.getByRole("combobox", { name: "Language of this session" }).count()).toBe(0);
    await facilitator.close();
  });

  it("lays out a German console (1366 px) and projector (1920 px) without overflow", { timeout: 180_000 }, async () => {
    const { cookie } = await env.hearth.signUp();
    const { facilitator, console_ } = await startSession(cookie, "de");
    await console_.getByRole("combobox", { name: "Sprache dieser Sitzung" }).selectOption("de");
    await expect.poll(() => console_.getByRole("combobox", { name: "Sprache dieser Sitzung" }).inputValue()).toBe("de");
    await screenshot(console_, "console-language-de-console-lobby");
    expect(await overflowing(console_)).toEqual([]);

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(console_.url().replace("/console/", "/screen/"));
    await projector.getByText("Mach mit deinem Handy mit").waitFor();
    await screenshot(projector, "console-language-de-projector-lobby");
    expect(await overflowing(projector)).toEqual([]);

    await console_.getByRole("button", { name: "Sitzung beginnen" }).click();
    await console_.getByText("Schritt 1 von").first().waitFor();
    await screenshot(console_, "console-language-de-console-step");
    expect(await overflowing(console_)).toEqual([]);
    expect(await accessibilityViolations(console_)).toEqual([]);
    await projector.locator("article").first().waitFor();
    await screenshot(projector, "console-language-de-projector-step");
    expect(await overflowing(projector)).toEqual([]);
    expect(await accessibilityViolations(projector)).toEqual([]);
    await facilitator.close();
  });
});
