// Upgrading a database made by the schema before co-facilitation (every
// migration before 20261201202435_co_facilitation) on both providers: the
// rows there — accounts with their passwords and sign-ins, a session with its
// steps, prompt, participant and answer — are all still there afterwards,
// the new columns have their defaults, and the oldest account becomes the
// administrator when Hearth starts on it. And upgrading a database made by
// the schema before teams (every migration before the one named "teams"):
// accounts, templates with their pictures, sessions with co-facilitators,
// invitations and audit trails all survive the rebuilt Session and Template
// tables, personal and not shared with any team.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createDatabase, type DatabaseProvider } from "../../server/db";
import { parseDatabaseUrl, withPostgresDatabase } from "../../server/database/database-url";
import { postgresMigrationConnection, runAdminStatement, sqliteMigrationConnection } from "../../server/database/migration-connections";
import { readMigrationsFolder } from "../../server/database/migrations-folder";
import { NO_FILTERS, openSchemaEngine } from "../../server/database/schema-engine";
import { applyMigrations } from "../../server/migrate";
import { createRepositories } from "../../server/repositories";
import { providersUnderTest } from "../helpers/database";

const FIRST_NEW_MIGRATION = "20261201202435_co_facilitation";

/** An empty database of this provider, and how to drop it. */
async function emptyDatabase(provider: DatabaseProvider): Promise<{ url: string; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const folder = await mkdtemp(path.join(os.tmpdir(), "hearth-upgrade-"));
    return { url: `file:${path.join(folder, "hearth.db")}`, drop: () => rm(folder, { recursive: true, force: true }) };
  }
  const server = process.env.TEST_DATABASE_URL_PG!;
  const name = `hearth_upgrade_${randomBytes(6).toString("hex")}`;
  await runAdminStatement(server, `CREATE DATABASE "${name}"`);
  return { url: withPostgresDatabase(server, name), drop: () => runAdminStatement(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Apply only the migrations before `firstNew`: the previous schema. */
async function applyPreviousSchema(provider: DatabaseProvider, url: string, firstNew = FIRST_NEW_MIGRATION) {
  const list = await readMigrationsFolder(provider);
  const previous = { ...list, migrationDirectories: list.migrationDirectories.filter((d) => d.path < firstNew) };
  expect(previous.migrationDirectories.length).toBeLessThan(list.migrationDirectories.length);
  const target = parseDatabaseUrl(url);
  const session = await openSchemaEngine(target.provider === "sqlite" ? sqliteMigrationConnection(target.filePath) : postgresMigrationConnection(target.url));
  try {
    await session.engine.applyMigrations({ migrationsList: previous, filters: NO_FILTERS });
  } finally {
    await session.close();
  }
}

describe.each(await providersUnderTest())("upgrading a database of the previous schema on %s", (provider) => {
  it("keeps every row and makes the oldest account the administrator", async () => {
    const { url, drop } = await emptyDatabase(provider);
    try {
      await applyPreviousSchema(provider, url);
      // rows written the way the previous schema had them (raw SQL: today's client knows other columns)
      const old = createDatabase(url);
      const p = (n: number) => (provider === "postgresql" ? `$${n}` : "?");
      const json = (n: number) => (provider === "postgresql" ? `$${n}::jsonb` : "?");
      const now = new Date("2026-11-30T18:00:00.000Z");
      const later = new Date("2026-11-30T19:00:00.000Z");
      const run = (sql: string, ...values: unknown[]) => old.prisma.$executeRawUnsafe(sql, ...values);
      await run(
        `INSERT INTO "Facilitator" ("id","name","email","emailVerified","createdAt","updatedAt") VALUES (${p(1)},${p(2)},${p(3)},false,${p(4)},${p(5)})`,
        "f-old",
        "Ada",
        "ada@example.org",
        now,
        now,
      );
      await run(
        `INSERT INTO "Facilitator" ("id","name","email","emailVerified","createdAt","updatedAt") VALUES (${p(1)},${p(2)},${p(3)},false,${p(4)},${p(5)})`,
        "f-new",
        "Bo",
        "bo@example.org",
        later,
        later,
      );
      await run(
        `INSERT INTO "AuthAccount" ("id","accountId","providerId","userId","password","createdAt","updatedAt") VALUES (${p(1)},${p(2)},'credential',${p(3)},${p(4)},${p(5)},${p(6)})`,
        "acc-1",
        "f-old",
        "f-old",
        "salt:hash",
        now,
        now,
      );
      await run(
        `INSERT INTO "AuthSession" ("id","expiresAt","token","userId","createdAt","updatedAt") VALUES (${p(1)},${p(2)},${p(3)},${p(4)},${p(5)},${p(6)})`,
        "as-1",
        new Date("2027-01-01T00:00:00.000Z"),
        "tok-1",
        "f-old",
        now,
        now,
      );
      await run(
        `INSERT INTO "Session" ("id","ownerId","title","joinCode","contentNote","resources","status") VALUES (${p(1)},${p(2)},${p(3)},${p(4)},${p(5)},${json(6)},'ended')`,
        "s-1",
        "f-old",
        "Tuesday group",
        "ABCDEF",
        "Be kind",
        JSON.stringify({ title: "Support", items: [{ label: "Helpline" }] }),
      );
      await run(`INSERT INTO "SessionStep" ("id","sessionId","position","title","body") VALUES (${p(1)},${p(2)},0,${p(3)},${p(4)})`, "st-1", "s-1", "Welcome", "Hello");
      await run(
        `INSERT INTO "Prompt" ("id","sessionId","stepId","kind","question","config") VALUES (${p(1)},${p(2)},${p(3)},'open_text',${p(4)},${json(5)})`,
        "pr-1",
        "s-1",
        "st-1",
        "What helps?",
        JSON.stringify({}),
      );
      await run(`INSERT INTO "Participant" ("id","sessionId","tokenHash","number") VALUES (${p(1)},${p(2)},${p(3)},42)`, "pa-1", "s-1", "hash-1");
      await run(
        `INSERT INTO "Response" ("id","sessionId","promptId","participantId","value","moderation","updatedAt") VALUES (${p(1)},${p(2)},${p(3)},${p(4)},${json(5)},'approved',${p(6)})`,
        "r-1",
        "s-1",
        "pr-1",
        "pa-1",
        JSON.stringify({ text: "Being asked" }),
        now,
      );
      await old.close();

      const { applied } = await applyMigrations(url);
      expect(applied[0]).toBe(FIRST_NEW_MIGRATION);

      const upgraded = createDatabase(url);
      try {
        const db = upgraded.prisma;
        expect(await db.facilitator.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, role: true, disabledAt: true, createdAt: true } })).toEqual([
          { id: "f-new", email: "bo@example.org", role: "facilitator", disabledAt: null, createdAt: later },
          { id: "f-old", email: "ada@example.org", role: "facilitator", disabledAt: null, createdAt: now },
        ]);
        expect(await db.authAccount.findUniqueOrThrow({ where: { id: "acc-1" } })).toMatchObject({ userId: "f-old", password: "salt:hash" });
        expect(await db.authSession.findUniqueOrThrow({ where: { id: "as-1" } })).toMatchObject({ userId: "f-old", token: "tok-1" });
        const session = await db.session.findUniqueOrThrow({ where: { id: "s-1" }, include: { steps: true, prompts: true, participants: true, responses: true } });
        expect(session).toMatchObject({ ownerId: "f-old", title: "Tuesday group", status: "ended", resources: { title: "Support", items: [{ label: "Helpline" }] } });
        expect(session.steps.map((s) => s.title)).toEqual(["Welcome"]);
        expect(session.prompts.map((q) => q.question)).toEqual(["What helps?"]);
        expect(session.participants.map((q) => q.number)).toEqual([42]);
        expect(session.responses.map((r) => [r.value, r.moderation])).toEqual([[{ text: "Being asked" }, "approved"]]);
        expect(await db.sessionFacilitator.count()).toBe(0);

        // the step Hearth takes at start: the oldest account administers the upgraded install
        const repositories = createRepositories(db, provider);
        expect(await repositories.facilitators.ensureAdministrator()).toBe("f-old");
        expect(await repositories.facilitators.ensureAdministrator()).toBeNull();
        expect((await db.facilitator.findMany({ where: { role: "admin" } })).map((f) => f.id)).toEqual(["f-old"]);
      } finally {
        await upgraded.close();
      }
    } finally {
      await drop();
    }
  });
});

