// Builds a SessionSummary (and the anonymised raw responses) from a session's
// stored rows. Pure: the server loads the rows (server/services/summary-service.ts),
// the benchmark builds them in memory. Every number comes from lib/aggregation
// — aggregatePrompt, compareBeforeAfter, aggregateReactions — so the summary
// can never disagree with what the room saw live.
import { activityConfigSchemas, scaleConfigSchema, type ActivityKind } from "../activities";
import { aggregatePrompt, aggregateReactions, compareBeforeAfter, type PromptAggregate, type PromptInput, type ResponseInput, type ScaleAnswer } from "../aggregation";
import { changedSince, visibleFingerprint, type Release } from "../aggregation/release";
import { safetyNetFor, type SafetyNet } from "../distress-phrases";
import type { PromptState, SessionStatus } from "../events";
import { cloudWordsFromAnswer } from "../words";
import { isProfaneIn } from "../profanity";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import {
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  type RawResponseRow,
  type RawResponses,
  type SessionSummary,
  type SummaryBeforeAfter,
  type SummaryPrompt,
  type SummaryScaleLabels,
  type SummaryStep,
} from "./summary-types";

export interface SummaryInput {
  session: {
    id: string;
    title: string;
    templateTitle: string | null;
    status: SessionStatus;
    createdAt: Date;
    startedAt: Date | null;
    endedAt: Date | null;
    anonymityThreshold: number;
    pauseRequests: number;
    responsesDeletedAt: Date | null;
    /** when automatic deletion will take the responses (server/services/retention-service.ts) */
    responsesDeleteAt?: Date | null;
    /** check-in requests, as counts only (lib/check-in.ts) */
    checkIns?: { total: number; done: number };
    /** the template's own safety-net phrases: word-cloud words they hold count only once approved, as they did live */
    safetyNetPhrases?: readonly string[];
    /** the session's language: word-cloud words are normalised, filtered and screened as they were live (English when left out) */
    language?: Locale;
  };
  participantCount: number;
  /** In order of position. */
  steps: {
    id: string;
    position: number;
    title: string;
    reactionsEnabled: boolean;
    /** the description of the step's picture, when it had one */
    imageAlt?: string | null;
    prompt: {
      id: string;
      kind: ActivityKind;
      question: string;
      config: unknown;
      repeatOfId: string | null;
      state: PromptState;
      /** the breakdown as last shown live, its fingerprints keyed like `responses[].participantId` (lib/aggregation/release.ts) */
      release?: Release | null;
    } | null;
  }[];
  /**
   * One per (prompt, participant), as stored. `participantId` is only a key
   * (it never leaves this module); `participantNumber`, when given, is the
   * participant's random per-session number for the raw responses.
   */
  responses: {
    id: string;
    promptId: string;
    participantId: string;
    participantNumber?: number;
    passed: boolean;
    value: unknown;
    moderation: string | null;
  }[];
  reactions: { stepId: string; participantId: string; kind: string }[];
}

type StoredResponse = SummaryInput["responses"][number];
type StepInput = SummaryInput["steps"][number];
type PromptRow = NonNullable<StepInput["prompt"]>;

/** The prompt's config with its schema's defaults applied; the stored value as is should it not parse. */
function configOf(prompt: PromptRow): unknown {
  const parsed = activityConfigSchemas[prompt.kind]?.safeParse(prompt.config);
  return parsed?.success ? parsed.data : prompt.config;
}

function scaleLabels(prompt: PromptRow): SummaryScaleLabels | null {
  if (prompt.kind !== "scale") return null;
  const parsed = scaleConfigSchema.safeParse(prompt.config);
  return parsed.success ? { max: parsed.data.max, minLabel: parsed.data.minLabel, maxLabel: parsed.data.maxLabel } : null;
}

/**
 * Stored rows already have ResponseInput's shape; aggregation reads a row
 * with `passed` as a pass whatever its value (`{pass:true}` as stored), so
 * they go in as they are — no copy of 100,000 rows for a large session.
 */
function asResponseInputs(rows: StoredResponse[] | undefined): ResponseInput[] {
  return (rows ?? []) as unknown as ResponseInput[];
}

function groupByPrompt(responses: SummaryInput["responses"]): Map<string, StoredResponse[]> {
  const byPrompt = new Map<string, StoredResponse[]>();
  for (const r of responses) {
    let list = byPrompt.get(r.promptId);
    if (!list) byPrompt.set(r.promptId, (list = []));
    list.push(r);
  }
  return byPrompt;
}

