// Throwaway databases for tests, built from the committed migrations exactly
// as the server builds its own (server/migrate.ts).
//
//   const { db, cleanup } = await createTestDatabase("sqlite");
//
// SQLite: a fresh file in the OS temp folder. PostgreSQL: a fresh database
// (hearth_test_<random>) on the server at TEST_DATABASE_URL_PG, dropped by
// cleanup(). PostgreSQL suites must guard themselves, either
//
//   describe.each(await providersUnderTest())("… on %s", (provider) => { … });
//
// or, for a PostgreSQL-only suite,
//
//   const pg = await pgAvailable();
//   describe.skipIf(!pg.available)("… on PostgreSQL", () => { … });
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabase, type Database, type DatabaseProvider } from "../../server/db";
import { redactPassword, withPostgresDatabase } from "../../server/database/database-url";
import { runAdminStatement } from "../../server/database/migration-connections";
import { applyMigrations } from "../../server/migrate";

export interface TestDatabase {
  url: string;
  provider: DatabaseProvider;
  db: Database;
  /** Names applyMigrations reported while building it. */
  applied: string[];
  cleanup(): Promise<void>;
}

export async function createTestDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  return provider === "sqlite" ? createSqliteTestDatabase() : createPostgresTestDatabase();
}

async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "hearth-test-"));
  const url = `file:${path.join(folder, "hearth.db")}`;
  try {
    const { applied } = await applyMigrations(url);
    const db = createDatabase(url);
    return {
      url,
      provider: "sqlite",
      db,
      applied,
      async cleanup() {
        await db.close();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL_PG;
  if (!server) throw new Error("TEST_DATABASE_URL_PG is not set: guard PostgreSQL suites with pgAvailable().");
  const name = `hearth_test_${randomBytes(6).toString("hex")}`;
  const url = withPostgresDatabase(server, name);
  const dropDatabase = () => runAdminStatement(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await runAdminStatement(server, `CREATE DATABASE "${name}"`);
  try {
    const { applied } = await applyMigrations(url);
    const db = createDatabase(url);
    return {
      url,
      provider: "postgresql",
      db,
      applied,
      async cleanup() {
        await db.close();
        await dropDatabase();
      },
    };
  } catch (error) {
    await dropDatabase().catch(() => undefined);
    throw error;
  }
}

export interface PgAvailability {
  available: boolean;
  /** Why PostgreSQL suites are skipped; undefined when available. */
  reason?: string;
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL_PG answers (else a loud warning). */
export async function providersUnderTest(): Promise<DatabaseProvider[]> {
  return (await pgAvailable()).available ? ["sqlite", "postgresql"] : ["sqlite"];
}

let availability: Promise<PgAvailability> | undefined;

/**
 * Whether PostgreSQL suites can run. When they cannot, says so loudly (once
 * per test process): a silently skipped suite looks exactly like a passing one.
 * CI always sets TEST_DATABASE_URL_PG.
 */
export function pgAvailable(): Promise<PgAvailability> {
  availability ??= probePostgres().then((result) => {
    if (!result.available) {
      if (process.env.HEARTH_REQUIRE_ALL_SUITES) throw new Error(`PostgreSQL suites cannot run (CI requires them): ${result.reason}`);
      console.warn(
        `\n⚠️  SKIPPING PostgreSQL tests: ${result.reason}\n` +
          "   Set TEST_DATABASE_URL_PG=postgresql://postgres@127.0.0.1:5432/test (a server where the tests may CREATE DATABASE).\n",
      );
    }
    return result;
  });
  return availability;
}

async function probePostgres(): Promise<PgAvailability> {
  const server = process.env.TEST_DATABASE_URL_PG;
  if (!server) return { available: false, reason: "TEST_DATABASE_URL_PG is not set." };
  try {
    await runAdminStatement(server, "SELECT 1");
    return { available: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message || error.name : String(error);
    return { available: false, reason: `no answer from ${redactPassword(server)} (${detail}).` };
  }
}
