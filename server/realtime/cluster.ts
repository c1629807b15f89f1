// Several Hearth processes serving one set of sessions (REDIS_URL set, on
// PostgreSQL): a participant on process A, the facilitator on process B and
// the projector on either see one session.
//
// How: every process keeps a full replica of each live session it serves
// (server/services/live-session.ts) and broadcasts only to its own sockets
// (broadcaster.ts uses io.local). When a process changes a session — after
// the database write succeeded — it tells the others through Socket.IO's
// Redis adapter (`serverSideEmit`), and each applies the change to its replica
// and broadcasts it locally through the same change path (./changes.ts). The
// messages are in ./sync-messages.ts. Answers are batched (./sync-outbox.ts)
// so a room answering at once costs a few Redis messages, not one per answer. The database stays the source of truth:
// counts (participants) and state changes (steps, prompts, reveal, timer,
// pause requests) are re-read from it; only answers, reactions, moderation
// and resets are applied from the message itself (and a reset or moderation
// is followed by a reload from the database a second later: see settle in
// ./replica-refresh.ts).
//
// Answer text crosses Redis pub/sub transiently: pub/sub stores nothing, so no
// answer is ever kept in Redis (see ./sync-messages.ts).
//
// Redis down: each process goes on serving its own connections from its own
// replica (publishing never throws into a handler nor waits for Redis; the
// adapter's errors are caught), /api/health says "degraded", and changes made
// elsewhere do not arrive. When Redis is back, the process reloads every
// session it holds from the database and asks the others to reload those
// sessions too (their copies missed what it changed meanwhile).
//
// This file is the glue: ./redis-link.ts holds the Redis clients and the
// adapter, ./sync-outbox.ts the batching, ./replica-refresh.ts the reads.
import { assertNever } from "../../lib/assert-never";
import type { Logger } from "../logger";
import type { LiveSession } from "../services/live-session";
import type { SessionService } from "../services/session-service";
import type { HearthServer } from "./broadcaster";
import type { Peers, SyncedChange } from "./changes";
import { createRedisLink } from "./redis-link";
import { applyToReplica, createReplicaRefresh } from "./replica-refresh";
import { createSyncOutbox } from "./sync-outbox";
import { parseSyncBatch, SYNC_EVENT, type SyncMessage } from "./sync-messages";

export type ClusterStatus = "ok" | "unavailable" | "not configured";

