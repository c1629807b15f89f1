// The rules of a live session. Every command persists first and updates the
// in-memory LiveSession only after the write succeeded; callers acknowledge
// and broadcast afterwards. Authorisation helpers live here too, so every
// handler asks the same question the same way.
import { checkAnswer, LIMITS, MODERATED_KINDS, type AnyAnswerValue } from "../../lib/activities";
import { moderationVersion, retractFromRelease } from "../../lib/aggregation";
import { cloudWordsFromAnswer, isProfane } from "../../lib/words";
import { formatJoinCode, generateJoinCode, normaliseJoinCode } from "../../lib/join-code";
import { cleanUserText } from "../../lib/user-text";
import { answerMayNeedCare } from "../../lib/distress-phrases";
import type { OwnAnswer, ParticipantJoined, SupportResources } from "../../lib/events";
import { templateContentSchema } from "../../lib/template-schema";
import type { Repositories } from "../repositories";
import type { ModerationStatus, ResponseRecord } from "../repositories/response-repository";
import type { PromptRecord } from "../repositories/session-repository";
import type { AuditAction } from "../repositories/audit-repository";
import { createAnswerWriter } from "./answer-writer";
import { HearthError, notFound } from "./hearth-error";
import { LiveSession } from "./live-session";
import { createSessionAccess, type SessionAction } from "./session-access";
import { captureLiveState, mergeLiveState, replaceAnswersAndReactions } from "./live-session-sync";
import { hashParticipantToken, newParticipantToken } from "./participant-token";
import { hashPassphrase, passphraseMatches } from "./passphrase";

export type SessionServiceOptions = {
  repositories: Repositories;
  /** where participants join, e.g. http://192.168.1.20:3000 — used for the join link and QR code */
  publicUrl: () => string;
  /** how often one participant's "I need a pause" counts (default one minute) */
  pauseRequestIntervalMs?: number;
  /** answer batches written at once (server/services/answer-writer.ts): 1 for SQLite, a few for PostgreSQL */
  answerBatchesInFlight?: number;
  /** the deployment's retention in days (server/services/retention-service.ts): a session may choose fewer, never more */
  retentionDays?: number;
};

export const DEFAULT_ANONYMITY_THRESHOLD = 3;
const STEP_TIMER_MS = 0;
/** a participant's "I need a pause" counts once per minute */
export const PAUSE_REQUEST_INTERVAL_MS = 60_000;

