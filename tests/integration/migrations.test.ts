// The committed migrations, on both providers: they build a database that
// matches the Prisma schema, applying them is idempotent, and the Prisma
// client works on the result.
//
//   TEST_DATABASE_URL_PG=postgresql://postgres@127.0.0.1:5432/test npx vitest run tests/integration/migrations.test.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, databaseUrlFromEnv, type DatabaseProvider } from "../../server/db";
import { parseDatabaseUrl } from "../../server/database/database-url";
import { postgresMigrationConnection, sqliteMigrationConnection, type MigrationConnection } from "../../server/database/migration-connections";
import { migrationNames, readMigrationsFolder } from "../../server/database/migrations-folder";
import { projectRoot } from "../../server/database/project-root";
import { diffDatabaseToSchema, diffMigrationsToSchema } from "../../server/database/schema-diff";
import { applyMigrations } from "../../server/migrate";
import { createTestDatabase, pgAvailable, type TestDatabase } from "../helpers/database";

const pg = await pgAvailable();

const PROVIDERS: { provider: DatabaseProvider; skip: boolean }[] = [
  { provider: "sqlite", skip: false },
  { provider: "postgresql", skip: !pg.available },
];

/** A connection the engine can use to diff: the test database itself, or (for the shadow) its server. */
function engineConnection(url: string): MigrationConnection {
  const target = parseDatabaseUrl(url);
  return target.provider === "sqlite" ? sqliteMigrationConnection(target.filePath) : postgresMigrationConnection(target.url);
}

