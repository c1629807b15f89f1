// Keeping this process's replica of a session in step with the database
// (./cluster.ts): the changes another process made are applied to the
// replica from their sync message, or re-read from the database, which stays
// the source of truth. Reads are one at a time per session, retried a few
// times when the database does not answer, and what changed during a full
// read is re-applied on top of it.
import { assertNever } from "../../lib/assert-never";
import type { Logger } from "../logger";
import type { LiveSession } from "../services/live-session";
import type { SessionService } from "../services/session-service";
import type { SyncMessage } from "./sync-messages";

/** after a reset or a moderation decision, reload the session from the database this much later (see settle) */
export const SETTLE_MS = 1000;
const REFRESH_RETRIES = 5;
const REFRESH_RETRY_MS = 2000;

/** What this process's sockets are told after a read: "session" for the whole room, "console" for consoles only. */
export type Announce = "session" | "console";
type RefreshState = { want: "light" | "full" | null; announce: Announce; replay: SyncMessage[] | null };

/** The change itself, on this replica (also what a replay re-applies: every case is idempotent). */
export function applyToReplica(session: LiveSession, message: SyncMessage): void {
  switch (message.kind) {
    case "answers":
      for (const response of message.responses) session.rememberResponse(response);
      return;
    case "prompt-reset": {
      session.forgetResponses(message.promptId);
      // its release went with the answers; the reload afterwards brings the new generation
      const prompt = session.findPrompt(message.promptId);
      if (prompt) prompt.release = null;
      return;
    }
    case "moderation":
      session.applyModeration(message.promptId, message.responseIds, message.status);
      return;
    case "reaction":
      session.setReaction({ stepId: message.stepId, participantId: message.participantId, kind: message.reaction, active: message.active });
      return;
    // re-read from the database, never applied from the message (nor replayed)
    case "session":
    case "released":
    case "console":
    case "joined":
    case "check-ins":
    case "check-in-answered":
    case "forget":
    case "resync":
      return;
    default:
      assertNever(message, "sync message");
  }
}

export type ReplicaRefreshOptions = {
  sessions: Pick<SessionService, "peek" | "refresh">;
  /** a read finished: tell this process's sockets */
  onRefreshed: (session: LiveSession, announce: Announce) => void;
  logger: Logger;
};

export function createReplicaRefresh({ sessions, onRefreshed, logger: log }: ReplicaRefreshOptions) {
  let closed = false;
  const refreshing = new Map<string, RefreshState>();
  /** sessions whose last reload failed (the database did not answer): how often in a row */
  const failures = new Map<string, number>();
  const settling = new Map<string, NodeJS.Timeout>();

  /**
   * Re-read a session this process holds, one read at a time per session
   * (reads finishing out of order could leave an older state last); requests
   * arriving meanwhile are folded into one more read. "full" also reloads
   * answers, reactions and the participant count; the changes seen during a
   * full read are re-applied on top of it.
   */
  function schedule(sessionId: string, mode: "light" | "full", announce: Announce = "session") {
    if (closed) return;
    // a full read may change anything: the whole room is told
    const wider = (a: Announce): Announce => (mode === "full" || announce === "session" ? "session" : a);
    const current = refreshing.get(sessionId);
    if (current) {
      current.want = current.want === "full" || mode === "full" ? "full" : "light";
      current.announce = wider(current.announce);
      return;
    }
    if (!sessions.peek(sessionId)) return;
    const entry: RefreshState = { want: mode, announce: wider("console"), replay: null };
    refreshing.set(sessionId, entry);
    void (async () => {
      let failed: "light" | "full" | null = null;
      let failedAnnounce: Announce = "session";
      while (entry.want && !closed) {
        const full = entry.want === "full";
        const announce = entry.announce;
        entry.want = null;
        entry.announce = "console";
        if (full) entry.replay = [];
        try {
          const session = await sessions.refresh(sessionId, { full });
          if (session && full) {
            replay(session, entry);
            // a change applied here just before the reload landed may only now be reported: one more turn
            await new Promise<void>((resolve) => setImmediate(resolve));
            replay(session, entry);
          }
          entry.replay = null;
          failures.delete(sessionId);
          if (session) onRefreshed(session, announce);
        } catch (error) {
          entry.replay = null;
          failed = full || entry.want === "full" ? "full" : "light";
          failedAnnounce = announce === "session" || (entry.announce as Announce) === "session" ? "session" : "console";
          log.warn({ err: error }, "could not reload a session from the database");
          break;
        }
      }
      refreshing.delete(sessionId);
      const retryMode = failed;
      if (!retryMode || closed) return;
      // try again a few times: the database may be back in a moment
      const attempt = (failures.get(sessionId) ?? 0) + 1;
      if (attempt > REFRESH_RETRIES) return void failures.delete(sessionId);
      failures.set(sessionId, attempt);
      setTimeout(() => schedule(sessionId, retryMode, failedAnnounce), REFRESH_RETRY_MS).unref();
    })();
  }

  function replay(session: LiveSession, entry: RefreshState) {
    for (const message of entry.replay?.splice(0) ?? []) applyToReplica(session, message);
  }

  return {
    schedule,
    /** A change seen (sent or received) while a full read of its session is on its way: re-applied on top of it. */
    record(message: SyncMessage) {
      if (!("sessionId" in message)) return;
      refreshing.get(message.sessionId)?.replay?.push(message);
    },
    /**
     * Resets and moderation act on answers that other processes may be sending
     * at that very moment; messages from two processes can arrive in either
     * order, so an answer given just before a reset could arrive just after it
     * (and come back). Whatever the order, the database has the last word: a
     * second after a reset or a moderation decision the session is reloaded
     * from it — once, however many decisions came in that second.
     */
    settle(sessionId: string) {
      if (closed || settling.has(sessionId)) return;
      const timeout = setTimeout(() => {
        settling.delete(sessionId);
        schedule(sessionId, "full");
      }, SETTLE_MS);
      timeout.unref();
      settling.set(sessionId, timeout);
    },
    close() {
      closed = true;
      for (const timeout of settling.values()) clearTimeout(timeout);
      settling.clear();
    },
  };
}
