import { describe, expect, it } from "vitest";
import { aggregatePrompt, DEFAULT_ANONYMITY_THRESHOLD, WORD_CLOUD_MAX_WORDS, type KindResult, type PromptAggregate } from "../../../lib/aggregation";
import type { ActivityKind } from "../../../lib/activities";
import { ALL_PROMPTS, answer, multipleChoice, openText, pass, ranking, scale5, singleChoice, wordCloud } from "./fixtures";

function resultOf<K extends ActivityKind>(aggregate: PromptAggregate<K>): KindResult[K] {
  expect(aggregate.suppressed).toBe(false);
  if (aggregate.result === null) throw new Error("expected a result");
  return aggregate.result as KindResult[K];
}

describe("anonymity threshold", () => {
  it("defaults to 3", () => {
    expect(DEFAULT_ANONYMITY_THRESHOLD).toBe(3);
  });

  it.each(ALL_PROMPTS.map((p) => [p.kind, p] as const))("%s: below the threshold only counts are given", (_kind, prompt) => {
    const responses = sampleAnswers(prompt.kind).slice(0, 2);
    const aggregate = aggregatePrompt(prompt, [...responses, pass(), pass(), pass()], 3);
    expect(aggregate).toEqual({
      promptId: prompt.id,
      kind: prompt.kind,
      answerCount: 2,
      passCount: 3,
      threshold: 3,
      suppressed: true,
      result: null,
    });
    // Nothing from the answers leaks into the serialised form.
    const json = JSON.stringify(aggregate);
    for (const word of ["hope", "friend", "Talk", "Pride", "Connection", "distribution"]) expect(json).not.toContain(word);
  });

  it.each(ALL_PROMPTS.map((p) => [p.kind, p] as const))("%s: at exactly the threshold the result is given", (_kind, prompt) => {
    const aggregate = aggregatePrompt(prompt, sampleAnswers(prompt.kind).slice(0, 3), 3);
    expect(aggregate.suppressed).toBe(false);
    expect(aggregate.answerCount).toBe(3);
    expect(aggregate.result).not.toBeNull();
  });

  it("counts answers, not passes", () => {
    const aggregate = aggregatePrompt(singleChoice, [pass(), pass(), pass(), pass(), answer({ optionId: "a" })], 3);
    expect(aggregate).toMatchObject({ answerCount: 1, passCount: 4, suppressed: true, result: null });
  });

  it("counts hidden and pending free-text answers towards the threshold", () => {
    const responses = [
      answer({ text: "one" }, undefined, { moderation: "hidden" }),
      answer({ text: "two" }, undefined, { moderation: "pending" }),
      answer({ text: "three" }, undefined, { moderation: "approved" }),
    ];
    const aggregate = aggregatePrompt(openText, responses, 3);
    expect(aggregate.suppressed).toBe(false);
    expect(aggregate.result).toEqual({ entries: [{ text: "three" }] });
  });

  it("with threshold 1 a single answer is shown", () => {
    expect(aggregatePrompt(scale5, [answer({ value: 4 })], 1).suppressed).toBe(false);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, undefined as unknown as number])("fails closed on an invalid threshold (%s)", (threshold) => {
    expect(() => aggregatePrompt(singleChoice, [answer({ optionId: "a" })], threshold)).toThrow(RangeError);
  });

  it("produces plain JSON", () => {
    for (const prompt of ALL_PROMPTS) {
      const aggregate = aggregatePrompt(prompt, sampleAnswers(prompt.kind), 3);
      expect(JSON.parse(JSON.stringify(aggregate))).toEqual(aggregate);
    }
  });

  it("never includes participant ids", () => {
    for (const prompt of ALL_PROMPTS) {
      const responses = sampleAnswers(prompt.kind).map((r, i) => ({ ...r, participantId: `secret-token-${i}`, moderation: "approved" as const }));
      expect(JSON.stringify(aggregatePrompt(prompt, responses, 3))).not.toContain("secret-token");
    }
  });
});

