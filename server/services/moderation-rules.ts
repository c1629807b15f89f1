// What of the room's answers reaches the wall, and when: the facilitator's
// moderation decisions, blocking (and unblocking) an answer's author, and the
// releases of a prompt's breakdown (no differencing: lib/aggregation/release.ts).
// Every rule persists first and updates the in-memory mirror only after the
// write succeeded; several processes may store a release at once, and the
// one stored first wins everywhere (./release-rules.ts).
import { MODERATED_KINDS } from "../../lib/activities";
import { moderationVersion } from "../../lib/aggregation";
import { answerMayNeedCare } from "../../lib/distress-phrases";
import type { Repositories } from "../repositories";
import type { ModerationStatus } from "../repositories/response-repository";
import type { PromptRecord } from "../repositories/session-repository";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import { createReleaseRules } from "./release-rules";
import { refuseIfEnded } from "./session-guards";

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

export function createModerationRules({ repositories: repos }: { repositories: Repositories }) {
  const releases = createReleaseRules({ repositories: repos });

  const rules = {
    /** See ./release-rules.ts: a new release of the breakdown stored if one is due; true when it changed. */
    releaseIfDue: releases.releaseIfDue,
    adoptStoredRelease: releases.adoptStoredRelease,

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
      if (status === "hidden") await releases.retract(session, prompt, updated);
      return updated;
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
      // What to restore is decided before the first await: a replica refresh
      // during one (another process's change) re-inserts prompts into
      // session.responses, and a Map's iterator would visit them again.
      const restored = new Map<string, { ids: string[]; status: ModerationStatus }[]>();
      for (const [pid, byParticipant] of session.responses) {
        const mine = byParticipant.get(undone.id);
        const status = mine && (undone.prior[mine.id] as ModerationStatus | undefined);
        if (mine && status) restored.set(pid, [{ ids: [mine.id], status }]);
      }
      for (const [pid, [group]] of restored) {
        const prompt = session.findPrompt(pid);
        if (prompt && group) await rules.moderate({ session, prompt, responseIds: group.ids, status: group.status });
      }
      return { participantId: undone.id, restored };
    },
  };
  return rules;
}
