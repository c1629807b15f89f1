// The shapes a stored session reads as (its steps, prompts and settings), and
// how a database row becomes one. Its own file so that the repository and
// its helpers (session-snapshot.ts) share them without importing each other.
import type { ActivityKind } from "../../lib/activities";
import type { Release } from "../../lib/aggregation/release";
import type { PromptState, ResultsShownOn, SessionStatus, SupportResources } from "../../lib/events";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../lib/i18n/locales";

export type PromptRecord = {
  id: string;
  stepId: string;
  kind: ActivityKind;
  question: string;
  config: unknown;
  repeatOfId: string | null;
  state: PromptState;
  resultsRevealed: boolean;
  /** where revealed results show: "everywhere" (projector and phones) or "screen" (projector only) */
  resultsShownOn: ResultsShownOn;
  /** see lib/aggregation/release.ts: only replaced by a conditional write on this generation */
  releaseGeneration: number;
  release: Release | null;
};

export type StepRecord = {
  id: string;
  position: number;
  title: string;
  body: string;
  facilitatorNotes: string;
  /** this step's own content note; "" for none */
  contentNote: string;
  reactionsEnabled: boolean;
  image: { id: string; alt: string; onPhones: boolean } | null;
  prompt: PromptRecord | null;
};

export type SessionRecord = {
  id: string;
  ownerId: string;
  templateId: string | null;
  title: string;
  joinCode: string;
  status: SessionStatus;
  locked: boolean;
  anonymityThreshold: number;
  currentStepIndex: number;
  contentNote: string;
  resources: SupportResources;
  pauseRequests: number;
  timerStartedAt: Date | null;
  timerElapsedMs: number;
  timerDurationMs: number;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  responsesDeletedAt: Date | null;
  /** null: hidden from the room while fewer than 2·k people joined */
  hideCounts: boolean | null;
  /** days after the end when responses are deleted; null: the deployment's default; 0: at the end */
  retentionDays: number | null;
  /** server/services/passphrase.ts; never sent to any client */
  passphraseHash: string | null;
  /** the template's own safety-net phrases, added to the built-in list (lib/distress-phrases.ts); [] for none */
  safetyNetPhrases: string[];
  /** the team it was run for (its admins list it and read its audit trail); null: personal */
  teamId?: string | null;
  /** the language phones and the projector show (from the template; changeable before the start) */
  language: Locale;
};

export type SessionUpdate = Partial<
  Pick<
    SessionRecord,
    | "status"
    | "locked"
    | "hideCounts"
    | "retentionDays"
    | "passphraseHash"
    | "currentStepIndex"
    | "pauseRequests"
    | "timerStartedAt"
    | "timerElapsedMs"
    | "timerDurationMs"
    | "startedAt"
    | "endedAt"
    | "resources"
    | "language"
  >
>;

export type SessionRow = Omit<SessionRecord, "status" | "resources" | "safetyNetPhrases" | "language"> & {
  status: string;
  resources: unknown;
  safetyNetPhrases: unknown;
  language: string;
};
export function toSession(row: SessionRow): SessionRecord {
  return {
    ...row,
    status: row.status as SessionStatus,
    resources: row.resources as SupportResources,
    safetyNetPhrases: phrasesOf(row.safetyNetPhrases),
    // a value from a later version (a language since removed) reads as the default
    language: isLocale(row.language) ? row.language : DEFAULT_LOCALE,
  };
}

/** The stored phrase list; anything unreadable counts as none (the built-in list still screens). */
function phrasesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
}
