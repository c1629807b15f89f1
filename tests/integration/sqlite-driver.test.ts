// The SQLite driver is better-sqlite3 13 (prebuilt N-API binaries, no
// compiler), while @prisma/adapter-better-sqlite3 7.10 asks for ^12.6: the
// `overrides` entry in package.json makes the adapter use the same 13.x copy.
// This proves the adapter really runs on it — writes, reads, a transaction and
// JSON — on whichever Node.js runs the suite (CI: 24 in full, 22 and 26 in the smoke).
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import { createRepositories } from "../../server/repositories";
import { seedBuiltInTemplates } from "../../server/seed";
import { createSessionService } from "../../server/services/session-service";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const require = createRequire(import.meta.url);

describe("better-sqlite3 13 under Prisma's adapter", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it("the adapter resolves the one better-sqlite3 13.x copy, with its prebuilt binary", () => {
    const adapterRequire = createRequire(require.resolve("@prisma/adapter-better-sqlite3"));
    const fromAdapter = adapterRequire.resolve("better-sqlite3/package.json");
    expect(fromAdapter).toBe(require.resolve("better-sqlite3/package.json"));
    expect((require(fromAdapter) as { version: string }).version).toMatch(/^13\./);
    const Database = require("better-sqlite3") as new (file: string) => { prepare(sql: string): { get(): unknown }; close(): void };
    const memory = new Database(":memory:");
    expect(memory.prepare("select 1 + 1 as two").get()).toEqual({ two: 2 });
    memory.close();
  });

  it("writes, reads and rolls back through Prisma", async () => {
    const { prisma } = test.db;
    const owner = await prisma.facilitator.create({ data: { id: "driver-test", name: "Driver", email: "driver@example.org" } });
    const template = await prisma.template.create({ data: { ownerId: owner.id, title: "Ünïcode ✓ 🔥", content: { steps: [{ title: "a" }] } } });
    const read = await prisma.template.findUniqueOrThrow({ where: { id: template.id } });
    expect(read.title).toBe("Ünïcode ✓ 🔥");
    expect(read.content).toEqual({ steps: [{ title: "a" }] });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.template.update({ where: { id: template.id }, data: { title: "changed" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await prisma.template.findUniqueOrThrow({ where: { id: template.id } })).title).toBe("Ünïcode ✓ 🔥");
  });

  // the hot-path batches run on a thread of their own (server/database/sqlite-writer.ts)
  it("stores batches on the writer thread exactly as Prisma stores rows, readable at once", async () => {
    const { prisma } = test.db;
    const repos = createRepositories(prisma, "sqlite", test.db.batchStatements);
    await seedBuiltInTemplates(repos);
    await prisma.facilitator.create({ data: { id: "writer-owner", name: "Writer", email: "writer@example.org" } });
    const [template] = await repos.templates.listVisibleTo("writer-owner");
    const session = await createSessionService({ repositories: repos, publicUrl: () => "http://127.0.0.1" }).createSession({ ownerId: "writer-owner", templateId: template.id });
    const prompt = (await repos.sessions.loadSteps(session.id)).flatMap((s) => (s.prompt ? [s.prompt] : []))[0];
    const before = Date.now();
    const people = await repos.participants.createMany([1, 2, 3].map((i) => ({ sessionId: session.id, tokenHash: `writer-hash-${i}` })));
    expect(new Set(people.map((p) => p.number)).size).toBe(3);
    const [answer, pass] = await repos.responses.upsertMany([
      { sessionId: session.id, promptId: prompt.id, participantId: people[0].id, passed: false, value: { value: 4 }, moderation: null },
      { sessionId: session.id, promptId: prompt.id, participantId: people[1].id, passed: true, value: null, moderation: null },
    ]);
    // read back through Prisma's own connection: booleans, JSON and dates as if Prisma had written them
    const rows = await prisma.response.findMany({ where: { promptId: prompt.id }, orderBy: { passed: "asc" } });
    expect(rows.map((r) => [r.id, r.passed, r.value])).toEqual([
      [answer.id, false, { value: 4 }],
      [pass.id, true, { pass: true }],
    ]);
    expect(rows[0].createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const joined = await prisma.participant.findUniqueOrThrow({ where: { id: people[2].id } });
    expect(joined.tokenHash).toBe("writer-hash-3");
    expect(joined.joinedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // a row the database refuses fails that batch with SQLite's own code, and nothing of it is stored
    await expect(repos.participants.createMany([{ sessionId: "no-such-session", tokenHash: "orphan" }])).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT_FOREIGNKEY" });
    expect(await prisma.participant.count({ where: { tokenHash: "orphan" } })).toBe(0);
  });

  it("a Prisma transaction that reads and then writes is not undone by a batch committed on the writer thread meanwhile", async () => {
    const { prisma } = test.db;
    const owner = await prisma.facilitator.create({ data: { id: "busy-owner", name: "Busy", email: "busy@example.org" } });
    const template = await prisma.template.create({ data: { ownerId: owner.id, title: "before", content: { steps: [] } } });
    let batch: Promise<unknown> | undefined;
    await prisma.$transaction(async (tx) => {
      await tx.template.findUniqueOrThrow({ where: { id: template.id } });
      // the writer commits while this transaction is open (with a plain BEGIN it would, and the
      // update below would fail with SQLITE_BUSY_SNAPSHOT); BEGIN IMMEDIATE makes it wait its turn
      batch = test.db.batchStatements.run(Prisma.sql`UPDATE "Template" SET "title" = ${"from the writer"} WHERE "id" = ${template.id}`);
      await Promise.race([batch, new Promise((resolve) => setTimeout(resolve, 300))]);
      await tx.template.update({ where: { id: template.id }, data: { title: "from the transaction" } });
    });
    await batch;
    // both committed, in turn: the transaction first, the writer's statement after it
    expect((await prisma.template.findUniqueOrThrow({ where: { id: template.id } })).title).toBe("from the writer");
  });
});
