// Reads Prisma's own bookkeeping table, _prisma_migrations, directly.
//
// isUpToDate is the fast path of applyMigrations: most server starts have
// nothing to apply, and this read takes a few milliseconds where loading the
// schema engine takes ~100 ms and tens of MB. It only ever answers "up to date"
// when it is sure; anything unusual (no table, a failed migration, an error)
// goes to the engine, which is the authority and explains problems.
//
// failedMigrationNames names the migration that broke when the engine's own
// error does not (it reports some database errors without the migration).
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database-url";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-connection";

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

const SELECT_ROWS = `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;

export async function isUpToDate(target: DatabaseTarget, migrationNames: string[]): Promise<boolean> {
  try {
    const rows = target.provider === "sqlite" ? readSqliteRows(target.filePath) : await readPostgresRows(target.url);
    return rows !== undefined && everyMigrationFinished(rows, migrationNames);
  } catch {
    return false;
  }
}

/** Migrations recorded as started but neither finished nor rolled back. */
export async function failedMigrationNames(target: DatabaseTarget): Promise<string[]> {
  try {
    const rows = target.provider === "sqlite" ? readSqliteRows(target.filePath) : await readPostgresRows(target.url);
    return (rows ?? []).filter((row) => row.finished_at === null && row.rolled_back_at === null).map((row) => row.migration_name);
  } catch {
    return [];
  }
}

function everyMigrationFinished(rows: MigrationRow[], migrationNames: string[]): boolean {
  const live = rows.filter((row) => row.rolled_back_at === null);
  // A started-but-unfinished migration is a failed one: the engine must report it.
  if (live.some((row) => row.finished_at === null)) return false;
  const finished = new Set(live.map((row) => row.migration_name));
  return migrationNames.every((name) => finished.has(name));
}

function readSqliteRows(filePath: string): MigrationRow[] | undefined {
  if (!existsSync(filePath)) return undefined;
  const db = new Database(filePath, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    return table ? (db.prepare(SELECT_ROWS).all() as MigrationRow[]) : undefined;
  } finally {
    db.close();
  }
}

async function readPostgresRows(url: string): Promise<MigrationRow[] | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return undefined;
    return (await client.query<MigrationRow>(SELECT_ROWS)).rows;
  } finally {
    await client.end();
  }
}
