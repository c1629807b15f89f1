// A prompt's aggregate follows its session's language (lib/words.ts,
// lib/profanity.ts): the same answers are counted and filtered differently
// in a German or Spanish session than in an English one.
import { describe, expect, it } from "vitest";
import { AggregateState, aggregatePrompt } from "../../../lib/aggregation";
import { defaultSafetyNet, safetyNetFor } from "../../../lib/distress-phrases";
import { answer, openText, wordCloud } from "./fixtures";

describe("aggregation in the session's language", () => {
  const words = [answer({ words: ["Hoffnung", "Scheiße"] }, "a"), answer({ words: ["hoffnung", "Kanal"] }, "b"), answer({ words: ["Hopes", "hope"] }, "c")];

  it("counts and filters word-cloud words by the session's language", () => {
    const de = aggregatePrompt(wordCloud, words, 1, safetyNetFor([], "de"), "de");
    expect(de.result).toEqual({
      words: [
        { word: "hoffnung", count: 2 },
        { word: "hope", count: 1 },
        { word: "hopes", count: 1 },
        { word: "kanal", count: 1 },
      ],
      distinctWords: 4,
    });
  });

  it("stays English when no language is given", () => {
    const en = aggregatePrompt(wordCloud, words, 1);
    expect(en.result?.words).toContainEqual({ word: "hope", count: 1 });
    expect(en.result?.words).toContainEqual({ word: "scheiße", count: 1 });
    expect(en.result?.words.map((w) => w.word)).not.toContain("kanal");
  });

  it("flags open text for the facilitator by the session's language", () => {
    const texts = [answer({ text: "esto es una mierda" }, "a", { id: "t1" }), answer({ text: "mi cumpleaños" }, "b", { id: "t2" })];
    const es = AggregateState.from(openText, texts, defaultSafetyNet, "es").moderationQueue(1);
    expect(es.entries.map((e) => [e.responseId, e.kind === "open_text" && e.flagged])).toEqual(
      expect.arrayContaining([
        ["t1", true],
        ["t2", false],
      ]),
    );
    const en = AggregateState.from(openText, texts).moderationQueue(1);
    expect(en.entries.find((e) => e.responseId === "t2")).toMatchObject({ flagged: true });
  });

  it("holds word-cloud answers with the session language's safety net", () => {
    const held = [answer({ words: ["Selbstmord"] }, "a")];
    expect(aggregatePrompt(wordCloud, held, 1, safetyNetFor([], "de"), "de").result).toEqual({ words: [], distinctWords: 0 });
    expect(aggregatePrompt(wordCloud, held, 1).result).toEqual({ words: [{ word: "selbstmord", count: 1 }], distinctWords: 1 });
  });
});
