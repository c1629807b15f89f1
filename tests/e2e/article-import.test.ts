// Bringing one's own article in Chromium: the built-in session's source
// article is pasted into the import box — as plain text (through the real
// clipboard and Ctrl+V), and as the HTML a web page puts on the clipboard —
// the headings Hearth found are previewed, the split is accepted (and undone
// once), and the first steps are run with a projector and a phone; a .docx
// with pictures is imported (one described in the preview) and its pictures
// shown on a phone. Axe checks each page; screenshots at 1366, 360 and 320 px
// land in test-results/e2e/.
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, PHONE, PROJECTOR, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

const ARTICLE = readFileSync(new URL("../fixtures/import/asking-for-help.txt", import.meta.url), "utf8");
const WEB_PAGE = readFileSync(new URL("../fixtures/import/clipboard-web-page.html", import.meta.url), "utf8");
const PICTURES_DOCX = readFileSync(new URL("../fixtures/import/pictures.docx", import.meta.url));
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function paste(page: Page, data: Record<string, string>) {
  await page.evaluate(async (items) => {
    const blobs = Object.fromEntries(Object.entries(items).map(([type, value]) => [type, new Blob([value], { type })]));
    await navigator.clipboard.write([new ClipboardItem(blobs)]);
  }, data);
  await page.getByLabel("Article", { exact: true }).focus();
  await page.keyboard.press("Control+v");
}

/** The projector fades a new step in; screenshots wait for it to finish. */
const settled = (page: Page) => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)).then(() => undefined));

const outlineTitles = async (page: Page) =>
  (
    await page
      .getByRole("navigation", { name: "Template outline" })
      .getByRole("list", { name: /Steps/ })
      .getByRole("button", { name: /^\d+\./ })
      .allTextContents()
  ).map((t) => t.replace(/^\d+\.\s*/, "").split(", ")[0]);