/** The aggregate without response ids: an export has no use for them, and they outlive nothing. */
function withoutIds(aggregate: PromptAggregate): PromptAggregate {
  if (aggregate.kind !== "open_text" || aggregate.result === null) return aggregate;
  return { ...aggregate, result: { entries: aggregate.result.entries.map((e) => ({ text: e.text })) } };
}

/**
 * No differencing after the session (lib/aggregation/release.ts): the final
 * breakdown is given only if it is the first anyone saw, or at least k
 * participants differ from the last one shown live; otherwise the last one
 * shown stands, with how many answers are not in it. `inRelease` says which
 * participants' stored answers are exactly what that breakdown counted (the
 * raw rows are limited to them, or they would give the difference away).
 */
function heldBack(
  p: PromptRow,
  rows: StoredResponse[] | undefined,
  k: number,
  safetyNet: SafetyNet,
): { release: Release; notShown: number; inRelease: (participantId: string) => boolean } | null {
  const release = p.release;
  if (!release) return null;
  const current = new Map<string, string | null>();
  for (const r of rows ?? []) current.set(r.participantId, visibleFingerprint(p.kind, r as unknown as ResponseInput, safetyNet));
  const notShown = changedSince(release, current);
  if (notShown >= k || notShown === 0) return null;
  return {
    release,
    notShown,
    inRelease: (participantId) => {
      const fingerprint = current.get(participantId) ?? null;
      // a participant the breakdown did not count at all (a pass, a pending text) has nothing in it to give away
      return (release.fingerprints[participantId] ?? null) === fingerprint;
    },
  };
}

/** The rows behind the breakdown the summary shows for this prompt (all of them unless it is held back). */
function shownRows(p: PromptRow, rows: StoredResponse[] | undefined, k: number, safetyNet: SafetyNet): StoredResponse[] | undefined {
  const held = heldBack(p, rows, k, safetyNet);
  return held ? rows?.filter((r) => held.inRelease(r.participantId)) : rows;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function buildSessionSummary(input: SummaryInput, now: Date = new Date()): SessionSummary {
  const k = input.session.anonymityThreshold;
  const language = input.session.language ?? DEFAULT_LOCALE;
  const safetyNet = safetyNetFor(input.session.safetyNetPhrases, language);
  const byPrompt = groupByPrompt(input.responses);

  const reactionsByStep = new Map<string, SummaryInput["reactions"]>();
  for (const r of input.reactions) {
    let list = reactionsByStep.get(r.stepId);
    if (!list) reactionsByStep.set(r.stepId, (list = []));
    list.push(r);
  }

  const steps: SummaryStep[] = input.steps.map((step) => {
    let prompt: SummaryPrompt | null = null;
    if (step.prompt) {
      const p = step.prompt;
      const promptInput = { id: p.id, kind: p.kind, config: configOf(p) } as PromptInput;
      let aggregate = aggregatePrompt(promptInput, asResponseInputs(byPrompt.get(p.id)), k, safetyNet, language);
      const held = heldBack(p, byPrompt.get(p.id), k, safetyNet);
      if (held) aggregate = { ...aggregate, result: held.release.result, shownCount: held.release.shownCount, notShownCount: held.notShown } as PromptAggregate;
      prompt = {
        id: p.id,
        kind: p.kind,
        question: p.question,
        state: p.state,
        repeatOfId: p.repeatOfId,
        scale: scaleLabels(p),
        aggregate: withoutIds(aggregate),
      };
    }
    // Stored reactions are unique per (step, participant, kind), so they are counted as given.
    const reactions = step.reactionsEnabled ? aggregateReactions((reactionsByStep.get(step.id) ?? []).map((r) => ({ kind: r.kind }))) : null;
    return { index: step.position, title: step.title, prompt, reactions, ...(step.imageAlt ? { picture: step.imageAlt } : {}) };
  });

  const beforeAfter: SummaryBeforeAfter[] = [];
  const stepOfPrompt = new Map(input.steps.flatMap((s) => (s.prompt ? [[s.prompt.id, s] as const] : [])));
  for (const after of input.steps) {
    const a = after.prompt;
    if (a?.kind !== "scale" || !a.repeatOfId) continue;
    const before = stepOfPrompt.get(a.repeatOfId);
    const b = before?.prompt;
    if (!before || !b || b.kind !== "scale") continue;
    const beforeScale = scaleLabels(b);
    const afterScale = scaleLabels(a);
    if (!beforeScale || !afterScale) continue;
    const max = Math.max(beforeScale.max, afterScale.max);
    beforeAfter.push({
      question: a.question,
      before: { promptId: b.id, stepIndex: before.position, stepTitle: before.title },
      after: { promptId: a.id, stepIndex: after.position, stepTitle: after.title },
      scale: { ...afterScale, max },
      // over the answers the two breakdowns show: a held-back answer must not come back through the shift
      comparison: compareBeforeAfter(scaleAnswers(shownRows(b, byPrompt.get(b.id), k, safetyNet)), scaleAnswers(shownRows(a, byPrompt.get(a.id), k, safetyNet)), k, { max }),
    });
  }

  const s = input.session;
  const end = s.endedAt ?? (s.status === "running" ? now : null);
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    generatedAt: now.toISOString(),
    session: {
      id: s.id,
      title: s.title,
      template: s.templateTitle,
      status: s.status,
      createdAt: s.createdAt.toISOString(),
      startedAt: iso(s.startedAt),
      endedAt: iso(s.endedAt),
      durationMs: s.startedAt && end ? Math.max(0, end.getTime() - s.startedAt.getTime()) : null,
      participantCount: input.participantCount,
      anonymityThreshold: k,
      pauseRequests: s.pauseRequests,
      ...(s.checkIns && s.checkIns.total > 0 ? { checkIns: { total: s.checkIns.total, done: s.checkIns.done } } : {}),
      responsesDeletedAt: iso(s.responsesDeletedAt),
      ...(s.responsesDeleteAt && !s.responsesDeletedAt ? { responsesDeleteAt: s.responsesDeleteAt.toISOString() } : {}),
    },
    steps,
    beforeAfter,
  };
}

