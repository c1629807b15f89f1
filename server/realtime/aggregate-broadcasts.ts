// Aggregates to the rooms: answers come in bursts (hundreds a second), so
// changes are coalesced per prompt and each client gets at most a few updates
// a second (projectors and consoles 10, phones 4); the last one is always
// exact. Before each update a due release is stored (no differencing:
// lib/aggregation/release.ts), so what is sent is always a stored release.
import { type LiveSession, resultsVisibleTo } from "../services/live-session";
import type { PromptRecord } from "../repositories/session-repository";
import type { HearthServer } from "./hearth-server";
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

export type AggregateBroadcastOptions = {
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

export function createAggregateBroadcasts(io: HearthServer, options: AggregateBroadcastOptions) {
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
    /** An answer changed this prompt's aggregate: screens see it within SCREEN_FLUSH_MS, phones (once revealed) within PHONE_FLUSH_MS. */
    aggregateChanged(session: LiveSession, promptId: string) {
      toScreens.add(session, promptId);
      toPhones.add(session, promptId);
    },
    /** Send whatever is pending now (used at shutdown). */
    flushNow() {
      toScreens.flushNow();
      toPhones.flushNow();
    },
  };
}
