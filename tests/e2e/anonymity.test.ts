// Anonymity in a small room (issue 15), in Chromium: the projector during a
// one-at-a-time trickle after the reveal (a screenshot at each step; the chart
// moves at 3 and 6 answers only, and the closed prompt says what is not
// shown), the room passphrase on a phone, a blocked phone, and the summary's
// deletion date. axe on each; screenshots in test-results/e2e/anonymity-*.png.
import { describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import { accessibilityViolations, LAPTOP, PHONE, PROJECTOR, screenshot, type Locator, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";
import { send, type TestClient } from "../helpers/hearth-server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!chromiumPath)("anonymity in Chromium", () => {
  const env = useHearthAndBrowser();

  it("projector trickle, passphrase, blocked phone and deletion date", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const command = async (event: string, payload: Record<string, unknown> = {}) => {
      const ack = await send(facilitator, event, { sessionId: session.id, ...payload });
      expect(ack, event).toMatchObject({ ok: true });
      return ack;
    };
    const consoleState = async () => ((await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id })) as { ok: true; data: ConsoleState }).data;
    const steps = (await consoleState()).steps;
    const gotoPrompt = async (kind: string) => {
      await command("step:goto", { index: steps.find((s) => s.promptKind === kind)!.index });
      const prompt = (await consoleState()).step!.prompt!;
      await command("prompt:open", { promptId: prompt.id });
      return prompt;
    };

    const screenContext = await signedInContext(env, cookie, PROJECTOR);
    screenContext.setDefaultTimeout(15_000);
    const projector = await screenContext.newPage();
    await projector.goto(`${base}/screen/${session.id}`);

    const phones: TestClient[] = [];
    for (let i = 0; i < 8; i++) {
      const phone = await hearth.connect();
      expect((await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode })).ok).toBe(true);
      phones.push(phone);
    }
    const prompt = await gotoPrompt("single_choice");
    const options = (prompt.config as { options: { id: string }[] }).options;
    for (let i = 0; i < 3; i++) await send(phones[i]!, "answer:submit", { promptId: prompt.id, value: { optionId: options[i % options.length]!.id } });
    await sleep(300);
    await command("results:reveal", { promptId: prompt.id });
    await projector.getByText("Based on 3 answers").waitFor();
    await screenshot(projector, "anonymity-projector-1920-3-answers");

    // one at a time: the projector says "Based on 3" until 6 answers, then "Based on 6" until the end
    const based = async () => (await projector.locator("figure").last().textContent()) ?? "";
    for (let i = 3; i < 8; i++) {
      await send(phones[i]!, "answer:submit", { promptId: prompt.id, value: { optionId: options[0]!.id } });
      await projector.getByText(`${i + 1} responded`).waitFor();
      await sleep(300);
      if (i + 1 >= 6) await projector.getByText("Based on 6 answers").waitFor();
      expect(await based(), `after ${i + 1} answers`).toContain(i + 1 < 6 ? "Based on 3 answers" : "Based on 6 answers");
      await screenshot(projector, `anonymity-projector-1920-${i + 1}-answers`);
    }
    await command("prompt:close", { promptId: prompt.id });
    await projector.getByText("2 more answers are not shown, to protect anonymity.").waitFor();
    await screenshot(projector, "anonymity-projector-1920-closed");
    expect(await accessibilityViolations(projector)).toEqual([]);
    // passes never shown apart: the projector has no "passed" anywhere
    expect(await projector.locator("body").textContent()).not.toMatch(/\bpass(ed|es)\b/i);

    // the passphrase on a phone
    await command("session:settings", { passphrase: "Blue Harbour" });
    expect(await projector.locator("body").textContent()).not.toMatch(/harbour/i);
    const phoneContext = await browser.newContext(PHONE);
    phoneContext.setDefaultTimeout(15_000);
    const phone = await phoneContext.newPage();
    await phone.goto(`${base}/j/${session.joinCode}`);
    await passContentNote(phone, phone.getByRole("heading", { name: "What is the passphrase?" }));
    await phone.getByLabel("Passphrase").fill("green harbour");
    await phone.getByRole("button", { name: "Join" }).click();
    await phone.getByText("That is not the passphrase.").first().waitFor();
    await screenshot(phone, "anonymity-phone-360-passphrase-wrong");
    expect(await accessibilityViolations(phone)).toEqual([]);
    await atNarrowest(phone, "anonymity-phone-320-passphrase-wrong");
    await phone.getByLabel("Passphrase").fill("blue harbour");
    await phone.getByRole("button", { name: "Join" }).click();
    // the closed choice prompt on the phone: the last breakdown shown, and the "not shown" line (results are shown on phones too)
    const notShown = phone.getByText("2 more answers are not shown, to protect anonymity.");
    await passContentNote(phone, notShown);
    await notShown.waitFor();
    await screenshot(phone, "anonymity-phone-360-not-shown");
    expect(await accessibilityViolations(phone)).toEqual([]);
    await atNarrowest(phone, "anonymity-phone-320-not-shown");

    // the phone answers an open question; three answers are approved and reach the wall
    const open = await gotoPrompt("open_text");
    await phone.locator("textarea").first().fill("something only I would say");
    await phone.getByRole("button", { name: "Send answer" }).click();
    await phone.getByText("Saved ✓").waitFor();
    for (let i = 0; i < 2; i++) await send(phones[i]!, "answer:submit", { promptId: open.id, value: { text: `another thought ${i}` } });
    let queue: { responseId?: string }[] = [];
    for (let i = 0; i < 50 && queue.length < 3; i++) {
      queue = (await consoleState()).moderation?.entries ?? [];
      if (queue.length < 3) await sleep(100);
    }
    await command("moderation:set", { promptId: open.id, responseIds: queue.map((e) => e.responseId), status: "approved" });
    await command("results:reveal", { promptId: open.id });
    await projector.getByText("something only I would say").waitFor();

    // the facilitator blocks its author from the wall on the console: no name, no number, only the answer
    const consoleContext = await signedInContext(env, cookie, LAPTOP);
    consoleContext.setDefaultTimeout(15_000);
    const console_ = await consoleContext.newPage();
    console_.on("dialog", (dialog) => {
      expect(dialog.message()).toContain("You will not learn who it is");
      void dialog.accept();
    });
    await console_.goto(`${base}/console/${session.id}`);
    await console_.getByText("On the wall (3)").click();
    const onWall = console_.getByRole("list", { name: "Answers on the wall" });
    await onWall.getByText("something only I would say", { exact: true }).waitFor();
    await onWall.scrollIntoViewIfNeeded();
    await screenshot(console_, "anonymity-console-1366-wall");
    expect(await accessibilityViolations(console_)).toEqual([]);
    await onWall.getByRole("button", { name: "Block author of “something only I would say”" }).click();
    await phone.getByText("The facilitator has stopped answers from this phone for this session").waitFor();
    await console_.getByText(/Blocked author 1 \(1 answer hidden\)/).waitFor();
    // gone from the projector and from the console's wall at once
    await projector.getByText("something only I would say").waitFor({ state: "detached" });
    await onWall.getByText("something only I would say", { exact: true }).waitFor({ state: "detached" });
    await screenshot(console_, "anonymity-console-1366-blocked");
    expect(await accessibilityViolations(console_)).toEqual([]);
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, "anonymity-phone-360-blocked");
    expect(await accessibilityViolations(phone)).toEqual([]);
    await atNarrowest(phone, "anonymity-phone-320-blocked");

    // the summary says when the answers will be deleted
    await command("session:end");
    const summaryContext = await signedInContext(env, cookie, { viewport: { width: 1366, height: 768 } });
    summaryContext.setDefaultTimeout(15_000);
    const summary = await summaryContext.newPage();
    await summary.goto(`${base}/summary/${session.id}`);
    await summary.getByText(/deleted automatically on/).waitFor();
    await summary.getByText("2 more answers are not shown, to protect anonymity", { exact: false }).first().waitFor();
    await screenshot(summary, "anonymity-summary-1366");
    expect(await accessibilityViolations(summary)).toEqual([]);
  });
});

/** The same screen at 320 px (the narrowest phone we serve): screenshot, axe, nothing wider than the screen; back to 360. */
async function atNarrowest(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  // from the top: a full-page picture of a scrolled page draws the sticky header mid-page
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize(PHONE.viewport);
}

/**
 * Past the content note, if the phone shows one, to `next` (the screen that follows it). It waits for
 * the note or `next` itself: any heading would do as soon as the click is made, while the passphrase
 * form or "Joining…" is still up, and then a note shown a moment later was never continued (a clean
 * whole-suite run failed here: the phone stayed on the note).
 */
async function passContentNote(page: Page, next: Locator) {
  const note = page.getByRole("heading", { name: "Before we begin" });
  await note.or(next).first().waitFor();
  if (await note.isVisible()) await page.getByRole("button", { name: /continue/i }).click();
}
