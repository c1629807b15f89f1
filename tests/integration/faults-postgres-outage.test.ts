// Issue 7: PostgreSQL goes away in the middle of a session and comes back.
// Hearth (a child process) reaches its database through a loopback TCP proxy,
// so the outage is the proxy dropping every connection and refusing new ones —
// the machine's PostgreSQL, shared with other test files, is never touched.
// While it is down: /api/health says 503, an answer is refused with a clear
// "not saved" (UNAVAILABLE) and never acknowledged, and Hearth keeps running.
// When it is back: health says 200 again by itself and the same participant's
// answer is saved.
import { createServer, type Socket } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { AnswerSaved } from "../../lib/events";
import { createDatabase, PG_QUERY_TIMEOUT_MS, PING_TIMEOUT_MS } from "../../server/db";
import { runAdminStatement } from "../../server/database/migration-connections";
import { isStorageError } from "../../server/database/storage-errors";
import { hashParticipantToken } from "../../server/services/participant-token";
import { createTestDatabase, pgAvailable, type TestDatabase } from "../helpers/database";
import { connectClient, fetchJsonAt, joinAs, openPromptAt, openRoomAt, sendOrNull, waitUntil, watchConsole } from "../helpers/hearth-client";
import { startHearthProcess, stopAllHearthProcesses, type HearthProcess } from "../helpers/hearth-process";
import type { TestClient } from "../helpers/hearth-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

const pg = await pgAvailable();

/** an answer during the outage must be refused within this (the pool's connect timeout is 5 s) */
const REFUSAL_BOUND_MS = 8000;

