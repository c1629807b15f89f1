// Rate limiters on rate-limiter-flexible: in this process's memory by default,
// in Redis when REDIS_URL is set (so several Hearth processes share one count).
//
// Keys are never stored as given: every key (an IP address, an e-mail
// address, a socket id) is replaced by a keyed hash (HMAC-SHA-256 with the
// server's secret) before it reaches memory or Redis, so neither holds an IP
// address or an e-mail address, and the keys mean nothing without the secret.
import { createHmac } from "node:crypto";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { createClient } from "redis";
import type { Logger } from "../logger";
import type { LimitSpec } from "./rate-limits";

export type LimitDecision = { allowed: true; consumed: number; remaining: number } | { allowed: false; consumed: number; retryAfterSeconds: number };

export interface Limiter {
  readonly name: string;
  readonly spec: LimitSpec;
  /** Spend `points` from `key`'s budget; refused once the budget is spent. */
  consume(key: string, points?: number): Promise<LimitDecision>;
  /** Whether `key` still has budget, without spending any. */
  check(key: string): Promise<LimitDecision>;
  /** Forget `key` (e.g. after a successful sign-in, or a closed connection). */
  reset(key: string): Promise<void>;
}

export type LimiterStoreOptions = {
  /** HMAC key for hashing limiter keys (the auth secret) */
  secret: string;
  /** redis://… — share counts between processes; memory when unset */
  redisUrl?: string;
  logger: Logger;
};

type RedisClient = Awaited<ReturnType<typeof connectRedis>>;

export type LimiterStore = {
  readonly backend: "memory" | "redis";
  /** A limiter shared between processes when Redis is configured. */
  shared(name: string, spec: LimitSpec): Limiter;
  close(): Promise<void>;
};

export async function createLimiterStore(options: LimiterStoreOptions): Promise<LimiterStore> {
  const hash = (name: string, key: string) => createHmac("sha256", options.secret).update(`${name}\u0000${key}`).digest("base64url").slice(0, 24);
  let redis: RedisClient | null = null;
  if (options.redisUrl) redis = await connectRedis(options.redisUrl, options.logger);

  function wrap(name: string, spec: LimitSpec, limiter: RateLimiterMemory | RateLimiterRedis): Limiter {
    const decide = (res: RateLimiterRes, allowed: boolean): LimitDecision =>
      allowed
        ? { allowed: true, consumed: res.consumedPoints, remaining: res.remainingPoints }
        : { allowed: false, consumed: res.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
    // A store failure (with the memory insurance in place, only a bug) must not
    // take Hearth down: it is logged and the request is let through.
    const failOpen = (error: unknown): LimitDecision => {
      options.logger.error({ err: error, limit: name }, "rate limiter failed; allowing the request");
      return { allowed: true, consumed: 0, remaining: spec.points };
    };
    return {
      name,
      spec,
      async consume(key, points = 1) {
        try {
          return decide(await limiter.consume(hash(name, key), points), true);
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes) return decide(rejection, false);
          return failOpen(rejection);
        }
      },
      async check(key) {
        try {
          const res = await limiter.get(hash(name, key));
          if (!res || res.consumedPoints < spec.points) return { allowed: true, consumed: res?.consumedPoints ?? 0, remaining: spec.points - (res?.consumedPoints ?? 0) };
          return decide(res, false);
        } catch (error) {
          return failOpen(error);
        }
      },
      async reset(key) {
        await limiter.delete(hash(name, key)).catch((error: unknown) => failOpen(error));
      },
    };
  }

  const memory = (name: string, spec: LimitSpec) => new RateLimiterMemory({ keyPrefix: `hearth:${name}`, points: spec.points, duration: spec.duration });

  return {
    backend: redis ? "redis" : "memory",
    shared(name, spec) {
      if (!redis) return wrap(name, spec, memory(name, spec));
      return wrap(
        name,
        spec,
        new RateLimiterRedis({
          storeClient: redis,
          useRedisPackage: true,
          keyPrefix: `hearth:rl:${name}`,
          points: spec.points,
          duration: spec.duration,
          // while Redis is unreachable each process counts on its own instead
          // of waiting for it (or letting everything through)
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory(name, spec),
        }),
      );
    },
    async close() {
      if (!redis) return;
      try {
        if (redis.isReady) await redis.close();
        else if (redis.isOpen) redis.destroy(); // still reconnecting: stop trying
      } catch {
        // already closed
      }
    },
  };
}

const REDIS_CONNECT_WAIT_MS = 3000;

async function connectRedis(url: string, logger: Logger) {
  const client = createClient({
    url,
    // commands fail at once while disconnected (the memory insurance counts instead)
    disableOfflineQueue: true,
    socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 10_000) },
  });
  let lastLogged = 0;
  client.on("error", (error: unknown) => {
    // a Redis outage retries every few seconds: say so once a minute, not each time
    if (Date.now() - lastLogged < 60_000) return;
    lastLogged = Date.now();
    logger.warn({ err: error }, "rate limits: Redis is unreachable; counting in this process until it is back");
  });
  // Do not hold the start up for Redis: wait a moment, then go on counting in
  // memory while the client keeps reconnecting in the background.
  const connecting = client.connect().then(
    () => true,
    (error: unknown) => {
      logger.warn({ err: error }, "rate limits: could not connect to Redis");
      return false;
    },
  );
  const connected = await Promise.race([connecting, new Promise<false>((resolve) => setTimeout(() => resolve(false), REDIS_CONNECT_WAIT_MS).unref())]);
  if (!connected) logger.warn("rate limits: Redis is not reachable yet; counting in this process until it is");
  return client;
}