describe("single choice", () => {
  it("counts each option in config order, zeros included", () => {
    const responses = [answer({ optionId: "b" }), answer({ optionId: "a" }), answer({ optionId: "b" }), answer({ optionId: "b" }), pass()];
    const aggregate = aggregatePrompt(singleChoice, responses, 3);
    expect(aggregate).toMatchObject({ answerCount: 4, passCount: 1 });
    expect(resultOf(aggregate)).toEqual({
      options: [
        { id: "a", label: "Talk to a friend", count: 1, percent: 25 },
        { id: "b", label: "Write it down", count: 3, percent: 75 },
        { id: "c", label: "Ask a colleague", count: 0, percent: 0 },
      ],
    });
  });

  it("percentages add up to 100 (largest remainder)", () => {
    const aggregate = aggregatePrompt(singleChoice, [answer({ optionId: "a" }), answer({ optionId: "b" }), answer({ optionId: "c" })], 3);
    const percents = resultOf(aggregate).options.map((o) => o.percent);
    expect(percents).toEqual([34, 33, 33]);
  });

  it("ignores an answer naming an unknown option (not an answer, not a pass)", () => {
    const responses = [answer({ optionId: "a" }), answer({ optionId: "a" }), answer({ optionId: "a" }), answer({ optionId: "zzz" })];
    const aggregate = aggregatePrompt(singleChoice, responses, 3);
    expect(aggregate).toMatchObject({ answerCount: 3, passCount: 0 });
    expect(resultOf(aggregate).options[0]).toMatchObject({ count: 3, percent: 100 });
  });

  it("counts a participant once: a repeated participant's last response wins", () => {
    const responses = [answer({ optionId: "a" }, "same"), answer({ optionId: "b" }, "same"), answer({ optionId: "c" }), answer({ optionId: "c" })];
    const aggregate = aggregatePrompt(singleChoice, responses, 3);
    expect(aggregate.answerCount).toBe(3);
    expect(resultOf(aggregate).options.map((o) => o.count)).toEqual([0, 1, 2]);
  });

  it("treats a value of null as a pass even if passed is false", () => {
    const aggregate = aggregatePrompt(singleChoice, [{ participantId: "x", passed: false, value: null }], 1);
    expect(aggregate).toMatchObject({ answerCount: 0, passCount: 1 });
  });
});

describe("multiple choice", () => {
  it("gives the share of respondents per option, which may add up to more than 100", () => {
    const responses = [answer({ optionIds: ["pride", "fear"] }), answer({ optionIds: ["fear"] }), answer({ optionIds: ["fear", "burden", "pride"] }), pass()];
    const aggregate = aggregatePrompt(multipleChoice, responses, 3);
    expect(aggregate).toMatchObject({ answerCount: 3, passCount: 1 });
    expect(resultOf(aggregate)).toEqual({
      options: [
        { id: "pride", label: "Pride", count: 2, percent: 67 },
        { id: "fear", label: "Fear of judgement", count: 3, percent: 100 },
        { id: "burden", label: "Not wanting to be a burden", count: 1, percent: 33 },
        { id: "unknown", label: "Not knowing who to ask", count: 0, percent: 0 },
      ],
    });
  });

  it("counts a repeated option id once and skips unknown ids", () => {
    const responses = [answer({ optionIds: ["fear", "fear", "nope"] }), answer({ optionIds: ["fear"] }), answer({ optionIds: ["nope"] })];
    const aggregate = aggregatePrompt(multipleChoice, responses, 2);
    expect(aggregate.answerCount).toBe(2);
    expect(resultOf(aggregate).options[1]).toMatchObject({ count: 2, percent: 100 });
  });
});