for (const { provider, skip } of PROVIDERS) {
  const title = `committed migrations on ${provider}${skip ? ` (SKIPPED: ${pg.reason})` : ""}`;
  describe.skipIf(skip)(title, () => {
    let testDb: TestDatabase;
    let committed: string[];
    let freshApplyMs: number;

    beforeAll(async () => {
      committed = migrationNames(await readMigrationsFolder(provider));
      const started = performance.now();
      testDb = await createTestDatabase(provider);
      freshApplyMs = performance.now() - started;
      console.info(`[${provider}] fresh database + all migrations: ${freshApplyMs.toFixed(0)} ms`);
    });
    afterAll(async () => {
      await testDb?.cleanup();
    });

    it("applies every committed migration to a fresh database, in order", () => {
      expect(committed.length).toBeGreaterThan(0);
      expect(testDb.applied).toEqual(committed);
    });

    it("builds from the migrations alone exactly the schema (engine diff migrations → schema is empty)", async () => {
      const diff = await diffMigrationsToSchema(provider, engineConnection(testDb.url));
      expect(diff, `prisma/${provider}/migrations lag the schema; run npm run db:migrate:new -- <name>`).toBeNull();
    });

    it("leaves the migrated database matching the schema (engine diff database → schema is empty)", async () => {
      expect(await diffDatabaseToSchema(provider, engineConnection(testDb.url))).toBeNull();
    });

    it("is idempotent: a second run applies nothing, on the fast path and through the engine", async () => {
      let started = performance.now();
      expect(await applyMigrations(testDb.url)).toEqual({ applied: [] });
      const fastMs = performance.now() - started;

      started = performance.now();
      expect(await applyMigrations(testDb.url, { fastPath: false })).toEqual({ applied: [] });
      const engineMs = performance.now() - started;
      console.info(`[${provider}] re-apply with nothing to do: ${fastMs.toFixed(0)} ms (fast path), ${engineMs.toFixed(0)} ms (engine)`);
    });

    it("records each migration in _prisma_migrations with Prisma's checksum (sha256 of migration.sql)", async () => {
      const rows = await testDb.db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      const expected = committed.map((name) => {
        const script = readFileSync(path.join(projectRoot(), "prisma", provider, "migrations", name, "migration.sql"));
        return { migration_name: name, checksum: createHash("sha256").update(script).digest("hex") };
      });
      expect(rows).toEqual(expected);
    });

    it("creates and reads rows through the Prisma client", async () => {
      const { prisma } = testDb.db;
      const owner = await prisma.facilitator.create({
        data: { id: `fac_${provider}`, name: "Ada", email: `ada-${provider}@example.org` },
      });
      const session = await prisma.session.create({
        data: {
          ownerId: owner.id,
          title: "Retro",
          joinCode: `JOIN-${provider}`,
          contentNote: "",
          resources: { title: "Support", items: [{ label: "Helpline", url: "https://example.org" }] },
          steps: { create: [{ position: 0, title: "Welcome", body: "Hello *there*" }] },
        },
      });

      const read = await prisma.session.findUniqueOrThrow({
        where: { joinCode: `JOIN-${provider}` },
        include: { owner: true, steps: true },
      });
      expect(read.id).toBe(session.id);
      expect(read.owner.emailVerified).toBe(false);
      expect(read.status).toBe("lobby");
      expect(read.anonymityThreshold).toBe(3);
      expect(read.createdAt).toBeInstanceOf(Date);
      expect(read.resources).toEqual({ title: "Support", items: [{ label: "Helpline", url: "https://example.org" }] });
      expect(read.steps.map((step) => step.title)).toEqual(["Welcome"]);

      // Foreign keys are real: deleting the owner cascades to sessions and steps.
      await prisma.facilitator.delete({ where: { id: owner.id } });
      expect(await prisma.session.count()).toBe(0);
      expect(await prisma.sessionStep.count()).toBe(0);
    });

    if (provider === "sqlite") {
      // synchronous = FULL (2): an acknowledged answer survives a power cut, not only a crash of Hearth
      it("opens SQLite in WAL mode with the connection pragmas", async () => {
        const [pragmas] = await testDb.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
          "SELECT * FROM pragma_journal_mode, pragma_synchronous, pragma_foreign_keys, pragma_busy_timeout",
        );
        expect(pragmas).toEqual({ journal_mode: "wal", synchronous: 2n, foreign_keys: 1n, timeout: 5000n });
      });
    }

    if (provider === "postgresql") {
      // a server (or database) configured with synchronous_commit = off could lose acknowledged answers in a crash
      it("commits synchronously and bounds every statement, whatever the server's defaults", async () => {
        const name = new URL(testDb.url).pathname.slice(1);
        await testDb.db.prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
        const fresh = createDatabase(testDb.url);
        try {
          const [settings] = await fresh.prisma.$queryRawUnsafe<{ synchronous_commit: string; statement_timeout: string }[]>(
            "SELECT current_setting('synchronous_commit') AS synchronous_commit, current_setting('statement_timeout') AS statement_timeout",
          );
          expect(settings).toEqual({ synchronous_commit: "on", statement_timeout: "10s" });
        } finally {
          await fresh.close();
        }
      });
    }
  });
}

describe("several databases in one process", () => {
  it("keeps two SQLite databases independent", async () => {
    const [a, b] = await Promise.all([createTestDatabase("sqlite"), createTestDatabase("sqlite")]);
    try {
      await a.db.prisma.facilitator.create({ data: { id: "only-in-a", name: "A", email: "a@example.org" } });
      expect(await a.db.prisma.facilitator.count()).toBe(1);
      expect(await b.db.prisma.facilitator.count()).toBe(0);
    } finally {
      await Promise.all([a.cleanup(), b.cleanup()]);
    }
  });
});

describe("database URLs", () => {
  it("defaults to SQLite data/hearth.db in the project root, whatever the cwd", () => {
    expect(databaseUrlFromEnv({})).toBe(`file:${path.join(projectRoot(), "data", "hearth.db")}`);
    expect(databaseUrlFromEnv({ DATABASE_URL: "file:./other/x.db" })).toBe(`file:${path.join(projectRoot(), "other", "x.db")}`);
  });

  it("rejects URLs it cannot serve, saying why", () => {
    expect(() => createDatabase("mysql://localhost/hearth")).toThrow(/Unsupported DATABASE_URL/);
    expect(() => createDatabase("file::memory:")).toThrow(/must name a file/);
    expect(() => createDatabase("postgresql://localhost/hearth?schema=other")).toThrow(/only the public schema/);
  });
});
