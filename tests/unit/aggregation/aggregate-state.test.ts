import { describe, expect, it } from "vitest";
import {
  AggregateState,
  AggregateStateMismatchError,
  aggregatePrompt,
  moderationQueue,
  type ModerationStatus,
  type PromptInput,
  type ResponseInput,
} from "../../../lib/aggregation";
import type { ActivityKind } from "../../../lib/activities";
import { isProfane, normaliseWord } from "../../../lib/words";
import { ALL_PROMPTS, answer, openText, pass, scale5, seeded, singleChoice, wordCloud } from "./fixtures";

describe("AggregateState: applying changes", () => {
  it("follows a first answer, a change, a pass and answering again", () => {
    const state = new AggregateState(singleChoice);
    const first = answer<"single_choice">({ optionId: "a" }, "p1");
    state.apply("p1", null, first);
    expect(state.snapshot(1)).toMatchObject({ answerCount: 1, passCount: 0 });

    const changed = answer<"single_choice">({ optionId: "b" }, "p1");
    state.apply("p1", first, changed);
    expect(state.snapshot(1).result!.options.map((o) => o.count)).toEqual([0, 1, 0]);

    const passed = pass<"single_choice">("p1");
    state.apply("p1", changed, passed);
    expect(state.snapshot(1)).toMatchObject({ answerCount: 0, passCount: 1, suppressed: true, result: null });

    state.apply("p1", passed, first);
    expect(state.snapshot(1)).toMatchObject({ answerCount: 1, passCount: 0 });
    expect(state.snapshot(1).result!.options.map((o) => o.count)).toEqual([1, 0, 0]);
  });

  it("takes a response away when next is null", () => {
    const state = AggregateState.from(scale5, [answer({ value: 2 }, "x"), answer({ value: 4 }, "y")]);
    state.apply("x", answer({ value: 2 }, "x"), null);
    expect(state.snapshot(1)).toMatchObject({ answerCount: 1, result: { mean: 4 } });
    // and the participant can answer again from scratch
    state.apply("x", null, answer({ value: 5 }, "x"));
    expect(state.snapshot(1)).toMatchObject({ answerCount: 2, result: { mean: 4.5 } });
  });

  it("follows moderation decisions on open text", () => {
    const state = new AggregateState(openText);
    const pending = answer<"open_text">({ text: "it is hard" }, "p1", { id: "r1", moderation: "pending" });
    state.apply("p1", null, pending);
    expect(state.snapshot(1).result).toEqual({ entries: [] });

    const approved = { ...pending, moderation: "approved" as const };
    state.apply("p1", pending, approved);
    expect(state.snapshot(1).result).toEqual({ entries: [{ responseId: "r1", text: "it is hard" }] });

    const hidden = { ...pending, moderation: "hidden" as const };
    state.apply("p1", approved, hidden);
    expect(state.snapshot(1)).toMatchObject({ answerCount: 1, result: { entries: [] } });
  });

  it("follows a facilitator hiding a word-cloud response", () => {
    const state = AggregateState.from(wordCloud, [answer({ words: ["hope", "calm"] }, "a"), answer({ words: ["hope"] }, "b")]);
    expect(state.snapshot(1).result!.words).toEqual([
      { word: "hope", count: 2 },
      { word: "calm", count: 1 },
    ]);
    state.apply("a", answer({ words: ["hope", "calm"] }, "a"), answer({ words: ["hope", "calm"] }, "a", { moderation: "hidden" }));
    expect(state.snapshot(1)).toMatchObject({ answerCount: 2, result: { words: [{ word: "hope", count: 1 }], distinctWords: 1 } });
  });

  it("throws when previous disagrees with what was counted, so the caller can rebuild", () => {
    const state = new AggregateState(singleChoice);
    const r = answer<"single_choice">({ optionId: "a" }, "p1");
    expect(() => state.apply("p1", r, r)).toThrow(AggregateStateMismatchError);
    state.apply("p1", null, r);
    expect(() => state.apply("p1", null, r)).toThrow(AggregateStateMismatchError);
    // nothing was changed by the failed calls
    expect(state.snapshot(1)).toMatchObject({ answerCount: 1 });
  });

  it("throws when the response belongs to someone else", () => {
    const state = new AggregateState(singleChoice);
    expect(() => state.apply("p1", null, answer({ optionId: "a" }, "p2"))).toThrow(TypeError);
  });

  it("reuses a snapshot until something changes", () => {
    const state = AggregateState.from(singleChoice, [answer({ optionId: "a" }, "p1")]);
    const first = state.snapshot(1);
    expect(state.snapshot(1)).toBe(first);
    expect(state.snapshot(2)).not.toBe(first);
    expect(state.snapshot(2).suppressed).toBe(true);
    expect(state.snapshot(1)).toEqual(first);
    state.apply("p2", null, answer({ optionId: "b" }, "p2"));
    expect(state.snapshot(1)).not.toBe(first);
    expect(state.snapshot(1).answerCount).toBe(2);
  });

  it("exposes the running counts", () => {
    const state = AggregateState.from(scale5, [answer({ value: 1 }), pass(), pass()]);
    expect([state.answerCount, state.passCount]).toEqual([1, 2]);
  });

  it("handles thousands of answers per second", () => {
    for (const prompt of ALL_PROMPTS) {
      const rng = seeded(7);
      const state = new AggregateState(prompt as PromptInput);
      const current = new Map<string, ResponseInput>();
      const started = performance.now();
      const events = 20_000;
      for (let i = 0; i < events; i++) {
        const participantId = `p${rng.int(2000)}`;
        const next = randomResponse(prompt.kind, participantId, rng);
        state.apply(participantId, current.get(participantId) ?? null, next);
        current.set(participantId, next);
        if (i % 100 === 0) state.snapshot(3);
      }
      const perSecond = events / ((performance.now() - started) / 1000);
      // Generous floor so a slow CI machine passes; typical is far higher.
      expect(perSecond, prompt.kind).toBeGreaterThan(5_000);
    }
  });
});

