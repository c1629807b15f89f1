// A prompt's aggregate, kept up to date one response at a time.
//
// A live session re-aggregates on every answer, change, pass and moderation
// decision; rebuilding from every response each time would be O(answers) per
// event. AggregateState keeps per-kind running tallies so that `apply` costs
// O(size of one answer) — a few options, at most 3 words, at most 8 ranked
// items — and `snapshot` costs O(options) (O(distinct words) / O(approved
// entries) for the free-text kinds, cached until something changes).
import type { ActivityKind } from "../activities";
import { defaultSafetyNet, type SafetyNet } from "../distress-phrases";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { MultipleChoiceTally, SingleChoiceTally } from "./kinds/choice";
import { OpenTextTally } from "./kinds/open-text";
import { RankingTally } from "./kinds/ranking";
import { ScaleTally } from "./kinds/scale";
import { compareOrderKeys, type ModeratedTally, type Tally } from "./kinds/tally";
import { WordCloudTally } from "./kinds/word-cloud";
import { checkThreshold } from "./threshold";
import type { ModerationQueue, ModerationStatus, PromptAggregate, PromptInput, ResponseInput } from "./types";

/** What the state remembers it counted for one participant. */
type Counted = { as: "pass" } | { as: "answer"; contribution: unknown } | { as: "unreadable" };

/**
 * Thrown by `apply` when the caller's idea of a participant's previous
 * response disagrees with what this state has counted (an event was lost or
 * applied twice). The counts would drift from then on, so the caller should
 * rebuild the state from stored responses (`AggregateState.from`).
 */
export class AggregateStateMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AggregateStateMismatchError";
  }
}

const MODERATION_ORDER: Record<ModerationStatus, number> = { pending: 0, approved: 1, hidden: 2 };

export class AggregateState<K extends ActivityKind = ActivityKind> {
  private readonly tally: Tally<ActivityKind, unknown>;
  private readonly counted = new Map<string, Counted>();
  private answers = 0;
  private passes = 0;
  // Bumped on every change; a snapshot is reused while it and the threshold are unchanged.
  private version = 0;
  private cached: { version: number; threshold: number; aggregate: PromptAggregate<K> } | null = null;

  /**
   * `safetyNet`: the session's (the built-in lists plus its template's own phrases), for the free-text kinds;
   * `locale`: the session's language (how word-cloud words are normalised, which profanity is dropped or flagged).
   */
  constructor(
    readonly prompt: PromptInput<K>,
    safetyNet: SafetyNet = defaultSafetyNet,
    locale: Locale = DEFAULT_LOCALE,
  ) {
    this.tally = createTally(prompt as PromptInput, safetyNet, locale);
  }

  /** A state holding `responses` (one per participant; if a participant repeats, the last one counts). */
  static from<K extends ActivityKind>(
    prompt: PromptInput<K>,
    responses: Iterable<ResponseInput>,
    safetyNet: SafetyNet = defaultSafetyNet,
    locale: Locale = DEFAULT_LOCALE,
  ): AggregateState<K> {
    const state = new AggregateState(prompt, safetyNet, locale);
    for (const response of responses) state.replace(response.participantId, response);
    return state;
  }

  /** Participants who answered (not passed): what the threshold counts. */
  get answerCount(): number {
    return this.answers;
  }
  get passCount(): number {
    return this.passes;
  }

  /**
   * Record that `participantId`'s response went from `previous` (null: they
   * had not responded) to `next` (null: their response was deleted). Covers a
   * first answer, a changed answer, a pass, answering after passing, and a
   * moderation decision (same value, new `moderation`).
   *
   * The state keeps what it counted for each participant and takes that away,
   * so `previous` only has to say whether there was one; a disagreement
   * throws AggregateStateMismatchError rather than letting counts drift.
   */
  apply(participantId: string, previous: ResponseInput | null, next: ResponseInput | null): void {
    const known = this.counted.has(participantId);
    if (known !== (previous !== null)) {
      throw new AggregateStateMismatchError(
        known ? "apply: the participant has a counted response but previous was null" : "apply: previous was given but no response is counted for the participant",
      );
    }
    if (next !== null && next.participantId !== participantId) {
      throw new TypeError("apply: next.participantId does not match participantId");
    }
    this.replace(participantId, next);
  }

