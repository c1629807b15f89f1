// The participant's answer drafts, one shape per activity kind. Pure: no React.
//
// A draft is what the phone is editing (a choice not yet made is null, a word-cloud answer has one slot
// per allowed word); `draftToValue` turns it into the answer the server accepts, or says kindly what is
// still missing, so the form (components/activity-form.tsx) never sends an answer the server would
// refuse for its shape. Unit-tested in tests/unit/answer-draft.test.ts.
import type { ActivityConfig, AnyAnswerValue } from "../activities";
import { LIMITS, type ActivityKind } from "../activity-limits";
import type { OwnAnswer, PromptView } from "../events";
import { cleanUserText } from "../user-text";
import { englishAnswerText, type AnswerText } from "./answer-text";
import { errorCodeOf, type ClientErrorCode } from "./errors";
import { readPromptConfig } from "./prompt-config";

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
  const config = readPromptConfig(prompt.kind, prompt.config);
  return config ? ({ kind: prompt.kind, config } as Parsed) : null;
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

/** Turn a draft into an answer value, or say (kindly, in the phone's language) what is missing. */
export function draftToValue(p: Parsed, draft: Draft, t: AnswerText = englishAnswerText): Check {
  switch (p.kind) {
    case "single_choice": {
      const d = draft as Drafts["single_choice"];
      return d.optionId ? { ok: true, value: { optionId: d.optionId } } : { ok: false, message: t("check.chooseOne") };
    }
    case "multiple_choice": {
      const d = draft as Drafts["multiple_choice"];
      if (d.optionIds.length === 0) return { ok: false, message: t("check.chooseAtLeastOne") };
      const max = p.config.maxSelections;
      if (max !== undefined && d.optionIds.length > max) return { ok: false, message: t("check.chooseAtMost", { max }) };
      return { ok: true, value: { optionIds: d.optionIds } };
    }
    case "scale": {
      const d = draft as Drafts["scale"];
      return d.value !== null ? { ok: true, value: { value: d.value } } : { ok: false, message: t("check.chooseNumber") };
    }
    case "word_cloud": {
      const d = draft as Drafts["word_cloud"];
      const words: string[] = [];
      for (const [index, raw] of d.words.entries()) {
        if (raw.trim() === "") continue;
        const cleaned = cleanUserText(raw, { maxLength: LIMITS.wordLength, multiline: false });
        if (!cleaned.ok) {
          if (cleaned.code === "TEXT_EMPTY") continue;
          return { ok: false, message: t("check.wordTooLong", { number: index + 1, max: LIMITS.wordLength }) };
        }
        words.push(cleaned.text);
      }
      if (words.length === 0) return { ok: false, message: t("check.writeWord") };
      return { ok: true, value: { words } };
    }
    case "open_text": {
      const d = draft as Drafts["open_text"];
      const cleaned = cleanUserText(d.text, { maxLength: p.config.maxLength, multiline: true });
      if (cleaned.ok) return { ok: true, value: { text: cleaned.text } };
      return { ok: false, message: cleaned.code === "TEXT_EMPTY" ? t("check.writeSomething") : t("check.textTooLong", { over: cleaned.over ?? 0, max: p.config.maxLength }) };
    }
    case "ranking": {
      const d = draft as Drafts["ranking"];
      const left = p.config.options.length - d.order.length;
      if (left > 0) return { ok: false, message: left === 1 ? t("check.placeLast") : t("check.placeAll", { count: left }) };
      return { ok: true, value: { order: d.order } };
    }
  }
}

/**
 * What the phone says when an answer was not saved, in its own language: the code's message
 * (`errorText`: common.errors), never the server's English; "something went wrong" without a code.
 */
export function answerErrorMessage(error: unknown, t: AnswerText, errorText: (code: ClientErrorCode) => string): string {
  const code = errorCodeOf(error);
  // After a dropped connection a command can reach the server before this
  // phone has rejoined; the server's "join first" would only confuse here.
  if (code === "UNAUTHENTICATED") return t("notSaved.dropped");
  return code ? errorText(code) : t("notSaved.generic");
}

/** Multiple choice: tick or untick, keeping the facilitator's order whatever order they were ticked in. */
export function toggleOption(options: readonly { id: string }[], chosen: readonly string[], id: string, on: boolean): string[] {
  const next = on ? [...chosen, id] : chosen.filter((x) => x !== id);
  return options.map((o) => o.id).filter((x) => next.includes(x));
}

/** Scale buttons: one row up to 6, two rows above. */
export const scaleColumns = (max: number) => (max <= 6 ? max : Math.ceil(max / 2));

/** Open text: what a screen reader hears once typing pauses, and only near the limit. */
export function remainingSpoken(remaining: number, maxLength: number, t: AnswerText = englishAnswerText): string {
  if (remaining < 0) return t("openText.spokenTooMany", { over: -remaining });
  return remaining <= Math.max(20, Math.round(maxLength * 0.1)) ? t("openText.spokenLeft", { left: remaining }) : "";
}
