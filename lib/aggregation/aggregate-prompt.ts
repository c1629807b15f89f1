// One-shot aggregation of a prompt's stored responses: for the summary page,
// exports, and rebuilding after a restart. Live updates use AggregateState
// directly; both go through the same tallies, so they cannot disagree.
import type { ActivityKind } from "../activities";
import type { SafetyNet } from "../distress-phrases";
import type { Locale } from "../i18n/locales";
import { AggregateState } from "./aggregate-state";
import type { ModerationQueue, PromptAggregate, PromptInput, ResponseInput } from "./types";

/**
 * The aggregate of `responses` (one per participant) to `prompt`, with the
 * anonymity threshold applied: when fewer than `threshold` participants
 * answered (passes do not count), `suppressed` is true and `result` is null.
 * Throws a RangeError for a threshold that is not a whole number ≥ 1.
 */
export function aggregatePrompt<K extends ActivityKind>(
  prompt: PromptInput<K>,
  responses: Iterable<ResponseInput>,
  threshold: number,
  /** the session's safety net (lib/distress-phrases.ts); the built-in list when left out */
  safetyNet?: SafetyNet,
  /** the session's language (lib/words.ts, lib/profanity.ts); English when left out */
  locale?: Locale,
): PromptAggregate<K> {
  return AggregateState.from(prompt, responses, safetyNet, locale).snapshot(threshold);
}

/**
 * The facilitator's moderation queue for an open-text or word-cloud prompt:
 * every answer with its status, pending first; empty (counts only) below the
 * threshold. See AggregateState.moderationQueue.
 */
export function moderationQueue<K extends "open_text" | "word_cloud">(prompt: PromptInput<K>, responses: Iterable<ResponseInput>, threshold: number): ModerationQueue {
  return AggregateState.from(prompt, responses).moderationQueue(threshold);
}
