// DATABASE_URL decides the engine: `file:` is SQLite (the embedded default),
// `postgresql://` (or `postgres://`) is PostgreSQL. Everything that opens a
// database goes through parseDatabaseUrl so both kinds are read the same way.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "./project-root";

export type DatabaseProvider = "sqlite" | "postgresql";

export type DatabaseTarget =
  /** `filePath` is absolute; `url` is `file:` + that path. */
  { provider: "sqlite"; url: string; filePath: string } | { provider: "postgresql"; url: string };

export function providerOfUrl(databaseUrl: string): DatabaseProvider {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  throw new Error(`Unsupported DATABASE_URL "${redactPassword(databaseUrl)}": use file:./data/hearth.db (SQLite) or postgresql://user@host:5432/db.`);
}

export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  return providerOfUrl(databaseUrl) === "sqlite" ? parseSqliteUrl(databaseUrl) : parsePostgresUrl(databaseUrl);
}

function parseSqliteUrl(databaseUrl: string): DatabaseTarget {
  // Prisma-style `file:./x.db?…` parameters mean nothing to better-sqlite3.
  const withoutQuery = databaseUrl.replace(/\?.*$/, "");
  const location = withoutQuery.startsWith("file://") ? fileURLToPath(withoutQuery) : withoutQuery.slice("file:".length);
  if (location === "" || location.includes(":memory:")) {
    // Migrations and the app use separate connections; an in-memory database
    // would be a different, empty one for each of them.
    throw new Error(`SQLite DATABASE_URL "${databaseUrl}" must name a file, e.g. file:./data/hearth.db.`);
  }
  const filePath = path.resolve(projectRoot(), location);
  return { provider: "sqlite", url: `file:${filePath}`, filePath };
}

function parsePostgresUrl(databaseUrl: string): DatabaseTarget {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema");
  // Hearth's migrations create tables in the search path's default schema;
  // a separate database is the supported way to isolate an installation.
  if (schema !== null && schema !== "public") {
    throw new Error(`PostgreSQL DATABASE_URL uses ?schema=${schema}; Hearth supports only the public schema. Use a dedicated database instead.`);
  }
  url.searchParams.delete("schema");
  return { provider: "postgresql", url: url.toString() };
}

/** The same server and credentials, another database (shadow and test databases). */
export function withPostgresDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Safe to print: the password (if any) replaced by ***. */
export function redactPassword(databaseUrl: string): string {
  if (databaseUrl.startsWith("file:")) return databaseUrl;
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return databaseUrl;
  }
}
