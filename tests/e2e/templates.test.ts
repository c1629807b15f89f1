// Templates in real browsers: a facilitator imports a Markdown article, adds
// a scale and a single-choice prompt in the editor (meeting a validation
// error on the way), replaces a placeholder in the support card, saves with
// Ctrl+S, and runs the session with one participant on a phone, who answers
// and opens the support card mid-session. Screenshots of the list and the
// editor's previews land in test-results/e2e/; axe checks the pages.
import { describe, expect, it } from "vitest";
import { accessibilityViolations, LAPTOP, PHONE, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

const ARTICLE = `# Small steps towards asking

Asking for help can feel hard. Today we look at why, and at one small step.

## Checking in

Let's notice where we are today. There is no right answer.

## Why it is hard

- We worry about being judged.
- We don't want to be a burden.

<script>alert("never runs")</script>

## One small step

Small steps count. Which one could you try this week?
`;

describe.skipIf(!chromiumPath)("templates in Chromium", () => {
  const env = useHearthAndBrowser();

  it("imports an article, adds two prompts, runs it with a phone that opens the support card", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const facilitator = await signedInContext(env, cookie);
    facilitator.setDefaultTimeout(15_000);
    const page = await facilitator.newPage();
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));

    try {
      // -- the templates page, reached from the dashboard
      await page.goto(`${base}/dashboard`);
      await page.getByRole("link", { name: "Templates" }).click();
      await page.waitForURL(/\/templates$/);
      await page.getByRole("heading", { name: "Built in", exact: true }).waitFor();
      await page.getByText("You have no templates of your own yet").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // -- import the article
      await page.getByRole("button", { name: "Import an article" }).click();
      await page.getByLabel("Article", { exact: true }).fill(ARTICLE);
      await page.getByRole("button", { name: "Import article" }).click();
      await page.waitForURL(/\/templates\/[^/]+$/);
      const templateUrl = page.url();
      await page.getByRole("heading", { level: 1, name: "Small steps towards asking" }).waitFor();
      await page.getByText(/Removed 1 piece of raw HTML/).waitFor();
      const outline = page.getByRole("navigation", { name: "Template outline" });
      const stepButton = (title: string) => outline.getByRole("button", { name: new RegExp(`^\\d+\\. ${title}`) });
      const stepTitles = async () =>
        (
          await outline
            .getByRole("list", { name: /Steps/ })
            .getByRole("button", { name: /^\d+\./ })
            .allTextContents()
        ).map((t) => t.replace(/^\d+\.\s*/, "").split(", ")[0]);
      expect(await stepTitles()).toEqual(["Small steps towards asking", "Checking in", "Why it is hard", "One small step"]);

      // -- reorder with the keyboard: move "Why it is hard" down, then back up
      await outline.getByRole("button", { name: "Move “Why it is hard” down" }).focus();
      await page.keyboard.press("Enter");
      expect((await stepTitles()).slice(2)).toEqual(["One small step", "Why it is hard"]);
      // at the bottom the focus moves to its "Move up" button
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Move “Why it is hard” up");
      await page.keyboard.press("Enter");
      expect(await stepTitles()).toEqual(["Small steps towards asking", "Checking in", "Why it is hard", "One small step"]);
      // back where it was: nothing to save
      await page.getByText("All changes saved").waitFor();

      // -- a scale on "Checking in"; saving without a question shows the server's error next to the field
      await stepButton("Checking in").click();
      await page.getByLabel("Activity").selectOption({ label: "Scale" });
      await page.getByText("Unsaved changes").waitFor();
      await page.keyboard.press("Control+s");
      await page.getByRole("heading", { name: "Not saved: 1 problem needs fixing." }).waitFor();
      await page.getByText("Question must not be empty.").waitFor();
      expect(await page.getByLabel("Question", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await outline.getByText("⚠ 1 problem").waitFor();
      await page.getByLabel("Question", { exact: true }).fill("How comfortable are you asking for help right now?");
      expect(await page.getByText("Question must not be empty.").count()).toBe(0);
      await page.getByLabel("Label for 1").fill("Not at all");
      await page.getByLabel("Label for 5").fill("Very comfortable");

      // -- a single choice on "One small step", with three options
      await stepButton("One small step").click();
      await page.getByLabel("Activity").selectOption({ label: "Single choice" });
      await page.getByLabel("Question", { exact: true }).fill("Which small step could you try this week?");
      await page.getByLabel("Option 1", { exact: true }).fill("Send a message to someone I trust");
      await page.getByLabel("Option 2", { exact: true }).fill("Say yes when help is offered");
      await page.getByRole("button", { name: "Add an option" }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/options/);
      await page.keyboard.type("Ask one small question");
      // its results only on the projector
      await page.getByRole("radio", { name: /On the projector only/ }).check();

      // the phone preview shows the real answer form, with Pass
      const preview = page.getByRole("complementary", { name: "Preview" });
      await preview.getByRole("heading", { name: "Which small step could you try this week?" }).waitFor();
      await preview.getByText("Ask one small question").waitFor();
      await preview.getByRole("button", { name: "Pass", exact: true }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "templates-editor-phone-preview");

      // -- the support card: replace a placeholder with a local service
      await outline.getByRole("button", { name: /Support resources/ }).click();
      const placeholder = page.locator("input[value^='Add your local crisis line']");
      const labelId = await placeholder.getAttribute("id");
      await page.locator(`#${labelId}`).fill("Riverside Crisis Line — 0123 456 789");
      await page.locator(`#${labelId!.replace(/label$/, "detail")}`).fill("Free, any time, day or night");
      await page.locator(`#${labelId!.replace(/label$/, "url")}`).fill("tel:+440123456789");
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "templates-editor-resources");

      // -- the projector preview of the scale step
      await stepButton("Checking in").click();
      await preview.getByRole("button", { name: "Projector" }).click();
      await preview.getByText("How comfortable are you asking for help right now?").waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "templates-editor-projector-preview");
      await preview.getByRole("button", { name: "Larger preview" }).click();
      const large = page.getByRole("dialog", { name: "Projector preview" });
      await large.getByText("How comfortable are you asking for help right now?").waitFor();
      await page.screenshot({ path: "test-results/e2e/templates-editor-projector-large.png" });
      await large.getByRole("button", { name: "Close" }).click();
      await large.waitFor({ state: "hidden" });
      await preview.getByRole("button", { name: "Phone" }).click();
      expect(await accessibilityViolations(page)).toEqual([]);

      // -- save with Ctrl+S
      await page.keyboard.press("Control+s");
      await page.getByText(/^Saved at/).waitFor();
      await page.reload();
      await page.getByText("All changes saved").waitFor();
      expect(await stepTitles()).toEqual(["Small steps towards asking", "Checking in", "Why it is hard", "One small step"]);
      await outline.getByText("Single choice").waitFor();
      await outline.getByText("Scale").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // the stored template is what the editor showed
      const id = templateUrl.split("/").pop()!;
      const stored = await hearth.fetchJson(`/api/templates/${id}`, { cookie });
      const steps = stored.body.template.content.steps;
      expect(steps[1].prompt).toMatchObject({
        kind: "scale",
        question: "How comfortable are you asking for help right now?",
        config: { max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" },
      });
      expect(steps[1].prompt.resultsShownOn).toBeUndefined();
      expect(steps[3].prompt.resultsShownOn).toBe("screen");
      expect(steps[3].prompt.config.options.map((o: { label: string }) => o.label)).toEqual([
        "Send a message to someone I trust",
        "Say yes when help is offered",
        "Ask one small question",
      ]);
      expect(JSON.stringify(steps)).not.toContain("<script");

      // -- the list, then start a session from it
      await page.getByRole("link", { name: "← Templates" }).click();
      await page.waitForURL(/\/templates$/);
      await page.getByRole("heading", { name: "Small steps towards asking" }).waitFor();
      await page.getByText("4 steps · 2 prompts").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, "templates-list");
      await page.getByRole("button", { name: "Start a session from “Small steps towards asking”" }).click();
      await page.waitForURL(/\/console\//);
      const code = (await page.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");

      // -- one participant on a phone
      const phoneContext = await browser.newContext(PHONE);
      phoneContext.setDefaultTimeout(15_000);
      const phone = await phoneContext.newPage();
      await phone.goto(`${base}/j/${code}`);
      await phone.getByText("This session may touch on personal experiences").waitFor();
      await phone.getByRole("button", { name: /continue/i }).click();
      await page.getByText(/1\s*participant joined/).waitFor();
      await page.getByRole("button", { name: "Start the session" }).click();

      async function runPrompt(stepTitle: string, answer: (phone: Page) => Promise<void>) {
        await page.getByRole("navigation", { name: "Steps" }).getByRole("button").filter({ hasText: stepTitle }).click();
        await page.getByRole("button", { name: /^Open responses$/ }).click();
        await answer(phone);
        await phone.getByRole("button", { name: "Send answer" }).click();
        await phone.getByText("Saved ✓").waitFor();
        await page.getByText("1 answered").waitFor();
      }

      await runPrompt("Checking in", async (p) => {
        await p.getByRole("heading", { name: "How comfortable are you asking for help right now?" }).waitFor();
        await p.locator("input[type=radio]").nth(3).check();
      });

      // mid-session: the support card is one tap away
      await phone.getByRole("button", { name: "Support", exact: true }).click();
      const dialog = phone.getByRole("dialog");
      await dialog.getByText("Riverside Crisis Line — 0123 456 789", { exact: true }).waitFor();
      expect(await dialog.getByRole("link", { name: /Riverside Crisis Line/ }).getAttribute("href")).toBe("tel:+440123456789");
      await screenshot(phone, "templates-phone-support");
      await dialog.getByRole("button", { name: "Close" }).click();
      await dialog.waitFor({ state: "hidden" });

      await runPrompt("One small step", async (p) => {
        await p.getByRole("heading", { name: "Which small step could you try this week?" }).waitFor();
        await p.getByLabel("Ask one small question").check();
      });
      await screenshot(phone, "templates-phone-answered");
      expect(await accessibilityViolations(phone)).toEqual([]);

      // the answers are stored against the session's own copy of the prompts
      const responses = await hearth.database.prisma.response.findMany({ include: { prompt: true } });
      expect(responses.map((r) => [r.prompt.kind, r.passed])).toEqual(
        expect.arrayContaining([
          ["scale", false],
          ["single_choice", false],
        ]),
      );
      expect(responses).toHaveLength(2);
      expect(failures).toEqual([]);
    } catch (error) {
      await screenshot(page, "templates-failure-facilitator").catch(() => undefined);
      for (const [i, p] of browser
        .contexts()
        .flatMap((c) => c.pages())
        .entries())
        await screenshot(p, `templates-failure-${i}`).catch(() => undefined);
      throw error;
    }
  });

  it("opens a built-in template read-only, with a way to an editable copy", { timeout: 120_000 }, async () => {
    const { hearth } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const context = await signedInContext(env, cookie);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${base}/templates`);
    await page.getByRole("link", { name: "View “Asking for help”" }).click();
    await page.getByText("This is a built-in template, so it can't be changed.").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Save" }).count()).toBe(0);
    // steps can still be looked at, and previewed
    await page
      .getByRole("navigation", { name: "Template outline" })
      .getByRole("button", { name: /^\d+\. Checking in/ })
      .click();
    await page.getByRole("complementary", { name: "Preview" }).getByRole("heading", { name: "How comfortable are you asking for help right now?" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "templates-editor-built-in");

    await page.getByRole("button", { name: "Duplicate to edit" }).click();
    await page.getByRole("heading", { level: 1, name: "Asking for help (copy)" }).waitFor();
    expect(await page.getByLabel("Title", { exact: true }).isDisabled()).toBe(false);
    await page.getByLabel("Title", { exact: true }).fill("Asking for help — Tuesday group");
    // a narrower laptop: the preview moves below the form
    await page.setViewportSize({ width: 900, height: 900 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "templates-editor-narrow");
    await page.setViewportSize(LAPTOP.viewport);

    // meanwhile, the same template is renamed elsewhere (another tab): saving is refused, nothing is overwritten
    const copyId = page.url().split("/").pop()!;
    expect((await hearth.fetchJson(`/api/templates/${copyId}`, { method: "PATCH", cookie, json: { title: "Renamed in another tab" } })).status).toBe(200);
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.getByRole("heading", { name: /changed somewhere else/ }).waitFor();
    await page.getByRole("button", { name: /Load the latest version/ }).click();
    await page.getByRole("heading", { level: 1, name: "Renamed in another tab" }).waitFor();
    await page.getByText("All changes saved").waitFor();
    await page.getByLabel("Title", { exact: true }).fill("Asking for help — Tuesday group");
    await page.getByRole("button", { name: /^Save/ }).click();
    await page.getByText(/^Saved at/).waitFor();

    // rename, delete with confirmation, undo — on the list
    await page.goto(`${base}/templates`);
    await page.getByRole("button", { name: "Rename “Asking for help — Tuesday group”" }).click();
    await page.getByLabel("New title for “Asking for help — Tuesday group”").fill("Tuesday group");
    await page.getByRole("button", { name: "Save title" }).click();
    await page.getByText("Renamed to “Tuesday group”.").waitFor();
    await page.getByRole("button", { name: "Delete “Tuesday group”" }).click();
    await page.getByText("Delete “Tuesday group”?").waitFor();
    await page.getByRole("button", { name: "Delete template" }).click();
    await page.getByText("Deleted “Tuesday group”.").waitFor();
    await page.getByText("You have no templates of your own yet").waitFor();
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Restored “Tuesday group”.").waitFor();
    await page.getByRole("heading", { name: "Tuesday group" }).waitFor();

    // a bad template file is refused with the field named
    await page.getByTestId("template-file-input").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "hearth-template", version: 1, template: { schemaVersion: 1, title: "" } })),
    });
    await page.getByRole("alert").getByText("template.title").waitFor();
    await page.getByText("The file was not imported:").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "templates-list-import-error");
    await context.close();
  });
});
