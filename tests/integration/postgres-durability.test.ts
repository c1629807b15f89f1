// "Saved ✓" on PostgreSQL needs synchronous_commit on for every commit.
// Hearth SETs it on each of its connections, but a pooler in transaction mode
// (PgBouncer) hands transactions to server connections that never saw the SET
// (measured: 68 of 200 statements, see server/db.ts). So at start Hearth reads
// the default a new server connection gets and warns the operator when it is
// off. Here the default is set on a throwaway database, as an operator (or a
// managed service) would set it on a role or database.
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase, postgresDurabilityWarnings } from "../../server/db";
import { runAdminStatement } from "../../server/database/migration-connections";
import { createTestDatabase, pgAvailable, type TestDatabase } from "../helpers/database";

const pg = await pgAvailable();

describe("the durability warning's rule", () => {
  it("warns only for off: local, remote_write, on and remote_apply all wait for the local flush", () => {
    expect(postgresDurabilityWarnings("off")).toHaveLength(1);
    expect(postgresDurabilityWarnings("off")[0]).toMatch(/ALTER ROLE .* SET synchronous_commit = on/);
    for (const value of ["on", "local", "remote_write", "remote_apply", undefined]) expect(postgresDurabilityWarnings(value)).toEqual([]);
  });
});

describe.skipIf(!pg.available)("PostgreSQL whose connections start with synchronous_commit = off", () => {
  let testDatabase: TestDatabase | undefined;
  afterEach(async () => testDatabase?.cleanup());

  it("is reported (startHearth logs it as a warning), although Hearth's own connections have it on", async () => {
    testDatabase = await createTestDatabase("postgresql");
    const quiet = createDatabase(testDatabase.url);
    try {
      expect(await quiet.durabilityWarnings()).toEqual([]);
    } finally {
      await quiet.close();
    }

    const name = new URL(testDatabase.url).pathname.slice(1);
    await runAdminStatement(process.env.TEST_DATABASE_URL_PG!, `ALTER DATABASE "${name}" SET synchronous_commit = off`);
    const database = createDatabase(testDatabase.url);
    try {
      // Hearth's SET still holds on its own (direct) connection…
      const [session] = await database.prisma.$queryRaw<{ value: string }[]>`SELECT current_setting('synchronous_commit') AS value`;
      expect(session?.value).toBe("on");
      // …but the default a pooler's server connection would start with is off, and that is what is reported
      const warnings = await database.durabilityWarnings();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/synchronous_commit = off/);
    } finally {
      await database.close();
    }
  });
});

describe("SQLite", () => {
  it("has nothing to report: every connection is this process's own, with synchronous = FULL", async () => {
    const database = await createTestDatabase("sqlite");
    try {
      expect(await database.db.durabilityWarnings()).toEqual([]);
    } finally {
      await database.cleanup();
    }
  });
});
