// Brings a database up to the committed migrations, at server start and in
// tests: prisma/sqlite/migrations for `file:` URLs, prisma/postgresql/migrations
// for `postgresql://` URLs. Same result as `prisma migrate deploy` (it is the
// same engine, in WebAssembly) and the same `_prisma_migrations` bookkeeping,
// without the native binary or any network access.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseDatabaseUrl, redactPassword, type DatabaseTarget } from "./database/database-url";
import { postgresMigrationConnection, sqliteMigrationConnection, type MigrationConnection } from "./database/migration-connections";
import { failedMigrationNames, isUpToDate } from "./database/migration-history";
import { migrationNames, readMigrationsFolder } from "./database/migrations-folder";
import { projectRoot } from "./database/project-root";
import { NO_FILTERS, openSchemaEngine, type EngineLogLine } from "./database/schema-engine";

export interface ApplyMigrationsOptions {
  /** Engine log lines (JSON from the wasm engine, already parsed). */
  onEngineLog?: (line: EngineLogLine) => void;
  /**
   * false: skip the quick read of _prisma_migrations and always ask the engine
   * (tests use it to prove the engine's own idempotency). Default true.
   */
  fastPath?: boolean;
}

/** Applies the committed migrations not yet in the database; returns their names (empty when up to date). */
export async function applyMigrations(databaseUrl: string, options: ApplyMigrationsOptions = {}): Promise<{ applied: string[] }> {
  const target = parseDatabaseUrl(databaseUrl);
  const migrations = await readMigrationsFolder(target.provider);
  const folder = path.relative(projectRoot(), migrations.baseDir);
  const names = migrationNames(migrations);
  if (names.length === 0) {
    throw new Error(`No migrations in ${folder}: create the first with \`npm run db:migrate:new -- init\`.`);
  }
  if (target.provider === "sqlite") await mkdir(path.dirname(target.filePath), { recursive: true });

  if (options.fastPath !== false && (await isUpToDate(target, names))) return { applied: [] };

  const database = describeDatabase(target);
  const session = await openSchemaEngine(migrationConnection(target), {
    databaseDescription: database,
    onLog: options.onEngineLog,
  });
  let failure: unknown;
  try {
    const { appliedMigrationNames } = await session.engine.applyMigrations({
      migrationsList: migrations,
      filters: NO_FILTERS,
    });
    return { applied: appliedMigrationNames };
  } catch (error) {
    failure = error;
  } finally {
    await session.close();
  }
  // After close(): the engine's connection must let go of the file first.
  const failed = await failedMigrationNames(target);
  const which = failed.length > 0 ? `migration ${failed.join(", ")} (in ${folder})` : `the migrations in ${folder}`;
  const explained = session.explain(failure, `Applying ${which} to ${database} failed`);
  if (failed.length > 0) {
    explained.message +=
      `\nThe database may be partly changed. Repair it by hand, then mark the migration rolled back` +
      ` so it runs again: npm run db:migrate:resolve -- --rolled-back ${failed[0]}`;
  }
  throw explained;
}

function migrationConnection(target: DatabaseTarget): MigrationConnection {
  return target.provider === "sqlite" ? sqliteMigrationConnection(target.filePath) : postgresMigrationConnection(target.url);
}

function describeDatabase(target: DatabaseTarget): string {
  return target.provider === "sqlite" ? `SQLite ${target.filePath}` : `PostgreSQL ${redactPassword(target.url)}`;
}
