// A live session counts word-cloud words, drops profanity and holds answers
// for care in its own language (server/services/live-session.ts), and counts
// again if the language is changed before the start.
import { describe, expect, it } from "vitest";
import type { PromptRecord, StepRecord } from "../../server/repositories/session-repository";
import type { ResponseRecord } from "../../server/repositories/response-repository";
import { LiveSession } from "../../server/services/live-session";
import { liveSessionFixture } from "../helpers/live-session";
import type { Locale } from "../../lib/i18n/locales";

function cloudSession(language: Locale) {
  const { record, live: single } = liveSessionFixture();
  const template = single.steps[0]!;
  const prompt: PromptRecord = { ...template.prompt!, id: "cloud", kind: "word_cloud", config: { maxWords: 3 } };
  const step: StepRecord = { ...template, prompt };
  return { live: new LiveSession({ ...record, language }, [step], 3, "http://x/j/ABCDEF"), prompt };
}

const answer = (participantId: string, words: string[]): ResponseRecord => ({
  id: `r-${participantId}`,
  promptId: "cloud",
  participantId,
  passed: false,
  value: { words },
  moderation: "pending",
});

function shownWords(live: LiveSession, prompt: PromptRecord): string[] {
  const result = live.releaseCandidate(prompt)?.result as { words: { word: string }[] } | undefined;
  return (result?.words ?? []).map((w) => w.word).sort();
}

describe("a live session's language", () => {
  it("normalises and filters the cloud in the session's language", () => {
    const { live, prompt } = cloudSession("de");
    live.rememberResponse(answer("a", ["Hopes", "Scheiße", "Kanal"]));
    expect(shownWords(live, prompt)).toEqual(["hopes", "kanal"]);
    expect(live.cloudWordsIn(["Hopes", "Scheiße"])).toEqual(["hopes"]);
  });

  it("holds answers with the session language's safety net", () => {
    const { live, prompt } = cloudSession("de");
    live.rememberResponse(answer("a", ["Selbstmord"]));
    live.rememberResponse(answer("b", ["Ruhe"]));
    expect(shownWords(live, prompt)).toEqual(["ruhe"]);
    expect(live.safetyNet("ich will nicht mehr leben")).toBe(true);
    expect(live.safetyNet("I want to die")).toBe(true);
  });

  it("counts again when the language changes before the start", () => {
    const { live, prompt } = cloudSession("en");
    live.rememberResponse(answer("a", ["Hopes", "Selbstmord"]));
    expect(shownWords(live, prompt)).toEqual(["hope", "selbstmord"]);
    expect(live.safetyNet("ich will nicht mehr leben")).toBe(false);

    live.record.language = "de";
    expect(live.safetyNet("ich will nicht mehr leben")).toBe(true);
    // the earlier answer is counted again: held by the German list now
    live.rememberResponse(answer("b", ["Ruhe"]));
    expect(shownWords(live, prompt)).toEqual(["ruhe"]);
  });
});