describe("AggregateState ≡ aggregatePrompt (random sequences)", () => {
  for (const prompt of ALL_PROMPTS) {
    it(`${prompt.kind}: every snapshot equals aggregating the current responses from scratch`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const rng = seeded(seed * 1000 + prompt.kind.length);
        const state = new AggregateState(prompt as PromptInput);
        const current = new Map<string, ResponseInput>();
        const participants = Array.from({ length: 3 + rng.int(12) }, (_, i) => `p${i}`);
        for (let step = 0; step < 150; step++) {
          const participantId = rng.pick(participants);
          const previous = current.get(participantId) ?? null;
          const next = randomEvent(prompt.kind, participantId, previous, rng);
          state.apply(participantId, previous, next);
          if (next === null) current.delete(participantId);
          else current.set(participantId, next);

          const threshold = rng.pick([1, 2, 3, 5]);
          const responses = rng.shuffle([...current.values()]);
          expect(state.snapshot(threshold)).toEqual(aggregatePrompt(prompt as PromptInput, responses, threshold));
          if (prompt.kind === "open_text" || prompt.kind === "word_cloud") {
            expect(state.moderationQueue(threshold)).toEqual(moderationQueue(prompt as PromptInput<"open_text" | "word_cloud">, responses, threshold));
          }
        }
        expect(state.snapshot(1)).toEqual(oracle(prompt as PromptInput, [...current.values()]));
      }
    });
  }
});

// ---------------------------------------------------------------------------
// Random responses

type Rng = ReturnType<typeof seeded>;
const WORDS = ["hope", "Hopes", "calm", "relief", "RELIEF!", "warmth", "shit", "seen", "safe", "stories", "story", "", "  "];
const TEXTS = ["It is hard to ask", "I should cope alone", "nobody would care", "same", "same"];
const MODERATION: (ModerationStatus | null | undefined)[] = ["pending", "approved", "hidden", null, undefined];

function randomValue(kind: ActivityKind, rng: Rng): unknown {
  switch (kind) {
    case "single_choice":
      return { optionId: rng.pick(["a", "b", "c", "a", "stale-option"]) };
    case "multiple_choice": {
      const ids = ["pride", "fear", "burden", "unknown", "stale"];
      return { optionIds: rng.shuffle(ids).slice(0, 1 + rng.int(4)) };
    }
    case "scale":
      return { value: rng.pick([1, 2, 3, 4, 5, 5, 3, 9]) };
    case "word_cloud":
      return { words: Array.from({ length: 1 + rng.int(3) }, () => rng.pick(WORDS)) };
    case "open_text":
      return { text: rng.pick(TEXTS) };
    case "ranking": {
      const ids = rng.shuffle(["connection", "growth", "relief", "strength"]);
      return { order: rng.int(10) === 0 ? ids.slice(0, 2) : ids };
    }
  }
}

