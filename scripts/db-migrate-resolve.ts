// Repairs the migration history after a failed migration, like
// `prisma migrate resolve` (which needs the native engine):
//
//   npm run db:migrate:resolve -- --rolled-back <migration>   it will run again on next start
//   npm run db:migrate:resolve -- --applied <migration>       you applied it by hand; skip it
//
// Acts on DATABASE_URL (default: SQLite data/hearth.db).
import { databaseUrlFromEnv } from "../server/db";
import { parseDatabaseUrl, redactPassword } from "../server/database/database-url";
import { postgresMigrationConnection, sqliteMigrationConnection } from "../server/database/migration-connections";
import { readMigrationsFolder } from "../server/database/migrations-folder";
import { openSchemaEngine } from "../server/database/schema-engine";

async function main(argv: string[]): Promise<number> {
  const mode = argv[0];
  const migrationName = argv[1];
  if ((mode !== "--rolled-back" && mode !== "--applied") || !migrationName) {
    console.error("Usage: npm run db:migrate:resolve -- --rolled-back|--applied <migration folder name>");
    return 2;
  }
  const target = parseDatabaseUrl(databaseUrlFromEnv());
  const connection = target.provider === "sqlite" ? sqliteMigrationConnection(target.filePath) : postgresMigrationConnection(target.url);
  const database = redactPassword(target.url);
  const session = await openSchemaEngine(connection, { databaseDescription: database });
  try {
    if (mode === "--rolled-back") {
      await session.engine.markMigrationRolledBack({ migrationName });
      console.log(`Marked ${migrationName} as rolled back in ${database}; it will be applied again.`);
    } else {
      const migrationsList = await readMigrationsFolder(target.provider);
      await session.engine.markMigrationApplied({ migrationName, migrationsList });
      console.log(`Marked ${migrationName} as applied in ${database}.`);
    }
    return 0;
  } catch (error) {
    throw session.explain(error, `Marking ${migrationName} ${mode.slice(2)} failed`);
  } finally {
    await session.close();
  }
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
