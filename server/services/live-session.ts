// One running session held in memory: its record, steps, every participant's
// latest answer per prompt and the reactions. The database is written first;
// this mirror is updated only after the write succeeded, and is rebuilt from
// the database whenever the session is loaded.
import { AggregateState, emptyReactionCounts, moderationVersion, type PromptAggregate, type PromptInput, type ReactionCounts } from "../../lib/aggregation";
import { MODERATED_KINDS } from "../../lib/activities";
import { differingFrom, differsFromRelease, fingerprintsOf, releaseDue, visibleFingerprint, type Release } from "../../lib/aggregation/release";
import { isPlaceholderResource, withoutPlaceholders } from "../../content/asking-for-help";
import { cloudWordsFromAnswer } from "../../lib/words";
import { isProfaneIn } from "../../lib/profanity";
import type { Locale } from "../../lib/i18n/locales";
import { safetyNetFor, type SafetyNet } from "../../lib/distress-phrases";
import type { ConsoleState, RoomState, StepView, TimerState } from "../../lib/events";
import type { ModerationStatus, ResponseRecord } from "../repositories/response-repository";
import type { PromptRecord, SessionRecord, StepRecord } from "../repositories/session-repository";

/** Who a room view is for: the shared screen, or participants' phones. */
export type RoomAudience = "screen" | "phone";

/** A reaction turned on or off, as the mirror keeps it (from a command, a peer, or a re-read). */
export type ReactionChange = { stepId: string; participantId: string; kind: string; active: boolean };

/** Whether this audience may see the prompt's breakdown now. */
export function resultsVisibleTo(prompt: Pick<PromptRecord, "resultsRevealed" | "resultsShownOn">, audience: RoomAudience): boolean {
  if (!prompt.resultsRevealed) return false;
  return audience === "screen" || prompt.resultsShownOn === "everywhere";
}

export class LiveSession {
  /** promptId → participantId → latest response */
  readonly responses = new Map<string, Map<string, ResponseRecord>>();
  /** participantId → when they last asked for a pause (rate limit; never persisted) */
  readonly lastPauseRequest = new Map<string, number>();
  /** promptId → running tallies, updated per answer in O(1) instead of recounting */
  private readonly tallies = new Map<string, AggregateState>();
  /** promptId → participantId → what their response adds to the breakdown (lib/aggregation/release.ts) */
  private readonly fingerprints = new Map<string, Map<string, string | null>>();
  /**
   * Per prompt, the participants who differ from its release, kept up to date
   * answer by answer: every screen update asks how many (to decide on a
   * release, and for "N more not shown"), and counting them afresh each time
   * went over every answer of a 10,000-person room ten times a second. Worked
   * out again in full only when the prompt's release is another object.
   */
  private readonly differing = new Map<string, { release: Release | null; participants: Set<string> }>();
  /** participants the facilitator blocked (their answers are refused; the console never learns who) */
  blocked = new Map<string, { via: string; hidden: number }>();
  /** stepId → participantId → active reaction kinds */
  readonly reactions = new Map<string, Map<string, Set<string>>>();

  constructor(
    public record: SessionRecord,
    readonly steps: StepRecord[],
    public participantCount: number,
    readonly joinUrl: string,
    /** the deployment's retention in days (shown on the console beside the session's own choice) */
    readonly defaultRetentionDays = 30,
  ) {}

  get id() {
    return this.record.id;
  }

  private compiledNet: { phrases: readonly string[]; language: Locale; net: SafetyNet } | null = null;
  /** The safety net this session screens with: its language's and the English built-in lists plus its template's own phrases (compiled once). */
  get safetyNet(): SafetyNet {
    const phrases = this.record.safetyNetPhrases ?? [];
    const language = this.record.language;
    if (this.compiledNet?.phrases !== phrases || this.compiledNet.language !== language) this.compiledNet = { phrases, language, net: safetyNetFor(phrases, language) };
    return this.compiledNet.net;
  }

