// A real Hearth (database, auth, API, Socket.IO; the Next.js pages only when
// HEARTH_CHILD_PAGES=1, for browser tests) in its own process, for tests that kill it, restart it or cut it off from its database.
// Started by tests/helpers/hearth-process.ts with `fork`; it reports its port
// over IPC ({ type: "ready", port }) and closes cleanly on { type: "exit" }.
// When the test process goes away (even killed), the IPC channel closes and
// this process exits with it, so no Hearth outlives its test.
//
// Environment (set by hearth-process.ts):
//   HEARTH_CHILD_DATABASE_URL      required
//   HEARTH_CHILD_PORT              default 0 (any free port)
//   HEARTH_CHILD_SECRET            default a fixed test secret
//   HEARTH_CHILD_REDIS_URL         optional
//   HEARTH_CHILD_REDIS_KEY_PREFIX  optional (passed through to startHearth)
//   HEARTH_CHILD_LOG_LEVEL         default TEST_LOG_LEVEL, else "warn"
//   HEARTH_CHILD_PAGES             "1": serve the pages too (needs a page build in .next)
import { startHearth, type HearthOptions } from "../../server/app";
import { createLogger } from "../../server/logger";
import { GENEROUS_TEST_RATE_LIMITS } from "./hearth-server";

const env = process.env;
const databaseUrl = env.HEARTH_CHILD_DATABASE_URL;
if (!databaseUrl) throw new Error("HEARTH_CHILD_DATABASE_URL is not set");

// the test process is gone: nobody will ever stop this one
process.on("disconnect", () => process.exit(0));

const options: HearthOptions & { redisKeyPrefix?: string } = {
  databaseUrl,
  port: Number(env.HEARTH_CHILD_PORT ?? 0),
  host: "127.0.0.1",
  secret: env.HEARTH_CHILD_SECRET || "test-secret-test-secret-test-secret-0123456789",
  pages: env.HEARTH_CHILD_PAGES === "1" ? { dev: false } : false,
  logger: createLogger(env.HEARTH_CHILD_LOG_LEVEL || env.TEST_LOG_LEVEL || "warn"),
  rateLimits: GENEROUS_TEST_RATE_LIMITS,
  pauseRequestIntervalMs: 0,
  // like tests/helpers/hearth-server.ts: suites sign up several facilitators
  signUpMode: "open",
  ...(env.HEARTH_CHILD_REDIS_URL ? { redisUrl: env.HEARTH_CHILD_REDIS_URL } : {}),
  ...(env.HEARTH_CHILD_REDIS_KEY_PREFIX ? { redisKeyPrefix: env.HEARTH_CHILD_REDIS_KEY_PREFIX } : {}),
};

try {
  const hearth = await startHearth(options);
  process.on("message", (message: { type?: string }) => {
    if (message?.type !== "exit") return;
    void hearth
      .close()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  });
  process.send!({ type: "ready", port: hearth.port });
} catch (error) {
  process.send?.({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
