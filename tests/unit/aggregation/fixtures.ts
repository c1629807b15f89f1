// Prompts and response builders shared by the aggregation tests.
import type { PromptInput, ResponseInput, ModerationStatus } from "../../../lib/aggregation";
import type { AnswerValue } from "../../../lib/activities";

export const singleChoice: PromptInput<"single_choice"> = {
  id: "p-single",
  kind: "single_choice",
  config: {
    options: [
      { id: "a", label: "Talk to a friend" },
      { id: "b", label: "Write it down" },
      { id: "c", label: "Ask a colleague" },
    ],
  },
};

export const multipleChoice: PromptInput<"multiple_choice"> = {
  id: "p-multi",
  kind: "multiple_choice",
  config: {
    options: [
      { id: "pride", label: "Pride" },
      { id: "fear", label: "Fear of judgement" },
      { id: "burden", label: "Not wanting to be a burden" },
      { id: "unknown", label: "Not knowing who to ask" },
    ],
  },
};

export const scale5: PromptInput<"scale"> = {
  id: "p-scale",
  kind: "scale",
  config: { max: 5, minLabel: "struggling", maxLabel: "doing well" },
};

export const wordCloud: PromptInput<"word_cloud"> = { id: "p-words", kind: "word_cloud", config: { maxWords: 3 } };

export const openText: PromptInput<"open_text"> = { id: "p-text", kind: "open_text", config: { maxLength: 280 } };

export const ranking: PromptInput<"ranking"> = {
  id: "p-rank",
  kind: "ranking",
  config: {
    options: [
      { id: "connection", label: "Connection" },
      { id: "growth", label: "Growth" },
      { id: "relief", label: "Relief" },
      { id: "strength", label: "Strength" },
    ],
  },
};

export const ALL_PROMPTS = [singleChoice, multipleChoice, scale5, wordCloud, openText, ranking] as const;

let next = 0;
/** An answer from `participantId` (a fresh one if omitted). */
export function answer<K extends keyof AnswerValue>(
  value: AnswerValue[K],
  participantId = `p${++next}`,
  extra: { id?: string; moderation?: ModerationStatus | null } = {},
): ResponseInput<K> {
  return { participantId, passed: false, value, ...extra };
}

export function pass<K extends keyof AnswerValue>(participantId = `p${++next}`): ResponseInput<K> {
  return { participantId, passed: true, value: null };
}

/** Small, seeded PRNG (mulberry32) so property tests are reproducible. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const float = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(float() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return { float, int, pick, shuffle };
}
