// Hearth under test: the real server (database, auth, API, Socket.IO; no
// Next.js pages, which the load never touches) in its own process, started by
// bench/run.ts with `fork`. It reports its port over IPC and then answers the
// bench's measurement requests (bench/child-stats.ts). The bench ends it with
// SIGKILL — nothing is flushed or closed — so the lost-answer count checks
// that every acknowledged answer was already durable.
//
// Hearth runs as if behind a reverse proxy on this machine (trustProxy
// loopback), so each simulated phone can present its own address in
// X-Forwarded-For: per-address rate limits stay in force, as for phones on
// separate connections, instead of treating thousands of participants as one
// address.
//
// Environment: BENCH_DATABASE_URL (required), BENCH_LOG_LEVEL (default "warn"),
// BENCH_SQLITE_SYNCHRONOUS (FULL, Hearth's default, or NORMAL for comparison).
// Several processes (`--processes 2`): BENCH_REDIS_URL and BENCH_REDIS_KEY_PREFIX
// (the run's own channel prefix, so no other Hearth on that Redis hears this
// cluster) and BENCH_SECRET (the run's own auth secret, the same on every
// process, so the facilitator's cookie works on all; its rate-limit keys in
// Redis are keyed hashes under it, so they are this run's alone).
import { startHearth } from "../server/app";
import { createLogger } from "../server/logger";
import { serveStats } from "./child-stats";

const databaseUrl = process.env.BENCH_DATABASE_URL;
if (!databaseUrl) throw new Error("BENCH_DATABASE_URL is not set");

serveStats();
const hearth = await startHearth({
  databaseUrl,
  port: 0,
  host: "127.0.0.1",
  secret: process.env.BENCH_SECRET || "bench-secret-bench-secret-bench-secret-0123456789",
  pages: false,
  trustProxy: ["loopback"],
  logger: createLogger(process.env.BENCH_LOG_LEVEL ?? "warn"),
  sqliteSynchronous: process.env.BENCH_SQLITE_SYNCHRONOUS === "NORMAL" ? "NORMAL" : "FULL",
  ...(process.env.BENCH_REDIS_URL ? { redisUrl: process.env.BENCH_REDIS_URL, redisKeyPrefix: process.env.BENCH_REDIS_KEY_PREFIX || undefined } : {}),
});
process.send!({ type: "ready", port: hearth.port });
