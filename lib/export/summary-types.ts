// The post-session summary: what the summary page shows and every export is
// made from. It is also, exactly, the JSON export (docs/export-format.md), so
// every field here is plain JSON and documented there. A change that removes
// or changes the meaning of a field needs a new SUMMARY_VERSION.
//
// Nothing in a summary identifies a participant: no tokens, no participant or
// response ids, and no breakdown of a prompt with fewer than k answers.
import type { ActivityKind } from "../activities";
import type { BeforeAfterComparison, PromptAggregate, ReactionCounts } from "../aggregation";
import type { PromptState, SessionStatus } from "../events";

export const SUMMARY_FORMAT = "hearth-summary";
export const SUMMARY_VERSION = 2;

export interface SessionSummary {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  /** ISO 8601, when this summary was made (a running session's summary is a snapshot). */
  generatedAt: string;
  session: SummarySession;
  /** Every step of the session, in order. */
  steps: SummaryStep[];
  /** One entry per prompt that repeats an earlier scale prompt (check-in / check-out). */
  beforeAfter: SummaryBeforeAfter[];
}

export interface SummarySession {
  id: string;
  title: string;
  /** The template the session was made from, if it still exists. */
  template: string | null;
  status: SessionStatus;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** endedAt − startedAt; while running, generatedAt − startedAt; null before it started. */
  durationMs: number | null;
  /** Everyone who joined (answering or not). */
  participantCount: number;
  /** k: no breakdown of a prompt with fewer than k answers. */
  anonymityThreshold: number;
  /** How often someone privately asked for a pause (anonymous; reset when responses are deleted). */
  pauseRequests: number;
  /** Check-in requests, counts only (never a request's number or note); absent when there were none. */
  checkIns?: { total: number; done: number };
  /** Set once the facilitator deleted the responses: every count below is then 0. */
  responsesDeletedAt: string | null;
  /** When the responses will be deleted automatically (ended sessions whose responses are still kept). */
  responsesDeleteAt?: string;
}

export interface SummaryScaleLabels {
  max: number;
  minLabel: string;
  maxLabel: string;
}

export interface SummaryPrompt {
  id: string;
  kind: ActivityKind;
  question: string;
  /** idle: never opened in this session. */
  state: PromptState;
  /** The earlier prompt this one repeats (check-out → check-in), if any. */
  repeatOfId: string | null;
  /** Scale prompts only: the range and its end labels. */
  scale: SummaryScaleLabels | null;
  /** From lib/aggregation: counts always; `result` only when answerCount ≥ threshold. Open-text entries carry no ids. */
  aggregate: PromptAggregate;
}

export interface SummaryStep {
  /** 0-based position; people count from index + 1. */
  index: number;
  title: string;
  prompt: SummaryPrompt | null;
  /** Reaction counts; null when reactions were not enabled on the step. */
  reactions: ReactionCounts | null;
  /** The description (alt text) of the picture the step showed; absent without one. */
  picture?: string;
}

export interface SummaryStepRef {
  promptId: string;
  stepIndex: number;
  stepTitle: string;
}

export interface SummaryBeforeAfter {
  question: string;
  before: SummaryStepRef;
  after: SummaryStepRef;
  scale: SummaryScaleLabels;
  /** From lib/aggregation's compareBeforeAfter: counts only, `movement` only when ≥ k people answered both times. */
  comparison: BeforeAfterComparison;
}

// ---------------------------------------------------------------------------
// The anonymised raw responses (responses CSV only; never part of the JSON).

export interface RawResponseRow {
  /** The participant's random per-session number (never a token or an id). */
  participant: number;
  passed: boolean;
  /** The answer as text; null for a pass or when the text is withheld. */
  answer: string | null;
  /** open text / word cloud: approved | pending | hidden; null for other kinds. */
  moderation: "approved" | "pending" | "hidden" | null;
  /** Why the answer is blank when it is not a pass. */
  note: string | null;
}

export interface RawResponsesPrompt {
  stepIndex: number;
  question: string;
  kind: ActivityKind;
  answerCount: number;
  passCount: number;
  /** Fewer than k answers: no rows at all, only the counts. */
  suppressed: boolean;
  /** Ordered by participant number. Empty when suppressed. */
  rows: RawResponseRow[];
}

export interface RawResponses {
  anonymityThreshold: number;
  responsesDeletedAt: string | null;
  prompts: RawResponsesPrompt[];
}
