// The Redis link of the multi-process sync (./cluster.ts): the publishing and
// subscribing clients, the Socket.IO Redis adapter over them, and whether
// Redis is there. Reconnects by itself; `onUp` runs each time both clients
// are ready again (the cluster then resyncs what it missed).
//
// Redis down never throws into a caller: publishing fails at once (the
// resync afterwards makes up for it) and the adapter's errors are caught.
import { createAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import type { Logger } from "../logger";
import type { HearthServer } from "./broadcaster";

/** Reconnect quickly: while Redis is away, other processes' changes do not arrive. */
const reconnectStrategy = (retries: number) => Math.min(100 * 2 ** retries, 2000);

/** The namespace's server-side events, untyped: sync batches are validated on arrival (./sync-messages.ts). */
export type LooseNamespace = {
  on(event: string, listener: (...args: unknown[]) => void): void;
  serverSideEmit(event: string, ...args: unknown[]): boolean;
};

export type RedisLinkOptions = {
  io: HearthServer;
  redisUrl: string;
  /** Redis channel prefix: processes with the same prefix (and Redis) form one cluster */
  keyPrefix: string;
  /** both clients are ready (again) */
  onUp: () => void;
  logger: Logger;
};

export type RedisLink = {
  /** true while both clients are ready */
  isUp(): boolean;
  /** whether a publish can go out now */
  canPublish(): boolean;
  namespace: LooseNamespace;
  /** Resolves true once Redis is ready, false after `timeoutMs`. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
};

export function createRedisLink({ io, redisUrl, keyPrefix, onUp, logger: log }: RedisLinkOptions): RedisLink {
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
      onUp();
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

  return {
    isUp: () => !closed && state === "ok",
    canPublish: () => pub.isReady,
    namespace: io.of("/") as unknown as LooseNamespace,
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
    async close() {
      closed = true;
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
