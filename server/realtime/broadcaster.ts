// Pushes state to the rooms. State changes made by the facilitator are rare
// and sent at once; aggregate changes come in bursts (hundreds of answers a
// second) and are coalesced per prompt, so each client gets at most a few
// updates a second (projectors and consoles 10, phones 4) and the last one is
// always exact.
//
// Every emit is local (`io.local`): each process sends its own sockets what
// its own replica of the session says. With several processes the replicas
// are kept in step by server/realtime/cluster.ts, which also calls these
// functions when another process changed something; emitting through the
// Redis adapter as well would deliver everything twice. The coalesced
// aggregates are ./aggregate-broadcasts.ts.
import type { WallPageAction } from "../../lib/events";
import type { Logger } from "../logger";
import { toCheckInView } from "../repositories/check-in-repository";
import type { CheckInService } from "../services/check-in-service";
import type { LiveSession } from "../services/live-session";
import { type AggregateBroadcastOptions, createAggregateBroadcasts, PHONE_FLUSH_MS } from "./aggregate-broadcasts";
import type { HearthServer } from "./hearth-server";
import { rooms } from "./rooms";

export { PHONE_FLUSH_MS, SCREEN_FLUSH_MS } from "./aggregate-broadcasts";
export type { HearthServer } from "./hearth-server";

export type BroadcasterOptions = AggregateBroadcastOptions & {
  /** check-in requests are read from the database when they change (they are rare and private) */
  checkIns?: Pick<CheckInService, "list" | "latestFor">;
  logger?: Logger;
  /**
   * Re-read the participant count before sending it. Set when several
   * processes take joins: the database, not this process's +1s, has the count.
   */
  recountParticipants?: (session: LiveSession) => Promise<void>;
};

/**
 * How long phones' participant counts are coalesced: PHONE_FLUSH_MS in a
 * small room, 0.2 ms per participant in a large one (2 s at 10,000). Each
 * count is one write per phone (about 8 µs each here), so this keeps the
 * counts to about 4% of one core while a room fills, at any size (at 0.1 ms
 * they were 12% of the server's CPU while 10,000 joined: bench/README.md).
 */
export function phoneCountDelayMs(participants: number): number {
  return Math.max(PHONE_FLUSH_MS, Math.round(participants / 5));
}

export function createBroadcaster(io: HearthServer, options: BroadcasterOptions = {}) {
  const pendingCounts = new Map<string, NodeJS.Timeout>();

  const aggregates = createAggregateBroadcasts(io, options);

  function scheduleCount(session: LiveSession, to: "screens" | "phones", delayMs: number) {
    const key = `${to}\u0000${session.id}`;
    if (pendingCounts.has(key)) return;
    pendingCounts.set(
      key,
      setTimeout(() => {
        pendingCounts.delete(key);
        const send = () =>
          io.local
            .to(to === "phones" ? rooms.participants(session.id) : [rooms.screens(session.id), rooms.console(session.id)])
            .emit("participants:counted", { sessionId: session.id, count: session.participantCount });
        if (!options.recountParticipants) return send();
        // if the database does not answer, the count this process has is still worth sending
        options.recountParticipants(session).then(send, send);
      }, delayMs),
    );
  }

  return {
    /** The session's shared state changed: everyone gets a fresh view. */
    roomChanged(session: LiveSession) {
      io.local.to(rooms.screens(session.id)).emit("room:updated", session.roomState("screen"));
      io.local.to(rooms.participants(session.id)).emit("room:updated", session.roomState("phone"));
      this.consoleChanged(session);
    },
    consoleChanged(session: LiveSession) {
      io.local.to(rooms.console(session.id)).emit("console:updated", session.consoleState());
    },
    /**
     * Someone joined. A room filling up would otherwise send every phone a
     * count per join (quadratic in the room's size): counts are coalesced like
     * aggregates, and the last one sent is exact. Screens and consoles get
     * them every PHONE_FLUSH_MS; phones less often the larger the room
     * (`phoneCountDelayMs`), so the count costs the same small share of
     * the CPU however many have joined.
     */
    participantsCounted(session: LiveSession) {
      scheduleCount(session, "screens", PHONE_FLUSH_MS);
      scheduleCount(session, "phones", phoneCountDelayMs(session.participantCount));
    },
    reactionsCounted(session: LiveSession, stepId: string) {
      io.local.to([rooms.participants(session.id), rooms.screens(session.id), rooms.console(session.id)]).emit("reactions:counted", {
        sessionId: session.id,
        stepId,
        counts: session.reactionCounts(stepId),
      });
    },
    /**
     * The check-in requests changed: the session's consoles (and nobody else)
     * get the list, read from the database so every process sends the same.
     */
    checkInsChanged(session: LiveSession) {
      const checkIns = options.checkIns;
      if (!checkIns) return;
      checkIns.list(session).then(
        (requests) => io.local.to(rooms.console(session.id)).emit("checkins:updated", { sessionId: session.id, requests: requests.map(toCheckInView) }),
        (error: unknown) => options.logger?.warn({ err: error }, "could not read check-in requests to send"),
      );
    },
    /** The facilitator answered a request: the asker's own sockets (and nobody else) get its new status. */
    checkInAnswered(session: LiveSession, participantId: string) {
      const checkIns = options.checkIns;
      if (!checkIns) return;
      checkIns.latestFor(participantId).then(
        (checkIn) => io.local.to(rooms.participant(participantId)).emit("checkin:updated", { sessionId: session.id, checkIn }),
        (error: unknown) => options.logger?.warn({ err: error }, "could not read a check-in request to send"),
      );
    },
    /**
     * Tell one phone, plainly, that its answers were stopped (or allowed
     * again). The only emit that goes through the adapter: the phone may be
     * connected to another process, and only this process sends it, so it
     * arrives once.
     */
    participantBlocked(session: LiveSession, participantId: string, blocked: boolean) {
      io.to(rooms.participant(participantId)).emit("participant:blocked", { sessionId: session.id, blocked });
    },
    promptCleared(session: LiveSession, promptId: string) {
      io.local.to(rooms.participants(session.id)).emit("prompt:cleared", { sessionId: session.id, promptId });
    },
    /** An answer changed this prompt's aggregate: screens see it within SCREEN_FLUSH_MS, phones (once revealed) within PHONE_FLUSH_MS. */
    aggregateChanged: aggregates.aggregateChanged,
    /**
     * The facilitator paged the projector's answers. This one goes through the
     * adapter (not io.local): it changes no replica, so no sync message
     * carries it, and a projector on another process must still get it once.
     */
    wallPaged(sessionId: string, action: WallPageAction) {
      io.to(rooms.screens(sessionId)).emit("wall:paged", { sessionId, action });
    },
    /** Send whatever is pending now (used at shutdown). */
    flushNow() {
      for (const t of pendingCounts.values()) clearTimeout(t);
      pendingCounts.clear();
      aggregates.flushNow();
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
