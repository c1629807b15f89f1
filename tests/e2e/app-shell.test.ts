// What every page load asks for besides the page: the icon, the Apple touch
// icon and the web app manifest. None of them may 404 (a console error on
// every page, and no icon when a phone adds Hearth to its home screen).
import { describe, expect, it } from "vitest";
import { PHONE } from "../helpers/browser";
import { chromiumPath, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("the app shell in Chromium", () => {
  const env = useHearthAndBrowser();

  it("serves the icon, the touch icon and the manifest, and a page loads with no console error", async () => {
    const base = env.hearth.url;
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    const failed: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${base}/join`, { waitUntil: "networkidle" });
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);

    const links = await page.locator("link[rel~='icon'], link[rel='apple-touch-icon'], link[rel='manifest']").evaluateAll((ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(links.length).toBeGreaterThanOrEqual(3);

    const favicon = await context.request.get(`${base}/favicon.ico`);
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an ICO header, not an HTML page

    const manifest = await context.request.get(`${base}/manifest.webmanifest`);
    expect(manifest.status()).toBe(200);
    const body = (await manifest.json()) as { name: string; icons: { src: string; sizes: string }[] };
    expect(body.name).toBe("Hearth");
    for (const icon of [...body.icons.map((i) => i.src), ...links]) {
      const response = await context.request.get(new URL(icon, base).href);
      expect(response.status(), icon).toBe(200);
      expect(response.headers()["content-type"], icon).toMatch(/^(image\/|application\/manifest\+json)/);
    }
    await context.close();
  });
});