function randomResponse(kind: ActivityKind, participantId: string, rng: Rng): ResponseInput {
  if (rng.int(6) === 0) return { participantId, passed: true, value: null };
  const response: ResponseInput = { participantId, passed: false, value: randomValue(kind, rng) as ResponseInput["value"] };
  if (kind === "open_text" || kind === "word_cloud") {
    response.id = `r-${participantId}-${rng.int(3)}`;
    const moderation = rng.pick(MODERATION);
    if (moderation !== undefined) response.moderation = moderation;
  }
  return response;
}

/** A new answer, a pass, a moderation decision on the same answer, or a deletion. */
function randomEvent(kind: ActivityKind, participantId: string, previous: ResponseInput | null, rng: Rng): ResponseInput | null {
  const roll = rng.int(10);
  if (previous !== null && roll === 0) return null;
  if (previous !== null && !previous.passed && roll <= 3 && (kind === "open_text" || kind === "word_cloud")) {
    return { ...previous, moderation: rng.pick(["pending", "approved", "hidden"] as const) };
  }
  return randomResponse(kind, participantId, rng);
}

// ---------------------------------------------------------------------------
// A deliberately naive re-implementation of the counting rules, checked against
// the final state of every random run (percent rounding is tested on its own).

function oracle(prompt: PromptInput, responses: ResponseInput[]) {
  const answered = responses.filter((r) => !r.passed && r.value !== null && readable(prompt, r));
  const answerCount = answered.length;
  const passCount = responses.filter((r) => r.passed || r.value === null).length;
  const base = { promptId: prompt.id, kind: prompt.kind, answerCount, passCount, threshold: 1, suppressed: answerCount < 1 };
  if (answerCount < 1) return { ...base, result: null };
  const values = answered.map((r) => r.value as Record<string, unknown>);
  switch (prompt.kind) {
    case "single_choice":
    case "multiple_choice": {
      const counts = prompt.config.options.map((o) => values.filter((v) => v.optionId === o.id || (Array.isArray(v.optionIds) && v.optionIds.includes(o.id))).length);
      return expect.objectContaining({ ...base, result: { options: prompt.config.options.map((o, i) => expect.objectContaining({ id: o.id, count: counts[i] })) } });
    }
    case "scale": {
      const nums = values.map((v) => v.value as number).sort((a, b) => a - b);
      const n = nums.length;
      const median = (nums[Math.floor((n - 1) / 2)]! + nums[Math.floor(n / 2)]!) / 2;
      const mean = Math.round((nums.reduce((a, b) => a + b, 0) / n) * 100) / 100;
      return expect.objectContaining({ ...base, result: expect.objectContaining({ mean: expect.closeTo(mean, 2), median }) });
    }
    case "word_cloud": {
      const counts = new Map<string, number>();
      for (const r of answered) {
        if (r.moderation === "hidden") continue;
        const words = new Set((r.value as { words: string[] }).words.map(normaliseWord).filter((w): w is string => w !== null && !isProfane(w)));
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      const expected = [...counts].map(([word, count]) => ({ word, count }));
      return expect.objectContaining({ ...base, result: { words: expect.arrayContaining(expected), distinctWords: expected.length } });
    }
    case "open_text": {
      const texts = answered
        .filter((r) => r.moderation === "approved")
        .map((r) => (r.value as { text: string }).text)
        .sort();
      return {
        ...base,
        result: { entries: expect.toSatisfy((entries: { text: string }[]) => JSON.stringify(entries.map((e) => e.text).sort()) === JSON.stringify(texts)) },
      };
    }
    case "ranking": {
      const n = prompt.config.options.length;
      const points = new Map(prompt.config.options.map((o) => [o.id, 0]));
      for (const v of values) for (const [position, id] of (v.order as string[]).entries()) points.set(id, points.get(id)! + (n - 1 - position));
      return expect.objectContaining({
        ...base,
        result: { items: expect.arrayContaining([...points].map(([id, p]) => expect.objectContaining({ id, points: p }))) },
      });
    }
  }
}

function readable(prompt: PromptInput, r: ResponseInput): boolean {
  const v = r.value as Record<string, unknown>;
  if (prompt.kind === "single_choice") return prompt.config.options.some((o) => o.id === v.optionId);
  if (prompt.kind === "multiple_choice") return (v.optionIds as string[]).some((id) => prompt.config.options.some((o) => o.id === id));
  if (prompt.kind === "scale") return (v.value as number) <= prompt.config.max;
  return true;
}
