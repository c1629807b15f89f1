// Several Hearth processes serving one set of sessions (REDIS_URL set, on
// PostgreSQL): a participant on process A, the facilitator on process B and
// the projector on either see one session.
//
// How: every process keeps a full replica of each live session it serves
// (server/services/live-session.ts) and broadcasts only to its own sockets
// (broadcaster.ts uses io.local). When a process changes a session — after
// the database write succeeded — it tells the others through Socket.IO's
// Redis adapter (`serverSideEmit`), and each applies the change to its replica
// and broadcasts it locally. The messages are in ./sync-messages.ts. Answers
// are batched for SYNC_FLUSH_MS so a room answering at once costs a few Redis
// messages, not one per answer. The database stays the source of truth:
// counts (participants) and state changes (steps, prompts, reveal, timer,
// pause requests) are re-read from it; only answers, reactions, moderation
// and resets are applied from the message itself (and a reset or moderation
// is followed by a reload from the database a second later: see settle).
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
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import { assertNever } from "../../lib/assert-never";
import type { Logger } from "../logger";
import type { LiveSession } from "../services/live-session";
import type { SessionService } from "../services/session-service";
import type { HearthServer } from "./broadcaster";
import type { Peers, SyncedChange } from "./changes";
import { appendToBatch, batchWeight, parseSyncBatch, SYNC_EVENT, type SyncMessage } from "./sync-messages";

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

/** How long changes wait to share one Redis message (resets, moderation and resyncs go at once). */
export const SYNC_FLUSH_MS = 20;
/** A batch this large is sent at once. */
const MAX_BATCH_WEIGHT = 2000;
/** Reconnect quickly: while Redis is away, other processes' changes do not arrive. */
const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 2000);
/** after a reset or a moderation decision, reload the session from the database this much later (see settle) */
export const SETTLE_MS = 1000;
const REFRESH_RETRIES = 5;
const REFRESH_RETRY_MS = 2000;

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

type LooseNamespace = {
  on(event: string, listener: (...args: unknown[]) => void): void;
  serverSideEmit(event: string, ...args: unknown[]): boolean;
};

/** `announce`: what this process's sockets are told after the read ("session" for the whole room, "console" for consoles only). */
type RefreshState = { want: "light" | "full" | null; announce: Announce; replay: SyncMessage[] | null };
type Announce = "session" | "console";

