// Whether suites that need Redis can run, the way ./database.ts answers it for
// PostgreSQL: they run when TEST_REDIS_URL answers; otherwise they skip with
// a loud warning — or, under HEARTH_REQUIRE_ALL_SUITES (CI), fail.
//
//   const redis = await redisAvailable();
//   describe.skipIf(!redis.available)("… with Redis", () => { … });
import { createClient } from "redis";

export interface RedisAvailability {
  available: boolean;
  /** TEST_REDIS_URL, when available */
  url?: string;
  /** Why Redis suites are skipped; undefined when available. */
  reason?: string;
}

let availability: Promise<RedisAvailability> | undefined;

export function redisAvailable(): Promise<RedisAvailability> {
  availability ??= probeRedis().then((result) => {
    if (!result.available) {
      if (process.env.HEARTH_REQUIRE_ALL_SUITES) throw new Error(`Redis suites cannot run (CI requires them): ${result.reason}`);
      console.warn(`\n⚠️  SKIPPING Redis tests: ${result.reason}\n   Set TEST_REDIS_URL=redis://127.0.0.1:6379\n`);
    }
    return result;
  });
  return availability;
}

async function probeRedis(): Promise<RedisAvailability> {
  const url = process.env.TEST_REDIS_URL;
  if (!url) return { available: false, reason: "TEST_REDIS_URL is not set." };
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return { available: true, url };
  } catch (error) {
    const detail = error instanceof Error ? error.message || error.name : String(error);
    return { available: false, reason: `no answer from ${url} (${detail}).` };
  } finally {
    if (client.isOpen) client.destroy();
  }
}
