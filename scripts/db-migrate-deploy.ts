// Applies the committed migrations to DATABASE_URL (default: SQLite
// data/hearth.db), as the server does at start-up:  npm run db:migrate
import { databaseUrlFromEnv } from "../server/db";
import { redactPassword } from "../server/database/database-url";
import { applyMigrations } from "../server/migrate";

const url = databaseUrlFromEnv();
const started = performance.now();
applyMigrations(url).then(
  ({ applied }) => {
    const took = `${Math.round(performance.now() - started)} ms`;
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s) to ${redactPassword(url)} in ${took}:\n  ${applied.join("\n  ")}`
        : `${redactPassword(url)} is up to date (${took}).`,
    );
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
