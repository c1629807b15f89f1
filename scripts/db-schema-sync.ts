// Writes prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma.
// Prisma rejects `provider = env(...)`, so each provider needs its own schema
// file; the SQLite one is the source, the PostgreSQL one is derived here.
//
//   npm run db:schema:sync            rewrite the PostgreSQL schema
//   npm run db:schema:sync -- --check exit 1 if it is out of date
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { schemaPath } from "../server/database/migrations-folder";

const HEADER = `// GENERATED FILE: do not edit. Generated from ../sqlite/schema.prisma by
// \`npm run db:schema:sync\` (scripts/db-schema-sync.ts); edit that file instead.
// Same models; only the datasource provider and the client output differ.
`;

/** The PostgreSQL schema text for a given SQLite schema text. */
export function renderPostgresSchema(sqliteSchema: string): string {
  let text = sqliteSchema.replace(/\r\n/g, "\n");
  // The source's opening comment describes the SQLite file; ours replaces it.
  text = text.replace(/^(\s*\/\/[^\n]*\n)+\s*/, "");
  text = replaceExactlyOnce(text, /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the datasource provider "sqlite"');
  text = replaceExactlyOnce(
    text,
    /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/\.\.\/generated\/sqlite"/,
    '$1"../../generated/postgresql"',
    'the generator output "../../generated/sqlite"',
  );
  // Native types are provider specific: they cannot be carried over blindly.
  const nativeType = /@db\.\w+/.exec(text);
  if (nativeType) {
    throw new Error(`The SQLite schema uses ${nativeType[0]}; map it for PostgreSQL in scripts/db-schema-sync.ts.`);
  }
  return HEADER + "\n" + text;
}

function replaceExactlyOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, "g")) ?? [];
  if (matches.length !== 1) {
    throw new Error(`Expected ${what} exactly once in the SQLite schema, found it ${matches.length} times.`);
  }
  return text.replace(pattern, replacement);
}

export interface SchemaSyncState {
  path: string;
  expected: string;
  upToDate: boolean;
}

export function postgresSchemaState(): SchemaSyncState {
  const target = schemaPath("postgresql");
  const expected = renderPostgresSchema(readFileSync(schemaPath("sqlite"), "utf8"));
  let current: string | undefined;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  return { path: target, expected, upToDate: current === expected };
}

/** Rewrites the PostgreSQL schema when needed; returns whether it changed. */
export function syncPostgresSchema(): boolean {
  const state = postgresSchemaState();
  if (state.upToDate) return false;
  writeFileSync(state.path, state.expected);
  return true;
}

function main(argv: string[]): void {
  const state = postgresSchemaState();
  const shown = path.relative(process.cwd(), state.path);
  if (argv.includes("--check")) {
    if (state.upToDate) {
      console.log(`${shown} is up to date.`);
      return;
    }
    console.error(`${shown} is out of date: run \`npm run db:schema:sync\`.`);
    process.exitCode = 1;
    return;
  }
  console.log(syncPostgresSchema() ? `Wrote ${shown}.` : `${shown} is already up to date.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
