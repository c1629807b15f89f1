// Hearth under test: the real server (database, auth, API, Socket.IO; no
// Next.js pages, which the load never touches) in its own process, started by
// bench/run.ts with `fork`. It reports its port over IPC and then answers the
// bench's measurement requests (bench/child-stats.ts). The bench ends it with
// SIGKILL — nothing is flushed or closed — so the lost-answer count checks
// that every acknowledged answer was already durable.
//
// Environment: BENCH_DATABASE_URL (required), BENCH_LOG_LEVEL (default "warn").
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
  secret: "bench-secret-bench-secret-bench-secret-0123456789",
  pages: false,
  logger: createLogger(process.env.BENCH_LOG_LEVEL ?? "warn"),
});
process.send!({ type: "ready", port: hearth.port });
