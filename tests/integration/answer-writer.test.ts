// The batched answer writer against a real database: rows written by one
// multi-row statement must be exactly what Prisma's own upsert would have
// stored, a participant's later answer must win, and one bad answer must not
// fail the rest of its batch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Repositories } from "../../server/repositories";
import { seedBuiltInTemplates } from "../../server/seed";
import { createAnswerWriter } from "../../server/services/answer-writer";
import { createSessionService } from "../../server/services/session-service";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../helpers/database";

describe.each(await providersUnderTest())("batched answer writes on %s", (provider) => {
  let database: TestDatabase;
  let repos: Repositories;
  let sessionId: string;
  let promptIds: string[];
  let participantIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const prisma = database.db.prisma;
    // the Database's own batches: on SQLite, its writer thread (server/database/sqlite-writer.ts)
    repos = createRepositories(prisma, provider, database.db.batchStatements);
    await seedBuiltInTemplates(repos);
    await prisma.facilitator.create({ data: { id: "writer-test", name: "Writer test", email: "writer@example.org" } });
    const service = createSessionService({ repositories: repos, publicUrl: () => "http://127.0.0.1" });
    const [template] = await repos.templates.listVisibleTo("writer-test");
    const session = await service.createSession({ ownerId: "writer-test", templateId: template.id });
    sessionId = session.id;
    promptIds = (await repos.sessions.loadSteps(sessionId)).flatMap((s) => (s.prompt ? [s.prompt.id] : []));
    expect(promptIds.length).toBeGreaterThanOrEqual(7);
    participantIds = [];
    for (let i = 0; i < 30; i++) participantIds.push((await repos.participants.create(sessionId, `writer-token-${i}`)).id);
  });
  afterAll(() => database?.cleanup());

  const write = (participant: number, value: object | null, prompt = 0, moderation: "pending" | null = null) => ({
    sessionId,
    promptId: promptIds[prompt],
    participantId: participantIds[participant],
    passed: value === null,
    value: value as never,
    moderation,
  });

  it("stores rows that read back through Prisma exactly like its own upserts", async () => {
    const viaPrisma = await repos.responses.upsert(write(0, { choice: 1 }, 1));
    const [viaBatch, pass] = await repos.responses.upsertMany([write(1, { choice: 2 }, 1), write(2, null, 1)]);
    const rows = await database.db.prisma.response.findMany({ where: { promptId: promptIds[1] }, orderBy: { participantId: "asc" } });
    const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
    expect(byParticipant.get(participantIds[1])).toMatchObject({ id: viaBatch.id, passed: false, value: { choice: 2 }, moderation: null });
    expect(byParticipant.get(participantIds[2])).toMatchObject({ id: pass.id, passed: true, value: { pass: true } });
    expect(byParticipant.get(participantIds[0])).toMatchObject({ id: viaPrisma.id, value: { choice: 1 } });
    for (const row of rows) {
      expect(row.createdAt).toBeInstanceOf(Date);
      expect(Math.abs(row.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
    // and the whole session loads back the same way the live mirror reads it
    const listed = await repos.responses.listForSession(sessionId);
    expect(listed.find((r) => r.id === pass.id)).toEqual(pass);
    expect(listed.find((r) => r.id === viaBatch.id)).toEqual(viaBatch);
  });

  it("replaces an earlier answer in place: same row id, new value, moderation reset", async () => {
    const [first] = await repos.responses.upsertMany([write(3, { text: "first" }, 2, "pending")]);
    await repos.responses.setModeration(promptIds[2], [first.id], "approved");
    const [second] = await repos.responses.upsertMany([write(3, { text: "second" }, 2, "pending")]);
    expect(second.id).toBe(first.id);
    const row = await database.db.prisma.response.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ value: { text: "second" }, moderation: "pending" });
  });

  it("settles hundreds of concurrent answers, keeping each participant's last one", async () => {
    const writer = createAnswerWriter(repos.responses, { maxBatch: 50, concurrency: provider === "postgresql" ? 4 : 1 });
    const sent: Promise<unknown>[] = [];
    // 30 participants × 3 prompts × 4 successive answers each, all in one turn of the event loop
    for (let round = 0; round < 4; round++) for (let p = 0; p < 30; p++) for (let prompt = 3; prompt < 6; prompt++) sent.push(writer.write(write(p, { round }, prompt)));
    const settled = await Promise.allSettled(sent);
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
    const rows = await database.db.prisma.response.findMany({ where: { promptId: { in: promptIds.slice(3, 6) } } });
    expect(rows).toHaveLength(90);
    expect(rows.every((r) => (r.value as { round: number }).round === 3)).toBe(true);
    expect(writer.queued).toBe(0);
  });

  it("fails only the bad answer of a batch, with the others stored", async () => {
    const writer = createAnswerWriter(repos.responses);
    const good = [writer.write(write(10, { choice: 0 }, 6)), writer.write(write(11, { choice: 1 }, 6))];
    const bad = writer.write({ ...write(12, { choice: 2 }, 6), participantId: "no-such-participant" });
    await expect(bad).rejects.toThrow();
    await expect(Promise.all(good)).resolves.toHaveLength(2);
    expect(await database.db.prisma.response.count({ where: { promptId: promptIds[6] } })).toBe(2);
  });

  it("flush() waits for every queued answer", async () => {
    const writer = createAnswerWriter(repos.responses, { maxBatch: 5, concurrency: 3 });
    let stored = 0;
    for (let p = 0; p < 20; p++) void writer.write(write(p, { choice: 1 }, 0)).then(() => stored++);
    await writer.flush();
    expect(stored).toBe(20);
    expect(await database.db.prisma.response.count({ where: { promptId: promptIds[0] } })).toBe(20);
  });
});
