// `npm start` / `npm run dev`: boot one Hearth process and shut it down
// gracefully on SIGINT/SIGTERM (stop accepting, flush, close the database).
import "./preflight"; // first: Node version check and .env, before anything native loads
import { join } from "node:path";
import { startHearth, projectRoot } from "./app";
import { databaseUrlFromEnv } from "./db";
import { readEnv } from "./env";
import { createLogger } from "./logger";
import { lanAddresses } from "./network";
import { readOrCreateSecret } from "./secret";
import { parseTrustProxy } from "./security/client-ip";

const SHUTDOWN_GRACE_MS = 5000;

async function main() {
  const env = readEnv();
  const dev = process.argv.includes("--dev");
  const logger = createLogger(env.LOG_LEVEL);
  const databaseUrl = env.DATABASE_URL ?? databaseUrlFromEnv();
  // REDIS_URL means several processes; they must share one database server
  if (env.REDIS_URL && databaseUrl.startsWith("file:"))
    throw new Error(
      "Hearth cannot start: REDIS_URL is set (several Hearth processes), but the database is SQLite, which Hearth supports for one process only.\n" +
        "  Run several processes on PostgreSQL (DATABASE_URL=postgresql://…), or unset REDIS_URL to run one process on SQLite.",
    );
  const hearth = await startHearth({
    databaseUrl,
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL,
    secret: env.BETTER_AUTH_SECRET ?? readOrCreateSecret(join(projectRoot, "data", "auth-secret")),
    pages: { dev, testLocales: env.HEARTH_TEST_LOCALES === "1" },
    logger,
    redisUrl: env.REDIS_URL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    signUpMode: env.HEARTH_SIGNUP,
    retention: { days: env.HEARTH_RETENTION_DAYS },
  });

  const lines = [
    "",
    `  Hearth is running${dev ? " (development, hot reload)" : ""}.`,
    `  On this computer:        http://localhost:${hearth.port}`,
    ...lanAddresses().map((a) => `  On your network:         http://${a}:${hearth.port}`),
    `  Participants join at:    ${hearth.publicUrl}/join`,
    "",
  ];
  process.stdout.write(lines.join("\n") + "\n");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    hearth.close().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
