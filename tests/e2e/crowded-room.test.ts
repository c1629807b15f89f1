// A crowded room in Chromium: 40 and then 400 participants (socket clients
// for the crowd, one real phone page) through open text, word cloud, ranking
// (8 items) and single choice (8 options, results on the projector only).
// On the projector at 1920×1080 and 1280×720 the page is exactly one screen
// tall and every visible answer lies inside it; the console at 1366×768
// keeps its primary controls on screen and stays within about two screens.
// Screenshots land in test-results/e2e/crowd-*.png.
import { describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import { accessibilityViolations, PHONE, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";
import { send, type TestClient } from "../helpers/hearth-server";

const SIZES = [
  { name: "1080", width: 1920, height: 1080 },
  { name: "720", width: 1280, height: 720 },
] as const;
const CONSOLE = { width: 1366, height: 768 };

const EIGHT = [
  "Feeling less alone and more at ease",
  "Closer, more trusting relationships",
  "New ideas for what I'm facing",
  "Learning that asking is normal",
  "Time to rest without guilt",
  "Practical help with everyday things",
  "Someone to listen without fixing",
  "Courage to ask again next time",
];

/** Varied lengths, like a real room: a few words up to a long sentence. */
function openTextAnswer(i: number): string {
  const pieces = [
    "I should manage alone",
    "that I am a burden to people who already have enough on",
    "nobody has time",
    "asking means I failed",
    "they will think less of me, and I will have to explain everything from the start",
  ];
  return `${i + 1}. ${pieces[i % pieces.length]}${i % 7 === 0 ? ", and that it will always be like this" : ""}`;
}

/** About 120 distinct words, a few used by many: more than fit on a screen. */
function cloudWord(i: number): string {
  const common = ["relief", "seen", "warm", "lighter", "grateful", "safe"];
  return i % 3 === 0 ? common[i % common.length]! : `word${(i * 7) % 120}`;
}

describe.skipIf(!chromiumPath)("a crowded room in Chromium", () => {
  const env = useHearthAndBrowser();

  async function crowdedTemplate(cookie: string) {
    const { hearth } = env;
    const list = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = list.body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    const content = (await hearth.fetchJson(`/api/templates/${builtIn.id}`, { cookie })).body.template.content;
    const options = EIGHT.map((label, i) => ({ id: `item-${i + 1}`, label }));
    for (const step of content.steps) {
      if (step.prompt?.kind === "ranking" && !step.prompt.repeatOf) step.prompt.config = { options };
      if (step.prompt?.kind === "single_choice" && !step.prompt.repeatOf) {
        step.prompt.config = { options };
        step.prompt.resultsShownOn = "screen";
      }
    }
    // a repeat must keep its original's config: drop repeats of the prompts changed above
    for (const step of content.steps) if (step.prompt?.repeatOf && ["ranking", "single_choice"].includes(step.prompt.kind)) delete step.prompt;
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { content } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.template.id as string;
  }

  /** The projector fits: one screen tall, every visible answer and the join bar inside it. */
  async function expectFits(projector: Page, label: string) {
    const report = await projector.evaluate(() => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const outside: string[] = [];
      const items = [...document.querySelectorAll("main li, main [data-join-bar]")].filter((el) => !el.closest("[aria-hidden='true']"));
      for (const el of items) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5)
          outside.push(`${el.tagName} "${(el.textContent ?? "").slice(0, 40)}" ${Math.round(r.top)}–${Math.round(r.bottom)} of ${vh}`);
      }
      return { scrollHeight: document.documentElement.scrollHeight, vh, shown: items.length, outside };
    });
    expect(report.scrollHeight, `${label}: page height`).toBe(report.vh);
    expect(report.outside, `${label}: boxes outside the screen`).toEqual([]);
    return report.shown;
  }

  /** The console at 1366×768: primary controls on screen at the top and after scrolling to the bottom, page ≤ about two screens. */
  async function expectConsoleInReach(console_: Page, label: string) {
    for (const where of ["top", "bottom"] as const) {
      // the page and each pane that scrolls on its own, all the way down
      await console_.evaluate((w) => {
        for (const el of [document.documentElement, ...document.querySelectorAll<HTMLElement>("body *")])
          if (el.scrollHeight > el.clientHeight) el.scrollTop = w === "top" ? 0 : el.scrollHeight;
      }, where);
      const boxes = await console_.evaluate(() =>
        [...document.querySelectorAll("[aria-label='Primary controls'] button")].map((b) => {
          const r = b.getBoundingClientRect();
          return { name: b.textContent, top: r.top, bottom: r.bottom };
        }),
      );
      if (where === "bottom") await screenshot(console_, `${label.replace(/\W+/g, "-")}-scrolled`);
      expect(boxes.length, label).toBeGreaterThanOrEqual(4);
      for (const b of boxes) expect(b.top >= 0 && b.bottom <= CONSOLE.height, `${label} (${where}): "${b.name}" at ${b.top}–${b.bottom}`).toBe(true);
    }
    await console_.evaluate(() => {
      for (const el of [document.documentElement, ...document.querySelectorAll<HTMLElement>("body *")]) el.scrollTop = 0;
    });
    const height = await console_.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `${label}: console page height`).toBeLessThanOrEqual(CONSOLE.height * 2.1);
  }

  for (const crowd of [40, 400]) {
    it(`keeps the projector and the console usable with ${crowd} participants`, { timeout: 420_000 }, async () => {
      const { hearth, browser } = env;
      const { cookie } = await hearth.signUp();
      const session = await hearth.createSession(cookie, await crowdedTemplate(cookie));
      const facilitator = await signedInContext(env, cookie, { viewport: CONSOLE });
      facilitator.setDefaultTimeout(30_000);
      const console_ = await facilitator.newPage();
      await console_.goto(`${hearth.url}/console/${session.id}`);
      const projector = await facilitator.newPage();
      await projector.setViewportSize(SIZES[0]);
      await projector.goto(`${hearth.url}/screen/${session.id}`);

      const phoneContext = await browser.newContext(PHONE);
      phoneContext.setDefaultTimeout(30_000);
      const phone = await phoneContext.newPage();
      await phone.goto(`${hearth.url}/j/${session.joinCode}`);
      await phone.getByRole("button", { name: /continue/i }).click();

      // the test's own view of the session (prompt ids and configs), as a facilitator socket
      const control = await hearth.connect({ cookie });
      const others: TestClient[] = [];
      for (let i = 0; i < crowd - 1; i++) {
        const client = await hearth.connect();
        const joined = await send<ParticipantJoined>(client, "participant:join", { code: session.joinCode }, 15_000);
        if (!joined.ok) throw new Error(joined.error.message);
        others.push(client);
      }
      await projector.getByText(`${crowd} people have joined`).waitFor();
      await screenshot(projector, `crowd-${crowd}-projector-lobby-1080`);
      await expectFits(projector, "lobby");
      await console_.getByRole("button", { name: "Start the session" }).click();

      async function runPrompt(kind: string, answer: (i: number, config: any) => unknown, answerOnPhone: () => Promise<void>) {
        const stepButton = console_.getByRole("navigation", { name: "Steps" }).getByRole("button").filter({ hasText: kind }).first();
        await stepButton.click();
        await expect.poll(() => stepButton.getAttribute("aria-current")).toBe("step");
        const question = (await console_.locator("#prompt-title").textContent())!;
        await console_.getByRole("button", { name: /^Open responses$/ }).click();
        await console_.getByRole("button", { name: "Close responses" }).waitFor(); // the server has opened it
        const watched = await send<ConsoleState>(control, "console:watch", { sessionId: session.id });
        const prompt = watched.ok ? watched.data.step!.prompt! : null!;
        expect(prompt?.question).toBe(question);
        const acks = await Promise.all(others.map((client, i) => send(client, "answer:submit", { promptId: prompt.id, value: answer(i, prompt.config) }, 30_000)));
        expect(acks.filter((a) => !a.ok)).toEqual([]);
        await phone.getByText(question).first().waitFor();
        await answerOnPhone();
        await phone.getByRole("button", { name: "Send answer" }).click();
        await phone.getByText("Saved ✓").waitFor();
        try {
          await console_.getByText(`${crowd} answered`).waitFor();
        } catch (error) {
          await screenshot(console_, `crowd-${crowd}-failed-${kind}-console`);
          await screenshot(phone, `crowd-${crowd}-failed-${kind}-phone`);
          throw error;
        }
        return question;
      }

      async function checkProjector(kind: string) {
        for (const size of SIZES) {
          await projector.setViewportSize(size);
          await projector.waitForTimeout(400); // the views re-measure after a resize
          const shown = await expectFits(projector, `${kind} at ${size.name}`);
          expect(shown).toBeGreaterThan(1);
          await screenshot(projector, `crowd-${crowd}-projector-${kind}-${size.name}`);
        }
        await projector.setViewportSize(SIZES[0]);
        expect(await accessibilityViolations(projector)).toEqual([]);
      }

      async function checkConsole(kind: string) {
        await screenshot(console_, `crowd-${crowd}-console-${kind}`);
        await expectConsoleInReach(console_, `crowd-${crowd}-console-${kind}`);
        expect(await accessibilityViolations(console_)).toEqual([]);
      }

      // open text: moderated, then paged on the projector
      await runPrompt(
        "Open text",
        (i) => ({ text: openTextAnswer(i) }),
        () => phone.getByLabel("Your answer").fill("That I should have it all worked out"),
      );
      const moderation = console_.getByRole("region", { name: "Moderation" });
      if (crowd === 40) {
        // by keyboard: move down one answer and hide it, then approve the next
        const list = moderation.getByRole("list");
        await list.getByRole("listitem").first().focus();
        await console_.keyboard.press("ArrowDown");
        const second = (await console_.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "";
        expect(second).toMatch(/^Waiting: /);
        await console_.keyboard.press("h");
        await moderation.getByRole("button", { name: /^Hidden\s*1$/ }).waitFor();
        await console_.keyboard.press("a");
        await moderation.getByRole("button", { name: /^Approved\s*1$/ }).waitFor();
        // a search narrows the list, and approving acts on what it shows only
        await moderation.getByRole("searchbox", { name: "Find in answers" }).fill("burden");
        const narrowed = moderation.getByRole("button", { name: /^Approve the \d+ waiting shown$/ });
        const shownCount = Number((await narrowed.textContent())!.match(/\d+/)![0]);
        expect(shownCount).toBeGreaterThan(0);
        expect(shownCount).toBeLessThan(crowd - 2);
        await narrowed.click();
        await moderation.getByRole("button", { name: new RegExp(`^Approved\\s*${shownCount + 1}$`) }).waitFor();
        await moderation.getByRole("searchbox", { name: "Find in answers" }).fill("");
      }
      await moderation.getByRole("button", { name: /^Approve all waiting/ }).click();
      await console_.getByText("Nothing is waiting.").waitFor();
      await console_.getByRole("button", { name: "Reveal results" }).click();
      await projector.getByText(/Based on \d+ answers?/).waitFor(); // breakdowns change in steps of k, so it may count a few less
      await checkProjector("open-text");
      await checkConsole("open-text");
      if (crowd === 400) {
        // many pages: the facilitator pauses and steps them from the console's keys
        const pageLine = projector.locator("[data-wall-status]");
        await expect.poll(() => pageLine.textContent()).toMatch(/^Page 1 of \d+/);
        await console_.keyboard.press("p");
        await expect.poll(() => pageLine.getAttribute("data-wall-status")).toBe("paused");
        await console_.keyboard.press("]");
        await expect.poll(() => pageLine.textContent()).toMatch(/^Page 2 of/);
        await console_.keyboard.press("[");
        await expect.poll(() => pageLine.textContent()).toMatch(/^Page 1 of/);
        await expectFits(projector, "open text, page 1 after paging");
        // reduced motion: no automatic page turns, the facilitator turns them
        await projector.emulateMedia({ reducedMotion: "reduce" });
        await console_.keyboard.press("p");
        await expect.poll(() => pageLine.getAttribute("data-wall-status")).toBe("manual");
        await expect.poll(() => pageLine.textContent()).toContain("the facilitator turns the pages");
        await projector.emulateMedia({ reducedMotion: null });
        // the filter: approve-all acts on what is shown
        await console_.getByRole("button", { name: /^Hidden/ }).click();
        await console_.getByText("No answers match.").waitFor();
      }

      // word cloud: what fits, biggest first, and how many more
      await runPrompt(
        "Word cloud",
        (i) => ({ words: [cloudWord(i)] }),
        () => phone.getByLabel("Your word").fill("Relief"),
      );
      await console_.getByRole("button", { name: "Reveal results" }).click();
      await projector.getByText(/Based on \d+ answers?/).waitFor(); // breakdowns change in steps of k, so it may count a few less
      if (crowd === 400) await projector.getByText(/^and \d+ more words$/).waitFor();
      await checkProjector("word-cloud");
      await checkConsole("word-cloud");

      // ranking with 8 items
      await runPrompt(
        "Ranking",
        (i, config) => ({
          order: config.options.map((o: { id: string }) => o.id).sort((a: string, b: string) => ((a.charCodeAt(5) * (i + 3)) % 11) - ((b.charCodeAt(5) * (i + 3)) % 11)),
        }),
        async () => {
          const pool = phone.getByRole("button", { name: new RegExp(`^(${EIGHT.map((l) => l.slice(0, 8).replace(/[.*+?^${}()|[\]\\']/g, "\\$&")).join("|")})`) });
          while ((await pool.count()) > 0) await pool.first().click();
        },
      );
      await console_.getByRole("button", { name: "Reveal results" }).click();
      await projector.getByText(/Based on \d+ answers?/).waitFor(); // breakdowns change in steps of k, so it may count a few less
      await checkProjector("ranking");
      await checkConsole("ranking");

      // single choice with 8 options, results on the projector only
      await runPrompt(
        "Single choice",
        (i, config) => ({ optionId: config.options[i % 8].id }),
        () => phone.locator("input[type=radio]").nth(2).check(),
      );
      await console_.getByRole("button", { name: "Reveal results" }).click();
      await projector.getByText(/Based on \d+ answers?/).waitFor(); // breakdowns change in steps of k, so it may count a few less
      await phone.getByText("The results are on the screen at the front of the room.").waitFor();
      await screenshot(phone, `crowd-${crowd}-phone-results-on-screen`);
      expect(await accessibilityViolations(phone)).toEqual([]);
      await checkProjector("single-choice");
      await checkConsole("single-choice");

      for (const client of [control, ...others]) client.disconnect();
      await phoneContext.close();
      await facilitator.close();
    });
  }
});
