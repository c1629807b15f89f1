// Pushes state to the rooms. State changes made by the facilitator are rare
// and sent at once; aggregate changes come in bursts (hundreds of answers a
// second) and are coalesced per prompt, so each client gets at most a few
// updates a second and the last one is always exact.
//
// Every emit is local (`io.local`): each process sends its own sockets what
// its own replica of the session says. With several processes the replicas
// are kept in step by server/realtime/cluster.ts, which also calls these
// functions when another process changed something; emitting through the
// Redis adapter as well would deliver everything twice.
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "../../lib/events";
import type { LiveSession } from "../services/live-session";
import { rooms } from "./rooms";

export const AGGREGATE_FLUSH_MS = 250;

export type HearthServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type BroadcasterOptions = {
  /**
   * Re-read the participant count before sending it. Set when several
   * processes take joins: the database, not this process's +1s, has the count.
   */
  recountParticipants?: (session: LiveSession) => Promise<void>;
};

export function createBroadcaster(io: HearthServer, flushMs = AGGREGATE_FLUSH_MS, options: BroadcasterOptions = {}) {
  const pending = new Map<string, { session: LiveSession; promptIds: Set<string> }>();
  let timer: NodeJS.Timeout | null = null;
  const pendingCounts = new Map<string, NodeJS.Timeout>();

  function flush() {
    timer = null;
    const batch = [...pending.values()];
    pending.clear();
    for (const { session, promptIds } of batch) {
      for (const promptId of promptIds) {
        const prompt = session.findPrompt(promptId);
        if (!prompt) continue;
        io.local.to(rooms.console(session.id)).emit("aggregate:updated", { sessionId: session.id, aggregate: session.aggregate(prompt) });
        // Phones show results only once revealed, so until then they are not
        // sent the tallies: in a burst, writing to every phone 4 times a
        // second cost more CPU than the answers themselves (bench/README.md).
        const audience = prompt.resultsRevealed ? [rooms.participants(session.id), rooms.screens(session.id)] : rooms.screens(session.id);
        io.local.to(audience).emit("aggregate:updated", { sessionId: session.id, aggregate: session.roomAggregate(prompt) });
      }
      // the moderation queue follows the answers
      io.local.to(rooms.console(session.id)).emit("console:updated", session.consoleState());
    }
  }

  return {
    /** The session's shared state changed: everyone gets a fresh view. */
    roomChanged(session: LiveSession) {
      io.local.to([rooms.participants(session.id), rooms.screens(session.id)]).emit("room:updated", session.roomState());
      this.consoleChanged(session);
    },
    consoleChanged(session: LiveSession) {
      io.local.to(rooms.console(session.id)).emit("console:updated", session.consoleState());
    },
    /**
     * Someone joined. A room filling up would otherwise send every phone a
     * count per join (quadratic in the room's size): counts are coalesced like
     * aggregates, and the last one sent is exact.
     */
    participantsCounted(session: LiveSession) {
      if (pendingCounts.has(session.id)) return;
      pendingCounts.set(
        session.id,
        setTimeout(() => {
          pendingCounts.delete(session.id);
          const send = () =>
            io.local.to([rooms.participants(session.id), rooms.screens(session.id), rooms.console(session.id)]).emit("participants:counted", {
              sessionId: session.id,
              count: session.participantCount,
            });
          if (!options.recountParticipants) return send();
          // if the database does not answer, the count this process has is still worth sending
          options.recountParticipants(session).then(send, send);
        }, flushMs),
      );
    },
    reactionsCounted(session: LiveSession, stepId: string) {
      io.local.to([rooms.participants(session.id), rooms.screens(session.id), rooms.console(session.id)]).emit("reactions:counted", {
        sessionId: session.id,
        stepId,
        counts: session.reactionCounts(stepId),
      });
    },
    promptCleared(session: LiveSession, promptId: string) {
      io.local.to(rooms.participants(session.id)).emit("prompt:cleared", { sessionId: session.id, promptId });
    },
    /** An answer changed this prompt's aggregate: send it within flushMs. */
    aggregateChanged(session: LiveSession, promptId: string) {
      let entry = pending.get(session.id);
      if (!entry) pending.set(session.id, (entry = { session, promptIds: new Set() }));
      entry.promptIds.add(promptId);
      timer ??= setTimeout(flush, flushMs);
    },
    /** Send whatever is pending now (used at shutdown). */
    flushNow() {
      if (timer) clearTimeout(timer);
      for (const t of pendingCounts.values()) clearTimeout(t);
      pendingCounts.clear();
      flush();
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