  /** The language the tallies and fingerprints were counted in (null: nothing counted yet). */
  private countedIn: Locale | null = null;
  /**
   * Word-cloud words are normalised and filtered, and answers screened, in the
   * session's language. It can change before the start (session:language):
   * then everything counted so far is counted again in the new one.
   */
  private followLanguage(): void {
    if (this.countedIn === this.record.language) return;
    const before = this.countedIn;
    this.countedIn = this.record.language;
    if (before === null) return;
    const remembered = [...this.responses.values()].flatMap((byParticipant) => [...byParticipant.values()]);
    this.responses.clear();
    this.tallies.clear();
    this.fingerprints.clear();
    this.differing.clear();
    for (const response of remembered) this.rememberResponse(response);
  }

  get currentStep(): StepRecord | null {
    return this.steps[this.record.currentStepIndex] ?? null;
  }

  findPrompt(promptId: string): PromptRecord | null {
    for (const step of this.steps) if (step.prompt?.id === promptId) return step.prompt;
    return null;
  }

  findStep(stepId: string): StepRecord | null {
    return this.steps.find((s) => s.id === stepId) ?? null;
  }

  responsesFor(promptId: string): Map<string, ResponseRecord> {
    let map = this.responses.get(promptId);
    if (!map) this.responses.set(promptId, (map = new Map()));
    return map;
  }

  private tally(prompt: PromptRecord): AggregateState {
    this.followLanguage();
    let state = this.tallies.get(prompt.id);
    if (!state) this.tallies.set(prompt.id, (state = new AggregateState(prompt as PromptInput, this.safetyNet, this.record.language)));
    return state;
  }

  /** Record a participant's latest response (new, changed or re-moderated). */
  rememberResponse(response: ResponseRecord) {
    const prompt = this.findPrompt(response.promptId);
    if (!prompt) return;
    this.followLanguage();
    const byParticipant = this.responsesFor(response.promptId);
    const previous = byParticipant.get(response.participantId) ?? null;
    this.tally(prompt).apply(response.participantId, previous as never, response as never);
    byParticipant.set(response.participantId, response);
    let prints = this.fingerprints.get(prompt.id);
    if (!prints) this.fingerprints.set(prompt.id, (prints = new Map()));
    const fingerprint = visibleFingerprint(prompt.kind, response, this.safetyNet);
    prints.set(response.participantId, fingerprint);
    const differing = this.differing.get(prompt.id);
    if (differing && differing.release === prompt.release) {
      if (differsFromRelease(prompt.release, response.participantId, fingerprint)) differing.participants.add(response.participantId);
      else differing.participants.delete(response.participantId);
    }
  }

  /** Set the moderation status of these answers (only answers that go through moderation). */
  applyModeration(promptId: string, responseIds: readonly string[], status: ModerationStatus) {
    const ids = new Set(responseIds);
    for (const response of [...this.responsesFor(promptId).values()])
      if (ids.has(response.id) && response.moderation !== null) this.rememberResponse({ ...response, moderation: status });
  }

  forgetResponses(promptId: string) {
    this.responses.delete(promptId);
    this.tallies.delete(promptId);
    this.fingerprints.delete(promptId);
    this.differing.delete(promptId);
  }

  // -- no differencing (lib/aggregation/release.ts) ---------------------------

  /** Participants whose visible contribution differs from the prompt's last release. */
  changedSinceRelease(prompt: PromptRecord): number {
    let differing = this.differing.get(prompt.id);
    if (!differing || differing.release !== prompt.release) {
      differing = { release: prompt.release, participants: differingFrom(prompt.release, this.fingerprints.get(prompt.id) ?? new Map()) };
      this.differing.set(prompt.id, differing);
    }
    return differing.participants.size;
  }

  /** The next release of this prompt, if one is due now (not yet stored, nor adopted). */
  releaseCandidate(prompt: PromptRecord): Release | null {
    const k = this.record.anonymityThreshold;
    const full = this.tally(prompt).snapshot(k);
    if (full.suppressed || full.result === null) return null;
    if (!releaseDue(prompt.release, full.answerCount, this.changedSinceRelease(prompt), k)) return null;
    const fingerprints = fingerprintsOf(this.fingerprints.get(prompt.id) ?? new Map());
    const release: Release = { generation: prompt.releaseGeneration + 1, result: full.result, shownCount: Object.keys(fingerprints).length, fingerprints };
    if (prompt.kind === "word_cloud") release.cloudWords = this.cloudWordsOf(prompt, fingerprints);
    return release;
  }

