// What a session's facilitators may do while it is live: start, move, open,
// close, reveal, moderate, block, time, and the session's settings. Every
// rule persists first and updates the in-memory mirror only after the write
// succeeded; the caller acknowledges and then applies the change
// (server/realtime/changes.ts). Who may call which is decided before
// (server/services/session-access.ts through the service's `authorised`).
import { MODERATED_KINDS } from "../../lib/activities";
import { moderationVersion, retractFromRelease } from "../../lib/aggregation";
import { answerMayNeedCare } from "../../lib/distress-phrases";
import type { SupportResources } from "../../lib/events";
import { templateContentSchema } from "../../lib/template-schema";
import { cloudWordsFromAnswer, isProfane } from "../../lib/words";
import type { Repositories } from "../repositories";
import type { ModerationStatus } from "../repositories/response-repository";
import type { PromptRecord } from "../repositories/session-repository";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import { hashPassphrase } from "./passphrase";
import { refuseIfEnded } from "./session-guards";

const STEP_TIMER_MS = 0;

/** One moderation decision: these answers to this prompt get `status`. */
export type ModerationDecision = {
  session: LiveSession;
  prompt: PromptRecord;
  responseIds: string[];
  status: ModerationStatus;
  /** what the console showed, per answer: an answer edited since is left pending */
  versions?: Record<string, string>;
  /** a decision on this answer alone (the safety net lets only those approve an answer that may need care) */
  individual?: boolean;
};

export type FacilitatorRulesOptions = {
  repositories: Repositories;
  /** the deployment's retention in days: a session may choose fewer, never more */
  retentionDays: number;
};

export function createFacilitatorRules({ repositories: repos, retentionDays }: FacilitatorRulesOptions) {
  // prompts whose release is being stored right now (one attempt at a time per prompt)
  const releasing = new Set<string>();

  /** Read the stored release and adopt it if it is newer than ours. */
  async function rereadRelease(session: LiveSession, prompt: PromptRecord) {
    const stored = await repos.sessions.readRelease(prompt.id);
    if (stored) session.adoptRelease(prompt, stored.releaseGeneration, stored.release);
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

  const rules = {
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
      for (const step of session.steps) if (step.prompt?.state === "open") await rules.setPromptState(session, step.prompt, "closed");
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
        if (prompt) await rules.moderate({ session, prompt, responseIds: ids, status: "hidden" });
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
        if (prompt) await rules.moderate({ session, prompt, responseIds: [mine.id], status });
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
    async moderate({ session, prompt, responseIds, status, versions, individual = false }: ModerationDecision) {
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
  };
  return rules;
}
