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
// Redis adapter as well would deliver everything twice.
import type { Server } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData, WallPageAction } from "../../lib/events";
import { resultsVisibleTo, type LiveSession } from "../services/live-session";
import type { CheckInService } from "../services/check-in-service";
import { toCheckInView } from "../repositories/check-in-repository";
import type { Logger } from "../logger";
import type { PromptRecord } from "../repositories/session-repository";
import { rooms } from "./rooms";

/** Projectors and consoles (a handful of sockets) show new answers within this. */
export const SCREEN_FLUSH_MS = 100;
/**
 * Phones (thousands of sockets) get tallies at most this often, and only for
 * revealed results (they show nothing before): in a burst, writing to every
 * phone 4 times a second cost more CPU than the answers themselves
 * (bench/README.md). Participant counts go out at this pace too.
 */
export const PHONE_FLUSH_MS = 250;

export type HearthServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export type BroadcasterOptions = {
  /** check-in requests are read from the database when they change (they are rare and private) */
  checkIns?: Pick<CheckInService, "list" | "latestFor">;
  logger?: Logger;
  /**
   * Re-read the participant count before sending it. Set when several
   * processes take joins: the database, not this process's +1s, has the count.
   */
  recountParticipants?: (session: LiveSession) => Promise<void>;
  /**
   * Store a new release of a prompt's breakdown if one is due (no
   * differencing: lib/aggregation/release.ts); true when it changed. Called
   * before every aggregate update, so what is sent is always a stored release.
   */
  release?: (session: LiveSession, prompt: PromptRecord) => Promise<boolean>;
  /** a release failed to store (the database did not answer): the last one stays */
  onReleaseError?: (error: unknown) => void;
};

/** Collect changed prompts per session and hand them to `send` at most once every `ms`. */
function coalescer(ms: number, send: (session: LiveSession, promptIds: Set<string>) => void) {
  const pending = new Map<string, { session: LiveSession; promptIds: Set<string> }>();
  let timer: NodeJS.Timeout | null = null;
  function flush() {
    timer = null;
    const batch = [...pending.values()];
    pending.clear();
    for (const { session, promptIds } of batch) send(session, promptIds);
  }
  return {
    add(session: LiveSession, promptId: string) {
      let entry = pending.get(session.id);
      if (!entry) pending.set(session.id, (entry = { session, promptIds: new Set() }));
      entry.promptIds.add(promptId);
      timer ??= setTimeout(flush, ms);
    },
    flushNow() {
      if (timer) clearTimeout(timer);
      flush();
    },
  };
}

export function createBroadcaster(io: HearthServer, options: BroadcasterOptions = {}) {
  const pendingCounts = new Map<string, NodeJS.Timeout>();

  async function releaseIfDue(session: LiveSession, prompt: PromptRecord): Promise<boolean> {
    if (!options.release) return false;
    try {
      return await options.release(session, prompt);
    } catch (error) {
      options.onReleaseError?.(error);
      return false;
    }
  }

  const toScreens = coalescer(SCREEN_FLUSH_MS, (session, promptIds) => {
    void (async () => {
      for (const promptId of promptIds) {
        const prompt = session.findPrompt(promptId);
        if (!prompt) continue;
        // a new breakdown reaches the phones too (they get released ones only)
        if (await releaseIfDue(session, prompt)) toPhones.add(session, promptId);
        io.local.to(rooms.console(session.id)).emit("aggregate:updated", { sessionId: session.id, aggregate: session.aggregate(prompt) });
        io.local.to(rooms.screens(session.id)).emit("aggregate:updated", { sessionId: session.id, aggregate: session.roomAggregate(prompt) });
      }
      // the moderation queue follows the answers
      io.local.to(rooms.console(session.id)).emit("console:updated", session.consoleState());
    })();
  });
  const toPhones = coalescer(PHONE_FLUSH_MS, (session, promptIds) => {
    for (const promptId of promptIds) {
      const prompt = session.findPrompt(promptId);
      // "projector only" prompts: phones already have the counts from the room state and get no breakdown
      if (prompt && resultsVisibleTo(prompt, "phone"))
        io.local.to(rooms.participants(session.id)).emit("aggregate:updated", { sessionId: session.id, aggregate: session.roomAggregate(prompt, "phone") });
    }
  });

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
        }, PHONE_FLUSH_MS),
      );
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
    aggregateChanged(session: LiveSession, promptId: string) {
      toScreens.add(session, promptId);
      toPhones.add(session, promptId);
    },
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
      toScreens.flushNow();
      toPhones.flushNow();
    },
  };
}

export type Broadcaster = ReturnType<typeof createBroadcaster>;