  /** The words the cloud counts for each participant it counts (what a later hide must take out again). */
  private cloudWordsOf(prompt: PromptRecord, counted: Record<string, string>): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [participantId, response] of this.responsesFor(prompt.id)) {
      if (counted[participantId] === undefined) continue;
      const raw = (response.value as { words?: unknown } | null)?.words;
      if (Array.isArray(raw)) out[participantId] = this.cloudWordsIn(raw);
    }
    return out;
  }

  /** The words an answer counts in this session's cloud (normalised and filtered in its language). */
  cloudWordsIn(raw: readonly unknown[]): string[] {
    const language = this.record.language;
    return cloudWordsFromAnswer(
      raw.filter((w): w is string => typeof w === "string"),
      (word) => isProfaneIn(language, word),
      language,
    ).words;
  }

  /** Take a release stored in the database (by this process or another); older ones are ignored. */
  adoptRelease(prompt: PromptRecord, generation: number, release: Release | null): boolean {
    if (generation <= prompt.releaseGeneration) return false;
    prompt.releaseGeneration = generation;
    prompt.release = release;
    return true;
  }

  /** One participant's reaction of one kind on a step, on (`active`) or off. */
  setReaction({ stepId, participantId, kind, active }: ReactionChange) {
    let byParticipant = this.reactions.get(stepId);
    if (!byParticipant) this.reactions.set(stepId, (byParticipant = new Map()));
    let kinds = byParticipant.get(participantId);
    if (!kinds) byParticipant.set(participantId, (kinds = new Set()));
    if (active) kinds.add(kind);
    else kinds.delete(kind);
  }

  reactionCounts(stepId: string): ReactionCounts {
    const counts = emptyReactionCounts();
    for (const kinds of this.reactions.get(stepId)?.values() ?? []) for (const k of kinds) counts[k as keyof ReactionCounts] += 1;
    return counts;
  }

  myReactions(stepId: string, participantId: string): string[] {
    return [...(this.reactions.get(stepId)?.get(participantId) ?? [])];
  }

  /**
   * What the facilitator sees: exact counts, and the breakdown as last
   * released (never a newer one: the facilitator is in the room too), with
   * how many participants' answers are not in it yet.
   */
  aggregate(prompt: PromptRecord): PromptAggregate {
    const full = this.tally(prompt).snapshot(this.record.anonymityThreshold);
    const release = prompt.release;
    return {
      ...full,
      suppressed: release === null,
      result: release?.result ?? null,
      shownCount: release?.shownCount ?? 0,
      // before the first release: every answer is not shown yet
      notShownCount: this.changedSinceRelease(prompt),
    } as PromptAggregate;
  }

  /** Whether the room is shown live counts (the session's setting; by default only once 2·k people joined). */
  countsShown(): boolean {
    const setting = this.record.hideCounts;
    if (setting !== null && setting !== undefined) return !setting;
    return this.participantCount >= 2 * this.record.anonymityThreshold;
  }

  /**
   * What the room (projector and phones) may see: the released breakdown
   * once revealed (on phones only when the prompt shows its results there too), and "responded" (answers and passes together, so nobody's
   * pass shows), or no count at all when counts are hidden. How many answers
   * are not in the breakdown is said only once the prompt has closed.
   */
  roomAggregate(prompt: PromptRecord, audience: RoomAudience = "screen"): PromptAggregate {
    const full = this.tally(prompt).snapshot(this.record.anonymityThreshold);
    const release = prompt.release;
    // "projector only" prompts keep the breakdown off every phone's wire
    const shown = resultsVisibleTo(prompt, audience) && release !== null;
    return {
      promptId: full.promptId,
      kind: full.kind,
      threshold: full.threshold,
      suppressed: release === null,
      result: shown ? release.result : null,
      answerCount: shown ? release.shownCount : 0,
      shownCount: shown ? release.shownCount : 0,
      respondedCount: this.countsShown() ? full.answerCount + (full.passCount ?? 0) : null,
      notShownCount: shown && prompt.state === "closed" ? this.changedSinceRelease(prompt) : null,
    } as PromptAggregate;
  }

  timer(): TimerState {
    return {
      runningSince: this.record.timerStartedAt ? this.record.timerStartedAt.getTime() : null,
      elapsedMs: this.record.timerElapsedMs,
      durationMs: this.record.timerDurationMs,
    };
  }

  stepView(step: StepRecord): StepView {
    const p = step.prompt;
    return {
      id: step.id,
      index: step.position,
      title: step.title,
      body: step.body,
      contentNote: step.contentNote,
      reactionsEnabled: step.reactionsEnabled,
      image: step.image ? { src: `/api/images/${step.image.id}`, alt: step.image.alt, onPhones: step.image.onPhones } : null,
      prompt: p
        ? {
            id: p.id,
            kind: p.kind,
            question: p.question,
            config: p.config,
            state: p.state,
            resultsRevealed: p.resultsRevealed,
            resultsShownOn: p.resultsShownOn,
            repeatOfId: p.repeatOfId,
          }
        : null,
    };
  }

  /** The room's view for projectors ("screen") or phones ("phone"): they differ only in "projector only" results. */
  roomState(audience: RoomAudience = "screen"): RoomState {
    const r = this.record;
    const step = r.status === "running" ? this.currentStep : null;
    return {
      sessionId: r.id,
      title: r.title,
      status: r.status,
      locked: r.locked,
      joinCode: r.joinCode,
      joinUrl: this.joinUrl,
      participantCount: this.participantCount,
      stepCount: this.steps.length,
      step: step ? this.stepView(step) : null,
      aggregate: step?.prompt ? this.roomAggregate(step.prompt, audience) : null,
      reactions: step ? this.reactionCounts(step.id) : emptyReactionCounts(),
      timer: this.timer(),
      contentNote: r.contentNote,
      resources: withoutPlaceholders(r.resources),
      anonymityThreshold: r.anonymityThreshold,
      language: r.language,
    };
  }

  consoleState(): ConsoleState {
    const step = this.currentStep;
    const room = this.roomState();
    return {
      ...room,
      // the facilitator previews the current step even in the lobby
      step: step ? this.stepView(step) : null,
      aggregate: step?.prompt ? this.aggregate(step.prompt) : null,
      reactions: step ? this.reactionCounts(step.id) : emptyReactionCounts(),
      steps: this.steps.map((s) => ({
        id: s.id,
        index: s.position,
        title: s.title,
        promptKind: s.prompt?.kind ?? null,
        promptState: s.prompt?.state ?? null,
      })),
      facilitatorNotes: step?.facilitatorNotes ?? "",
      moderation: step?.prompt ? this.moderationQueue(step.prompt) : null,
      pauseRequests: this.record.pauseRequests,
      // the answer each block was made from (the handle for undo), never the participant
      blockedAuthors: [...this.blocked.values()].map((b) => ({ via: b.via, hidden: b.hidden })),
      privacy: {
        hideCounts: this.record.hideCounts,
        countsShown: this.countsShown(),
        retentionDays: this.record.retentionDays,
        defaultRetentionDays: this.defaultRetentionDays,
        passphraseSet: this.record.passphraseHash !== null && this.record.passphraseHash !== undefined,
      },
      supportCard: this.record.resources,
      placeholderResources: this.record.resources.items.filter(isPlaceholderResource).length,
      templateId: this.record.templateId,
    };
  }

  /**
   * Free-text entries awaiting or past moderation. Below the anonymity
   * threshold even the facilitator sees only that entries exist.
   */
  moderationQueue(prompt: PromptRecord): ConsoleState["moderation"] {
    if (!MODERATED_KINDS.has(prompt.kind)) return null;
    const queue = this.tally(prompt).moderationQueue(this.record.anonymityThreshold);
    if (queue.entries.length === 0) return queue;
    // each entry carries the version of what it shows, for the decision to send back
    const byId = new Map<string, ResponseRecord>();
    for (const response of this.responsesFor(prompt.id).values()) byId.set(response.id, response);
    for (const entry of queue.entries) if (entry.responseId) entry.version = moderationVersion(byId.get(entry.responseId)?.value);
    return queue;
  }
}