  private replace(participantId: string, next: ResponseInput | null): void {
    const before = this.counted.get(participantId);
    // Read the new response before touching any count, so that a value that
    // makes reading throw leaves the state exactly as it was.
    const after = next === null ? null : this.classify(next, before);
    if (before !== undefined) this.uncount(before);
    if (after === null) this.counted.delete(participantId);
    else {
      this.recount(after);
      this.counted.set(participantId, after);
    }
    this.version++;
  }

  private classify(response: ResponseInput, before: Counted | undefined): Counted {
    if (response.passed || response.value === null || response.value === undefined) return { as: "pass" };
    const contribution = this.tally.read(response, before?.as === "answer" ? before.contribution : undefined);
    return contribution === null ? { as: "unreadable" } : { as: "answer", contribution };
  }

  private recount(counted: Counted): void {
    if (counted.as === "pass") this.passes++;
    else if (counted.as === "answer") {
      this.tally.add(counted.contribution);
      this.answers++;
    }
  }

  private uncount(counted: Counted): void {
    if (counted.as === "pass") this.passes--;
    else if (counted.as === "answer") {
      this.tally.remove(counted.contribution);
      this.answers--;
    }
  }

  /**
   * The aggregate as everyone may see it. Below the threshold only the counts
   * are given (`result: null`). The returned object may be shared with later
   * calls while nothing changes: treat it as read-only.
   */
  snapshot(threshold: number): PromptAggregate<K> {
    checkThreshold(threshold);
    const cached = this.cached;
    if (cached !== null && cached.version === this.version && cached.threshold === threshold) return cached.aggregate;
    const suppressed = this.answers < threshold;
    const aggregate = {
      promptId: this.prompt.id,
      kind: this.prompt.kind,
      answerCount: this.answers,
      passCount: this.passes,
      threshold,
      suppressed,
      result: suppressed ? null : this.tally.result(this.answers),
    } as PromptAggregate<K>;
    this.cached = { version: this.version, threshold, aggregate };
    return aggregate;
  }

  /**
   * The facilitator's moderation queue for an open-text or word-cloud prompt:
   * every answer with its status. It respects the threshold like every other
   * view — PRODUCT.md: no breakdown "anywhere" below k answers, and the
   * facilitator is in the room and could tie a lone early answer to the
   * person who just looked up from their phone. Below k it has the answer
   * count only. Throws for kinds that are not moderated.
   */
  moderationQueue(threshold: number): ModerationQueue {
    checkThreshold(threshold);
    const kind = this.prompt.kind;
    if (kind !== "open_text" && kind !== "word_cloud") {
      throw new TypeError(`${kind} prompts have no moderation queue`);
    }
    const suppressed = this.answers < threshold;
    const queue: ModerationQueue = {
      promptId: this.prompt.id,
      kind,
      answerCount: this.answers,
      threshold,
      suppressed,
      counts: null,
      entries: [],
    };
    if (suppressed) return queue;

    const tally = this.tally as ModeratedTally<ActivityKind, { status: ModerationStatus }>;
    const contributions: { status: ModerationStatus }[] = [];
    for (const counted of this.counted.values()) {
      if (counted.as === "answer") contributions.push(counted.contribution as { status: ModerationStatus });
    }
    // Pending first (what needs a decision), then approved, then hidden;
    // within a status the same arrival-blind order as the wall.
    contributions.sort((a, b) => MODERATION_ORDER[a.status] - MODERATION_ORDER[b.status] || compareOrderKeys(tally.orderKey(a), tally.orderKey(b)));
    queue.counts = { pending: 0, approved: 0, hidden: 0 };
    for (const c of contributions) queue.counts[c.status]++;
    queue.entries = contributions.map((c) => tally.queueEntry(c));
    return queue;
  }
}

function createTally(prompt: PromptInput, safetyNet: SafetyNet, locale: Locale): Tally<ActivityKind, unknown> {
  switch (prompt.kind) {
    case "single_choice":
      return new SingleChoiceTally(prompt.config) as Tally<ActivityKind, unknown>;
    case "multiple_choice":
      return new MultipleChoiceTally(prompt.config) as Tally<ActivityKind, unknown>;
    case "scale":
      return new ScaleTally(prompt.config.max) as Tally<ActivityKind, unknown>;
    case "word_cloud":
      return new WordCloudTally(safetyNet, locale) as Tally<ActivityKind, unknown>;
    case "open_text":
      return new OpenTextTally(safetyNet, locale) as Tally<ActivityKind, unknown>;
    case "ranking":
      return new RankingTally(prompt.config) as Tally<ActivityKind, unknown>;
  }
}