describe("scale", () => {
  it("gives the distribution 1..max, mean and median", () => {
    const values = [1, 2, 2, 4, 5];
    const aggregate = aggregatePrompt(scale5, [...values.map((value) => answer({ value })), pass()], 3);
    expect(resultOf(aggregate)).toEqual({
      distribution: [
        { value: 1, count: 1, percent: 20 },
        { value: 2, count: 2, percent: 40 },
        { value: 3, count: 0, percent: 0 },
        { value: 4, count: 1, percent: 20 },
        { value: 5, count: 1, percent: 20 },
      ],
      mean: 2.8,
      median: 2,
    });
  });

  it("gives the halfway median for an even count and rounds the mean to 2 decimals", () => {
    const aggregate = aggregatePrompt(
      scale5,
      [1, 2, 3, 5, 5, 5].map((value) => answer({ value })),
      3,
    );
    expect(resultOf(aggregate)).toMatchObject({ mean: 3.5, median: 4 });
    const thirds = aggregatePrompt(
      scale5,
      [1, 1, 2].map((value) => answer({ value })),
      3,
    );
    expect(resultOf(thirds)).toMatchObject({ mean: 1.33, median: 1 });
    const half = aggregatePrompt(
      scale5,
      [2, 3, 3, 2].map((value) => answer({ value })),
      3,
    );
    expect(resultOf(half)).toMatchObject({ mean: 2.5, median: 2.5 });
    const twoThirds = aggregatePrompt(
      scale5,
      [2, 2, 1].map((value) => answer({ value })),
      3,
    );
    expect(resultOf(twoThirds).mean).toBe(1.67);
  });

  it("distribution percentages add up to 100", () => {
    const aggregate = aggregatePrompt(
      scale5,
      [1, 2, 3, 4, 5, 5, 4].map((value) => answer({ value })),
      3,
    );
    expect(resultOf(aggregate).distribution.reduce((s, b) => s + b.percent, 0)).toBe(100);
  });

  it("uses the prompt's own max", () => {
    const scale10 = { ...scale5, config: { ...scale5.config, max: 10 } };
    const aggregate = aggregatePrompt(
      scale10,
      [10, 10, 1].map((value) => answer({ value })),
      3,
    );
    const { distribution } = resultOf(aggregate);
    expect(distribution).toHaveLength(10);
    expect(distribution[9]).toEqual({ value: 10, count: 2, percent: 67 });
  });

  it("ignores values outside 1..max or not whole", () => {
    const aggregate = aggregatePrompt(
      scale5,
      [3, 3, 3, 6, 0, 2.5].map((value) => answer({ value })),
      3,
    );
    expect(aggregate.answerCount).toBe(3);
    expect(resultOf(aggregate)).toMatchObject({ mean: 3, median: 3 });
  });
});

describe("word cloud", () => {
  it("counts normalised words, a participant once per word, most used first then alphabetically", () => {
    const responses = [
      answer({ words: ["Hope", "hopes", "relief"] }),
      answer({ words: ["hope!", "Calm"] }),
      answer({ words: ["  RELIEF ", "warmth"] }),
      answer({ words: ["calm"] }),
      pass(),
    ];
    const aggregate = aggregatePrompt(wordCloud, responses, 3);
    expect(aggregate).toMatchObject({ answerCount: 4, passCount: 1 });
    expect(resultOf(aggregate)).toEqual({
      words: [
        { word: "calm", count: 2 },
        { word: "hope", count: 2 },
        { word: "relief", count: 2 },
        { word: "warmth", count: 1 },
      ],
      distinctWords: 4,
    });
  });

  it("drops profane words automatically but the answer still counts", () => {
    const responses = [answer({ words: ["shit"] }), answer({ words: ["fuck", "hope"] }), answer({ words: ["hope"] })];
    const aggregate = aggregatePrompt(wordCloud, responses, 3);
    expect(aggregate.answerCount).toBe(3);
    expect(resultOf(aggregate).words).toEqual([{ word: "hope", count: 2 }]);
  });

  it("includes pending and unmoderated responses but excludes hidden ones", () => {
    const responses = [
      answer({ words: ["seen"] }, undefined, { moderation: "approved" }),
      answer({ words: ["waiting"] }, undefined, { moderation: "pending" }),
      answer({ words: ["unmoderated"] }),
      answer({ words: ["nasty"] }, undefined, { moderation: "hidden" }),
    ];
    const aggregate = aggregatePrompt(wordCloud, responses, 3);
    expect(aggregate.answerCount).toBe(4);
    expect(resultOf(aggregate).words.map((w) => w.word)).toEqual(["seen", "unmoderated", "waiting"]);
  });

  it(`shows at most ${WORD_CLOUD_MAX_WORDS} words and says how many there were`, () => {
    const responses = Array.from({ length: 40 }, (_, i) => answer({ words: [`word${i}a`, `word${i}b`] }));
    responses.push(answer({ words: ["common"] }), answer({ words: ["common"] }));
    const result = resultOf(aggregatePrompt(wordCloud, responses, 3));
    expect(result.words).toHaveLength(WORD_CLOUD_MAX_WORDS);
    expect(result.distinctWords).toBe(81);
    expect(result.words[0]).toEqual({ word: "common", count: 2 });
  });

  it("gives an empty cloud when every word was filtered", () => {
    const result = resultOf(aggregatePrompt(wordCloud, [answer({ words: ["shit"] }), answer({ words: ["..."] }), answer({ words: ["fuck"] })], 3));
    expect(result).toEqual({ words: [], distinctWords: 0 });
  });
});

