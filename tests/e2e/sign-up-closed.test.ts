// HEARTH_SIGNUP=closed in a real browser: once the first account exists the
// sign-up page says so and offers no form, the sign-in page offers no sign-up
// link, and the API refuses too (tests/integration/sign-up-modes.test.ts has
// every mode). Its own file: one Next.js server per test process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, launchBrowser, PHONE, screenshot } from "../helpers/browser";
import { chromiumPath } from "../helpers/e2e";
import { startTestHearth } from "../helpers/hearth-server";

describe.skipIf(!chromiumPath)("sign-up closed, in Chromium", () => {
  let hearth: Awaited<ReturnType<typeof startTestHearth>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    [hearth, browser] = await Promise.all([startTestHearth({ pages: true, signUpMode: "closed" }), launchBrowser(chromiumPath!)]);
  });
  afterAll(async () => {
    await browser?.close();
    await hearth?.stop();
  });

  it("the sign-up page says so and offers no form once the first account exists (the API refuses too)", { timeout: 60_000 }, async () => {
    await hearth.signUp("first@example.org"); // a fresh install's first account is always allowed
    const page = await (await browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(`${hearth.url}/signup`);
    await page.getByText("This Hearth is not taking new accounts").waitFor();
    expect(await page.locator("input[type=password]").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "signup-closed-320");
    await page.goto(`${hearth.url}/signin`);
    await page.getByRole("heading", { name: "Facilitator sign in" }).waitFor();
    await expect.poll(() => page.getByRole("link", { name: "Create a facilitator account" }).count()).toBe(0);
    await expect(hearth.signUp("second@example.org")).rejects.toThrow(/403/);
  });
});
