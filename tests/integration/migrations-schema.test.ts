// The PostgreSQL schema is generated from the SQLite one; the committed copy
// must be what `npm run db:schema:sync` would write today.
import { describe, expect, it } from "vitest";
import { postgresSchemaState, renderPostgresSchema } from "../../scripts/db-schema-sync";

describe("prisma/postgresql/schema.prisma", () => {
  it("is up to date with prisma/sqlite/schema.prisma (else: npm run db:schema:sync)", () => {
    const state = postgresSchemaState();
    expect(state.upToDate, "run `npm run db:schema:sync` and commit the result").toBe(true);
  });

  it("changes only the provider, the client output and the header", () => {
    const sqlite = [
      "// SQLite flavour",
      "",
      'generator client {\n  provider = "prisma-client"\n  output   = "../../generated/sqlite"\n}',
      'datasource db {\n  provider = "sqlite"\n}',
      "model A {\n  id String @id\n}",
      "",
    ].join("\n");
    const postgres = renderPostgresSchema(sqlite);
    expect(postgres).toMatch(/^\/\/ GENERATED FILE: do not edit/);
    expect(postgres).not.toContain("SQLite flavour");
    expect(postgres).toContain('output   = "../../generated/postgresql"');
    expect(postgres).toContain('provider = "postgresql"');
    expect(postgres).toContain("model A {\n  id String @id\n}");
  });

  it("refuses what it cannot translate instead of guessing", () => {
    expect(() => renderPostgresSchema('datasource db {\n  provider = "postgresql"\n}')).toThrow(/datasource provider/);
    const withNativeType = [
      'generator client {\n  output = "../../generated/sqlite"\n}',
      'datasource db {\n  provider = "sqlite"\n}',
      "model A {\n  id String @id @db.Text\n}",
    ].join("\n");
    expect(() => renderPostgresSchema(withNativeType)).toThrow(/@db\.Text/);
  });
});
