// A phone's interface language in a real browser: it follows the session's
// language (not the browser's), follows a change the facilitator makes while
// the phone waits in the lobby, and the phone's own switch changes the
// interface — never the session's content — and holds across a reload.
// Screenshots at 360 and 320 px land in test-results/e2e/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ConsoleState } from "../../lib/events";
import { accessibilityViolations, PHONE, screenshot } from "../helpers/browser";
import { chromiumPath, useHearthAndBrowser } from "../helpers/e2e";
import { send } from "../helpers/hearth-server";

type ParticipantMessages = { lobby: { heading: string }; step: { progress: string }; quickExit: { button: string }; note: { continue: string } };
const participant = (locale: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${locale}/participant.json`), "utf8")) as ParticipantMessages;
const languageLabel = (locale: string) =>
  (JSON.parse(readFileSync(path.join(import.meta.dirname, `../../messages/${locale}/common.json`), "utf8")) as { language: { label: string } }).language.label;
const progress = (locale: string, number: number, total: number) => participant(locale).step.progress.replace("{number}", String(number)).replace("{total}", String(total));

describe.skipIf(!chromiumPath)("the phone's interface language", () => {
  const env = useHearthAndBrowser();

  it("is the session's, follows a change in the lobby, and the phone's own choice changes only the interface", { timeout: 180_000 }, async () => {
    const { hearth, browser } = env;
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const stepCount = watched.data.steps.length;

    // a browser set to English, in a session still in English
    const context = await browser.newContext({ ...PHONE, locale: "en-US" });
    const phone = await context.newPage();
    phone.setDefaultTimeout(15_000);
    await phone.goto(`${hearth.url}/j/${session.joinCode}`);
    await phone.getByRole("button", { name: participant("en").note.continue }).click();
    await phone.getByRole("heading", { name: participant("en").lobby.heading }).waitFor();

    // the facilitator sets German before the start: the waiting phone follows by itself
    expect((await send(facilitator, "session:language", { sessionId: session.id, language: "de" })).ok).toBe(true);
    await phone.getByRole("heading", { name: participant("de").lobby.heading }).waitFor();
    expect(await phone.locator("html").getAttribute("lang")).toBe("de");
    await phone.getByRole("button", { name: participant("de").quickExit.button }).waitFor();
    await screenshot(phone, "phone-language-de-lobby-360");
    expect(await accessibilityViolations(phone)).toEqual([]);

    expect((await send(facilitator, "session:start", { sessionId: session.id })).ok).toBe(true);
    await phone.getByText(progress("de", 1, stepCount)).waitFor();
    const heading = phone.locator("main h1").first();
    const title = await heading.textContent();
    // the content is marked as the session's language
    expect(await heading.getAttribute("lang")).toBe("de");
    await screenshot(phone, "phone-language-de-step-360");
    expect(await accessibilityViolations(phone)).toEqual([]);
    await phone.setViewportSize({ width: 320, height: 640 });
    await screenshot(phone, "phone-language-de-step-320");
    // nothing wider than the screen: long German words wrap
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    // the phone's own switch: English interface, the same content
    await phone.getByLabel(languageLabel("de")).selectOption("en");
    await phone.getByText(progress("en", 1, stepCount)).waitFor();
    expect(await phone.locator("html").getAttribute("lang")).toBe("en");
    expect(await heading.textContent()).toBe(title);
    await phone.getByRole("button", { name: participant("en").quickExit.button }).waitFor();
    await screenshot(phone, "phone-language-en-step-320");
    expect(await accessibilityViolations(phone)).toEqual([]);

    // the choice holds across a reload
    await phone.reload();
    await phone.getByText(progress("en", 1, stepCount)).waitFor();
    expect(await phone.locator("main h1").first().textContent()).toBe(title);
    expect(await phone.getByLabel(languageLabel("en")).inputValue()).toBe("en");
    facilitator.disconnect();
  });
});