/** A scale prompt's answers for compareBeforeAfter (passes left out, as it asks). */
function scaleAnswers(responses: StoredResponse[] | undefined): ScaleAnswer[] {
  const answers: ScaleAnswer[] = [];
  for (const r of responses ?? []) {
    const value = (r.value as { value?: unknown } | null)?.value;
    if (!r.passed && typeof value === "number") answers.push({ participantId: r.participantId, value });
  }
  return answers;
}

// ---------------------------------------------------------------------------
// Raw responses (the second CSV)

const WITHHELD_PENDING = "text withheld: not approved in moderation";
const WITHHELD_HIDDEN = "text withheld: hidden by the facilitator";
const WITHHELD_CARE = "words withheld: held by the safety net and not approved";

/**
 * Each participant's answer to each prompt, as text, with the participant's
 * random per-session number. The same rules as the summary: a prompt whose
 * summary is suppressed (fewer than k answers) gives no rows; open text
 * shows approved answers only; word clouds show the words as they count in
 * the cloud (normalised, profanity dropped), and nothing of a hidden answer.
 * A participant is named by `participantNumber`, else by `participantNumbers`;
 * a response with neither is left out.
 */
export function buildRawResponses(input: SummaryInput, summary: SessionSummary, participantNumbers: ReadonlyMap<string, number> = new Map()): RawResponses {
  const byPrompt = groupByPrompt(input.responses);
  const language = input.session.language ?? DEFAULT_LOCALE;
  const safetyNet = safetyNetFor(input.session.safetyNetPhrases, language);
  const summaryByPrompt = new Map(summary.steps.flatMap((s) => (s.prompt ? [[s.prompt.id, s.prompt] as const] : [])));
  const profaneMemo = new Map<string, boolean>();
  const profane = (word: string) => {
    let verdict = profaneMemo.get(word);
    if (verdict === undefined) profaneMemo.set(word, (verdict = isProfaneIn(language, word)));
    return verdict;
  };

  const prompts: RawResponses["prompts"] = [];
  for (const step of input.steps) {
    const p = step.prompt;
    const summarised = p ? summaryByPrompt.get(p.id) : undefined;
    if (!p || !summarised) continue;
    const { answerCount, passCount = 0, suppressed } = summarised.aggregate;
    const rows: RawResponseRow[] = [];
    if (!suppressed) {
      const reader = new AnswerReader(p.kind, configOf(p), profane, safetyNet, language);
      const held = heldBack(p, byPrompt.get(p.id), summary.session.anonymityThreshold, safetyNet);
      for (const r of byPrompt.get(p.id) ?? []) {
        if (held && !held.inRelease(r.participantId)) continue;
        const participant = r.participantNumber ?? participantNumbers.get(r.participantId);
        if (participant === undefined) continue;
        const row = reader.row(participant, r);
        if (row) rows.push(row);
      }
      rows.sort((a, b) => a.participant - b.participant);
    }
    prompts.push({ stepIndex: step.position, question: p.question, kind: p.kind, answerCount, passCount, suppressed, rows });
  }
  return { anonymityThreshold: summary.session.anonymityThreshold, responsesDeletedAt: summary.session.responsesDeletedAt, prompts };
}