export function createCluster({ io, redisUrl, keyPrefix, sessions, onChange, logger }: ClusterOptions): Cluster {
  const log = logger.child({ component: "cluster" });
  // publishing fails at once while disconnected (the change reaches the others by the resync afterwards)
  const pub = createClient({ url: redisUrl, disableOfflineQueue: true, socket: { connectTimeout: 5000, reconnectStrategy } });
  // the subscriber keeps its subscriptions across reconnects (node-redis re-subscribes before "ready")
  const sub = createClient({ url: redisUrl, socket: { connectTimeout: 5000, reconnectStrategy } });

  let state: "ok" | "down" = "down";
  let everReady = false;
  let closed = false;
  const readyWaiters = new Set<() => void>();
  let lastErrorLog = 0;

  function onRedisError(error: unknown) {
    const wasUp = state === "ok";
    checkRedis(error);
    // while Redis stays away the clients retry several times a second: say so once a minute, not each time
    if (!wasUp && !closed && Date.now() - lastErrorLog > 60_000) {
      lastErrorLog = Date.now();
      log.warn({ err: error }, "Redis is unreachable: this process serves its own connections; other processes' changes do not reach it until Redis is back");
    }
  }

  function checkRedis(error?: unknown) {
    if (closed) return;
    const up = pub.isReady && sub.isReady;
    if (up && state === "down") {
      state = "ok";
      for (const resolve of readyWaiters) resolve();
      readyWaiters.clear();
      if (everReady) log.info("Redis is back: reloading the sessions held here from the database");
      everReady = true;
      resyncAll();
    } else if (!up && state === "ok") {
      state = "down";
      lastErrorLog = Date.now();
      log.warn({ err: error }, "lost Redis: this process serves its own connections; other processes' changes do not reach it until Redis is back");
    }
  }

  for (const client of [pub, sub]) {
    client.on("error", onRedisError);
    client.on("ready", () => checkRedis());
    client.on("end", () => checkRedis());
    client.on("reconnecting", () => checkRedis());
  }
  // connect() keeps retrying with reconnectStrategy; it only rejects when closed
  pub.connect().catch(() => undefined);
  sub.connect().catch(() => undefined);

  // The adapter publishes and (un)subscribes without awaiting or catching; a
  // command cut off by a lost connection would reject with nobody listening
  // and take the process down. These views catch those rejections.
  io.adapter(createAdapter(catchingCommands(pub, onRedisError), catchingCommands(sub, onRedisError), { key: keyPrefix }));
  const namespace = io.of("/") as unknown as LooseNamespace;

  // -- sending --------------------------------------------------------------

  let outbox: SyncMessage[] = [];
  let outboxWeight = 0;
  let timer: NodeJS.Timeout | null = null;

  function send(message: SyncMessage, urgent: boolean) {
    recordForReplay(message);
    if (closed || state !== "ok") return; // lost: the resync after the outage makes up for it
    appendToBatch(outbox, message);
    outboxWeight += batchWeight([message]);
    if (urgent || outboxWeight >= MAX_BATCH_WEIGHT) flush();
    else timer ??= setTimeout(flush, SYNC_FLUSH_MS);
  }

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = outbox;
    outbox = [];
    outboxWeight = 0;
    if (batch.length === 0 || !pub.isReady) return;
    try {
      namespace.serverSideEmit(SYNC_EVENT, batch);
    } catch (error) {
      log.error({ err: error }, "could not publish a sync message");
    }
  }

  // -- receiving ------------------------------------------------------------

  namespace.on(SYNC_EVENT, (payload: unknown) => {
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
        for (const id of message.sessionIds) scheduleRefresh(id, "full");
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
        scheduleRefresh(message.sessionId, "light", message.kind);
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
          recordForReplay(message);
          applyToReplica(session, message);
          onChange(session, message);
          if (message.kind === "prompt-reset" || message.kind === "moderation") settle(message.sessionId);
        });
        return;
      default:
        assertNever(message, "sync message");
    }
  }

  const settling = new Map<string, NodeJS.Timeout>();

  /**
   * Resets and moderation act on answers that other processes may be sending
   * at that very moment; messages from two processes can arrive in either
   * order, so an answer given just before a reset could arrive just after it
   * (and come back). Whatever the order, the database has the last word: a
   * second after a reset or a moderation decision the session is reloaded
   * from it — once, however many decisions came in that second.
   */
  function settle(sessionId: string) {
    if (closed || settling.has(sessionId)) return;
    const timeout = setTimeout(() => {
      settling.delete(sessionId);
      scheduleRefresh(sessionId, "full");
    }, SETTLE_MS);
    timeout.unref();
    settling.set(sessionId, timeout);
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

  /** The change itself, on this replica (also what a replay re-applies: every case is idempotent). */
  function applyToReplica(session: LiveSession, message: SyncMessage) {
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
        session.setReaction(message.stepId, message.participantId, message.reaction, message.active);
        return;
      // re-read from the database, never applied from the message (nor replayed)
      case "session":
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

  // -- reloading from the database ------------------------------------------

  const refreshing = new Map<string, RefreshState>();
  /** sessions whose last reload failed (the database did not answer): how often in a row */
  const failures = new Map<string, number>();

  /**
   * Re-read a session this process holds, one read at a time per session
   * (reads finishing out of order could leave an older state last); requests
   * arriving meanwhile are folded into one more read. "full" also reloads
   * answers, reactions and the participant count; the changes seen during a
   * full read are re-applied on top of it.
   */
  function scheduleRefresh(sessionId: string, mode: "light" | "full", announce: Announce = "session") {
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
          if (session) onChange(session, { kind: announce, sessionId });
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
      setTimeout(() => scheduleRefresh(sessionId, retryMode, failedAnnounce), REFRESH_RETRY_MS).unref();
    })();
  }

  function recordForReplay(message: SyncMessage) {
    if (!("sessionId" in message)) return;
    refreshing.get(message.sessionId)?.replay?.push(message);
  }

  function replay(session: LiveSession, entry: RefreshState) {
    for (const message of entry.replay?.splice(0) ?? []) applyToReplica(session, message);
  }

  /** After an outage: reload everything held here, and have the others reload what this process changed meanwhile. */
  function resyncAll() {
    const ids = sessions.loadedSessionIds();
    if (ids.length === 0) return;
    send({ kind: "resync", sessionIds: ids }, true);
    for (const id of ids) scheduleRefresh(id, "full");
  }

  return {
    enabled: true,
    status: () => (state === "ok" ? "ok" : "unavailable"),
    ready(timeoutMs) {
      if (state === "ok") return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timeout);
          resolve(true);
        };
        const timeout = setTimeout(() => {
          readyWaiters.delete(done);
          resolve(false);
        }, timeoutMs);
        readyWaiters.add(done);
      });
    },
    send(messages) {
      // never throws into the change path's caller: a failure here is logged, the command already succeeded
      try {
        for (const message of messages) send(message, URGENT_KINDS.has(message.kind));
        // the database has the last word on resets and decisions (see settle)
        const settled = new Set(messages.filter((m) => m.kind === "prompt-reset" || m.kind === "moderation").map((m) => (m as { sessionId: string }).sessionId));
        for (const sessionId of settled) settle(sessionId);
      } catch (error) {
        log.error({ err: error }, "could not queue a sync message");
      }
    },
    async close() {
      flush();
      closed = true;
      for (const timeout of settling.values()) clearTimeout(timeout);
      settling.clear();
      for (const resolve of readyWaiters) resolve();
      readyWaiters.clear();
      await Promise.all(
        [pub, sub].map(async (client) => {
          try {
            if (client.isReady) await client.close();
            else if (client.isOpen) client.destroy(); // still reconnecting: stop trying
          } catch {
            // already closed
          }
        }),
      );
    },
  };
}

const FIRE_AND_FORGET = new Set(["publish", "subscribe", "unsubscribe", "pSubscribe", "pUnsubscribe", "sSubscribe", "sUnsubscribe"]);

/**
 * A view of a node-redis client whose fire-and-forget commands (the ones the
 * Redis adapter never awaits) report failures to `onError` instead of
 * rejecting unhandled. Everything else is the client itself.
 */
function catchingCommands<T extends object>(client: T, onError: (error: unknown) => void): T {
  return new Proxy(client, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (typeof property !== "string" || !FIRE_AND_FORGET.has(property)) return bound;
      return (...args: unknown[]) => {
        try {
          const result = bound(...args);
          return result instanceof Promise ? result.catch(onError) : result;
        } catch (error) {
          onError(error);
          return undefined;
        }
      };
    },
  });
}
