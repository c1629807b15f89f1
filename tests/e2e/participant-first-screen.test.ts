// The phone's first screen before its scripts (issue 19), in Chromium: the page's scripts are held back
// (page.route) so React cannot run, and the server-rendered content note still works — a tap on
// "Continue when you're ready" is taken at once (the "Joining…" screen, focus on it, the note-seen
// cookie and the tab's flag written), and once the scripts arrive the phone ends on the screen after the
// note; a reload after continuing shows no note, not even for a moment. "Support" and "Leave quickly"
// work before the scripts too, and leaving removes the session from the device (storage and cookie).
// Right to left (ar-XB) at 360 and 320 px; axe on each screen; screenshots land in
// test-results/e2e/first-screen-*.png.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, PHONE, screenshot, type BrowserContext, type Page } from "../helpers/browser";
import { chromiumPath, useHearthAndBrowser } from "../helpers/e2e";

const NEUTRAL = "https://www.google.com/";

/** Hold every script of the page back until released (the page's HTML and styles come through). */
async function holdScripts(context: BrowserContext) {
  let holding = true;
  const waiting: { continue: () => Promise<void> }[] = [];
  await context.route("**/_next/static/**/*.js", (route) => {
    if (holding) waiting.push(route);
    else void route.continue();
  });
  return {
    held: () => waiting.length,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const route of waiting.splice(0)) void route.continue().catch(() => undefined);
    },
  };
}

/** What the page reports as going wrong: console errors (React's hydration mismatches among them) and uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

/** Whether React has hydrated the page (the early script's attributes are gone from the buttons). */
const reactHasRun = (page: Page) => page.evaluate(() => document.querySelector("[data-early]") === null);

