// Asking for help inside Hearth, in Chromium: a phone asks for a check-in
// with a note, the console marks it seen, the phone shows it (and keeps it
// through a reload); a flagged open-text answer shows the support message on
// its author's phone only and stays out of "Approve all"; "Leave quickly"
// (Escape twice) leaves no Hearth page in history and no session data in
// storage. axe on every new screen; screenshots at 360 px, 320 px, the
// console at 1366×768 and the projector at 1920×1080 land in test-results/e2e/care-*.png.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { accessibilityViolations, ARTIFACTS, LAPTOP, PHONE, PROJECTOR, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

const NEUTRAL = "https://www.google.com/";
const DISTRESS = "Honestly I don't see the point any more";

describe.skipIf(!chromiumPath)("asking for help in Chromium", () => {
  const env = useHearthAndBrowser();

  it("check-in request, safety net and quick exit", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const facilitator = await signedInContext(env, cookie, { viewport: { width: 1366, height: 768 } });
    facilitator.setDefaultTimeout(15_000);
    const console_ = await facilitator.newPage();
    await console_.goto(`${base}/dashboard`);
    await console_.getByRole("button", { name: "Start a session" }).first().click();
    await console_.waitForURL(/\/console\//);
    const code = (await console_.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");
    // the unedited built-in card: the console says so before the start
    await console_.getByRole("heading", { name: "The support card isn't finished" }).waitFor();

    const phone = async (width: number, via: "form" | "qr") => {
      const context = await browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      context.setDefaultTimeout(15_000);
      // the neutral site, served here (no internet in the test)
      await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Search</title><p>Neutral page</p>" }));
      const page = await context.newPage();
      if (via === "form") {
        await page.goto(`${base}/join`);
        await page.getByLabel("Session code").fill(code);
        await page.getByLabel("Session code").press("Enter");
      } else await page.goto(`${base}/j/${code}`);
      await page.getByRole("heading", { name: "Before we begin" }).waitFor();
      return page;
    };
    const asker = await phone(360, "form");
    const other = await phone(360, "qr");
    const small = await phone(320, "qr");

    // the content note names the quick exit once, honestly
    await asker.getByText("It can't erase your browser's history.").waitFor();
    await screenshot(asker, "care-phone-360-content-note");
    // first in the tab order: the first Tab on the page reaches it
    await other.keyboard.press("Tab");
    expect(await other.evaluate(() => document.activeElement?.textContent)).toBe("Leave quickly");
    for (const page of [asker, other, small]) await page.getByRole("button", { name: /continue/i }).click();
    // no placeholder on the phones' support card
    await small.getByRole("button", { name: "Support" }).click();
    await small.getByRole("dialog").waitFor();
    expect(await small.getByRole("dialog").textContent()).not.toContain("Add your local");
    await screenshot(small, "care-phone-320-support");
    await small.getByRole("button", { name: "Close" }).click();

    // -- a check-in request with a note
    await asker.getByRole("button", { name: "I'd like someone to check in with me" }).click();
    await asker.getByLabel(/A note for the facilitator/).fill("Near the door at the break, please");
    await asker.getByRole("button", { name: "Send request" }).click();
    const heading = asker.getByRole("heading", { name: /^Request \d+$/ });
    await heading.waitFor();
    const label = (await heading.textContent())!;
    await asker.getByText("Sent. The facilitator hasn't seen it yet.").waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
    await screenshot(asker, "care-phone-360-check-in-sent");

    // the console's private panel; nothing on the other phones
    const panel = console_.getByRole("region", { name: /Check-in requests/ });
    await panel
      .locator("strong")
      .filter({ hasText: new RegExp(`^${label}$`) })
      .waitFor();
    await panel.getByText("1 new").waitFor();
    await panel.getByText("Near the door at the break, please").waitFor();
    expect(await other.getByText(label).count()).toBe(0);
    expect(await accessibilityViolations(console_)).toEqual([]);
    await screenshot(console_, "care-console-1366-check-in");
    await panel.getByRole("button", { name: `Mark seen ${label}` }).click();
    await asker.getByText("The facilitator has seen your request.").waitFor();
    // kept through a refresh
    await asker.reload();
    await asker.getByRole("heading", { name: label }).waitFor();
    await asker.getByText("The facilitator has seen your request.").waitFor();
    await screenshot(asker, "care-phone-360-check-in-seen");

    // -- a step's own content note: the text waits behind "Show this part"
    await console_.getByRole("button", { name: "Start the session" }).click();
    await console_.getByRole("navigation", { name: "Steps" }).getByRole("button").filter({ hasText: "Asking for help is a strength" }).click();
    await small.getByText("This part mentions sobriety and recovery").waitFor();
    expect(await small.getByText("In a world that celebrates self-reliance").isVisible()).toBe(false);
    expect(await accessibilityViolations(small)).toEqual([]);
    await screenshot(small, "care-phone-320-step-content-note");
    // the projector shows the note before the text
    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(console_.url().replace("/console/", "/screen/"));
    const projectorNote = projector.getByRole("note", { name: "Content note for this part" });
    await projectorNote.getByText("This part mentions sobriety and recovery").waitFor();
    await projectorNote.getByText("On your phone, this part stays folded until you choose “Show this part”.").waitFor();
    // before the text, in reading order
    expect(
      await projector.evaluate(() => {
        const note = document.querySelector("[aria-label='Content note for this part']")!;
        const text = [...document.querySelectorAll("p")].find((p) => p.textContent?.includes("In a world that celebrates self-reliance"))!;
        return Boolean(note.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await accessibilityViolations(projector)).toEqual([]);
    await screenshot(projector, "care-projector-1920-step-content-note");
    await projector.close();
    await small.getByRole("button", { name: "Show this part" }).click();
    await small.getByText(/In a world that celebrates self-reliance/).waitFor();

    // -- the safety net on an open-text answer
    const stepButton = console_.getByRole("navigation", { name: "Steps" }).getByRole("button").filter({ hasText: "Open text" }).first();
    await stepButton.click();
    await expect.poll(() => stepButton.getAttribute("aria-current")).toBe("step");
    await console_.getByRole("button", { name: /^Open responses$/ }).click();
    const answer = async (page: Page, text: string) => {
      await page.getByLabel("Your answer").fill(text);
      await page.getByRole("button", { name: "Send answer" }).click();
      await page.getByText("Saved ✓").waitFor();
    };
    await answer(asker, DISTRESS);
    await answer(other, "That I would be a burden");
    await answer(small, "I want to die sometimes");
    const care = "It sounds like things may be hard right now";
    await asker.getByRole("heading", { name: care }).waitFor();
    await small.getByRole("heading", { name: care }).waitFor();
    expect(await other.getByRole("heading", { name: care }).count()).toBe(0);
    expect(await accessibilityViolations(asker)).toEqual([]);
    await screenshot(asker, "care-phone-360-care-message");
    await screenshot(small, "care-phone-320-care-message");
    // the message stays through a reload until its reader closes it (this tab only)
    await asker.reload();
    await asker.getByRole("heading", { name: care }).waitFor();
    expect(await accessibilityViolations(asker)).toEqual([]);
    await screenshot(asker, "care-phone-360-care-message-after-reload");
    await small.getByRole("button", { name: "Close this message" }).click();
    await small.reload();
    await small.getByRole("button", { name: "I'd like someone to check in with me" }).waitFor();
    await small
      .getByText("Saved ✓")
      .or(small.getByText(/Your answer/))
      .first()
      .waitFor();
    expect(await small.getByRole("heading", { name: care }).count()).toBe(0);

    await console_.getByText("2 answers may need care").waitFor();
    const approveAll = console_.getByRole("button", { name: /^Approve (all|the \d+) waiting/ });
    await approveAll.click();
    // the ordinary answer is approved; the two held ones still wait, each for its own decision
    await expect.poll(() => approveAll.isDisabled()).toBe(true);
    await console_.getByText("2 answers may need care").waitFor();
    expect(await accessibilityViolations(console_)).toEqual([]);
    await screenshot(console_, "care-console-1366-may-need-care");

    // -- quick exit: Escape twice
    await asker.keyboard.press("Escape");
    await asker.keyboard.press("Escape");
    await asker.waitForURL(`${NEUTRAL}**`);
    await asker.goBack().catch(() => null);
    expect(asker.url().startsWith(base)).toBe(false);
    // nothing of the session left in this tab's or the device's storage
    await asker.goto(`${base}/join`);
    const kept = await asker.evaluate((c) => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.toUpperCase().includes(c)), code);
    expect(kept).toEqual([]);
    // the other phones still hold theirs (only the leaving device forgets)
    expect(await other.evaluate((c) => Object.keys(localStorage).filter((k) => k.includes(c)).length, code)).toBe(1);
  });

  it("a facilitator adds the group's own safety-net phrases in the editor, and sees a step's content note in the preview", { timeout: 180_000 }, async () => {
    const { hearth } = env;
    const { cookie } = await hearth.signUp();
    // the built-in template as the facilitator's own
    const list = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = list.body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    const copied = await hearth.fetchJson(`/api/templates/${builtIn.id}/duplicate`, { method: "POST", cookie });
    const templateId = copied.body.template.id;

    for (const width of [360, 320]) {
      const context = await signedInContext(env, cookie, { ...PHONE, viewport: { width, height: 740 } });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      await page.goto(`${hearth.url}/templates/${templateId}`);
      await page
        .getByRole("navigation", { name: "Template outline" })
        .getByRole("button", { name: /Support resources/ })
        .click();
      const field = page.getByLabel("Your phrases");
      const section = page.getByRole("region", { name: "Support resources" });
      // the field and its heading, hint and errors, on a screen tall enough that the editor's sticky bar covers none of it
      const ownWords = field.locator("xpath=ancestor::div[2]");
      await page.setViewportSize({ width, height: 1800 });
      await field.scrollIntoViewIfNeeded();
      if (width === 360) {
        // a phrase too short to screen with is refused, naming it; nothing is saved
        await field.fill("ok\nrelapse tonight");
        await page.getByRole("button", { name: /^Save/ }).click();
        await section.getByText("Your phrases include “ok”, which needs at least 3 letters").waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await ownWords.screenshot({ path: path.join(ARTIFACTS, "care-editor-360-own-phrases-refused.png") });
        await field.fill("relapse tonight\n  white knuckling  \n\nRelapse Tonight");
        await page.getByRole("button", { name: /^Save/ }).click();
        await page.getByText(/^Saved at/).waitFor();
        const saved = await hearth.fetchJson(`/api/templates/${templateId}`, { cookie });
        expect(saved.body.template.content.safetyNetPhrases).toEqual(["relapse tonight", "white knuckling"]);
      } else {
        // as saved: cleaned, one a line
        expect(await field.inputValue()).toBe("relapse tonight\nwhite knuckling");
      }
      expect(await accessibilityViolations(page)).toEqual([]);
      await ownWords.screenshot({ path: path.join(ARTIFACTS, `care-editor-${width}-own-phrases.png`) });
      await context.close();
    }

    // a Markdown article whose part starts "Content note:" imports with that step's own note
    {
      const context = await signedInContext(env, cookie, { ...PHONE, viewport: { width: 320, height: 740 } });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      await page.goto(`${hearth.url}/templates`);
      await page.getByRole("button", { name: "Import an article" }).click();
      await page.getByText("start the first line under its heading with").waitFor();
      await page
        .getByLabel("Article", { exact: true })
        .fill("## Welcome\n\nHello everyone.\n\n## When it gets hard\n\nContent note: This part talks about relapse.\n\nSome weeks are harder than others.\n");
      await page.getByRole("heading", { name: "Preview: 2 steps" }).waitFor();
      await page.getByText(/words, with a content note/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole("region", { name: "Import an article" }).screenshot({ path: path.join(ARTIFACTS, "care-import-320-content-note.png") });
      await page.getByRole("button", { name: "Import article" }).click();
      await page.waitForURL(/\/templates\/[^/]+$/);
      await page.getByRole("heading", { level: 1, name: "Imported article" }).waitFor();
      const imported = await hearth.fetchJson(`/api/templates/${page.url().split("/").pop()}`, { cookie });
      expect(imported.body.template.content.steps.map((st: { title: string; contentNote?: string; body: string }) => [st.title, st.contentNote ?? null, st.body])).toEqual([
        ["Welcome", null, "Hello everyone."],
        ["When it gets hard", "This part talks about relapse.", "Some weeks are harder than others."],
      ]);
      await context.close();
    }

    // the editor's previews show a step's own content note as phones and the projector will
    const context = await signedInContext(env, cookie, LAPTOP);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(`${hearth.url}/templates/${templateId}`);
    await page
      .getByRole("navigation", { name: "Template outline" })
      .getByRole("button", { name: /^\d+\. Asking for help is a strength/ })
      .click();
    const preview = page.getByRole("complementary", { name: "Preview" });
    await preview.getByText("This part mentions sobriety and recovery").first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "care-editor-1366-step-content-note-phone-preview");
    await preview.getByRole("button", { name: "Projector" }).click();
    await preview.getByText("On your phone, this part stays folded until you choose “Show this part”.").waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "care-editor-1366-step-content-note-projector-preview");
    await context.close();
  });
});
