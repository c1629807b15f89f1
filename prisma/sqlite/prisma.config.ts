// Prisma CLI configuration for the SQLite schema (Prisma 7 reads the database
// URL from here, not from the schema). Hearth applies migrations itself at
// start-up (server/migrate.ts); this file is for the CLI: `prisma generate`
// (run by `npm install`) and, where Prisma's native engine is available,
//   DATABASE_URL=file:/abs/path.db npx prisma migrate deploy --config prisma/sqlite/prisma.config.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  datasource: {
    // Same default as the server (server/db.ts): data/hearth.db in the project root.
    url: process.env.DATABASE_URL ?? `file:${path.join(here, "..", "..", "data", "hearth.db")}`,
  },
});
