// The built-in session in real browsers: a facilitator console, a projector
// and three phones (360 px) go through one prompt of every activity. Screenshots
// of each view land in test-results/e2e/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityViolations, ARTIFACTS, PHONE, PROJECTOR, screenshot, type Page } from "../helpers/browser";
import { chromiumPath, signedInContext, useHearthAndBrowser } from "../helpers/e2e";

describe.skipIf(!chromiumPath)("live session in Chromium", () => {
  const env = useHearthAndBrowser();

  it("runs every activity with a console, a projector and three phones", { timeout: 240_000 }, async () => {
    const { hearth, browser } = env;
    const base = hearth.url;
    const { cookie } = await hearth.signUp();
    for (const c of browser.contexts()) c.setDefaultTimeout(15_000);
    const facilitator = await signedInContext(env, cookie);
    const console_ = await facilitator.newPage();
    await console_.goto(`${base}/dashboard`);
    await console_.getByRole("button", { name: "Start a session" }).first().click();
    await console_.waitForURL(/\/console\//);
    const code = (await console_.locator("[aria-label^='Join code']").first().textContent())!.replace(/\s/g, "");

    const projector = await facilitator.newPage();
    await projector.setViewportSize(PROJECTOR.viewport);
    await projector.goto(console_.url().replace("/console/", "/screen/"));

    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const phone = await (await browser.newContext(PHONE)).newPage();
      await phone.goto(`${base}/j/${code}`); // the QR code's target
      await phone.getByRole("button", { name: /continue/i }).click();
      phones.push(phone);
    }
    await projector.getByText("3 people have joined").waitFor();
    await console_.getByRole("button", { name: "Start the session" }).click();

    /** Jump to the step whose prompt is `kind`, open it, let each phone answer, reveal. */
    async function runPrompt(kind: string, answer: (phone: Page, i: number) => Promise<void>, options: { passOn?: number; nth?: number } = {}) {
      try {
        return await runPromptSteps(kind, answer, options);
      } catch (error) {
        await screenshot(console_, `failed-${kind}-console`);
        await screenshot(projector, `failed-${kind}-projector`);
        for (const [i, phone] of phones.entries()) await screenshot(phone, `failed-${kind}-phone${i}`);
        throw error;
      }
    }
    async function runPromptSteps(kind: string, answer: (phone: Page, i: number) => Promise<void>, { passOn, nth = 0 }: { passOn?: number; nth?: number } = {}) {
      const stepButton = console_.getByRole("navigation", { name: "Steps" }).getByRole("button").filter({ hasText: kind }).nth(nth);
      await stepButton.click();
      await expect.poll(() => stepButton.getAttribute("aria-current")).toBe("step");
      const question = (await console_.locator("#prompt-title").textContent())!;
      await console_.getByRole("button", { name: /^Open responses$/ }).click();
      for (const [i, phone] of phones.entries()) {
        await phone.getByText(question).first().waitFor();
        if (i === passOn) await phone.getByRole("button", { name: "Pass", exact: true }).click();
        else {
          await answer(phone, i);
          await phone.getByRole("button", { name: "Send answer" }).click();
        }
        await phone.getByText("Saved ✓").waitFor();
      }
      const answered = passOn === undefined ? 3 : 2;
      await console_.getByText(`${answered} answered`).waitFor();
      if (kind === "Open text") await console_.getByRole("button", { name: "Approve all waiting" }).click();
      await console_.getByRole("button", { name: "Reveal results" }).click();
      await projector.getByRole("heading", { name: question }).waitFor();
      return question;
    }

    await runPrompt("Scale", (phone, i) => phone.locator("input[type=radio]").nth([1, 3, 4][i]).check());
    await projector.getByText(/mean/i).first().waitFor();
    await screenshot(projector, "live-projector-scale");
    await screenshot(phones[0], "live-phone-scale-saved");

    await runPrompt("Multiple choice", async (phone) => {
      await phone.locator("input[type=checkbox]").nth(0).check();
      await phone.locator("input[type=checkbox]").nth(2).check();
    });
    await screenshot(projector, "live-projector-multiple-choice");

    await runPrompt("Open text", (phone, i) => phone.getByLabel("Your answer").fill(["That I should manage alone", "That I am a burden", "That nobody has time"][i]));
    await projector.getByText("That I am a burden").waitFor();
    await screenshot(console_, "live-console-open-text");
    await screenshot(projector, "live-projector-open-text");

    await runPrompt("Ranking", async (phone) => {
      // tap-to-order: each tap places the next item (the "Move … up/down" buttons adjust afterwards)
      const pool = phone.getByRole("button", { name: /^(Feeling|Closer|New ideas|Learning)/ });
      while ((await pool.count()) > 0) await pool.first().click();
    });
    await screenshot(phones[1], "live-phone-ranking");
    await screenshot(projector, "live-projector-ranking");

    await runPrompt("Word cloud", (phone, i) => phone.getByLabel("Your word").fill(["Relief", "relief", "Seen"][i]));
    await projector.getByText("relief").first().waitFor();
    await screenshot(projector, "live-projector-word-cloud");

    const single = await runPrompt(
      "Single choice",
      (phone, i) =>
        phone
          .locator("input[type=radio]")
          .nth(i % 2)
          .check(),
      { passOn: 2 },
    );
    await phones[0].getByText(single).first().waitFor();
    await screenshot(phones[0], "live-phone-single-choice-revealed");
    await screenshot(console_, "live-console-single-choice");
    expect(await accessibilityViolations(phones[0])).toEqual([]);
    expect(await accessibilityViolations(projector)).toEqual([]);
    expect(await accessibilityViolations(console_)).toEqual([]);

    // the database agrees with what the screens showed
    const counts = await hearth.database.prisma.response.groupBy({ by: ["passed"], _count: true });
    expect(Object.fromEntries(counts.map((c) => [String(c.passed), c._count]))).toEqual({ false: 17, true: 1 });

    // check-out: the same scale again, a little higher for two people (2→4, 4→5, 5→5)
    await runPrompt("Scale", (phone, i) => phone.locator("input[type=radio]").nth([3, 4, 4][i]).check(), { nth: 1 });

    console_.once("dialog", (dialog) => void dialog.accept());
    await console_.getByRole("button", { name: "End session" }).click();
    await phones[2].getByRole("heading", { name: /thank you/i }).waitFor();
    await screenshot(phones[2], "live-phone-ended");

    // the summary: before/after shift, a download, and the printed report
    await console_.getByRole("link", { name: "Summary" }).click();
    await console_.getByRole("heading", { name: "Before and after" }).waitFor();
    const movement = console_.locator("dl").filter({ hasText: "Moved up" }).first();
    await expect(movement.locator("div").filter({ hasText: "Moved up" }).locator("dd").textContent()).resolves.toBe("2");
    await expect(movement.locator("div").filter({ hasText: "Stayed" }).locator("dd").textContent()).resolves.toBe("1");
    await expect(movement.locator("div").filter({ hasText: "Moved down" }).locator("dd").textContent()).resolves.toBe("0");
    expect(await accessibilityViolations(console_)).toEqual([]);
    const [download] = await Promise.all([console_.waitForEvent("download"), console_.getByRole("link", { name: /markdown/i }).click()]);
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved, "utf8")).toMatch(/How comfortable are you asking for help right now\?/);
    await console_.emulateMedia({ media: "print" });
    await screenshot(console_, "summary-print");
    await console_.emulateMedia({ media: "screen" });
  });
});