export function createSessionService({
  repositories: repos,
  publicUrl,
  pauseRequestIntervalMs = PAUSE_REQUEST_INTERVAL_MS,
  answerBatchesInFlight = 1,
  retentionDays = 30,
}: SessionServiceOptions) {
  const live = new Map<string, Promise<LiveSession>>();
  const access = createSessionAccess(repos.coFacilitators, repos.teams);
  const forgetListeners: ((sessionId: string) => void)[] = [];
  // answers are stored in batches; each one settles when its batch committed
  const answers = createAnswerWriter(repos.responses, { concurrency: answerBatchesInFlight });

  /** What a session holds besides its record and steps: read for a load and for a full refresh. */
  function readContents(sessionId: string) {
    return Promise.all([repos.participants.countForSession(sessionId), repos.responses.listForSession(sessionId), repos.reactions.listForSession(sessionId)]);
  }

  async function load(sessionId: string): Promise<LiveSession> {
    const record = await repos.sessions.findById(sessionId);
    if (!record) throw notFound("session");
    const [steps, [participantCount, responses, reactions]] = await Promise.all([repos.sessions.loadSteps(sessionId), readContents(sessionId)]);
    const session = new LiveSession(record, steps, participantCount, joinUrlFor(record.joinCode), retentionDays);
    replaceAnswersAndReactions(session, responses, reactions);
    await readBlocked(session);
    return session;
  }

  function joinUrlFor(joinCode: string) {
    return `${publicUrl().replace(/\/$/, "")}/j/${joinCode}`;
  }

  /** The live mirror of a session, loaded once and shared by every socket. */
  function get(sessionId: string): Promise<LiveSession> {
    let entry = live.get(sessionId);
    if (!entry) {
      entry = load(sessionId);
      live.set(sessionId, entry);
      entry.catch(() => live.delete(sessionId));
    }
    return entry;
  }

  /**
   * The session, if `facilitatorId` may do `action` on it (the rule is in
   * ./session-access.ts); otherwise UNAUTHENTICATED, FORBIDDEN, or the same
   * NOT_FOUND as a missing session.
   */
  async function authorised(sessionId: string, facilitatorId: string | null, action: SessionAction): Promise<LiveSession> {
    if (!facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as one of the session's facilitators first.");
    const session = await get(sessionId).catch((error) => {
      if (error instanceof HearthError && error.code === "NOT_FOUND") throw notFound("session");
      throw error;
    });
    await access.authorise(session.record, facilitatorId, action);
    return session;
  }

  /** Owner-only actions (settings): what a new command gets unless it asks for less. */
  const getOwned = (sessionId: string, facilitatorId: string | null) => authorised(sessionId, facilitatorId, "change-settings");

  function requirePrompt(session: LiveSession, promptId: string): PromptRecord {
    const prompt = session.findPrompt(promptId);
    if (!prompt) throw notFound("prompt");
    return prompt;
  }

  async function readBlocked(session: LiveSession) {
    session.blocked = new Map((await repos.participants.listBlocked(session.id)).map((b) => [b.id, { via: b.via, hidden: b.hidden }]));
  }

  // prompts whose release is being stored right now (one attempt at a time per prompt)
  const releasing = new Set<string>();

  /** Read the stored release and adopt it if it is newer than ours. */
  async function rereadRelease(session: LiveSession, prompt: PromptRecord) {
    const stored = await repos.sessions.readRelease(prompt.id);
    if (stored) session.adoptRelease(prompt, stored.releaseGeneration, stored.release);
  }

  async function uniqueJoinCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = generateJoinCode();
      if (!(await repos.sessions.joinCodeExists(code))) return code;
    }
    throw new HearthError("INTERNAL", "Could not find a free join code; please try again.");
  }

  /**
   * Hidden answers leave the breakdown the room sees at once, not at the next
   * release: the facilitator decided it, and nothing new about anyone is shown.
   */
  async function retract(session: LiveSession, prompt: PromptRecord, responseIds: string[]) {
    const ids = new Set(responseIds);
    const retracted: { participantId: string; responseId: string; words?: string[] }[] = [];
    for (const r of session.responsesFor(prompt.id).values()) {
      if (!ids.has(r.id)) continue;
      const raw = (r.value as { words?: unknown } | null)?.words;
      const words = Array.isArray(raw) ? cloudWordsFromAnswer(raw.filter((w): w is string => typeof w === "string"), isProfane).words : undefined;
      retracted.push({ participantId: r.participantId, responseId: r.id, words });
    }
    // another process may store a release meanwhile: then retract from that one
    for (let attempt = 0; attempt < 3 && prompt.release; attempt++) {
      const next = retractFromRelease(prompt.kind, prompt.release, retracted);
      if (next === prompt.release) return;
      const generation = prompt.releaseGeneration + 1;
      if (await repos.sessions.saveRelease(prompt.id, prompt.releaseGeneration, { ...next, generation })) {
        session.adoptRelease(prompt, generation, { ...next, generation });
        return;
      }
      await rereadRelease(session, prompt);
    }
  }

  return {
    /** the deployment's retention in days */
    retentionDays,
    get,
    getOwned,
    authorised,
    access,
    /** Drop the in-memory mirror (its rows were deleted); the next `get` reloads from the database. */
    forget(sessionId: string) {
      live.delete(sessionId);
      for (const listener of forgetListeners) listener(sessionId);
    },
    /** Called after `forget` (other processes drop their copy too: server/realtime/cluster.ts). */
    onForget(listener: (sessionId: string) => void) {
      forgetListeners.push(listener);
    },
    /** The mirror if this process holds it (loaded or still loading); never loads it. */
    peek(sessionId: string): Promise<LiveSession> | undefined {
      return live.get(sessionId);
    },
    /** The sessions this process holds in memory. */
    loadedSessionIds(): string[] {
      return [...live.keys()];
    },
    /**
     * Bring a session held in memory up to date with the database, in place
     * (another process changed it): the record and the prompts' state, and
     * with `full` also the answers, reactions and participant count
     * (server/services/live-session-sync.ts). Null when it is not in memory.
     */
    async refresh(sessionId: string, options: { full?: boolean } = {}): Promise<LiveSession | null> {
      const session = await live.get(sessionId)?.catch(() => null);
      if (!session) return null;
      const base = captureLiveState(session);
      const [record, steps, data] = await Promise.all([
        repos.sessions.findById(sessionId),
        repos.sessions.loadSteps(sessionId),
        options.full ? readContents(sessionId) : null,
      ]);
      if (!record || live.get(sessionId) === undefined) return session;
      mergeLiveState(session, base, record, steps);
      await readBlocked(session);
      if (data) {
        session.participantCount = data[0];
        replaceAnswersAndReactions(session, data[1], data[2]);
      }
      return session;
    },
    /** The participant count from the database (the source of truth when several processes take joins). */
    async recountParticipants(session: LiveSession) {
      // counts only grow during a session: an older, slower count never lowers a newer one
      session.participantCount = Math.max(session.participantCount, await repos.participants.countForSession(session.id));
    },
    joinUrlFor,
    formatJoinCode,
    /** One line in the session's audit trail (facilitators' actions only). */
    recordAudit: (entry: { sessionId: string; actorId: string; action: AuditAction; detail?: string }) => repos.audit.record(entry),
    /** Wait for every answer already received to be stored (graceful shutdown). */
    flushAnswers: () => answers.flush(),

    /** `teamId`: the team it is run for (the owner's current team, checked by the caller), listed for its admins. */
    async createSession(input: { ownerId: string; templateId: string; title?: string; anonymityThreshold?: number; teamId?: string | null }) {
      const template = await repos.templates.findVisible(input.templateId, input.ownerId);
      if (!template) throw notFound("template");
      const content = templateContentSchema.parse(template.content);
      const record = await repos.sessions.createFromTemplate({
        ownerId: input.ownerId,
        templateId: template.id,
        title: input.title?.trim() || content.title,
        joinCode: await uniqueJoinCode(),
        anonymityThreshold: input.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
        content,
        teamId: input.teamId ?? null,
      });
      return record;
    },

    // -- participants -------------------------------------------------------

    /**
     * `current`: the participant this connection already is, with its token
     * (kept in the connection's memory only). One connection is one
     * participant: joining the same session again without a valid token of
     * that session returns that participant instead of making another row.
     */
    async joinParticipant(
      input: { code: string; token?: string; passphrase?: string },
      current?: { id: string; sessionId: string; token: string } | null,
    ): Promise<Omit<ParticipantJoined, "checkIn"> & { participantId: string; created: boolean }> {
      const code = normaliseJoinCode(input.code);
      const record = code ? await repos.sessions.findByJoinCode(code) : null;
      if (!record) throw new HearthError("NOT_FOUND", "No session has that code. Check the code on the screen and try again.");
      if (record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended. Thank you for being part of it.");
      const session = await get(record.id);

      let token = input.token;
      let participant = token ? await repos.participants.findByTokenHash(hashParticipantToken(token)) : null;
      if (participant && participant.sessionId !== session.id) participant = null; // a token is valid for one session only
      if (!participant && current?.sessionId === session.id) {
        participant = { id: current.id, sessionId: current.sessionId, number: 0 };
        token = current.token;
      }
      let created = false;
      if (!participant) {
        // a locked session lets existing participants back in, but nobody new
        if (session.record.locked) throw new HearthError("SESSION_LOCKED", "This session is not taking new participants right now. Ask the facilitator.");
        // someone new needs the word said in the room (a returning device has its token)
        const hash = session.record.passphraseHash;
        if (hash) {
          if (!input.passphrase?.trim()) throw new HearthError("PASSPHRASE_REQUIRED", "This session has a passphrase. The facilitator says it in the room.");
          if (!passphraseMatches(session.id, input.passphrase, hash))
            throw new HearthError("PASSPHRASE_WRONG", "That is not the passphrase. Check with the facilitator and try again.");
        }
        token = newParticipantToken();
        participant = await repos.participants.create(session.id, hashParticipantToken(token));
        session.participantCount += 1;
        created = true;
      }
      const answers: OwnAnswer[] = [];
      for (const [promptId, byParticipant] of session.responses) {
        const mine = byParticipant.get(participant.id);
        if (mine) answers.push({ promptId, passed: mine.passed, value: mine.value });
      }
      const step = session.currentStep;
      return {
        participantId: participant.id,
        created,
        participantToken: token!,
        sessionId: session.id,
        state: session.roomState("phone"),
        answers,
        myReactions: step ? session.myReactions(step.id, participant.id) : [],
        ...(session.blocked.has(participant.id) ? { blocked: true } : {}),
      };
    },

    async submitAnswer(
      participant: { id: string; sessionId: string },
      input: { promptId: string; pass?: true; value?: unknown },
    ): Promise<{ session: LiveSession; response: ResponseRecord }> {
      const session = await get(participant.sessionId);
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended; answers are no longer collected.");
      const prompt = requirePrompt(session, input.promptId);
      if (session.blocked.has(participant.id))
        throw new HearthError("FORBIDDEN", "The facilitator has stopped answers from this phone for this session. You can still follow along.");
      if (prompt.state !== "open") throw new HearthError("PROMPT_CLOSED", "This question is not taking answers right now.");

      let value: AnyAnswerValue | null = null;
      if (!input.pass) {
        const checked = checkAnswer(prompt.kind, prompt.config, cleanAnswerText(prompt.kind, input.value));
        if (!checked.ok) throw new HearthError("INVALID_ANSWER", checked.message);
        value = checked.value;
      }
      const moderated = MODERATED_KINDS.has(prompt.kind) && !input.pass;
      const response = await answers.write({
        sessionId: session.id,
        promptId: prompt.id,
        participantId: participant.id,
        passed: Boolean(input.pass),
        value,
        // a changed free-text answer goes back through moderation
        moderation: moderated ? "pending" : null,
      });
      session.rememberResponse(response);
      return { session, response };
    },

    async toggleReaction(participant: { id: string; sessionId: string }, input: { stepId: string; kind: string }) {
      const session = await get(participant.sessionId);
      const step = session.findStep(input.stepId);
      if (!step) throw notFound("step");
      refuseIfEnded(session);
      if (!step.reactionsEnabled) throw new HearthError("FORBIDDEN", "Reactions are not open on this step.");
      if (session.currentStep?.id !== step.id || session.record.status !== "running")
        throw new HearthError("FORBIDDEN", "Reactions are open only on the step the room is on.");
      const active = await repos.reactions.toggle({ sessionId: session.id, stepId: step.id, participantId: participant.id, kind: input.kind });
      session.setReaction(step.id, participant.id, input.kind, active);
      return { session, active, counts: session.reactionCounts(step.id) };
    },

    async requestPause(participant: { id: string; sessionId: string }) {
      const session = await get(participant.sessionId);
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      // one request per participant per minute: the count stays meaningful ("how many people"), not "how many taps"
      const last = session.lastPauseRequest.get(participant.id) ?? 0;
      if (Date.now() - last < pauseRequestIntervalMs)
        throw new HearthError("RATE_LIMITED", "Your pause request has already reached the facilitator. Take the time you need.");
      session.lastPauseRequest.set(participant.id, Date.now());
      // incremented in the database, so simultaneous requests are all counted
      session.record.pauseRequests = await repos.sessions.incrementPauseRequests(session.id);
      return session;
    },

    // -- facilitator --------------------------------------------------------

    async start(session: LiveSession) {
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      if (session.record.status === "running") return;
      const patch = { status: "running" as const, startedAt: session.record.startedAt ?? new Date() };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    async end(session: LiveSession) {
      if (session.record.status === "ended") return;
      const patch = { status: "ended" as const, endedAt: new Date(), timerStartedAt: null };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
      // closing the open prompts keeps late answers out of the record
      for (const step of session.steps) if (step.prompt?.state === "open") await this.setPromptState(session, step.prompt, "closed");
    },

    /** The anonymity settings; a session may keep its responses for less time than the deployment, never more. */
    async updatePrivacy(session: LiveSession, input: { hideCounts?: boolean | null; retentionDays?: number | null; passphrase?: string | null }) {
      const patch: { hideCounts?: boolean | null; retentionDays?: number | null; passphraseHash?: string | null } = {};
      if (input.passphrase !== undefined) patch.passphraseHash = input.passphrase === null ? null : hashPassphrase(session.id, input.passphrase);
      if (input.hideCounts !== undefined) patch.hideCounts = input.hideCounts;
      if (input.retentionDays !== undefined) {
        if (input.retentionDays !== null && input.retentionDays > retentionDays)
          throw new HearthError("BAD_REQUEST", `This Hearth keeps responses for at most ${retentionDays} days after a session ends; choose ${retentionDays} or fewer.`);
        patch.retentionDays = input.retentionDays;
      }
      if (Object.keys(patch).length === 0) return;
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    /**
     * Block the author of an answer: every moderated answer they gave in this
     * session is hidden (statuses kept for undo) and they cannot answer any
     * more. The facilitator names an answer; the server finds the person and
     * never tells who it is. Returns who (for the server's own use) and what
     * was hidden, per prompt.
     */
    async blockAuthor(session: LiveSession, promptId: string, responseId: string) {
      refuseIfEnded(session);
      const response = [...session.responsesFor(promptId).values()].find((r) => r.id === responseId);
      if (!response) throw notFound("answer");
      const participantId = response.participantId;
      if (session.blocked.has(participantId)) return { participantId, hidden: new Map<string, string[]>() };
      const prior: Record<string, string> = {};
      const hidden = new Map<string, string[]>();
      for (const [pid, byParticipant] of session.responses) {
        const mine = byParticipant.get(participantId);
        if (!mine || mine.moderation === null || mine.moderation === "hidden") continue;
        prior[mine.id] = mine.moderation;
        hidden.set(pid, [mine.id]);
      }
      await repos.participants.block(participantId, responseId, prior, new Date());
      session.blocked.set(participantId, { via: responseId, hidden: Object.keys(prior).length });
      for (const [pid, ids] of hidden) {
        const prompt = session.findPrompt(pid);
        if (prompt) await this.moderate(session, prompt, ids, "hidden");
      }
      return { participantId, hidden };
    },

    /** Undo a block until the session ends: answers allowed again, hidden answers back to what they were. */
    async unblockAuthor(session: LiveSession, via: string) {
      refuseIfEnded(session);
      const undone = await repos.participants.unblock(session.id, via);
      // not (or no longer) blocked: nothing to undo, and nothing to tell
      if (!undone) return { participantId: null, restored: new Map<string, { ids: string[]; status: ModerationStatus }[]>() };
      session.blocked.delete(undone.id);
      const restored = new Map<string, { ids: string[]; status: ModerationStatus }[]>();
      for (const [pid, byParticipant] of session.responses) {
        const mine = byParticipant.get(undone.id);
        const status = mine && (undone.prior[mine.id] as ModerationStatus | undefined);
        if (!mine || !status) continue;
        const prompt = session.findPrompt(pid);
        if (prompt) await this.moderate(session, prompt, [mine.id], status);
        restored.set(pid, [...(restored.get(pid) ?? []), { ids: [mine.id], status }]);
      }
      return { participantId: undone.id, restored };
    },

    async setLocked(session: LiveSession, locked: boolean) {
      refuseIfEnded(session);
      await repos.sessions.update(session.id, { locked });
      session.record.locked = locked;
    },

    async gotoStep(session: LiveSession, index: number) {
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      if (index < 0 || index >= session.steps.length) throw new HearthError("BAD_REQUEST", `There is no step ${index + 1}; this session has ${session.steps.length}.`);
      // moving to a step starts the session (leaves the lobby) and resets the step timer
      const patch = {
        currentStepIndex: index,
        status: "running" as const,
        startedAt: session.record.startedAt ?? new Date(),
        timerStartedAt: null,
        timerElapsedMs: 0,
        timerDurationMs: STEP_TIMER_MS,
      };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    async setPromptState(session: LiveSession, prompt: PromptRecord, state: "open" | "closed") {
      if (state === "open" && session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      await repos.sessions.updatePrompt(prompt.id, { state });
      prompt.state = state;
    },

    async setRevealed(prompt: PromptRecord, resultsRevealed: boolean) {
      await repos.sessions.updatePrompt(prompt.id, { resultsRevealed });
      prompt.resultsRevealed = resultsRevealed;
    },

    async resetPrompt(session: LiveSession, prompt: PromptRecord) {
      // the answers of an ended session are its record: deleting them is retention's own route (DELETE …/responses)
      refuseIfEnded(session);
      await repos.responses.deleteForPrompt(prompt.id);
      const generation = await repos.sessions.clearRelease(prompt.id);
      session.forgetResponses(prompt.id);
      session.adoptRelease(prompt, generation, null);
    },

    /**
     * No differencing (lib/aggregation/release.ts): if a new release of this
     * prompt's breakdown is due, store it — only if nobody stored another
     * since ours (several processes) — and adopt it, or adopt the one that
     * won. Nothing is shown that was not stored first. True when the prompt's
     * release changed.
     */
    async releaseIfDue(session: LiveSession, prompt: PromptRecord): Promise<boolean> {
      if (releasing.has(prompt.id)) return false;
      const candidate = session.releaseCandidate(prompt);
      if (!candidate) return false;
      releasing.add(prompt.id);
      try {
        const before = prompt.releaseGeneration;
        if (await repos.sessions.saveRelease(prompt.id, candidate.generation - 1, candidate)) session.adoptRelease(prompt, candidate.generation, candidate);
        else await rereadRelease(session, prompt);
        return prompt.releaseGeneration !== before;
      } finally {
        releasing.delete(prompt.id);
      }
    },

    /**
     * Set the moderation status of these answers. With `versions` (what the
     * console showed), an answer edited since is left as it is, pending, so
     * nothing reaches the wall unseen. Returns the ids that were changed.
     */
    async moderate(session: LiveSession, prompt: PromptRecord, responseIds: string[], status: ModerationStatus, versions?: Record<string, string>, individual = false) {
      if (!MODERATED_KINDS.has(prompt.kind)) throw new HearthError("BAD_REQUEST", "Only open-text and word-cloud answers are moderated.");
      const current = versions ? (row: { id: string; value: unknown }) => versions[row.id] === moderationVersion(row.value) : () => true;
      // the safety net: an answer that may need care is approved only by a decision on it alone (lib/events.ts)
      const seen = status === "approved" && !individual ? (row: { id: string; value: unknown }) => current(row) && !answerMayNeedCare(row.value, session.safetyNet) : current;
      const updated = await repos.responses.setModeration(prompt.id, responseIds, status, seen);
      session.applyModeration(prompt.id, updated, status);
      if (status === "hidden") await retract(session, prompt, updated);
      return updated;
    },

    async controlTimer(session: LiveSession, action: "start" | "pause" | "add_minute" | "reset") {
      refuseIfEnded(session);
      const r = session.record;
      const now = Date.now();
      const running = r.timerStartedAt !== null;
      let patch: { timerStartedAt?: Date | null; timerElapsedMs?: number; timerDurationMs?: number } = {};
      if (action === "start" && !running) patch = { timerStartedAt: new Date(now) };
      if (action === "pause" && running) patch = { timerStartedAt: null, timerElapsedMs: r.timerElapsedMs + (now - r.timerStartedAt!.getTime()) };
      if (action === "add_minute") patch = { timerDurationMs: Math.min(r.timerDurationMs + 60_000, 6 * 60 * 60_000) };
      if (action === "reset") patch = { timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: 0 };
      if (Object.keys(patch).length === 0) return;
      await repos.sessions.update(session.id, patch);
      Object.assign(r, patch);
    },

    /**
     * The facilitator's support card for this session (filling in the starter
     * placeholders before they start, say). With `saveToTemplate`, their own
     * template gets it too; a built-in template is read-only and is left as
     * it is. Returns whether the template was saved.
     */
    async setResources(session: LiveSession, resources: SupportResources, saveToTemplate: boolean): Promise<boolean> {
      refuseIfEnded(session);
      await repos.sessions.update(session.id, { resources });
      session.record.resources = resources;
      if (!saveToTemplate || !session.record.templateId) return false;
      const template = await repos.templates.findVisible(session.record.templateId, session.record.ownerId);
      if (!template || template.ownerId !== session.record.ownerId) return false;
      const content = templateContentSchema.parse(template.content);
      return (await repos.templates.updateEditable(template.id, session.record.ownerId, { ...content, resources })) !== null;
    },

    async resetPauseRequests(session: LiveSession) {
      await repos.sessions.update(session.id, { pauseRequests: 0 });
      session.record.pauseRequests = 0;
    },

    requirePrompt,
  };
}

/**
 * What an ended session still takes, command by command: watching it (console
 * and projector), ending it again (a no-op), closing prompts, revealing and
 * hiding results and moderating (the room and the summary may still look at
 * what was said), and clearing the pause count. Everything that would change
 * the live session itself — starting, moving, opening, locking, the timer,
 * resetting a prompt, answers, reactions, pause requests — is SESSION_ENDED.
 */
function refuseIfEnded(session: LiveSession) {
  if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
}

/**
 * Free text from a phone is cleaned (control and bidi characters, whitespace)
 * before it is checked; text that is empty or too long once cleaned is refused
 * with cleanUserText's own message.
 */
function cleanAnswerText(kind: string, raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const value = raw as Record<string, unknown>;
  const clean = (text: string, maxLength: number, multiline: boolean) => {
    const cleaned = cleanUserText(text, { maxLength, multiline });
    if (!cleaned.ok) throw new HearthError("INVALID_ANSWER", cleaned.message);
    return cleaned.text;
  };
  if (kind === "open_text" && typeof value.text === "string") return { ...value, text: clean(value.text, LIMITS.openTextMax, true) };
  if (kind === "word_cloud" && Array.isArray(value.words))
    return { ...value, words: value.words.map((w) => (typeof w === "string" ? clean(w, LIMITS.wordLength, false) : w)) };
  return raw;
}

export type SessionService = ReturnType<typeof createSessionService>;
