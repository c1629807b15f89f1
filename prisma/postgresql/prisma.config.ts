// Prisma CLI configuration for the PostgreSQL schema (Prisma 7 reads the
// database URL from here, not from the schema). Hearth applies migrations
// itself at start-up (server/migrate.ts); this file is for the CLI: `prisma
// generate` (run by `npm install`) and, where Prisma's native engine is available,
//   DATABASE_URL=postgresql://… npx prisma migrate deploy --config prisma/postgresql/prisma.config.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  // Optional for `generate`; `migrate deploy` needs it.
  datasource: { url: process.env.DATABASE_URL },
});
