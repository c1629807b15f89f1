// The one path every live-session change takes. A command handler returns
// the changes it made (server/realtime/command.ts applies them after the
// acknowledgement); a change another process made arrives through
// ./cluster.ts. Both go through `apply`, so what this process's sockets are
// sent is decided in one place (`deliveriesOf`), and telling the other
// processes is part of the same step: a handler cannot forget it.
//
// `Change` is what happened, in one vocabulary with ./sync-messages.ts: every
// sync message but "forget" and "resync" is a change, unchanged. Three more
// kinds never cross Redis as themselves: "revealed" (peers re-read the
// session), "author-blocked" and "wall-paged" (their one emit goes through the
// Redis adapter to every process's sockets, see ./broadcaster.ts).
//
// Adding a kind: add it to `Change`, then the compiler asks for it in
// `deliveriesOf` and `syncMessagesOf` (both end in `assertNever`).
// tests/unit/changes.test.ts lists what each kind sends.
import { assertNever } from "../../lib/assert-never";
import type { WallPageAction } from "../../lib/events";
import type { Logger } from "../logger";
import type { LiveSession } from "../services/live-session";
import type { Broadcaster } from "./broadcaster";
import { moderationMessages, type SyncMessage, type SyncMessageOf } from "./sync-messages";

/** A change that crosses to the other processes as the very same sync message. */
export type SyncedChange = Exclude<SyncMessage, { kind: "forget" | "resync" }>;

export type Change =
  | SyncedChange
  /** a prompt's results were revealed: everyone's view, and a release of its breakdown may be due */
  | { kind: "revealed"; sessionId: string; promptId: string }
  /** the facilitator stopped (or allowed again) one participant's answers: that phone alone is told */
  | { kind: "author-blocked"; sessionId: string; participantId: string; blocked: boolean }
  /** the facilitator paged the projectors' answer wall (nothing stored: each projector pages itself) */
  | { kind: "wall-paged"; sessionId: string; action: WallPageAction };

export type ChangeKind = Change["kind"];

/** One thing this process's sockets are sent; each is one Broadcaster call. */
export type Delivery =
  /** room:updated to projectors and phones, console:updated to consoles */
  | { send: "room" }
  /** console:updated to consoles only */
  | { send: "console" }
  /** aggregate:updated (coalesced) to consoles, projectors and, once revealed there, phones */
  | { send: "aggregate"; promptId: string }
  | { send: "prompt-cleared"; promptId: string }
  /** participants:counted (coalesced) */
  | { send: "participant-count" }
  | { send: "reactions"; stepId: string }
  /** checkins:updated to consoles (read from the database) */
  | { send: "check-ins" }
  /** checkin:updated to the asker's own sockets */
  | { send: "check-in"; participantId: string }
  | { send: "blocked"; participantId: string; blocked: boolean }
  | { send: "wall"; action: WallPageAction };

/** What one change means for this process's sockets, wherever it was made. */
export function deliveriesOf(change: Change): Delivery[] {
  switch (change.kind) {
    case "answers":
      return [...new Set(change.responses.map((r) => r.promptId))].map((promptId) => ({ send: "aggregate", promptId }));
    case "session":
      return [{ send: "room" }];
    case "released":
      // a breakdown changed, nothing else: no full room state for every phone
      return [{ send: "aggregate", promptId: change.promptId }];
    case "console":
      // the pause count: only the facilitator ever learns of it
      return [{ send: "console" }];
    case "revealed":
      // a release may be due (answers that arrived before the last one was stored)
      return [{ send: "room" }, { send: "aggregate", promptId: change.promptId }];
    case "prompt-reset":
      return [{ send: "prompt-cleared", promptId: change.promptId }, { send: "room" }];
    case "moderation":
      // approvals reach the wall in releases of at least k (lib/aggregation/release.ts)
      return [{ send: "room" }, { send: "aggregate", promptId: change.promptId }];
    case "reaction":
      return [{ send: "reactions", stepId: change.stepId }];
    case "joined":
      return [{ send: "participant-count" }];
    case "check-ins":
      return [{ send: "check-ins" }];
    case "check-in-answered":
      return [{ send: "check-in", participantId: change.participantId }];
    case "author-blocked":
      return [{ send: "blocked", participantId: change.participantId, blocked: change.blocked }];
    case "wall-paged":
      return [{ send: "wall", action: change.action }];
    default:
      return assertNever(change, "change");
  }
}

