// How Hearth opens an SQLite file, for the app and for migrations alike.
// @prisma/adapter-better-sqlite3 opens the better-sqlite3 connection itself and
// has no pragma option, so we wrap its factory: every connection it makes runs
// the pragmas before Prisma (or the schema engine) sees it.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export const SQLITE_PRAGMAS = [
  // Readers never block the writer and vice versa (many participants answer at once).
  // Stored in the file, so it holds for every later connection too.
  "PRAGMA journal_mode = WAL",
  // With WAL, NORMAL only fsyncs at checkpoints: durable across app crashes,
  // may lose the last transactions on power loss. Much faster writes.
  "PRAGMA synchronous = NORMAL",
  // Wait for a lock instead of failing at once with SQLITE_BUSY.
  `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
  // onDelete: Cascade / SetNull in the schema are real foreign keys.
  "PRAGMA foreign_keys = ON",
].join(";\n");

/** An adapter factory for an SQLite file (absolute path) or ":memory:". */
export function sqliteAdapterFactory(filePath: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: filePath, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return withPragmas(await inner.connect());
    },
    async connectToShadowDb() {
      // In memory: a shadow database only lives for one diff.
      return inner.connectToShadowDb();
    },
  };
}

async function withPragmas(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
  await adapter.executeScript(SQLITE_PRAGMAS);
  return adapter;
}