/** The teams migration's folder name (its timestamp changes if it is regenerated after another). */
async function teamsMigration(provider: DatabaseProvider): Promise<string> {
  const found = (await readMigrationsFolder(provider)).migrationDirectories.map((d) => d.path).find((name) => /_teams$/.test(name));
  expect(found, "a migration named teams").toBeDefined();
  return found!;
}

describe.each(await providersUnderTest())("upgrading a database of the schema before teams on %s", (provider) => {
  it("keeps accounts, templates, pictures, sessions, co-facilitators, invitations and audit trails, none of them in a team", async () => {
    const { url, drop } = await emptyDatabase(provider);
    try {
      const firstNew = await teamsMigration(provider);
      await applyPreviousSchema(provider, url, firstNew);
      const old = createDatabase(url);
      const p = (n: number) => (provider === "postgresql" ? `$${n}` : "?");
      const json = (n: number) => (provider === "postgresql" ? `$${n}::jsonb` : "?");
      const now = new Date("2026-12-01T18:00:00.000Z");
      const run = (sql: string, ...values: unknown[]) => old.prisma.$executeRawUnsafe(sql, ...values);
      const content = {
        schemaVersion: 1,
        title: "Our plan",
        description: "",
        contentNote: "",
        resources: { title: "Support", items: [] },
        steps: [{ key: "a", title: "A", body: "", facilitatorNotes: "", reactions: false }],
      };
      const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
      for (const [id, email] of [
        ["f-a", "ada@example.org"],
        ["f-b", "bo@example.org"],
      ])
        await run(
          `INSERT INTO "Facilitator" ("id","name","email","emailVerified","createdAt","updatedAt","role") VALUES (${p(1)},${p(2)},${p(3)},false,${p(4)},${p(5)},${p(6)})`,
          id,
          id,
          email,
          now,
          now,
          id === "f-a" ? "admin" : "facilitator",
        );
      await run(
        `INSERT INTO "AuthAccount" ("id","accountId","providerId","userId","password","createdAt","updatedAt") VALUES ('acc-a','f-a','credential','f-a','salt:hash',${p(1)},${p(2)})`,
        now,
        now,
      );
      await run(
        `INSERT INTO "Template" ("id","ownerId","title","content","createdAt","updatedAt") VALUES ('t-1','f-a','Our plan',${json(1)},${p(2)},${p(3)})`,
        JSON.stringify(content),
        now,
        now,
      );
      await run(`INSERT INTO "TemplateImage" ("id","templateId","ownerId","mime","width","height","data") VALUES ('img-1','t-1','f-a','image/png',1,1,${p(1)})`, png);
      await run(
        `INSERT INTO "Session" ("id","ownerId","templateId","title","joinCode","contentNote","resources","status","retentionDays") VALUES ('s-1','f-a','t-1','Tuesday group','GHJKLM','Be kind',${json(1)},'ended',7)`,
        JSON.stringify({ title: "Support", items: [] }),
      );
      await run(`INSERT INTO "SessionStep" ("id","sessionId","position","title","body","imageId","imageAlt") VALUES ('st-1','s-1',0,'Welcome','Hello','img-1','A dot')`);
      await run(`INSERT INTO "SessionFacilitator" ("id","sessionId","facilitatorId") VALUES ('sf-1','s-1','f-b')`);
      await run(
        `INSERT INTO "Invitation" ("id","kind","tokenHash","sessionId","createdById","expiresAt") VALUES ('inv-1','co-facilitator','h-1','s-1','f-a',${p(1)})`,
        new Date("2026-12-08T00:00:00.000Z"),
      );
      await run(`INSERT INTO "AuditEntry" ("id","sessionId","actorId","actorName","action") VALUES ('au-1','s-1','f-b','f-b','session:start')`);
      await old.close();

      const { applied } = await applyMigrations(url);
      // the teams migration and every one written after it, in order
      const all = (await readMigrationsFolder(provider)).migrationDirectories.map((d) => d.path).sort();
      expect(applied).toEqual(all.slice(all.indexOf(firstNew)));

      const upgraded = createDatabase(url);
      try {
        const db = upgraded.prisma;
        expect(await db.facilitator.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, currentTeamId: true } })).toEqual([
          { id: "f-a", role: "admin", currentTeamId: null },
          { id: "f-b", role: "facilitator", currentTeamId: null },
        ]);
        expect(await db.authAccount.findUniqueOrThrow({ where: { id: "acc-a" } })).toMatchObject({ password: "salt:hash" });
        expect(await db.template.findUniqueOrThrow({ where: { id: "t-1" } })).toMatchObject({ ownerId: "f-a", title: "Our plan", content, teamId: null });
        expect(Buffer.from((await db.templateImage.findUniqueOrThrow({ where: { id: "img-1" } })).data)).toEqual(png);
        const session = await db.session.findUniqueOrThrow({ where: { id: "s-1" }, include: { steps: true, coFacilitators: true, invitations: true, auditEntries: true } });
        expect(session).toMatchObject({ ownerId: "f-a", templateId: "t-1", title: "Tuesday group", retentionDays: 7, teamId: null });
        // a picture a session already showed stays on phones too (step_picture_on_phones' default)
        expect(session.steps.map((s) => [s.title, s.imageId, s.imageAlt, s.imageOnPhones])).toEqual([["Welcome", "img-1", "A dot", true]]);
        expect(session.coFacilitators.map((c) => c.facilitatorId)).toEqual(["f-b"]);
        expect(session.invitations.map((i) => i.tokenHash)).toEqual(["h-1"]);
        expect(session.auditEntries.map((a) => a.action)).toEqual(["session:start"]);
        expect(await db.team.count()).toBe(0);
      } finally {
        await upgraded.close();
      }
    } finally {
      await drop();
    }
  });
});
