// The shapes going into and coming out of aggregation. Everything coming out
// is plain JSON (numbers, strings, arrays, null) so it can be broadcast and
// exported as is.
import type { ActivityConfig, ActivityKind, AnswerValue } from "../activities";

/** What the facilitator decided about a free-text answer (the one definition: storage, sync and commands use it). */
export const MODERATION_STATUSES = ["pending", "approved", "hidden"] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

/** A prompt as aggregation needs it. */
export type PromptInput<K extends ActivityKind = ActivityKind> = {
  [P in K]: { id: string; kind: P; config: ActivityConfig[P] };
}[K];

/**
 * One participant's current response to a prompt (at most one per
 * participant). Aggregation accepts any kind's value shape and reads it
 * defensively, so rows loaded from storage need no per-kind cast.
 */
export interface ResponseInput<K extends ActivityKind = ActivityKind> {
  /** The stored response's id: lets the facilitator moderate an open-text or word-cloud entry. */
  id?: string;
  participantId: string;
  passed: boolean;
  /** null when passed. */
  value: AnswerValue[K] | null;
  /** Only read for the moderated kinds (open text, word cloud). */
  moderation?: ModerationStatus | null;
}

export interface OptionCount {
  id: string;
  label: string;
  count: number;
  /** Whole-number percent; see lib/aggregation/percent.ts for how it is rounded. */
  percent: number;
}

export interface ChoiceResult {
  /** Every option, in the order the facilitator wrote them (zero counts included). */
  options: OptionCount[];
}

export interface ScaleBucket {
  value: number;
  count: number;
  percent: number;
}

export interface ScaleResult {
  /** One bucket for each value 1..max, zero counts included. */
  distribution: ScaleBucket[];
  /** Rounded to 2 decimals; null when there are no answers. */
  mean: number | null;
  /** The middle answer, or halfway between the two middle ones (so it may end in .5). */
  median: number | null;
}

export interface WordCount {
  word: string;
  /** How many participants used the word (a participant counts once per word). */
  count: number;
}

export interface WordCloudResult {
  /** The most used words, at most WORD_CLOUD_MAX_WORDS, by count then alphabetically. */
  words: WordCount[];
  /** Distinct words in the cloud before the cap: lets a UI say "and 14 more". */
  distinctWords: number;
}

export interface OpenTextEntry {
  responseId?: string;
  text: string;
}

export interface OpenTextResult {
  /** Approved answers only, in a stable order unrelated to when they were sent. */
  entries: OpenTextEntry[];
}

export interface RankedItem {
  id: string;
  label: string;
  /** 1 = ranked first; 2 decimals. null when nobody placed the item. */
  averagePosition: number | null;
  /** Borda points: with n items, first place earns n − 1, last place 0. */
  points: number;
}

export interface RankingResult {
  /** Most points first; ties by better average position, then config order. */
  items: RankedItem[];
}

export interface KindResult {
  single_choice: ChoiceResult;
  multiple_choice: ChoiceResult;
  scale: ScaleResult;
  word_cloud: WordCloudResult;
  open_text: OpenTextResult;
  ranking: RankingResult;
}

interface AggregateOf<K extends ActivityKind> {
  promptId: string;
  kind: K;
  /**
   * Participants who answered (not passed). This is what the threshold
   * counts. In what the room is sent: the answers behind the breakdown shown
   * (0 when none is shown), never a live count.
   */
  answerCount: number;
  /** Never in what the room is sent: a live pass count tells who passed. */
  passCount?: number;
  threshold: number;
  /** answerCount < threshold (live: no breakdown released yet): nothing but the counts is given. */
  suppressed: boolean;
  /** null whenever suppressed. */
  result: KindResult[K] | null;
  /** Live views (lib/aggregation/release.ts): answers behind `result`. */
  shownCount?: number;
  /**
   * Live views: participants whose answers are not in `result` yet (it
   * changes only in steps of k). The room is told only once the prompt closed
   * (null before); the console always.
   */
  notShownCount?: number | null;
  /** The room: answers and passes together ("responded"); null when the session hides counts. */
  respondedCount?: number | null;
}

/** A prompt's aggregate, discriminated by `kind`. */
export type PromptAggregate<K extends ActivityKind = ActivityKind> = { [P in K]: AggregateOf<P> }[K];

// ---------------------------------------------------------------------------
// Moderation queue (facilitator only)

export interface ModerationCounts {
  pending: number;
  approved: number;
  hidden: number;
}

export type ModerationQueueEntry =
  | {
      kind: "open_text";
      responseId?: string;
      /** moderationVersion of the stored answer: sent back with a decision (see moderation-version.ts) */
      version?: string;
      status: ModerationStatus;
      text: string;
      /** The text contains a word the profanity filter matches: worth a closer look. */
      flagged: boolean;
      /** The safety net matched (lib/distress-phrases.ts): held until approved on its own. Absent otherwise. */
      mayNeedCare?: true;
    }
  | {
      kind: "word_cloud";
      responseId?: string;
      version?: string;
      status: ModerationStatus;
      /** The words as they count in the cloud (normalised, profanity already dropped). */
      words: string[];
      /** How many submitted words the profanity filter dropped. */
      filteredCount: number;
      /** As for open text; such words stay out of the cloud until approved on their own. */
      mayNeedCare?: true;
    };

export interface ModerationQueue {
  promptId: string;
  kind: "open_text" | "word_cloud";
  answerCount: number;
  threshold: number;
  suppressed: boolean;
  /** null whenever suppressed. */
  counts: ModerationCounts | null;
  /** Pending first, then approved, then hidden. Empty whenever suppressed. */
  entries: ModerationQueueEntry[];
}
