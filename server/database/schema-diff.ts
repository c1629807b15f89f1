// What SQL would bring something up to the Prisma schema, asked of the schema
// engine. Used to write new migrations (scripts/db-migrate-new.ts) and to prove
// in tests that the committed migrations and the schema agree.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DiffTarget } from "@prisma/schema-engine-wasm";
import type { DatabaseProvider } from "./database-url";
import type { MigrationConnection } from "./migration-connections";
import { readMigrationsFolder, schemaPath } from "./migrations-folder";
import { projectRoot } from "./project-root";
import { NO_FILTERS, openSchemaEngine } from "./schema-engine";

/** The engine's diff exit code when there is something to change (0 when nothing). */
const DIFF_NOT_EMPTY = 2;

/**
 * SQL that would take a database built from the committed migrations to the
 * current schema, or null when they agree. The engine replays the migrations
 * into a shadow database that `connection` provides.
 */
export async function diffMigrationsToSchema(provider: DatabaseProvider, connection: MigrationConnection): Promise<string | null> {
  const migrations = await readMigrationsFolder(provider);
  return diffToSchema(provider, connection, { tag: "migrations", ...migrations }, "the committed migrations");
}

/** SQL that would take the live database behind `connection` to the current schema, or null. */
export async function diffDatabaseToSchema(provider: DatabaseProvider, connection: MigrationConnection): Promise<string | null> {
  const schema = await readSchema(provider);
  return diffToSchema(provider, connection, { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schemaPath(provider)) }, "the database");
}

async function diffToSchema(provider: DatabaseProvider, connection: MigrationConnection, from: DiffTarget, fromWhat: string): Promise<string | null> {
  const schema = await readSchema(provider);
  const session = await openSchemaEngine(connection, { schema });
  try {
    const result = await session.engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === DIFF_NOT_EMPTY ? (result.stdout ?? "") : null;
  } catch (error) {
    throw session.explain(error, `Comparing ${fromWhat} with ${schema.path} failed`);
  } finally {
    await session.close();
  }
}

async function readSchema(provider: DatabaseProvider): Promise<{ path: string; content: string }> {
  const file = schemaPath(provider);
  return { path: path.relative(projectRoot(), file), content: await readFile(file, "utf8") };
}