describe.skipIf(!pg.available)("PostgreSQL down and back during a session", () => {
  let testDatabase: TestDatabase | undefined;
  let hearth: HearthProcess | undefined;
  let proxy: TcpProxy | undefined;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const c of clients.splice(0)) c.disconnect();
    await proxy?.resume();
    await hearth?.stop();
    await proxy?.close();
    await testDatabase?.cleanup();
  });
  afterAll(stopAllHearthProcesses);

  const health = async () => {
    try {
      return (await fetchJsonAt(hearth!.url, "/api/health", { timeoutMs: 5000 })).status;
    } catch {
      return 0; // no answer at all counts as not healthy
    }
  };

  it("says 503 and refuses answers as not saved while it is down, then resumes by itself", { timeout: 90_000 }, async () => {
    const t0 = Date.now();
    testDatabase = await createTestDatabase("postgresql");
    const direct = new URL(testDatabase.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const proxied = new URL(testDatabase.url);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    hearth = await startHearthProcess({ databaseUrl: proxied.toString(), env: { HEARTH_CHILD_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent" } });
    expect(proxy.connections, "Hearth reaches PostgreSQL through the proxy").toBeGreaterThan(0);

    const room = await openRoomAt(hearth.url);
    clients.push(room.facilitator);
    const prompt = await openPromptAt(room, "single_choice");
    const [first, second] = (prompt.config as { options: { id: string }[] }).options.map((o) => o.id);
    const phones = await Promise.all(
      [0, 1].map(async () => {
        const client = await connectClient(hearth!.url);
        clients.push(client);
        const joined = await joinAs(client, room.joinCode);
        return { client, token: joined.participantToken };
      }),
    );
    const answer = (client: TestClient, optionId: string) =>
      sendOrNull<AnswerSaved>(client, "answer:submit", { promptId: prompt.id, value: { optionId } }, REFUSAL_BOUND_MS + 2000);
    expect(await answer(phones[0].client, first)).toMatchObject({ ok: true });
    expect(await health()).toBe(200);

    // --- PostgreSQL drops every connection it has (as when it restarts): nothing breaks --
    const name = direct.pathname.slice(1);
    await runAdminStatement(process.env.TEST_DATABASE_URL_PG!, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    await waitUntil("health after the connections were terminated", async () => (await health()) === 200, 10_000);
    expect(await answer(phones[0].client, first)).toMatchObject({ ok: true });
    expect(hearth.running, "Hearth survived its pooled connections being terminated").toBe(true);

    // --- the outage ----------------------------------------------------------------
    await proxy.pause();
    const downMs = await waitUntil("/api/health to say 503", async () => (await health()) === 503, 10_000);

    const refusedStarted = Date.now();
    const refused = await answer(phones[1].client, first);
    const refusalMs = Date.now() - refusedStarted;
    expect(refused, "an answer while the database is down").toMatchObject({ ok: false, error: { code: "UNAVAILABLE" } });
    expect(refused && !refused.ok && refused.error.message).toMatch(/not saved/i);
    expect(refusalMs).toBeLessThan(REFUSAL_BOUND_MS);
    // a changed answer is refused too, and the acknowledged one stays as it was
    expect(await answer(phones[0].client, second)).toMatchObject({ ok: false, error: { code: "UNAVAILABLE" } });
    // a new phone cannot join, and is told so as clearly
    const newcomer = await connectClient(hearth.url);
    clients.push(newcomer);
    expect(await sendOrNull(newcomer, "participant:join", { code: room.joinCode }, REFUSAL_BOUND_MS + 2000)).toMatchObject({ ok: false, error: { code: "UNAVAILABLE" } });
    expect(await health()).toBe(503);
    // HTTP says it the way sockets do: "not saved, try again", never a 500
    const lookup = await fetchJsonAt(hearth.url, `/api/join/${room.joinCode}`, { timeoutMs: REFUSAL_BOUND_MS + 5000 });
    expect([lookup.status, lookup.body?.error?.code], "a join-code lookup while the database is down").toEqual([503, "UNAVAILABLE"]);
    expect(lookup.body.error.message).toMatch(/could not reach its database/i);
    expect(hearth.running, "Hearth is still running during the outage").toBe(true);

    // nothing was stored for the refused answers
    const db = testDatabase.db.prisma;
    const participantIds = await Promise.all(phones.map(async (p) => (await db.participant.findFirstOrThrow({ where: { tokenHash: hashParticipantToken(p.token) } })).id));
    const rowsDuring = await db.response.findMany({ where: { promptId: prompt.id } });
    expect(rowsDuring.map((r) => [r.participantId, r.value])).toEqual([[participantIds[0], { optionId: first }]]);

    // --- back ------------------------------------------------------------------------
    await proxy.resume();
    const upMs = await waitUntil("/api/health to say 200 again", async () => (await health()) === 200, 15_000);

    // the same participants, on the same connections, send again: saved
    expect(await answer(phones[1].client, first)).toMatchObject({ ok: true, data: { value: { optionId: first } } });
    expect(await answer(phones[0].client, second)).toMatchObject({ ok: true, data: { value: { optionId: second } } });
    const rowsAfter = await db.response.findMany({ where: { promptId: prompt.id }, orderBy: { participantId: "asc" } });
    expect(new Map(rowsAfter.map((r) => [r.participantId, r.value]))).toEqual(
      new Map([
        [participantIds[0], { optionId: second }],
        [participantIds[1], { optionId: first }],
      ]),
    );
    expect(await joinAs(newcomer, room.joinCode)).toMatchObject({ state: { step: { prompt: { id: prompt.id } } } });
    const state = await watchConsole(room.facilitator, room.sessionId);
    expect(state.aggregate).toMatchObject({ answerCount: 2 });
    expect(state.participantCount).toBe(3);
    expect(hearth.running && hearth.lastExit === null, "Hearth never exited").toBe(true);

    console.info(
      `[faults-postgres-outage] health 503 ${downMs} ms after the outage began, answer refused in ${refusalMs} ms, ` +
        `health 200 ${upMs} ms after it ended; total ${Date.now() - t0} ms`,
    );
  });

  it("fails a query on a connection that went silent (a partition) within the query timeout, as UNAVAILABLE", { timeout: 60_000 }, async () => {
    testDatabase = await createTestDatabase("postgresql");
    const target = new URL(testDatabase.url);
    proxy = await startTcpProxy(target.hostname === "localhost" ? "127.0.0.1" : target.hostname, Number(target.port || 5432));
    const through = new URL(testDatabase.url);
    through.hostname = "127.0.0.1";
    through.port = String(proxy.port);
    const database = createDatabase(through.toString());
    try {
      expect(await database.prisma.participant.count()).toBe(0); // a pooled connection, open and idle
      proxy.silence();
      const started = Date.now();
      const error = await database.prisma.participant.count().then(
        () => null,
        (e: unknown) => e,
      );
      const ms = Date.now() - started;
      expect(error, "a query on a silent connection").not.toBeNull();
      expect(isStorageError(error), `answered as UNAVAILABLE: ${String(error)}`).toBe(true);
      expect(ms).toBeLessThan(PG_QUERY_TIMEOUT_MS + 3000);
      console.info(`[faults-postgres-outage] silent connection: the query failed after ${ms} ms`);
    } finally {
      await proxy.close(); // first: ending a pool politely on a silent connection would wait for it
      await database.close().catch(() => undefined);
      await testDatabase.cleanup();
      proxy = undefined;
      testDatabase = undefined;
    }
  });

  it("says 503 within the ping timeout when the database accepts connections but never answers", { timeout: 30_000 }, async () => {
    // a black hole: the TCP connection opens, nothing ever comes back (a hung server, a dead network path)
    const held: Socket[] = [];
    const blackHole = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", () => resolve()));
    const url = new URL(process.env.TEST_DATABASE_URL_PG!);
    url.hostname = "127.0.0.1";
    url.port = String((blackHole.address() as { port: number }).port);
    const database = createDatabase(url.toString());
    try {
      const started = Date.now();
      await expect(database.ping()).rejects.toThrow();
      const ms = Date.now() - started;
      expect(ms).toBeLessThan(PING_TIMEOUT_MS + 1000);
      const queryStarted = Date.now();
      // a command does not wait forever either: the pool gives up connecting
      const error = await database.prisma.participant.count().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, "a query against a database that never answers").not.toBeNull();
      expect(isStorageError(error), `answered as UNAVAILABLE: ${String(error)}`).toBe(true);
      const queryMs = Date.now() - queryStarted;
      expect(queryMs).toBeLessThan(REFUSAL_BOUND_MS);
      console.info(`[faults-postgres-outage] black hole: ping gave up after ${ms} ms, a query after ${queryMs} ms`);
    } finally {
      for (const s of held) s.destroy();
      await new Promise((r) => blackHole.close(r));
      await database.close().catch(() => undefined);
    }
  });
});
