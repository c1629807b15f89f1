// A facilitator whose browser is German (Accept-Language de-DE) sees the
// dashboard and the template list in German, with the German built-in
// session listed first and the other languages' folded under "In anderen
// Sprachen"; the API keeps its own order (English built-in first), which the
// other suites rely on. Axe checks each page; screenshots at 1366 and 360 px
// land in test-results/e2e/, and neither width scrolls sideways.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES } from "../../content/asking-for-help";
import { accessibilityViolations, LAPTOP, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

const messages = (namespace: string) => JSON.parse(readFileSync(new URL(`../../messages/de/${namespace}.json`, import.meta.url), "utf8"));
const dashboard = messages("dashboard");
const templates = messages("templates");
const GERMAN = BUILT_IN_TEMPLATES.de.content.title;
const ENGLISH = BUILT_IN_TEMPLATES.en.content.title;

/** How far the page scrolls sideways (0: everything fits the width). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function checkWidths(page: Page, name: string) {
  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    expect(await overflow(page), `${name} at ${width} px`).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize(LAPTOP.viewport);
}

describe.skipIf(!chromiumPath)("the dashboard in the facilitator's language", () => {
  const env = useHearthAndBrowser();

  it("shows a German browser the dashboard and the template list in German, the German built-in first", { timeout: 180_000 }, async () => {
    const { hearth } = env;
    const { cookie } = await hearth.signUp();
    // the API's order is what other suites take "the first template" from: English built-in first
    const listed = (await hearth.fetchJson("/api/templates", { cookie })).body.templates;
    expect(listed[0]).toMatchObject({ title: ENGLISH, builtIn: true, language: "en" });
    expect(listed.map((t: { language: string }) => t.language)).toEqual(["en", "de", "es", "fr", "it", "nl", "pt"]);

    const context = await signedInContext(env, cookie, { ...LAPTOP, locale: "de-DE" });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));

    // -- the dashboard
    await page.goto(`${hearth.url}/dashboard`);
    expect(await page.locator("html").getAttribute("lang")).toBe("de");
    await page.getByRole("heading", { level: 1, name: dashboard.heading }).waitFor();
    const start = page.getByRole("region", { name: dashboard.startHeading });
    await start.getByRole("heading", { level: 3 }).first().waitFor();
    expect(await start.getByRole("heading", { level: 3 }).first().textContent()).toContain(GERMAN);
    // the other languages are there, folded away
    const others = start.locator("details");
    await others.getByText(dashboard.otherLanguages).waitFor();
    expect(await others.getByRole("heading", { name: new RegExp(ENGLISH) }).isVisible()).toBe(false);
    await page.getByRole("button", { name: `Sitzung starten mit „${GERMAN}“` }).waitFor();
    await page.getByText(dashboard.noSessions).waitFor();
    expect(await page.title()).toContain(dashboard.title);
    await checkWidths(page, "dashboard-de");

    // -- the template list
    await page.getByRole("link", { name: dashboard.templatesLink }).click();
    await page.waitForURL(/\/templates$/);
    await page.getByRole("heading", { level: 1, name: templates.title }).waitFor();
    await page.getByText(templates.ownEmpty).waitFor();
    const builtIn = page.getByRole("region", { name: templates.builtInHeading });
    const cards = builtIn.getByRole("listitem");
    expect(await cards.first().getByRole("heading", { level: 3 }).textContent()).toBe(GERMAN);
    await cards.first().getByText("Deutsch", { exact: true }).waitFor();
    expect(await cards.first().getByRole("heading", { level: 3 }).getAttribute("lang")).toBe("de");
    expect(await page.getByRole("heading", { name: ENGLISH, exact: true }).isVisible()).toBe(false);
    await checkWidths(page, "templates-de");

    // unfolded: the English built-in and the others, each with its language
    await builtIn.getByText(templates.otherLanguages).click();
    const english = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: ENGLISH, exact: true }) });
    await english.getByText("English", { exact: true }).waitFor();
    expect(await builtIn.locator("details").getByRole("heading", { level: 3 }).count()).toBe(6);
    await checkWidths(page, "templates-de-other-languages");

    // -- the import box, in German
    await page.getByRole("button", { name: templates.importArticle }).click();
    await page.getByRole("heading", { name: messages("articleImport").heading }).waitFor();
    await page.getByLabel(messages("articleImport").articleLabel, { exact: true }).fill("Eins\n\nErster Teil.\n\nZwei\n\nZweiter Teil.\n\nDrei\n\nDritter Teil.");
    await checkWidths(page, "templates-de-import");
    expect(failures).toEqual([]);
    await context.close();
  });
});
