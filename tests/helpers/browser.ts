// Headless Chromium for the end-to-end tests (playwright-core drives the
// system's Chromium: browsers cannot be downloaded here). Without one, the
// suite skips with a printed reason — except in CI, where it must run.
import { existsSync } from "node:fs";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

const CANDIDATES = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): string | null {
  const found = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
  if (!found) {
    if (process.env.HEARTH_REQUIRE_ALL_SUITES) throw new Error("No Chromium found (CHROME_PATH or /usr/bin/chromium); CI requires the end-to-end suite.");
    console.warn("\n⚠️  SKIPPING end-to-end tests: no Chromium/Chrome found. Set CHROME_PATH or install Debian's chromium (apt-get install chromium).\n");
  }
  return found;
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const LAPTOP = { viewport: { width: 1366, height: 900 } };
export const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

export const ARTIFACTS = path.resolve("test-results", "e2e");

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** WCAG 2.x A/AA violations on the page as it is now (empty array = none). */
export async function accessibilityViolations(page: Page) {
  // Next streams a dynamic page's <title> after the body: wait for it rather than flag a half-loaded page
  await page.waitForFunction(() => document.title.length > 0, undefined, { timeout: 10_000 });
  // a view that is still fading in (the projector's 400 ms step fade) has, for a
  // moment, text at partial opacity: judge contrast on the settled page
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity), undefined, {
    timeout: 10_000,
  });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(" ")})`);
}

export type { Browser, BrowserContext, Locator, Page };