/** The other processes, as this one sees them. Changes reach `send` through ./changes.ts only. */
export type Cluster = Peers & {
  readonly enabled: boolean;
  /** Redis as this process sees it: for /api/health */
  status(): ClusterStatus;
  /** Resolves true once Redis is ready, false after `timeoutMs` (the start does not wait longer). */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

/** One process, no Redis: there is nobody to tell. */
export const SINGLE_PROCESS: Cluster = {
  enabled: false,
  status: () => "not configured",
  ready: async () => true,
  send() {},
  close: async () => {},
};

export type ClusterOptions = {
  io: HearthServer;
  redisUrl: string;
  /** Redis channel prefix: processes with the same prefix (and Redis) form one cluster */
  keyPrefix: string;
  sessions: SessionService;
  /** a change another process made, applied to this replica: this process's sockets are told (./changes.ts) */
  onChange: (session: LiveSession, change: SyncedChange) => void;
  logger: Logger;
};

/** Sent at once: someone is waiting to see a reset, a decision or that they were heard. The rest is batched. */
const URGENT_KINDS = new Set<SyncMessage["kind"]>(["prompt-reset", "moderation", "check-ins", "check-in-answered", "forget", "resync"]);

export function createCluster({ io, redisUrl, keyPrefix, sessions, onChange, logger }: ClusterOptions): Cluster {
  const log = logger.child({ component: "cluster" });
  // after an outage: reload everything held here, and have the others reload what this process changed meanwhile
  const link = createRedisLink({ io, redisUrl, keyPrefix, logger: log, onUp: () => resyncAll() });
  const outbox = createSyncOutbox({
    isUp: link.isUp,
    canPublish: link.canPublish,
    publish: (batch) => link.namespace.serverSideEmit(SYNC_EVENT, batch),
    logger: log,
  });
  const replica = createReplicaRefresh({ sessions, onRefreshed: (session, announce) => onChange(session, { kind: announce, sessionId: session.id }), logger: log });

  function send(message: SyncMessage, urgent: boolean) {
    replica.record(message);
    outbox.send(message, urgent);
  }

  link.namespace.on(SYNC_EVENT, (payload: unknown) => {
    const batch = parseSyncBatch(payload);
    if (!batch) {
      log.warn("ignored a malformed sync message");
      return;
    }
    for (const message of batch) {
      try {
        receive(message);
      } catch (error) {
        log.error({ err: error, kind: message.kind }, "could not apply a sync message");
      }
    }
  });

  let forgettingForPeer = false;
  sessions.onForget((sessionId) => {
    if (!forgettingForPeer) send({ kind: "forget", sessionId }, true);
  });

  function receive(message: SyncMessage) {
    switch (message.kind) {
      case "resync":
        for (const id of message.sessionIds) replica.schedule(id, "full");
        return;
      case "forget":
        forgettingForPeer = true;
        try {
          sessions.forget(message.sessionId);
        } finally {
          forgettingForPeer = false;
        }
        return;
      // the database has the new state: re-read it, then tell this process's sockets
      case "session":
      case "console":
        replica.schedule(message.sessionId, "light", message.kind);
        return;
      // only the prompt's release is re-read: the rest of the session did not change
      case "released":
        withSession(message.sessionId, (session) => {
          sessions.adoptStoredRelease(session, message.promptId).then(
            (changed) => changed && onChange(session, message),
            (error: unknown) => log.warn({ err: error }, "could not read another process's release; the next update brings it"),
          );
        });
        return;
      // nothing to apply: the sockets re-read (a process that does not hold the session has nobody to tell)
      case "joined":
      case "check-ins":
      case "check-in-answered":
        withSession(message.sessionId, (session) => onChange(session, message));
        return;
      case "answers":
      case "prompt-reset":
      case "moderation":
      case "reaction":
        withSession(message.sessionId, (session) => {
          replica.record(message);
          applyToReplica(session, message);
          onChange(session, message);
          if (message.kind === "prompt-reset" || message.kind === "moderation") replica.settle(message.sessionId);
        });
        return;
      default:
        assertNever(message, "sync message");
    }
  }

  /** Run `fn` on the session if this process holds it (once loaded, in arrival order); otherwise nothing to do. */
  function withSession(sessionId: string, fn: (session: LiveSession) => void) {
    const entry = sessions.peek(sessionId);
    if (!entry) return; // loaded later, it is read from the database, which already has the change
    entry.then(
      (session) => {
        try {
          fn(session);
        } catch (error) {
          log.error({ err: error }, "could not apply a sync message");
        }
      },
      () => undefined,
    );
  }

  function resyncAll() {
    const ids = sessions.loadedSessionIds();
    if (ids.length === 0) return;
    send({ kind: "resync", sessionIds: ids }, true);
    for (const id of ids) replica.schedule(id, "full");
  }

  return {
    enabled: true,
    status: () => (link.isUp() ? "ok" : "unavailable"),
    ready: link.ready,
    send(messages) {
      // never throws into the change path's caller: a failure here is logged, the command already succeeded
      try {
        for (const message of messages) send(message, URGENT_KINDS.has(message.kind));
        // the database has the last word on resets and decisions (see settle)
        for (const message of messages) if (message.kind === "prompt-reset" || message.kind === "moderation") replica.settle(message.sessionId);
      } catch (error) {
        log.error({ err: error }, "could not queue a sync message");
      }
    },
    async close() {
      outbox.flush();
      replica.close();
      await link.close();
    },
  };
}