describe("open text", () => {
  it("shows approved entries only, with their response ids", () => {
    const responses = [
      answer({ text: "I should cope alone" }, undefined, { id: "r1", moderation: "approved" }),
      answer({ text: "pending text" }, undefined, { id: "r2", moderation: "pending" }),
      answer({ text: "hidden text" }, undefined, { id: "r3", moderation: "hidden" }),
      answer({ text: "never moderated" }, undefined, { id: "r4" }),
      answer({ text: "Asking is weakness" }, undefined, { id: "r5", moderation: "approved" }),
    ];
    const result = resultOf(aggregatePrompt(openText, responses, 3));
    expect(result.entries).toHaveLength(2);
    expect(result.entries).toEqual(
      expect.arrayContaining([
        { responseId: "r1", text: "I should cope alone" },
        { responseId: "r5", text: "Asking is weakness" },
      ]),
    );
    const json = JSON.stringify(result);
    for (const t of ["pending text", "hidden text", "never moderated"]) expect(json).not.toContain(t);
  });

  it("orders entries independently of arrival order", () => {
    const texts = ["first", "second", "third", "fourth", "fifth", "sixth"];
    const responses = texts.map((text, i) => answer({ text }, `p${i}`, { id: `r${i}`, moderation: "approved" }));
    const forward = resultOf(aggregatePrompt(openText, responses, 3)).entries;
    const backward = resultOf(aggregatePrompt(openText, [...responses].reverse(), 3)).entries;
    expect(backward).toEqual(forward);
    expect(forward.map((e) => e.text)).not.toEqual(texts);
  });

  it("omits responseId when the response has no id", () => {
    const result = resultOf(aggregatePrompt(openText, [answer({ text: "a" }, undefined, { moderation: "approved" })], 1));
    expect(result.entries).toEqual([{ text: "a" }]);
  });

  it("keeps identical approved texts from different participants as separate entries", () => {
    const responses = [1, 2, 3].map((i) => answer({ text: "same" }, `p${i}`, { id: `r${i}`, moderation: "approved" }));
    const result = resultOf(aggregatePrompt(openText, responses, 3));
    expect(result.entries.map((e) => e.responseId)).toEqual(["r1", "r2", "r3"]);
  });
});