/** Records whether the note's heading is ever on screen, checked every frame (in the page: page.evaluate, page.addInitScript). */
function watchForNote() {
  const w = window as unknown as { noteSeenOnScreen: boolean };
  w.noteSeenOnScreen = false;
  const frame = () => {
    const heading = [...document.querySelectorAll("h1")].find((h) => h.textContent === "Before we begin");
    if (heading?.checkVisibility()) w.noteSeenOnScreen = true;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
const noteWasOnScreen = (page: Page) => page.evaluate(() => (window as unknown as { noteSeenOnScreen: boolean }).noteSeenOnScreen);

describe.skipIf(!chromiumPath)("the phone's first screen before its scripts", () => {
  const env = useHearthAndBrowser();

  it("takes a tap on Continue before the scripts, ends on the next screen, and a reload shows no note", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(15_000);
    const scripts = await holdScripts(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${hearth.url}/j/${session.joinCode}`, { waitUntil: "commit" });

    // the note, from the HTML alone
    await page.getByRole("heading", { name: "Before we begin" }).waitFor();
    await page.getByText("This session is about asking for help").waitFor();
    expect(scripts.held()).toBeGreaterThan(0);
    expect(await reactHasRun(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "first-screen-phone-360-note-before-scripts");

    // "Support" before the scripts: the session's own card, and Close
    await page.getByRole("button", { name: "Support" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Support, whenever you need it" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });

    // the tap, still before the scripts: taken at once
    await page.getByRole("button", { name: "Continue when you're ready" }).click();
    await page.getByRole("heading", { name: "Joining…" }).waitFor();
    expect(await page.getByRole("heading", { name: "Before we begin" }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Joining…");
    expect(await reactHasRun(page)).toBe(false);
    const noteCookie = (await context.cookies()).find((c) => c.name === "hearth-note-seen");
    expect(noteCookie).toMatchObject({ value: session.id, path: `/s/${session.joinCode}`, expires: -1, sameSite: "Lax" });
    expect(await page.evaluate(({ code, id }) => sessionStorage.getItem(`hearth.contentNote.${code}.${id}`), { code: session.joinCode, id: session.id })).toBe("1");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "first-screen-phone-360-continued-before-scripts");

    // the scripts arrive: React takes the tap over, joins, and shows the lobby; the note never comes back
    await page.evaluate(watchForNote);
    scripts.release();
    await page.getByRole("heading", { name: "You're in." }).waitFor();
    expect(await reactHasRun(page)).toBe(true);
    expect(await noteWasOnScreen(page)).toBe(false);
    // the screen's shell no longer hides a note, and the heading has focus (the screen changed)
    expect(await page.evaluate(() => document.querySelector("[data-note-continued]"))).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("You're in.");
    expect(await accessibilityViolations(page)).toEqual([]);

    // a reload: the server reads the cookie and leaves the note out; it never shows, before or after the scripts
    await page.addInitScript(watchForNote);
    scripts.hold();
    const reloaded = page.waitForResponse((r) => r.url().endsWith(`/s/${session.joinCode}`));
    await page.reload({ waitUntil: "commit" });
    expect(await (await reloaded).text()).not.toContain("This session is about asking for help");
    await page.getByRole("heading", { name: "Joining…" }).waitFor();
    scripts.release();
    await page.getByRole("heading", { name: "You're in." }).waitFor();
    expect(await noteWasOnScreen(page)).toBe(false);
    // React took over the server's HTML and the early script's tap without a hydration error
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hydrates the note the server rendered without a mismatch, and React then takes Continue", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${hearth.url}/j/${session.joinCode}`);
    // React has run and the join answered while the note stayed on screen
    await page.waitForFunction(() => document.querySelector("[data-early]") === null);
    await page.getByText("Live").waitFor();
    expect(await page.getByRole("heading", { name: "Before we begin" }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.title)).toBe("Asking for help · Hearth");
    await page.getByRole("button", { name: "Continue when you're ready" }).click();
    await page.getByRole("heading", { name: "You're in." }).waitFor();
    expect((await context.cookies()).find((c) => c.name === "hearth-note-seen")?.value).toBe(session.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("leaves quickly before the scripts, and leaves nothing of the session on the device", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(15_000);
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Search</title><p>Neutral page</p>" }));
    const page = await context.newPage();
    // joined once with the scripts: the token, the remembered card and the note's flags are on the device
    await page.goto(`${hearth.url}/j/${session.joinCode}`);
    await page.getByRole("button", { name: "Continue when you're ready" }).click();
    await page.getByRole("heading", { name: "You're in." }).waitFor();
    const kept = () =>
      page.evaluate(({ code, id }) => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.toUpperCase().includes(code) || k.includes(id)), {
        code: session.joinCode,
        id: session.id,
      });
    expect((await kept()).length).toBeGreaterThan(2);
    expect((await context.cookies()).some((c) => c.name === "hearth-note-seen")).toBe(true);

    // a reload whose scripts do not come: "Leave quickly" still leaves, and erases all of it
    const scripts = await holdScripts(context);
    await page.reload({ waitUntil: "commit" });
    await page.getByRole("heading", { name: "Joining…" }).waitFor();
    expect(await reactHasRun(page)).toBe(false);
    await page.getByRole("button", { name: "Leave quickly" }).click();
    await page.waitForURL(`${NEUTRAL}**`);
    scripts.release();
    await page.goto(`${hearth.url}/join`);
    expect(await kept()).toEqual([]);
    expect((await context.cookies()).filter((c) => c.name === "hearth-note-seen")).toEqual([]);
    await context.close();

    // Escape twice, before the scripts, does the same
    const second = await browser.newContext(PHONE);
    second.setDefaultTimeout(15_000);
    await second.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Search</title><p>Neutral page</p>" }));
    await holdScripts(second);
    const phone = await second.newPage();
    await phone.goto(`${hearth.url}/j/${session.joinCode}`, { waitUntil: "commit" });
    await phone.getByRole("button", { name: "Continue when you're ready" }).click();
    await phone.getByRole("heading", { name: "Joining…" }).waitFor();
    await phone.keyboard.press("Escape");
    await phone.keyboard.press("Escape");
    await phone.waitForURL(`${NEUTRAL}**`);
    expect((await second.cookies()).filter((c) => c.name === "hearth-note-seen")).toEqual([]);
    await second.close();
  });

  it("lays the first screen out right to left, at 360 and 320 px, before and after the tap", { timeout: 120_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    for (const width of [360, 320]) {
      for (const locale of ["en", "ar-XB"]) {
        const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
        context.setDefaultTimeout(15_000);
        if (locale !== "en") await context.addCookies([{ name: "hearth-lang", value: locale, url: hearth.url }]);
        await holdScripts(context);
        const page = await context.newPage();
        await page.goto(`${hearth.url}/j/${session.joinCode}`, { waitUntil: "commit" });
        const button = page.getByRole("button", { name: "Continue when you're ready" });
        await button.waitFor();
        const dir = locale === "en" ? "ltr" : "rtl";
        expect(await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.body).direction])).toEqual([dir, dir]);
        // the session's content keeps the session's language inside the page
        expect(await page.locator("main [lang=en]").filter({ hasText: "This session is about asking for help" }).count()).toBe(1);
        // nothing wider than the phone; the button spans the column, inside the window
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        const box = (await button.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        // right to left: "Leave quickly" (first in the header) sits at the right edge, else at the left
        const exit = (await page.getByRole("button", { name: "Leave quickly" }).boundingBox())!;
        if (dir === "rtl") expect(width - (exit.x + exit.width)).toBeLessThan(24);
        else expect(exit.x).toBeLessThan(24);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `first-screen-phone-${width}-${locale}-note`);
        await button.click();
        await page.getByRole("heading", { name: "Joining…" }).waitFor();
        await screenshot(page, `first-screen-phone-${width}-${locale}-continued`);
        await context.close();
      }
    }
  });
});
