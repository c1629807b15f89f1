// How Hearth opens an SQLite file, for the app and for migrations alike.
// @prisma/adapter-better-sqlite3 opens the better-sqlite3 connection itself and
// has no pragma option, so we wrap its factory: every connection it makes runs
// the pragmas before Prisma (or the schema engine) sees it.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * FULL: every commit is fsynced to the write-ahead log before it returns, so
 * "Saved ✓" holds across a power cut or kernel crash, not only a crash of
 * Hearth. NORMAL fsyncs only at checkpoints: the last transactions can be
 * rolled back by a power loss (SQLite's documentation says so). Answers are
 * committed in batches, so FULL costs one fsync per batch; bench/README.md
 * has the measured cost. NORMAL exists only for the benchmark's comparison.
 */
export type SqliteSynchronous = "FULL" | "NORMAL";
export const DEFAULT_SQLITE_SYNCHRONOUS: SqliteSynchronous = "FULL";

export const sqlitePragmas = (synchronous: SqliteSynchronous = DEFAULT_SQLITE_SYNCHRONOUS) =>
  [
    // Readers never block the writer and vice versa (many participants answer at once).
    // Stored in the file, so it holds for every later connection too.
    "PRAGMA journal_mode = WAL",
    `PRAGMA synchronous = ${synchronous === "NORMAL" ? "NORMAL" : "FULL"}`,
    // Wait for a lock instead of failing at once with SQLITE_BUSY.
    `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`,
    // onDelete: Cascade / SetNull in the schema are real foreign keys.
    "PRAGMA foreign_keys = ON",
  ].join(";\n");

export const SQLITE_PRAGMAS = sqlitePragmas();

/** An adapter factory for an SQLite file (absolute path) or ":memory:". */
export function sqliteAdapterFactory(filePath: string, options: { synchronous?: SqliteSynchronous } = {}): SqlMigrationAwareDriverAdapterFactory {
  const pragmas = sqlitePragmas(options.synchronous);
  const inner = new PrismaBetterSqlite3({ url: filePath, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      return withPragmas(await inner.connect(), pragmas);
    },
    async connectToShadowDb() {
      // In memory: a shadow database only lives for one diff.
      return inner.connectToShadowDb();
    },
  };
}

async function withPragmas(adapter: SqlDriverAdapter, pragmas: string): Promise<SqlDriverAdapter> {
  await adapter.executeScript(pragmas);
  beginImmediate(adapter);
  return adapter;
}

type Client = { prepare(sql: string): unknown };

/**
 * Transactions on this connection begin IMMEDIATE (they take the write lock
 * first, waiting up to busy_timeout for it). A second connection writes too
 * (./sqlite-writer.ts), and a plain BEGIN that reads, then writes after the
 * other connection committed, fails at once with SQLITE_BUSY_SNAPSHOT:
 * busy_timeout does not cover it. The adapter has no option for this, so
 * its connection's `prepare` is wrapped to turn its BEGIN into BEGIN
 * IMMEDIATE; tests/integration/sqlite-driver.test.ts fails if an upgrade of
 * the adapter moves the connection elsewhere.
 */
function beginImmediate(adapter: SqlDriverAdapter) {
  const holder = adapter as unknown as { client?: Client };
  const client = holder.client;
  if (!client || typeof client.prepare !== "function") throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: see beginImmediate");
  holder.client = new Proxy(client, {
    get(target, property) {
      if (property === "prepare") return (sql: string) => target.prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
