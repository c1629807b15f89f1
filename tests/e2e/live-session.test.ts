// The built-in session in real browsers, in English and in German: a facilitator console, a projector
// and three phones (360 px) go through one prompt of every activity, end the session and read the
// summary. The facilitator's pages and the session are in the language under test (the session made
// from that language's built-in template); the phones' browsers ask for English, German and French
// and are all served the session's language, and one phone switches its interface to the other
// language while the content stays the session's. Every word the test looks for is read from
// messages/<locale>, so it checks what a reader of that language sees, not a copy of it.
// axe on every screen; screenshots (phones at 360 and 320 px) in test-results/e2e/live-<locale>-*.png.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, ARTIFACTS, PHONE, PROJECTOR, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";
import { messagePattern, rawMessage, wordsOf } from "../helpers/messages";

/** What each phone writes, per session language. */
const ANSWERS = {
  en: { openText: ["That I should manage alone", "That I am a burden", "That nobody has time"], words: ["Relief", "relief", "Seen"], merged: "relief" },
  de: {
    openText: ["Dass ich es allein schaffen muss", "Dass ich zur Last falle", "Dass niemand Zeit hat"],
    words: ["Erleichterung", "erleichterung", "Gesehen"],
    merged: "erleichterung",
  },
} as const;

// one Hearth with its pages per test file (one Next.js server per process): both languages share it
describe.skipIf(!chromiumPath)("the built-in session in Chromium", () => {
  const env = useHearthAndBrowser();

  it.each([
    { locale: "en", other: "de" },
    { locale: "de", other: "en" },
  ] as const)("runs every activity in $locale with a console, a projector and three phones, and sums it up", { timeout: 300_000 }, async ({ locale, other }) => {
    const say = wordsOf(locale);
    const sayOther = wordsOf(other);
    const answers = ANSWERS[locale];
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    const templates = (await hearth.fetchJson("/api/templates", { cookie })).body.templates as { id: string; builtIn: boolean; language: string }[];
    const builtIn = templates.find((t) => t.builtIn && t.language === locale);
    expect(builtIn, `the ${locale} built-in template`).toBeDefined();
    const session = await hearth.createSession(cookie, builtIn!.id);

    // the facilitator's pages in the language under test (the cookie their account setting sets)
    const facilitator = await signedInContext(env, cookie);
    await facilitator.addCookies([{ name: "hearth-lang", value: locale, url: base }]);
    facilitator.setDefaultTimeout(15_000);
    const console_ = await facilitator.newPage();
    await console_.goto(`${base}/console/${session.id}`);
    await console_.getByRole("button", { name: say("console.controls.start") }).waitFor();
    expect(await console_.locator("html").getAttribute("lang")).toBe(locale);

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(`${base}/screen/${session.id}`);
    expect(await projector.locator("html").getAttribute("lang")).toBe(locale);

    // three phones whose browsers ask for English, German and French: all are served the session's language
    const phones: Page[] = [];
    for (const browserLocale of ["en-US", "de-DE", "fr-FR"]) {
      const context = await browser.newContext({ ...PHONE, locale: browserLocale });
      context.setDefaultTimeout(15_000);
      const phone = await context.newPage();
      await phone.goto(`${base}/j/${session.joinCode}`); // the QR code's target
      await phone.getByRole("heading", { name: say("participant.note.heading") }).waitFor();
      expect(await phone.locator("html").getAttribute("lang"), browserLocale).toBe(locale);
      await phone.getByRole("button", { name: say("participant.note.continue") }).click();
      await phone.getByRole("heading", { name: say("participant.lobby.heading") }).waitFor();
      phones.push(phone);
    }
    await projector.getByText(say("projector.lobby.joined", { count: 3 })).waitFor();
    await screenshot(projector, `live-${locale}-projector-1920-lobby`);
    await screenshot(phones[0]!, `live-${locale}-phone-360-lobby`);
    expect(await accessibilityViolations(console_)).toEqual([]);
    expect(await accessibilityViolations(projector)).toEqual([]);
    expect(await accessibilityViolations(phones[0]!)).toEqual([]);
    await console_.getByRole("button", { name: say("console.controls.start") }).click();

    /** Jump to the `nth` step whose prompt is `kind`, open it, let each phone answer (or pass), reveal. */
    async function runPrompt(kind: string, answer: (phone: Page, i: number) => Promise<void>, { passOn, nth = 0 }: { passOn?: number; nth?: number } = {}) {
      try {
        const stepButton = console_
          .getByRole("navigation", { name: say("console.steps.label") })
          .getByRole("button")
          .filter({ hasText: say(`console.kinds.${kind}`) })
          .nth(nth);
        await stepButton.click();
        await expect.poll(() => stepButton.getAttribute("aria-current")).toBe("step");
        const question = (await console_.locator("#prompt-title").textContent())!;
        await console_.getByRole("button", { name: say("console.controls.open"), exact: true }).click();
        for (const [i, phone] of phones.entries()) {
          // the phone that switched its interface answers with its own words
          const phoneSays = (await phone.locator("html").getAttribute("lang")) === other ? sayOther : say;
          await phone.getByText(question).first().waitFor();
          if (i === passOn) await phone.getByRole("button", { name: phoneSays("answer.pass"), exact: true }).click();
          else {
            await answer(phone, i);
            await phone.getByRole("button", { name: phoneSays("answer.send") }).click();
          }
          await phone.getByText(phoneSays("answer.views.saved")).waitFor();
        }
        // "3 answered · …": the first part of the console's count line
        const answered = passOn === undefined ? 3 : 2;
        const answeredText = rawMessage(locale, "console.counts.line")
          .split(" · ")[0]!
          .replace(/<\/?strong>/g, "")
          .replace("{answered}", String(answered));
        await console_.getByText(answeredText).first().waitFor();
        if (kind === "open_text") await console_.getByRole("button", { name: messagePattern(locale, "console.moderation.approveAll") }).click();
        await console_.getByRole("button", { name: say("console.controls.reveal") }).click();
        await projector.getByRole("heading", { name: question }).waitFor();
        return question;
      } catch (error) {
        await screenshot(console_, `live-${locale}-failed-${kind}-console`);
        await screenshot(projector, `live-${locale}-failed-${kind}-projector`);
        for (const [i, phone] of phones.entries()) await screenshot(phone, `live-${locale}-failed-${kind}-phone${i}`);
        throw error;
      }
    }

    await runPrompt("scale", (phone, i) => phone.locator("input[type=radio]").nth([1, 3, 4][i]!).check());
    await screenshot(projector, `live-${locale}-projector-1920-scale`);
    await screenshot(phones[1]!, `live-${locale}-phone-360-scale-saved`);

    await runPrompt("multiple_choice", async (phone) => {
      await phone.locator("input[type=checkbox]").nth(0).check();
      await phone.locator("input[type=checkbox]").nth(2).check();
    });
    await screenshot(projector, `live-${locale}-projector-1920-multiple-choice`);

    await runPrompt("open_text", (phone, i) => phone.getByLabel(say("answer.openText.label")).fill(answers.openText[i]!));
    await projector.getByText(answers.openText[1]).waitFor();
    await screenshot(console_, `live-${locale}-console-1366-open-text`);
    await screenshot(projector, `live-${locale}-projector-1920-open-text`);
    expect(await accessibilityViolations(console_)).toEqual([]);

    await runPrompt("ranking", async (phone) => {
      // tap-to-order: each tap places the next item; the pool's buttons say where the item goes
      const pool = phone.getByRole("button", { name: messagePattern(locale, "answer.ranking.placeAt") });
      while ((await pool.count()) > 0) await pool.first().click();
    });
    await screenshot(phones[1]!, `live-${locale}-phone-360-ranking`);
    await screenshot(projector, `live-${locale}-projector-1920-ranking`);

    await runPrompt("word_cloud", (phone, i) => phone.getByLabel(say("answer.wordCloud.yourWord")).fill(answers.words[i]!));
    await projector.getByText(answers.merged).first().waitFor();
    await screenshot(projector, `live-${locale}-projector-1920-word-cloud`);

    const single = await runPrompt(
      "single_choice",
      (phone, i) =>
        phone
          .locator("input[type=radio]")
          .nth(i % 2)
          .check(),
      { passOn: 2 },
    );
    await phones[0]!.getByText(single).first().waitFor();
    await phones[0]!.getByRole("heading", { name: say("participant.step.resultsHeading") }).waitFor();
    await screenshot(phones[0]!, `live-${locale}-phone-360-single-choice-revealed`);
    await screenshot(console_, `live-${locale}-console-1366-single-choice`);
    expect(await accessibilityViolations(phones[0]!)).toEqual([]);
    expect(await accessibilityViolations(projector)).toEqual([]);
    expect(await accessibilityViolations(console_)).toEqual([]);
    // the narrowest phone: long words wrap, nothing is wider than the screen
    await phones[0]!.setViewportSize({ width: 320, height: 640 });
    await screenshot(phones[0]!, `live-${locale}-phone-320-single-choice-revealed`);
    expect(await phones[0]!.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await accessibilityViolations(phones[0]!)).toEqual([]);
    await phones[0]!.setViewportSize(PHONE.viewport);

    // the database agrees with what the screens showed: 17 answers and 1 pass
    const counts = await hearth.database.prisma.response.groupBy({ by: ["passed"], where: { sessionId: session.id }, _count: true });
    expect(Object.fromEntries(counts.map((c) => [String(c.passed), c._count]))).toEqual({ false: 17, true: 1 });

    // the first phone switches its interface to the other language: the content stays the session's
    await phones[0]!.getByLabel(say("common.language.label")).selectOption(other);
    await expect.poll(() => phones[0]!.locator("html").getAttribute("lang")).toBe(other);
    await phones[0]!.getByText(single).first().waitFor();
    await phones[0]!.getByRole("heading", { name: sayOther("participant.step.resultsHeading") }).waitFor();
    await screenshot(phones[0]!, `live-${locale}-phone-360-${other}-interface`);

    // check-out: the same scale again, a little higher for two people (2→4, 4→5, 5→5)
    const checkOut = await runPrompt("scale", (phone, i) => phone.locator("input[type=radio]").nth([3, 4, 4][i]!).check(), { nth: 1 });

    console_.once("dialog", (dialog) => void dialog.accept());
    await console_.getByRole("button", { name: say("console.end.end") }).click();
    await phones[2]!.getByRole("heading", { name: say("participant.ended.heading") }).waitFor();
    await phones[0]!.getByRole("heading", { name: sayOther("participant.ended.heading") }).waitFor();
    await projector.getByText(say("projector.ended.title")).first().waitFor();
    await screenshot(phones[2]!, `live-${locale}-phone-360-ended`);
    expect(await accessibilityViolations(phones[2]!)).toEqual([]);

    // the summary: before/after shift, a download in the session's language, and the printed report
    await console_.getByRole("link", { name: say("console.links.summary") }).click();
    await console_.getByRole("heading", { name: say("export.heading.beforeAfter") }).waitFor();
    expect(await console_.locator("html").getAttribute("lang")).toBe(locale);
    const movement = console_
      .locator("dl")
      .filter({ hasText: say("export.beforeAfter.movedUp") })
      .first();
    const shift = (key: string) =>
      movement
        .locator("div")
        .filter({ hasText: say(key) })
        .locator("dd")
        .textContent();
    await expect(shift("export.beforeAfter.movedUp")).resolves.toBe("2");
    await expect(shift("export.beforeAfter.stayed")).resolves.toBe("1");
    await expect(shift("export.beforeAfter.movedDown")).resolves.toBe("0");
    await screenshot(console_, `live-${locale}-summary-1366`);
    expect(await accessibilityViolations(console_)).toEqual([]);
    const [download] = await Promise.all([console_.waitForEvent("download"), console_.getByRole("link", { name: say("summary.downloads.md") }).click()]);
    expect(download.suggestedFilename()).toMatch(/^[\x20-\x7e]+$/); // file names stay ASCII
    const saved = path.join(ARTIFACTS, `live-${locale}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const report = readFileSync(saved, "utf8");
    expect(report).toContain(checkOut);
    expect(report).toContain(say("export.heading.beforeAfter"));
    if (locale !== "en") expect(report).not.toContain(wordsOf("en")("export.heading.beforeAfter"));
    await console_.emulateMedia({ media: "print" });
    await screenshot(console_, `live-${locale}-summary-print`);
    await console_.emulateMedia({ media: "screen" });
  });
});
