// A facilitator's own pages in German, in Chromium: sign-in (a German browser, signed out, with a
// wrong password refused in German — Better Auth's code, not its English message), then, with the
// page language set to German, the account page (a password check said in German), administration,
// teams, a template file refused on the template list (its problem said in German) and the template
// editor. Each page: <html lang="de">, axe finds nothing, nothing scrolls sideways at 1366 or 360 px;
// screenshots in test-results/e2e/facilitator-de-*.png.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, LAPTOP, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";
import { rawMessage } from "../helpers/messages";

/** A German message by its key ("auth.errors.wrongPassword"), as written (these have no arguments). */
const german = (key: string) => rawMessage("de", key);

/** German, accessible, and no wider than the window at a laptop's and a phone's width. */
async function looksRight(page: Page, name: string) {
  expect(await page.locator("html").getAttribute("lang"), name).toBe("de");
  for (const width of [1366, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} at ${width} px: wider than the window by ${overflow} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `facilitator-de-${name}-${width}`);
    expect(await accessibilityViolations(page), `${name} at ${width} px`).toEqual([]);
  }
}

describe.skipIf(!chromiumPath)("a facilitator's own pages in German", () => {
  const env = useHearthAndBrowser();

  it("signs in, and shows the account, administration, teams and the template editor in German", { timeout: 180_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie, email } = await hearth.signUp(); // the first account: the administrator

    // signed out, a German browser: the sign-in page, and a wrong password said in German
    const signedOut = await browser.newContext({ ...LAPTOP, locale: "de-DE" });
    signedOut.setDefaultTimeout(15_000);
    const signIn = await signedOut.newPage();
    await signIn.goto(`${base}/signin`);
    await signIn.getByRole("heading", { name: german("auth.headingSignIn") }).waitFor();
    await signIn.getByLabel(german("auth.email")).fill(email);
    await signIn.getByLabel(german("auth.password"), { exact: true }).fill("not the password at all");
    await signIn.getByRole("button", { name: german("auth.signIn") }).click();
    await signIn.getByRole("alert").getByText(german("auth.errors.wrongPassword")).waitFor();
    await looksRight(signIn, "signin-refused");
    await signedOut.close();

    const facilitator = await signedInContext(env, cookie);
    await facilitator.addCookies([{ name: "hearth-lang", value: "de", url: base }]);
    facilitator.setDefaultTimeout(15_000);
    const page = await facilitator.newPage();

    // the account page, and a password check said in German
    await page.goto(`${base}/account`);
    await page.getByRole("heading", { name: german("account.title"), level: 1 }).waitFor();
    await page.getByLabel(german("account.password.current")).fill("a long enough password");
    await page.getByLabel(german("account.password.new"), { exact: true }).fill("another long password");
    await page.getByLabel(german("account.password.confirm")).fill("a different long password");
    await page.getByRole("button", { name: german("account.password.submit") }).click();
    await page.getByRole("alert").getByText(german("account.password.differ")).waitFor();
    await looksRight(page, "account");

    await page.goto(`${base}/admin`);
    await page.getByRole("heading", { name: german("admin.heading"), level: 1 }).waitFor();
    await page.getByRole("heading", { name: german("admin.invite.heading") }).waitFor();
    await looksRight(page, "admin");

    await page.goto(`${base}/teams`);
    await page.getByRole("heading", { name: german("teams.createHeading") }).waitFor();
    await looksRight(page, "teams");

    // a bad template file on the template list: its problem said in German, by its code
    await page.goto(`${base}/templates`);
    await page.getByTestId("template-file-input").setInputFiles({
      name: "kaputt.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "hearth-template", version: 1, template: { schemaVersion: 1, title: "" } })),
    });
    const problem = page.getByRole("alert").locator("li").filter({ hasText: "template.title" });
    await expect.poll(() => problem.textContent()).toContain(german("templateEditor.problems.empty"));
    await looksRight(page, "templates-import-refused");

    // the German built-in template in the editor: read-only, with "Kopie zum Bearbeiten"
    const templates = (await hearth.fetchJson("/api/templates", { cookie })).body.templates as { id: string; builtIn: boolean; language: string }[];
    const builtIn = templates.find((t) => t.builtIn && t.language === "de")!;
    await page.goto(`${base}/templates/${builtIn.id}`);
    await page.getByRole("button", { name: german("templateEditor.topBar.duplicate") }).waitFor();
    await looksRight(page, "template-editor");
  });
});