describe("ranking", () => {
  it("scores Borda points and average positions", () => {
    const responses = [
      answer({ order: ["connection", "growth", "relief", "strength"] }),
      answer({ order: ["relief", "connection", "growth", "strength"] }),
      answer({ order: ["connection", "relief", "strength", "growth"] }),
    ];
    const result = resultOf(aggregatePrompt(ranking, responses, 3));
    // connection: 3 + 2 + 3 = 8, positions 1,2,1; relief: 1 + 3 + 2 = 6, positions 3,1,2;
    // growth: 2 + 1 + 0 = 3, positions 2,3,4; strength: 0 + 0 + 1 = 1, positions 4,4,3.
    expect(result.items).toEqual([
      { id: "connection", label: "Connection", averagePosition: 1.33, points: 8 },
      { id: "relief", label: "Relief", averagePosition: 2, points: 6 },
      { id: "growth", label: "Growth", averagePosition: 3, points: 3 },
      { id: "strength", label: "Strength", averagePosition: 3.67, points: 1 },
    ]);
  });

  it("breaks equal points by config order", () => {
    const responses = [answer({ order: ["strength", "relief", "growth", "connection"] }), answer({ order: ["connection", "growth", "relief", "strength"] })];
    const result = resultOf(aggregatePrompt(ranking, responses, 2));
    // Everyone totals 3 points, average 2.5: config order decides.
    expect(result.items.map((i) => [i.id, i.points, i.averagePosition])).toEqual([
      ["connection", 3, 2.5],
      ["growth", 3, 2.5],
      ["relief", 3, 2.5],
      ["strength", 3, 2.5],
    ]);
  });

  it("breaks equal points by average position when an answer left an item out", () => {
    // Incomplete orders cannot pass checkAnswer, but must not break the tally.
    const responses = [
      answer({ order: ["growth", "connection", "relief", "strength"] }),
      answer({ order: ["connection", "growth", "relief", "strength"] }),
      answer({ order: ["relief", "growth"] }),
    ];
    const result = resultOf(aggregatePrompt(ranking, responses, 3));
    const byId = Object.fromEntries(result.items.map((i) => [i.id, i]));
    // growth: 3 + 2 + 2 = 7 (positions 1,2,2); connection: 2 + 3 = 5 (positions 2,1);
    // relief: 1 + 1 + 3 = 5 (positions 3,3,1); strength: 0 + 0 = 0 (positions 4,4).
    expect(byId.growth).toMatchObject({ points: 7, averagePosition: 1.67 });
    expect(byId.connection).toMatchObject({ points: 5, averagePosition: 1.5 });
    expect(byId.relief).toMatchObject({ points: 5, averagePosition: 2.33 });
    expect(byId.strength).toMatchObject({ points: 0, averagePosition: 4 });
    expect(result.items.map((i) => i.id)).toEqual(["growth", "connection", "relief", "strength"]);
  });

  it("skips unknown ids and repeated ids in an order", () => {
    const responses = [answer({ order: ["zzz", "relief", "relief", "connection", "growth", "strength"] }), answer({ order: ["relief", "connection", "growth", "strength"] })];
    const result = resultOf(aggregatePrompt(ranking, responses, 2));
    expect(result.items[0]).toEqual({ id: "relief", label: "Relief", averagePosition: 1, points: 6 });
  });
});

/** Five ordinary answers for a kind, all approved so every kind shows something. */
function sampleAnswers(kind: PromptAggregate["kind"]) {
  const approved = { moderation: "approved" as const };
  switch (kind) {
    case "single_choice":
      return ["a", "b", "a", "c", "a"].map((optionId) => answer({ optionId }));
    case "multiple_choice":
      return [["pride"], ["fear", "burden"], ["pride", "fear"], ["unknown"], ["fear"]].map((optionIds) => answer({ optionIds }));
    case "scale":
      return [1, 3, 5, 4, 2].map((value) => answer({ value }));
    case "word_cloud":
      return [["hope"], ["friend"], ["hope", "calm"], ["relief"], ["warmth"]].map((words) => answer({ words }, undefined, approved));
    case "open_text":
      return ["a friend helped", "hope", "it felt ok", "lighter", "relief"].map((text, i) => answer({ text }, undefined, { ...approved, id: `r${i}` }));
    case "ranking":
      return [0, 1, 2, 3, 0].map((shift) => {
        const ids = ["connection", "growth", "relief", "strength"];
        return answer({ order: [...ids.slice(shift), ...ids.slice(0, shift)] });
      });
  }
}

describe("malformed rows", () => {
  const junk: unknown[] = [
    5,
    "text",
    true,
    {},
    [],
    { optionId: 3 },
    { optionIds: "a" },
    { value: "3" },
    { words: [1, 2] },
    { words: "hope" },
    { text: 42 },
    { text: "   " },
    { order: "abc" },
    { order: [] },
  ];

  it.each(ALL_PROMPTS.map((p) => [p.kind, p] as const))("%s: values of the wrong shape are neither answers nor passes, and never throw", (_kind, prompt) => {
    const responses = junk.map((value, i) => ({ participantId: `j${i}`, passed: false, value: value as never }));
    const aggregate = aggregatePrompt(prompt, responses, 1);
    expect(aggregate).toMatchObject({ answerCount: 0, passCount: 0, suppressed: true, result: null });
  });

  it("treats an unknown moderation status as hidden, so it never reaches the room", () => {
    const odd = { moderation: "rejected" as never };
    const text = aggregatePrompt(openText, [answer({ text: "secret" }, undefined, odd)], 1);
    expect(text.result).toEqual({ entries: [] });
    const cloud = aggregatePrompt(wordCloud, [answer({ words: ["secret"] }, undefined, odd)], 1);
    expect(cloud.result).toEqual({ words: [], distinctWords: 0 });
  });
});