describe.skipIf(!chromiumPath)("importing an article in Chromium", () => {
  const env = useHearthAndBrowser();

  it("pastes the article as plain text, previews its headings, accepts the split and runs the first steps on a projector and a phone", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const facilitator = await signedInContext(env, cookie);
    await facilitator.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    facilitator.setDefaultTimeout(15_000);
    const page = await facilitator.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    try {
      await page.goto(`${base}/templates`);
      await page.getByRole("button", { name: "Import an article" }).click();
      await paste(page, { "text/plain": ARTICLE });
      await page.getByRole("heading", { name: "Hearth found 16 headings in the text" }).waitFor();
      expect(await page.getByLabel("Article", { exact: true }).inputValue()).toBe(ARTICLE); // nothing changed yet
      await page.getByRole("heading", { name: "Split at these headings, it becomes 17 steps" }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, "import-proposal-laptop");

      // part titles merged into the next step, then back to title steps
      await page.getByLabel("merged into the next step, as its first line").check();
      await page.getByRole("heading", { name: "Split at these headings, it becomes 14 steps" }).waitFor();
      await page.getByLabel("a short title step of their own").check();
      // a heading unticked, then ticked again
      await page.getByRole("checkbox", { name: /^2\. Start Small/ }).uncheck();
      await page.getByRole("heading", { name: "Split at these headings, it becomes 16 steps" }).waitFor();
      await page.getByRole("checkbox", { name: /^2\. Start Small/ }).check();
      await page.getByRole("heading", { name: "Split at these headings, it becomes 17 steps" }).waitFor();

      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.getByRole("heading", { name: "Hearth found 16 headings in the text" }).scrollIntoViewIfNeeded();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `import-proposal-${width}`);
      }
      await page.setViewportSize({ width: 1366, height: 900 });

      // accept, undo, accept again
      await page.getByRole("button", { name: "Split at these headings" }).click();
      await page.getByText(/Split at 16 headings/).waitFor();
      expect(await page.getByLabel("Article", { exact: true }).inputValue()).toContain("## Why People Don’t Ask for Help\n\n### 1. Fear of Judgment");
      await page.getByRole("button", { name: "Undo the split" }).click();
      await page.getByText("Undone: the text is back as you pasted it.").waitFor();
      expect(await page.getByLabel("Article", { exact: true }).inputValue()).toBe(ARTICLE);
      await page.getByRole("button", { name: "Split at these headings" }).click();
      await page.getByRole("heading", { name: "Preview: 17 steps" }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, "import-accepted");
      await page.getByLabel("Title (optional)").fill("Asking for help — our own copy");
      await page.getByRole("button", { name: "Import article" }).click();
      await page.waitForURL(/\/templates\/[^/]+$/);
      await page.getByRole("heading", { level: 1, name: "Asking for help — our own copy" }).waitFor();
      const titles = await outlineTitles(page);
      expect(titles).toHaveLength(17);
      expect(titles.slice(0, 3)).toEqual(["Introduction", "Why People Don’t Ask for Help", "1. Fear of Judgment"]);
      expect(titles.at(-1)).toBe("Conclusion");

      // -- run it: projector and phone
      await page.getByRole("link", { name: "← Templates" }).click();
      await page.getByRole("button", { name: "Start a session from “Asking for help — our own copy”" }).click();
      await page.waitForURL(/\/console\//);
      const code = (await page.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");
      const projector = await facilitator.newPage();
      await projector.setViewportSize(PROJECTOR.viewport);
      await projector.goto(page.url().replace("/console/", "/screen/"));
      const phoneContext = await browser.newContext(PHONE);
      phoneContext.setDefaultTimeout(15_000);
      const phone = await phoneContext.newPage();
      await phone.goto(`${base}/j/${code}`);
      await phone.getByRole("button", { name: /continue/i }).click();
      await page.getByText(/1\s*participant joined/).waitFor();
      await page.getByRole("button", { name: "Start the session" }).click();
      await phone.getByRole("heading", { name: "Introduction" }).waitFor();
      await projector.getByRole("heading", { name: "Introduction" }).waitFor();
      await projector.getByText(/In a world where self-reliance and independence are often celebrated/).waitFor();
      await page.keyboard.press("ArrowRight");
      await projector.getByRole("heading", { name: "Why People Don’t Ask for Help" }).waitFor();
      await phone.getByRole("heading", { name: "Why People Don’t Ask for Help" }).waitFor();
      await settled(projector);
      await screenshot(projector, "import-projector-part-title");
      await page.keyboard.press("ArrowRight");
      await projector.getByRole("heading", { name: "1. Fear of Judgment" }).waitFor();
      await phone.getByRole("heading", { name: "1. Fear of Judgment" }).waitFor();
      await projector.getByText(/Fear of judgment is one of the most significant barriers/).waitFor();
      await settled(projector);
      await screenshot(projector, "import-projector-step");
      await screenshot(phone, "import-phone-step");
      await phone.setViewportSize({ width: 320, height: 640 });
      await screenshot(phone, "import-phone-step-320");
      expect(await accessibilityViolations(projector)).toEqual([]);
      expect(await accessibilityViolations(phone)).toEqual([]);
      expect(failures).toEqual([]);
    } catch (error) {
      for (const [i, p] of browser
        .contexts()
        .flatMap((c) => c.pages())
        .entries())
        await screenshot(p, `import-failure-${i}`).catch(() => undefined);
      throw error;
    }
  });

  it("pastes the article as formatted text from a web page: Markdown with its headings and the same Conclusion step as plain text, no proposal needed", {
    timeout: 120_000,
  }, async () => {
    const { hearth } = env;
    const { cookie } = await hearth.signUp();
    const context = await signedInContext(env, cookie);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: hearth.url });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${hearth.url}/templates`);
    await page.getByRole("button", { name: "Import an article" }).click();
    await paste(page, { "text/html": WEB_PAGE, "text/plain": ARTICLE });
    await page.getByText(/Pasted the formatted text as Markdown/).waitFor();
    const markdown = await page.getByLabel("Article", { exact: true }).inputValue();
    expect(markdown).toMatch(/^In a world where/);
    expect(markdown).toContain("## Why People Don’t Ask for Help\n\n### 1. Fear of Judgment");
    expect(markdown).toContain("[recovery journey](https://example.org/recovery)");
    expect(markdown).not.toMatch(/Share on|gtag|Subscribe|style=/);
    expect(markdown).toContain("## Conclusion\n\nAsking for help is not a sign of weakness");
    await page.getByText(/Added a “Conclusion” step for the text after the last numbered point/).waitFor();
    await page.getByRole("heading", { name: "Preview: 17 steps" }).waitFor();
    expect(await page.getByRole("heading", { name: /Hearth found/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "import-html-paste");
    // Undo leaves the closing text in the last point's step; pasting again brings the step back
    await page.getByRole("button", { name: "Undo the Conclusion step" }).click();
    await page.getByRole("heading", { name: "Preview: 16 steps" }).waitFor();
    await page.getByLabel("Article", { exact: true }).selectText();
    await paste(page, { "text/html": WEB_PAGE, "text/plain": ARTICLE });
    await page.getByRole("heading", { name: "Preview: 17 steps" }).waitFor();
    await page.getByRole("button", { name: "Import article" }).click();
    await page.waitForURL(/\/templates\/[^/]+$/);
    await page.getByRole("heading", { level: 1, name: "Imported article" }).waitFor();
    const titles = await outlineTitles(page);
    expect(titles).toHaveLength(17);
    expect(titles.slice(0, 3)).toEqual(["Introduction", "Why People Don’t Ask for Help", "1. Fear of Judgment"]);
    expect(titles.at(-1)).toBe("Conclusion");
  });

  it("adds a picture with its description to a step in the editor and shows it on the projector only, as chosen", { timeout: 180_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { title: "Picture test" } });
    const templateId = created.body.template.id;
    await hearth.fetchJson(`/api/templates/${templateId}`, {
      method: "PUT",
      cookie,
      json: {
        content: {
          ...created.body.template.content,
          steps: [{ key: "welcome", title: "A quiet bench", body: "Somewhere to sit and talk. Who would you ask?", facilitatorNotes: "", reactions: false }],
        },
      },
    });
    // a 320 × 200 picture: warm gradient with a darker band
    const png = new PNG({ width: 320, height: 200 });
    for (let y = 0; y < 200; y++) for (let x = 0; x < 320; x++) png.data.set([154 + (x % 100), 61 + (y % 80), y > 120 && y < 150 ? 40 : 18, 255], (y * 320 + x) * 4);

    const context = await signedInContext(env, cookie);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${hearth.url}/templates/${templateId}`);
    await page
      .getByRole("navigation", { name: "Template outline" })
      .getByRole("button", { name: /^1\. A quiet bench/ })
      .click();
    await page.getByTestId("step-image-input").setInputFiles({ name: "bench.png", mimeType: "image/png", buffer: PNG.sync.write(png) });
    const alt = page.getByLabel("Describe the picture (required)");
    await alt.waitFor();
    await page.getByText("Add a description: the template cannot be saved without one.").waitFor();
    expect(await alt.getAttribute("aria-invalid")).toBe("true");
    await alt.fill("Two people on a park bench at dusk, talking");
    await page.getByRole("img", { name: "Two people on a park bench at dusk, talking" }).first().waitFor();
    // on phones too unless the facilitator keeps it to the projector, as here
    const onPhones = page.getByLabel(/Show it on participants’ phones too|Show it on participants' phones too/);
    expect(await onPhones.isChecked()).toBe(true);
    await onPhones.uncheck();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "image-editor");
    await page.keyboard.press("Control+s");
    await page.getByText(/^Saved at/).waitFor();
    const stored = (await hearth.fetchJson(`/api/templates/${templateId}`, { cookie })).body.template.content.steps[0].image;
    expect(stored.alt).toBe("Two people on a park bench at dusk, talking");
    expect(stored.onPhones).toBe(false);

    // run it: the projector shows the picture with its description
    const session = await hearth.createSession(cookie, templateId);
    await page.goto(`${hearth.url}/console/${session.id}`);
    await page.getByRole("button", { name: "Start the session" }).click();
    const projector = await context.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(`${hearth.url}/screen/${session.id}`);
    await projector.getByRole("heading", { name: "A quiet bench" }).waitFor();
    const picture = projector.getByRole("img", { name: "Two people on a park bench at dusk, talking" });
    await picture.waitFor();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await settled(projector);
    expect(await accessibilityViolations(projector)).toEqual([]);
    await screenshot(projector, "image-projector");
    // a phone in the room gets the step, not the picture kept to the projector
    const phone = await (await browser.newContext(PHONE)).newPage();
    phone.setDefaultTimeout(15_000);
    await phone.goto(`${hearth.url}/j/${session.joinCode}`);
    await phone.getByRole("button", { name: /continue/i }).click();
    await phone.getByRole("heading", { name: "A quiet bench" }).waitFor();
    expect(await phone.getByRole("img", { name: "Two people on a park bench at dusk, talking" }).count()).toBe(0);
    await screenshot(phone, "image-phone-projector-only");
  });
  it("imports a .docx with its pictures (one described in the preview), runs it, and shows the picture on a phone at 360 and 320 px", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const context = await signedInContext(env, cookie);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    try {
      await page.goto(`${hearth.url}/templates`);
      await page.getByRole("button", { name: "Import an article" }).click();
      await page.getByLabel("File (optional)").setInputFiles({ name: "pictures.docx", mimeType: DOCX_TYPE, buffer: PICTURES_DOCX });
      await page.getByText(/It has 2 pictures; describe the one without a description below/).waitFor();
      await page.getByText(/1 of the document's 3 pictures was not taken/).waitFor();
      await page.getByRole("heading", { name: "Preview: 4 steps" }).waitFor();
      const bench = page.getByLabel("Describe the picture in “A bench by the river” (required)");
      expect(await bench.inputValue()).toBe("Two people on a bench by a river, talking");
      const drawing = page.getByLabel("Describe the picture in “Where help comes from” (required)");
      expect(await drawing.inputValue()).toBe("");
      expect(await drawing.getAttribute("aria-invalid")).toBe("true");
      const importButton = page.getByRole("button", { name: "Import article" });
      expect(await importButton.isDisabled()).toBe(true);
      // the thumbnails load (the facilitator's own pictures, stored when the document was read)
      await expect.poll(() => page.locator("img[src^='/api/images/']").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual([1000, 300]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, "docx-pictures-preview-laptop");
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await drawing.scrollIntoViewIfNeeded();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `docx-pictures-preview-${width}`);
      }
      await page.setViewportSize({ width: 1366, height: 900 });
      await drawing.fill("A drawing in two halves, warm on the left and pale on the right");
      expect(await page.getByLabel("Article", { exact: true }).inputValue()).toContain("![A drawing in two halves, warm on the left and pale on the right](hearth-picture:");
      await importButton.click();
      await page.waitForURL(/\/templates\/[^/]+$/);
      await page.getByRole("heading", { level: 1, name: "Pictures for tonight" }).waitFor();
      expect(await outlineTitles(page)).toEqual(["Pictures for tonight", "A bench by the river", "Where help comes from", "Not a picture"]);
      const templateId = page.url().split("/").at(-1)!;
      const steps = (await hearth.fetchJson(`/api/templates/${templateId}`, { cookie })).body.template.content.steps;
      expect(steps.map((st: { image?: { alt: string } }) => st.image?.alt)).toEqual([
        undefined,
        "Two people on a bench by a river, talking",
        "A drawing in two halves, warm on the left and pale on the right",
        undefined,
      ]);

      // run it: the phone shows the step's picture, phone-sized, with its description
      const session = await hearth.createSession(cookie, templateId);
      await page.goto(`${hearth.url}/console/${session.id}`);
      const phoneContext = await browser.newContext(PHONE);
      phoneContext.setDefaultTimeout(15_000);
      const phone = await phoneContext.newPage();
      phone.on("pageerror", (error) => failures.push(error.message));
      const pictureRequests: string[] = [];
      phone.on("request", (r) => {
        if (r.url().includes("/picture")) pictureRequests.push(r.url());
      });
      await phone.goto(`${hearth.url}/j/${session.joinCode}`);
      await phone.getByRole("button", { name: /continue/i }).click();
      await page.getByText(/1\s*participant joined/).waitFor();
      await page.getByRole("button", { name: "Start the session" }).click();
      await phone.getByRole("heading", { name: "Pictures for tonight" }).waitFor();
      expect(pictureRequests).toEqual([]); // a step without a picture fetches none
      await page.keyboard.press("ArrowRight");
      await phone.getByRole("heading", { name: "A bench by the river" }).waitFor();
      const picture = phone.getByRole("img", { name: "Two people on a bench by a river, talking" });
      await picture.waitFor();
      // the phone copy: 720 px wide, not the 1,000 px original
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(720);
      expect(pictureRequests).toHaveLength(1);
      for (const width of [360, 320]) {
        await phone.setViewportSize({ width, height: 740 });
        const box = (await picture.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        await picture.scrollIntoViewIfNeeded();
        expect(await accessibilityViolations(phone)).toEqual([]);
        await screenshot(phone, `phone-picture-${width}`);
      }
      // the next step's drawing: a PNG small enough to be sent as it is
      await page.keyboard.press("ArrowRight");
      const second = phone.getByRole("img", { name: "A drawing in two halves, warm on the left and pale on the right" });
      await second.waitFor();
      await expect.poll(() => second.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
      await phone.setViewportSize({ width: 320, height: 740 });
      await second.scrollIntoViewIfNeeded();
      expect(await accessibilityViolations(phone)).toEqual([]);
      await screenshot(phone, "phone-picture-png-320");
      expect(failures).toEqual([]);
    } catch (error) {
      for (const [i, p] of browser
        .contexts()
        .flatMap((c) => c.pages())
        .entries())
        await screenshot(p, `docx-failure-${i}`).catch(() => undefined);
      throw error;
    }
  });
});
