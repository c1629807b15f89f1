// The participant's answer drafts, one shape per activity kind. Pure: no React.
//
// A draft is what the phone is editing (a choice not yet made is null, a word-cloud answer has one slot
// per allowed word); `draftToValue` turns it into the answer the server accepts, or says kindly what is
// still missing, so the form (components/activity-form.tsx) never sends an answer the server would
// refuse for its shape. Unit-tested in tests/unit/answer-draft.test.ts.
import { LIMITS, activityConfigSchemas, type ActivityConfig, type ActivityKind, type AnyAnswerValue } from "../activities";
import type { OwnAnswer, PromptView } from "../events";
import { cleanUserText } from "../user-text";
import { errorCodeOf } from "./errors";

export type AnswerPayload = { promptId: string; pass: true } | { promptId: string; value: unknown };

export type Drafts = {
  single_choice: { optionId: string | null };
  multiple_choice: { optionIds: string[] };
  scale: { value: number | null };
  word_cloud: { words: string[] };
  open_text: { text: string };
  ranking: { order: string[] };
};
export type Draft = Drafts[ActivityKind];

export type Parsed = { [K in ActivityKind]: { kind: K; config: ActivityConfig[K] } }[ActivityKind];

export function parsePrompt(prompt: PromptView): Parsed | null {
  const schema = activityConfigSchemas[prompt.kind];
  if (!schema) return null;
  const result = schema.safeParse(prompt.config);
  return result.success ? ({ kind: prompt.kind, config: result.data } as Parsed) : null;
}

export function emptyDraft(p: Parsed): Draft {
  switch (p.kind) {
    case "single_choice":
      return { optionId: null };
    case "multiple_choice":
      return { optionIds: [] };
    case "scale":
      return { value: null };
    case "word_cloud":
      return { words: Array.from({ length: p.config.maxWords }, () => "") };
    case "open_text":
      return { text: "" };
    case "ranking":
      return { order: [] };
  }
}

export function draftFromOwn(p: Parsed, own: OwnAnswer | undefined): Draft {
  const empty = emptyDraft(p);
  if (!own || own.passed || !own.value) return empty;
  const v = own.value as Partial<Record<string, unknown>>;
  switch (p.kind) {
    case "single_choice":
      return typeof v.optionId === "string" ? { optionId: v.optionId } : empty;
    case "multiple_choice":
      return Array.isArray(v.optionIds) ? { optionIds: (v.optionIds as string[]).filter((id) => p.config.options.some((o) => o.id === id)) } : empty;
    case "scale":
      return typeof v.value === "number" ? { value: v.value } : empty;
    case "word_cloud": {
      if (!Array.isArray(v.words)) return empty;
      const words = (v.words as string[]).slice(0, p.config.maxWords);
      return { words: [...words, ...Array.from({ length: p.config.maxWords - words.length }, () => "")] };
    }
    case "open_text":
      return typeof v.text === "string" ? { text: v.text } : empty;
    case "ranking":
      return Array.isArray(v.order) ? { order: (v.order as string[]).filter((id) => p.config.options.some((o) => o.id === id)) } : empty;
  }
}

export type Check = { ok: true; value: AnyAnswerValue } | { ok: false; message: string };

/** Turn a draft into an answer value, or say (kindly) what is missing. */
export function draftToValue(p: Parsed, draft: Draft): Check {
  switch (p.kind) {
    case "single_choice": {
      const d = draft as Drafts["single_choice"];
      return d.optionId ? { ok: true, value: { optionId: d.optionId } } : { ok: false, message: "Choose one of the options first, or Pass." };
    }
    case "multiple_choice": {
      const d = draft as Drafts["multiple_choice"];
      if (d.optionIds.length === 0) return { ok: false, message: "Choose at least one option first, or Pass." };
      const max = p.config.maxSelections;
      if (max !== undefined && d.optionIds.length > max) return { ok: false, message: `Choose at most ${max}.` };
      return { ok: true, value: { optionIds: d.optionIds } };
    }
    case "scale": {
      const d = draft as Drafts["scale"];
      return d.value !== null ? { ok: true, value: { value: d.value } } : { ok: false, message: "Choose a number first, or Pass." };
    }
    case "word_cloud": {
      const d = draft as Drafts["word_cloud"];
      const words: string[] = [];
      for (const [index, raw] of d.words.entries()) {
        if (raw.trim() === "") continue;
        const cleaned = cleanUserText(raw, { maxLength: LIMITS.wordLength, multiline: false });
        if (!cleaned.ok) {
          if (cleaned.code === "TEXT_EMPTY") continue;
          return { ok: false, message: `Word ${index + 1} is too long: keep each one to ${LIMITS.wordLength} characters or fewer.` };
        }
        words.push(cleaned.text);
      }
      if (words.length === 0) return { ok: false, message: "Write at least one word first, or Pass." };
      return { ok: true, value: { words } };
    }
    case "open_text": {
      const d = draft as Drafts["open_text"];
      const cleaned = cleanUserText(d.text, { maxLength: p.config.maxLength, multiline: true });
      return cleaned.ok ? { ok: true, value: { text: cleaned.text } } : { ok: false, message: cleaned.message };
    }
    case "ranking": {
      const d = draft as Drafts["ranking"];
      const left = p.config.options.length - d.order.length;
      if (left > 0) return { ok: false, message: `Place ${left === 1 ? "the last item" : `all the items (${left} still to place)`} first, or Pass.` };
      return { ok: true, value: { order: d.order } };
    }
  }
}

/** What the phone says when an answer was not saved. */
export function answerErrorMessage(error: unknown): string {
  // After a dropped connection a command can reach the server before this
  // phone has rejoined; the server's "join first" would only confuse here.
  if (errorCodeOf(error) === "UNAUTHENTICATED") return "The connection dropped for a moment, so this wasn't saved. Your answer is still here: please send it again.";
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) return error.message;
  return "Something went wrong and your answer was not saved. Please try again.";
}

/** Multiple choice: tick or untick, keeping the facilitator's order whatever order they were ticked in. */
export function toggleOption(options: readonly { id: string }[], chosen: readonly string[], id: string, on: boolean): string[] {
  const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
  return options.map((o) => o.id).filter((x) => next.includes(x));
}

/** Scale buttons: one row up to 6, two rows above. */
export const scaleColumns = (max: number) => (max <= 6 ? max : Math.ceil(max / 2));

/** Open text: what a screen reader hears once typing pauses, and only near the limit. */
export function remainingSpoken(remaining: number, maxLength: number): string {
  if (remaining < 0) return `${-remaining} characters too many`;
  return remaining <= Math.max(20, Math.round(maxLength * 0.1)) ? `${remaining} characters left` : "";
}