/** Turns one prompt's stored answers into text rows; labels are looked up once per prompt. */
class AnswerReader {
  private readonly labels: Map<string, string>;
  private readonly max: number;
  private readonly moderated: boolean;

  constructor(
    private readonly kind: ActivityKind,
    config: unknown,
    private readonly profane: (word: string) => boolean,
    private readonly safetyNet: SafetyNet,
    private readonly language: Locale,
  ) {
    const options = (config as { options?: { id: string; label: string }[] }).options;
    this.labels = new Map(Array.isArray(options) ? options.map((o) => [o.id, o.label]) : []);
    this.max = (config as { max?: number }).max ?? 0;
    this.moderated = kind === "open_text" || kind === "word_cloud";
  }

  /** One response as a row; null for a value aggregation cannot read either (it is not counted there). */
  row(participant: number, r: StoredResponse): RawResponseRow | null {
    if (r.passed) return { participant, passed: true, answer: null, moderation: null, note: null };
    const value = r.value as Record<string, unknown> | null;
    if (!value || typeof value !== "object") return null;
    const moderation = this.moderated ? moderationOf(r.moderation) : null;
    let answer: string | null = null;
    let note: string | null = null;
    switch (this.kind) {
      case "single_choice":
        answer = this.labels.get(value.optionId as string) ?? null;
        break;
      case "multiple_choice": {
        if (!Array.isArray(value.optionIds)) return null;
        const picked = new Set(value.optionIds);
        const labels: string[] = [];
        for (const [id, label] of this.labels) if (picked.has(id)) labels.push(label); // in the prompt's order
        answer = labels.length ? labels.join("; ") : null;
        break;
      }
      case "scale": {
        const v = value.value;
        answer = Number.isInteger(v) && (v as number) >= 1 && (v as number) <= this.max ? String(v) : null;
        break;
      }
      case "ranking": {
        if (!Array.isArray(value.order)) return null;
        const seen = new Set<string>();
        const labels: string[] = [];
        for (const id of value.order) {
          const label = this.labels.get(id as string);
          if (label !== undefined && !seen.has(id as string)) {
            seen.add(id as string);
            labels.push(label);
          }
        }
        answer = labels.length ? labels.join(" > ") : null;
        break;
      }
      case "word_cloud": {
        if (!Array.isArray(value.words) || !value.words.every((w) => typeof w === "string")) return null;
        if (moderation === "hidden") note = "words withheld: hidden by the facilitator";
        // as in the cloud: words the safety net holds count only once approved on their own
        else if (moderation !== "approved" && this.safetyNet((value.words as string[]).join(" · "))) note = WITHHELD_CARE;
        else answer = cloudWordsFromAnswer(value.words as string[], this.profane, this.language).words.join("; ");
        return { participant, passed: false, answer, moderation, note };
      }
      case "open_text": {
        if (typeof value.text !== "string" || value.text.trim() === "") return null;
        if (moderation === "approved") answer = value.text;
        else note = moderation === "hidden" ? WITHHELD_HIDDEN : WITHHELD_PENDING;
        return { participant, passed: false, answer, moderation, note };
      }
    }
    return answer === null ? null : { participant, passed: false, answer, moderation, note };
  }
}

/** As aggregation reads it: no decision is pending; an unknown value is hidden. */
function moderationOf(status: string | null): "approved" | "pending" | "hidden" {
  if (status === null || status === "pending") return "pending";
  return status === "approved" ? "approved" : "hidden";
}
