// Automatic deletion (issue 15), through the real server with an injected
// clock: responses, reactions, pause and check-in data go a set time after a
// session ends (the deployment's 30 days, or a session's own shorter choice,
// down to "at the end"); the summary shell stays and says when; a running
// session is never touched; two processes running the clean-up at once delete
// each session once and report honestly; the log carries counts only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHearth } from "../../server/app";
import { createLogger } from "../../server/logger";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { connectClient } from "../helpers/hearth-client";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

const DAY = 24 * 60 * 60 * 1000;
const SECRET = "retention-kiwi-5521 nobody would guess";

describe.each(await providersUnderTest())("automatic deletion on %s", (provider) => {
  let hearth: TestHearth;
  let clock = Date.now();
  const logLines: string[] = [];
  beforeAll(async () => {
    const logger = createLogger("info", { write: (line: string) => void logLines.push(String(line)) });
    hearth = await startTestHearth({ provider, logger, retention: { now: () => new Date(clock), intervalMs: 60 * 60 * 1000 } });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  /** A session with one answer from each of two phones (one of them open text) and a reaction, left running. */
  async function sessionWithAnswers(cookie: string) {
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const step = watched.data.steps.find((s) => s.promptKind === "open_text")!;
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const prompt = (await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id })) as { ok: true; data: ConsoleState };
    const promptId = prompt.data.step!.prompt!.id;
    expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId })).ok).toBe(true);
    const phones: TestClient[] = [];
    for (const text of [SECRET, "another thought"]) {
      const phone = await hearth.connect();
      const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
      expect(joined.ok).toBe(true);
      expect((await send(phone, "answer:submit", { promptId, value: { text } })).ok).toBe(true);
      phones.push(phone);
    }
    return { ...session, facilitator, phones };
  }

  const rowsOf = async (sessionId: string) => ({
    responses: await hearth.database.prisma.response.count({ where: { sessionId } }),
    reactions: await hearth.database.prisma.reaction.count({ where: { sessionId } }),
  });

  it("deletes a session's responses 30 days after it ended, keeps its summary shell, and never touches a running one", async () => {
    const { cookie } = await hearth.signUp();
    const ended = await sessionWithAnswers(cookie);
    const running = await sessionWithAnswers(cookie);
    expect((await send(ended.facilitator, "session:end", { sessionId: ended.id })).ok).toBe(true);
    const endedAt = (await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: ended.id } })).endedAt!;

    // the summary says when
    const before = await hearth.fetchJson(`/api/sessions/${ended.id}/summary`, { cookie });
    expect(before.body.summary.session.responsesDeleteAt).toBe(new Date(endedAt.getTime() + 30 * DAY).toISOString());

    // 29 days later: nothing yet
    clock = endedAt.getTime() + 29 * DAY;
    expect(await hearth.retention.runAutomaticDeletion()).toEqual({ sessions: 0, responses: 0, reactions: 0 });
    expect((await rowsOf(ended.id)).responses).toBe(2);

    // 31 days later: gone, and counted
    clock = endedAt.getTime() + 31 * DAY;
    const done = await hearth.retention.runAutomaticDeletion();
    expect(done).toMatchObject({ sessions: 1, responses: 2 });
    expect(await rowsOf(ended.id)).toEqual({ responses: 0, reactions: 0 });
    const prompts = await hearth.database.prisma.prompt.findMany({ where: { sessionId: ended.id }, select: { release: true } });
    expect(prompts.every((p) => p.release === null)).toBe(true);
    // the shell stays: the summary opens, says the responses were deleted, and has the outline
    const after = await hearth.fetchJson(`/api/sessions/${ended.id}/summary`, { cookie });
    expect(after.status).toBe(200);
    expect(after.body.summary.session.responsesDeletedAt).toBe(new Date(clock).toISOString());
    expect(after.body.summary.session.responsesDeleteAt).toBeUndefined();
    expect(after.body.summary.steps.length).toBeGreaterThan(5);
    expect(JSON.stringify(after.body)).not.toContain(SECRET);

    // the running session, however old, is untouched
    expect((await rowsOf(running.id)).responses).toBe(2);
    // logged by count only: no session id, no text
    const logged = logLines.filter((l) => l.includes("automatic deletion"));
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0]!)).toMatchObject({ sessions: 1, responses: 2 });
    expect(logged[0]).not.toContain(ended.id);
    expect(logLines.join("\n")).not.toContain(SECRET);
  });

  it("lets a session choose shorter, down to 'when I end the session', never longer", async () => {
    const { cookie } = await hearth.signUp();
    const session = await sessionWithAnswers(cookie);
    const longer = await send(session.facilitator, "session:settings", { sessionId: session.id, retentionDays: 31 });
    expect(longer).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await send(session.facilitator, "session:settings", { sessionId: session.id, retentionDays: 0 })).toMatchObject({ ok: true });
    const watched = (await send<ConsoleState>(session.facilitator, "console:watch", { sessionId: session.id })) as { ok: true; data: ConsoleState };
    expect(watched.data.privacy).toMatchObject({ retentionDays: 0, defaultRetentionDays: 30 });
    // a participant cannot change it
    expect(await send(session.phones[0]!, "session:settings", { sessionId: session.id, retentionDays: 0 })).toMatchObject({ ok: false });

    clock = Date.now();
    expect((await hearth.retention.runAutomaticDeletion()).sessions).toBe(0); // still running
    expect((await send(session.facilitator, "session:end", { sessionId: session.id })).ok).toBe(true);
    clock = Date.now() + 1000;
    expect(await hearth.retention.runAutomaticDeletion()).toMatchObject({ sessions: 1, responses: 2 });
    expect((await rowsOf(session.id)).responses).toBe(0);
  });

  // (on SQLite, two servers on one file: the deployment runs one, but the claim must hold regardless)
  it("with two processes cleaning up at once, deletes each session once and reports it once", async () => {
    const { cookie } = await hearth.signUp();
    const sessions = [await sessionWithAnswers(cookie), await sessionWithAnswers(cookie), await sessionWithAnswers(cookie)];
    for (const s of sessions) expect((await send(s.facilitator, "session:end", { sessionId: s.id })).ok).toBe(true);
    const second = await startHearth({
      databaseUrl: hearth.testDatabase.url,
      port: 0,
      host: "127.0.0.1",
      secret: "test-secret-test-secret-test-secret-0123456789",
      pages: false,
      logger: createLogger("silent"),
      retention: { now: () => new Date(clock), intervalMs: 60 * 60 * 1000 },
    });
    try {
      clock = Date.now() + 40 * DAY;
      const [a, b] = await Promise.all([hearth.retention.runAutomaticDeletion(), second.retention.runAutomaticDeletion()]);
      expect(a.sessions + b.sessions).toBe(3);
      expect(a.responses + b.responses).toBe(6);
      for (const s of sessions) expect((await rowsOf(s.id)).responses).toBe(0);
      // a second pass finds nothing left
      expect((await second.retention.runAutomaticDeletion()).sessions).toBe(0);
    } finally {
      await second.close();
    }
  });

  it("runs at start and then by itself", async () => {
    const own = await startTestHearth({ provider, retention: { intervalMs: 200 } });
    try {
      const { cookie } = await own.signUp();
      const session = await own.createSession(cookie);
      const facilitator = await connectClient(own.url, { cookie });
      await send(facilitator, "console:watch", { sessionId: session.id });
      await send(facilitator, "session:settings", { sessionId: session.id, retentionDays: 0 });
      await send(facilitator, "session:end", { sessionId: session.id });
      // nothing to delete but the mark: the periodic pass sets it within a few intervals
      for (let i = 0; i < 50; i++) {
        const row = await own.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
        if (row.responsesDeletedAt) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect((await own.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).responsesDeletedAt).not.toBeNull();
      facilitator.disconnect();
    } finally {
      await own.stop();
    }
  });
});
