// Right-to-left ready (issue 18): the test locale ar-XB (English text, laid
// out right to left; lib/i18n/locales.ts) renders every audience with
// <html dir="rtl">, mirrored, with nothing sticking out sideways at phone
// widths, and axe finds nothing. Screenshots land in test-results/e2e/.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, LAPTOP, PHONE, PROJECTOR, screenshot, type BrowserContext, type Page } from "../helpers/browser";
import { formatJoinCode } from "../../lib/join-code";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

const RTL = "ar-XB";

async function chooseRtl(context: BrowserContext, url: string) {
  await context.addCookies([{ name: "hearth-lang", value: RTL, url }]);
}

/** The page is laid out right to left and nothing is wider than the window. */
async function expectRtlLayout(page: Page, name: string) {
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual([RTL, "rtl", "rtl"]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}: wider than the window by ${overflow} px`).toBeLessThanOrEqual(0);
  await screenshot(page, `rtl-${name}`);
  expect(await accessibilityViolations(page)).toEqual([]);
}

describe.skipIf(!chromiumPath)("the right-to-left test locale in Chromium", () => {
  const env = useHearthAndBrowser();

  it("mirrors the join page, a phone in a session, the console and the projector", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;

    for (const width of [360, 320]) {
      const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      await chooseRtl(context, base);
      const page = await context.newPage();
      await page.goto(`${base}/join`);
      await expectRtlLayout(page, `join-${width}`);
      // mirrored: the code field starts at the right, where a right-to-left reader looks first
      const field = await page.locator("input").first().boundingBox();
      const label = await page.locator("label").first().boundingBox();
      expect(field && label && label.x + label.width).toBeGreaterThan(width / 2);
      await context.close();
    }

    const { cookie } = await hearth.signUp();
    const facilitator = await signedInContext(env, cookie, LAPTOP);
    await chooseRtl(facilitator, base);
    const console_ = await facilitator.newPage();
    await console_.goto(`${base}/dashboard`);
    await expectRtlLayout(console_, "dashboard");
    const session = await hearth.createSession(cookie);
    await console_.goto(`${base}/console/${session.id}`);
    await console_.locator("[aria-label^='Join code']").first().waitFor();
    await expectRtlLayout(console_, "console-lobby");

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(`${base}/screen/${session.id}`);
    await projector.locator("img[src*='qr.svg']").waitFor(); // the QR code: the lobby is up
    await expectRtlLayout(projector, "projector-lobby");
    // the join address and code are isolated left to right inside the right-to-left page, so
    // "192.0.2.2:3000/join" and "ABC 123" are never reversed
    const isolated = await projector.locator("[dir=ltr]").allTextContents();
    expect(isolated).toContain(formatJoinCode(session.joinCode));
    expect(isolated.some((text) => text.endsWith("/join"))).toBe(true);

    for (const width of [360, 320]) {
      const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      await chooseRtl(context, base);
      const phone = await context.newPage();
      await phone.goto(`${base}/s/${session.joinCode}`);
      await phone.getByRole("button").first().waitFor();
      await expectRtlLayout(phone, `phone-${width}`);
      await context.close();
    }
  });
});
