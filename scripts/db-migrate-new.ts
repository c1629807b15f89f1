// Writes a new migration for BOTH providers from the change between the
// committed migrations and the current schema (prisma/sqlite/schema.prisma,
// with the PostgreSQL copy regenerated first):
//
//   npm run db:migrate:new -- <name>
//
// creates prisma/sqlite/migrations/<timestamp>_<name>/migration.sql and the
// same under prisma/postgresql/, in the layout `prisma migrate dev` uses.
// Nothing is written for a provider whose migrations already match its schema.
//
// The engine replays the migrations into a throwaway "shadow" database to see
// where they lead: in memory for SQLite; for PostgreSQL a temporary database
// created (and dropped) on the server at DATABASE_URL_TEST_PG (or
// TEST_DATABASE_URL_PG), default postgresql://postgres@127.0.0.1:5432/test.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { redactPassword, type DatabaseProvider } from "../server/database/database-url";
import { postgresMigrationConnection, runAdminStatement, sqliteMigrationConnection, type MigrationConnection } from "../server/database/migration-connections";
import { lockfileContent, MIGRATION_LOCK_FILE, MIGRATION_SCRIPT_FILE, migrationsDirectory } from "../server/database/migrations-folder";
import { projectRoot } from "../server/database/project-root";
import { diffMigrationsToSchema } from "../server/database/schema-diff";
import { syncPostgresSchema } from "./db-schema-sync";

const DEFAULT_SHADOW_SERVER = "postgresql://postgres@127.0.0.1:5432/test";

async function main(argv: string[]): Promise<number> {
  const rawName = argv.find((arg) => !arg.startsWith("-"));
  if (!rawName) {
    console.error("Usage: npm run db:migrate:new -- <name>   (e.g. add_session_notes)");
    return 2;
  }
  const folderName = `${timestamp(new Date())}_${migrationSlug(rawName)}`;

  if (syncPostgresSchema()) console.log("Regenerated prisma/postgresql/schema.prisma from the SQLite schema.");

  let failed = false;
  await writeMigration("sqlite", folderName, sqliteMigrationConnection(":memory:"));

  const pgUrl = process.env.DATABASE_URL_TEST_PG || process.env.TEST_DATABASE_URL_PG || DEFAULT_SHADOW_SERVER;
  const unreachable = await postgresUnreachable(pgUrl);
  if (unreachable) {
    console.error(
      [
        `Could NOT generate the PostgreSQL migration: no PostgreSQL answers at ${redactPassword(pgUrl)} (${unreachable}).`,
        "The engine needs a server where it may create a temporary shadow database.",
        "Start PostgreSQL or set DATABASE_URL_TEST_PG, then run this command again: the SQLite",
        "migration is already written, so only the PostgreSQL one will be added.",
      ].join("\n"),
    );
    failed = true;
  } else {
    await writeMigration("postgresql", folderName, postgresMigrationConnection(pgUrl));
  }
  return failed ? 1 : 0;
}

async function writeMigration(provider: DatabaseProvider, folderName: string, connection: MigrationConnection) {
  const baseDir = migrationsDirectory(provider);
  const shown = path.relative(projectRoot(), baseDir);
  const script = await diffMigrationsToSchema(provider, connection);
  if (script === null) {
    console.log(`${provider}: no change; ${shown} already matches the schema, nothing written.`);
    return;
  }
  const folder = path.join(baseDir, folderName);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, MIGRATION_SCRIPT_FILE), script);
  const lockfile = path.join(baseDir, MIGRATION_LOCK_FILE);
  if (!existsSync(lockfile)) await writeFile(lockfile, lockfileContent(provider));
  console.log(`${provider}: wrote ${path.join(shown, folderName, MIGRATION_SCRIPT_FILE)}`);
}

/** The reason PostgreSQL cannot be used, or undefined when it answers. */
async function postgresUnreachable(url: string): Promise<string | undefined> {
  try {
    await runAdminStatement(url, "SELECT 1");
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

/** Prisma's migration folder prefix: UTC, YYYYMMDDHHMMSS. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** Prisma's rule for the name part of the folder. */
function migrationSlug(name: string): string {
  return name
    .trim()
    .replace(/[^A-Za-z0-9_]/g, "_")
    .slice(0, 200);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