/**
 * The deliveries of changes made together, each once and in first-seen order
 * ("room" includes "console"): blocking an author hides answers to several
 * prompts, and the room is still sent one fresh view.
 */
export function deliveriesOfAll(changes: readonly Change[]): Delivery[] {
  const seen = new Set<string>();
  const all: Delivery[] = [];
  for (const change of changes)
    for (const delivery of deliveriesOf(change)) {
      const key = JSON.stringify(delivery);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(delivery);
    }
  return seen.has(JSON.stringify({ send: "room" })) ? all.filter((d) => d.send !== "console") : all;
}

/** How one change is told to the other processes (none: the change reaches them otherwise). */
export function syncMessagesOf(change: Change): SyncMessage[] {
  switch (change.kind) {
    case "answers":
    case "session":
    case "released":
    case "console":
    case "prompt-reset":
    case "reaction":
    case "joined":
    case "check-ins":
    case "check-in-answered":
      return [change];
    case "moderation":
      // a large decision goes as several messages (each is bounded); an empty one changed nothing
      return moderationMessages(change.sessionId, change.promptId, change.responseIds, change.status);
    case "revealed":
      // the others re-read the session; a release this process stores is announced by the broadcaster
      return [{ kind: "session", sessionId: change.sessionId }];
    case "author-blocked":
    case "wall-paged":
      // their one emit already goes through the Redis adapter to every process's sockets
      return [];
    default:
      return assertNever(change, "change");
  }
}

/** Send this process's sockets what the deliveries say. */
export function deliver(broadcaster: Broadcaster, session: LiveSession, deliveries: readonly Delivery[]): void {
  for (const delivery of deliveries) {
    switch (delivery.send) {
      case "room":
        broadcaster.roomChanged(session);
        break;
      case "console":
        broadcaster.consoleChanged(session);
        break;
      case "aggregate":
        broadcaster.aggregateChanged(session, delivery.promptId);
        break;
      case "prompt-cleared":
        broadcaster.promptCleared(session, delivery.promptId);
        break;
      case "participant-count":
        broadcaster.participantsCounted(session);
        break;
      case "reactions":
        broadcaster.reactionsCounted(session, delivery.stepId);
        break;
      case "check-ins":
        broadcaster.checkInsChanged(session);
        break;
      case "check-in":
        broadcaster.checkInAnswered(session, delivery.participantId);
        break;
      case "blocked":
        broadcaster.participantBlocked(session, delivery.participantId, delivery.blocked);
        break;
      case "wall":
        broadcaster.wallPaged(session.id, delivery.action);
        break;
      default:
        assertNever(delivery, "delivery");
    }
  }
}

/** The other processes, as the change path sees them (./cluster.ts; nobody with one process). */
export type Peers = { send(messages: SyncMessage[]): void };

export type ChangePath = {
  /**
   * A change made here (after its write committed and the sender was
   * acknowledged): this process's sockets are sent what it means, and the
   * other processes are told. From a peer (already applied to this replica
   * by ./cluster.ts): this process's sockets only. Never throws: the command
   * already succeeded, so a failure here is logged.
   */
  apply(session: LiveSession, changes: readonly Change[], from: "here" | "peer"): void;
};

export function createChangePath({ broadcaster, peers, logger }: { broadcaster: Broadcaster; peers: () => Peers; logger: Logger }): ChangePath {
  return {
    apply(session, changes, from) {
      if (changes.length === 0) return;
      try {
        deliver(broadcaster, session, deliveriesOfAll(changes));
      } catch (error) {
        logger.error({ err: error }, "could not send a change to this process's sockets");
      }
      if (from === "peer") return;
      try {
        peers().send(changes.flatMap(syncMessagesOf));
      } catch (error) {
        logger.error({ err: error }, "could not queue a sync message");
      }
    },
  };
}

export type { SyncMessageOf };
