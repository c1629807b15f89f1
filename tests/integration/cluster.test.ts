// Issue 7, "Several processes": two real Hearth processes (child processes) on
// one PostgreSQL database and one Redis, with real Socket.IO clients. The
// facilitator's console is on B, the projector on A, phones on both: every
// one of them sees one session — steps, open/close, reveal, aggregates that
// count answers given on both processes (exact after a burst of changed
// answers), the participant count from the database, moderation, prompt
// reset, reactions, pause requests, check-in requests, locking, the end. Then Redis goes away
// (both processes reach it through a TCP proxy that the test cuts): each
// process goes on serving its own clients and its health check says
// "degraded"; when Redis is back, both converge on what happened meanwhile on
// either side. A third process started while Redis is away joins in once it
// is there. Timings are printed at the end ("cluster timings").
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, RoomState } from "../../lib/events";
import { SETTLE_MS } from "../../server/realtime/replica-refresh";
import { DEFAULT_RATE_LIMITS } from "../../server/security";
import { createTestDatabase, pgAvailable, type TestDatabase } from "../helpers/database";
import { connectClient, createSessionAt, fetchJsonAt, joinAs, sendOrNull, signUpAt, waitUntil, watchConsole } from "../helpers/hearth-client";
import { startHearthProcess, stopAllHearthProcesses, type HearthProcess } from "../helpers/hearth-process";
import type { TestClient } from "../helpers/hearth-server";
import { redisAvailable } from "../helpers/redis";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

const pg = await pgAvailable();
const redis = await redisAvailable();

/** how long a change made on one process may take to show on the other (sync + 250 ms coalescing, with margin) */
const SYNC_BOUND_MS = 3000;
/** how long both processes may take to converge after Redis is back (reconnect backoff ≤ 2 s + reload) */
const CONVERGE_BOUND_MS = 8000;
/** phones in the burst, half on each process */
const BURST_PHONES = 40;

/** The latest payload of each event a client received. */
function recorder(client: TestClient) {
  const latest = new Map<string, any>();
  client.onAny((event: string, payload: unknown) => latest.set(event, payload));
  return latest;
}

/** Resolve once `event` has not arrived on `client` for `ms` (failing if it keeps arriving for `boundMs`). */
async function quietFor(client: TestClient, event: "room:updated", ms: number, boundMs = 15_000) {
  const started = Date.now();
  let last = Date.now();
  const onEvent = () => void (last = Date.now());
  client.on(event, onEvent);
  try {
    while (Date.now() - last < ms) {
      if (Date.now() - started > boundMs) throw new Error(`${event} kept arriving for ${boundMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    client.off(event, onEvent);
  }
}

describe.skipIf(!pg.available || !redis.available)("two Hearth processes on PostgreSQL and Redis", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let a: HearthProcess;
  let b: HearthProcess;
  const clients: TestClient[] = [];
  const timings: Record<string, number> = {};
  let options: { databaseUrl: string; redisUrl: string; redisKeyPrefix: string };

  // the session, driven from process B
  let sessionId = "";
  let joinCode = "";
  let cookie = "";
  let consoleB: TestClient;
  let screenA: TestClient;
  let screenB: TestClient;
  let steps: ConsoleState["steps"] = [];
  type Phone = { client: TestClient; on: "A" | "B"; latest: Map<string, any>; token: string };
  let phones: Phone[] = [];
  let consoleLatest: Map<string, any>;
  let screenALatest: Map<string, any>;

  const connect = async (process: HearthProcess, withCookie = false) => {
    const client = await connectClient(process.url, withCookie ? { cookie } : {});
    clients.push(client);
    return client;
  };
  const command = async (event: string, payload: Record<string, unknown>) => {
    const ack = await sendOrNull<any>(consoleB, event, { sessionId, ...payload });
    if (!ack?.ok) throw new Error(`${event} failed: ${JSON.stringify(ack)}`);
    return ack.data;
  };
  /** What process A's replica says (the projector's view), read with screen:watch. */
  const roomOnA = async (): Promise<RoomState> => {
    const ack = await sendOrNull<RoomState>(screenA, "screen:watch", { sessionId });
    if (!ack?.ok) throw new Error(`screen:watch on A failed: ${JSON.stringify(ack)}`);
    return ack.data;
  };
  /** This prompt (not the one before it, which A may not have seen closed yet) is the open one on A. */
  const isOpenOnA = (room: RoomState, promptId: string) => room.step?.prompt?.id === promptId && room.step.prompt.state === "open";
  /** What process B's replica says (the console's view). */
  const consoleOnB = () => watchConsole(consoleB, sessionId);
  const health = async (process: HearthProcess) => (await fetchJsonAt(process.url, "/api/health", { timeoutMs: 5000 })).body;
  const gotoStep = async (kind: string | null) => {
    const step = kind ? steps.find((s) => s.promptKind === kind)! : steps.find((s) => s.promptKind === null && s.index > 0)!;
    await command("step:goto", { index: step.index });
    const state = await consoleOnB();
    return { step, prompt: state.step?.prompt ?? null };
  };

  beforeAll(async () => {
    const t0 = Date.now();
    const target = new URL(redis.url!);
    [database, proxy] = await Promise.all([createTestDatabase("postgresql"), startTcpProxy(target.hostname, Number(target.port || 6379))]);
    // a prefix of its own, so parallel test files on the same Redis do not hear this cluster
    options = {
      databaseUrl: database.url,
      redisUrl: `redis://127.0.0.1:${proxy.port}`,
      redisKeyPrefix: `hearth-test-${randomBytes(6).toString("hex")}`,
    };
    [a, b] = await Promise.all([startHearthProcess(options), startHearthProcess(options)]);
    timings.startBothMs = Date.now() - t0;

    // the facilitator signs up and creates the session on B; the same cookie works on A (one database, one secret)
    ({ cookie } = await signUpAt(b.url));
    ({ id: sessionId, joinCode } = await createSessionAt(b.url, cookie));
    consoleB = await connect(b, true);
    consoleLatest = recorder(consoleB);
    steps = (await consoleOnB()).steps;
    screenA = await connect(a, true);
    screenALatest = recorder(screenA);
    expect((await sendOrNull(screenA, "screen:watch", { sessionId }))?.ok).toBe(true);
    screenB = await connect(b, true);
    expect((await sendOrNull(screenB, "screen:watch", { sessionId }))?.ok).toBe(true);
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await Promise.all([a?.stop(), b?.stop()]);
    await stopAllHearthProcesses();
    await proxy?.close();
    await database?.cleanup();
    console.info(`cluster timings: ${JSON.stringify(timings)}`);
  });

  it("both processes report Redis in their health check", async () => {
    for (const process of [a, b]) expect(await health(process)).toEqual({ status: "ok", database: "postgresql", redis: "ok" });
  });

  it("counts participants joining on either process from the database", async () => {
    const joinOn = (on: "A" | "B") =>
      Promise.all(
        [1, 2, 3].map(async () => {
          const client = await connect(on === "A" ? a : b);
          const latest = recorder(client);
          const { participantToken: token } = await joinAs(client, joinCode);
          return { client, on, latest, token };
        }),
      );
    const counted = (latest: Map<string, any>, n: number) => latest.get("participants:counted")?.count === n;
    // three on A: B's console learns of them
    phones = await joinOn("A");
    await waitUntil("B's console and A's projector to count 3", () => counted(consoleLatest, 3) && counted(screenALatest, 3), SYNC_BOUND_MS);
    // then three on B: A's projector and phones learn of them
    const t0 = Date.now();
    phones.push(...(await joinOn("B")));
    const stored = await database.db.prisma.participant.count({ where: { sessionId } });
    expect(stored).toBe(6);
    await waitUntil(
      "every console, screen and phone to count 6",
      () => counted(consoleLatest, 6) && counted(screenALatest, 6) && phones.every((p) => counted(p.latest, 6)),
      SYNC_BOUND_MS,
    );
    timings.participantCountMs = Date.now() - t0;
    expect((await roomOnA()).participantCount).toBe(6);
    expect((await consoleOnB()).participantCount).toBe(6);
  });

  it("steps, open, answers from both processes, reveal and close: one session everywhere", async () => {
    const t0 = Date.now();
    await command("session:start", {});
    await waitUntil("the start on A's projector", () => screenALatest.get("room:updated")?.status === "running", SYNC_BOUND_MS);
    const { step, prompt } = await gotoStep("single_choice");
    const optionIds = (prompt!.config as { options: { id: string }[] }).options.map((o) => o.id);
    await command("prompt:open", { promptId: prompt!.id });
    await waitUntil(
      "the step and the open prompt on A's projector and phones",
      () =>
        [screenALatest, ...phones.map((p) => p.latest)].every((l) => {
          const room = l.get("room:updated") as RoomState | undefined;
          return room?.step?.index === step.index && room.step.prompt?.state === "open";
        }),
      SYNC_BOUND_MS,
    );
    timings.stepAndOpenMs = Date.now() - t0;

    // answers change breakdowns, never the room: no phone on either process is sent a full room
    // state for them, also when the other process stored the release (it sends the breakdown alone)
    const roomUpdatesFromAnswers = phones.map(() => 0);
    const countRoomUpdates = phones.map((_, i) => () => void roomUpdatesFromAnswers[i]++);
    for (const [i, p] of phones.entries()) p.client.on("room:updated", countRoomUpdates[i]);

    // three answers on A, three on B: 0, 0, 1 | 1, 1, 2
    const choices = [0, 0, 1, 1, 1, 2];
    const acks = await Promise.all(phones.map((p, i) => sendOrNull(p.client, "answer:submit", { promptId: prompt!.id, value: { optionId: optionIds[choices[i]] } })));
    expect(acks.every((ack) => ack?.ok)).toBe(true);
    const t1 = Date.now();
    // the console has exact counts; the room sees "responded" (answers and passes together)
    await waitUntil(
      "6 answers in the aggregates on B's console and A's projector",
      () => consoleLatest.get("aggregate:updated")?.aggregate?.answerCount === 6 && screenALatest.get("aggregate:updated")?.aggregate?.respondedCount === 6,
      SYNC_BOUND_MS,
    );
    timings.answersEverywhereMs = Date.now() - t1;
    // The console sees a released breakdown (k = 3 reached); the room only after reveal. Which
    // answers the releases hold depends on how the two processes' flushes fell (a breakdown moves
    // only in steps of k: anonymity.test.ts), but both processes show the one stored release.
    const counts = (aggregate: any) => Object.fromEntries(aggregate.result.options.map((o: { id: string; count: number }) => [o.id, o.count]));
    const total = (aggregate: any) => aggregate.result.options.reduce((sum: number, o: { count: number }) => sum + o.count, 0);
    await waitUntil("a release on B's console", async () => (await consoleOnB()).aggregate?.result != null, SYNC_BOUND_MS);
    const onB = (await consoleOnB()).aggregate as any;
    expect(total(onB)).toBe(onB.shownCount);
    expect(onB.shownCount + onB.notShownCount).toBe(6);
    expect(onB.shownCount).toBeGreaterThanOrEqual(3);
    // the release reached both processes (whichever stored it): give the other one's phones time to hear of it
    await waitUntil("the release in A's projector's count", async () => (await roomOnA()).aggregate?.respondedCount === 6, SYNC_BOUND_MS);
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const [i, p] of phones.entries()) p.client.off("room:updated", countRoomUpdates[i]);
    expect(roomUpdatesFromAnswers).toEqual(phones.map(() => 0));
    expect((await roomOnA()).aggregate).toMatchObject({ respondedCount: 6, result: null });
    expect((await roomOnA()).aggregate).not.toHaveProperty("passCount");

    await command("results:reveal", { promptId: prompt!.id });
    await waitUntil("the revealed result on A", async () => (await roomOnA()).aggregate?.result != null, SYNC_BOUND_MS);
    const expected = counts((await consoleOnB()).aggregate);
    expect(counts((await roomOnA()).aggregate)).toEqual(expected);
    // pushed to A's projector and to the phones on both processes: the same breakdown everywhere
    const revealed = (l: Map<string, any>) => l.get("room:updated")?.aggregate?.result != null;
    await waitUntil("the revealed result on every phone", () => revealed(screenALatest) && phones.every((p) => revealed(p.latest)), SYNC_BOUND_MS);
    for (const latest of [screenALatest, ...phones.map((p) => p.latest)]) expect(counts(latest.get("room:updated").aggregate)).toEqual(expected);

    await command("prompt:close", { promptId: prompt!.id });
    await waitUntil(
      "the closed prompt on A",
      async () => {
        const room = await roomOnA();
        return room.step?.prompt?.id === prompt!.id && room.step.prompt.state === "closed";
      },
      SYNC_BOUND_MS,
    );
    const late = await sendOrNull(phones[0].client, "answer:submit", { promptId: prompt!.id, value: { optionId: optionIds[2] } });
    expect(late).toMatchObject({ ok: false, error: { code: "PROMPT_CLOSED" } });
  });

  it("a burst of answers and changed answers on both processes ends exact on both", async () => {
    const { prompt } = await gotoStep("multiple_choice");
    const optionIds = (prompt!.config as { options: { id: string }[] }).options.map((o) => o.id);
    await command("prompt:open", { promptId: prompt!.id });
    await waitUntil("the multiple choice open on A", async () => isOpenOnA(await roomOnA(), prompt!.id), SYNC_BOUND_MS);
    const consoleA = await connect(a, true);
    await watchConsole(consoleA, sessionId);
    const crowd = await Promise.all(
      Array.from({ length: BURST_PHONES }, async (_, i) => {
        const client = await connect(i % 2 ? a : b);
        await joinAs(client, joinCode);
        return client;
      }),
    );
    // everyone answers, then changes their answer at once; the second answer is the one that counts
    const finalChoice = (i: number) => [optionIds[(i + 1) % optionIds.length], optionIds[(i + 2) % optionIds.length]];
    const t0 = Date.now();
    const acks = await Promise.all(
      crowd.map(async (client, i) => {
        const first = await sendOrNull(client, "answer:submit", { promptId: prompt!.id, value: { optionIds: [optionIds[i % optionIds.length]] } });
        const second = await sendOrNull(client, "answer:submit", { promptId: prompt!.id, value: { optionIds: finalChoice(i) } });
        return Boolean(first?.ok && second?.ok);
      }),
    );
    expect(acks.every(Boolean)).toBe(true);
    const expected = Object.fromEntries(optionIds.map((id) => [id, crowd.filter((_, i) => finalChoice(i).includes(id)).length]));
    const counts = (aggregate: any) => (aggregate?.result ? Object.fromEntries(aggregate.result.options.map((o: { id: string; count: number }) => [o.id, o.count])) : null);
    // Exact counts on both consoles, and one stored breakdown on both. The breakdown moves only in
    // steps of k = 3 (anonymity.test.ts): it is exact unless fewer than 3 changes came after the
    // last release, and then both consoles say how many are not in it.
    const settled = (state: ConsoleState) => state.aggregate?.answerCount === BURST_PHONES && state.aggregate.result !== null && (state.aggregate.notShownCount ?? 99) < 3;
    const same = (x: ConsoleState, y: ConsoleState) => JSON.stringify(counts(x.aggregate)) === JSON.stringify(counts(y.aggregate));
    await waitUntil(
      "exact counts and one breakdown on both consoles",
      async () => {
        const [onB, onA] = [await consoleOnB(), await watchConsole(consoleA, sessionId)];
        return settled(onB) && settled(onA) && same(onA, onB);
      },
      SYNC_BOUND_MS,
    );
    timings.burstConvergedMs = Date.now() - t0;
    const final = await consoleOnB();
    if (final.aggregate?.notShownCount === 0) expect(counts(final.aggregate)).toEqual(expected);
    expect(await database.db.prisma.response.count({ where: { promptId: prompt!.id } })).toBe(BURST_PHONES);
    // and pushed: the last aggregate each console received is the exact one
    await waitUntil("the last pushed aggregate to be exact", () => consoleLatest.get("aggregate:updated")?.aggregate?.answerCount === BURST_PHONES, SYNC_BOUND_MS);
    expect(counts(consoleLatest.get("aggregate:updated").aggregate)).toEqual(counts(final.aggregate));
    for (const client of crowd) client.disconnect();
    await command("prompt:close", { promptId: prompt!.id });
  });

  it("moderation on B reaches A's projector; a reset clears A's phones", async () => {
    const { prompt } = await gotoStep("open_text");
    await command("prompt:open", { promptId: prompt!.id });
    await command("results:reveal", { promptId: prompt!.id });
    await waitUntil("the open text prompt on A", async () => isOpenOnA(await roomOnA(), prompt!.id), SYNC_BOUND_MS);
    const texts = ["I should cope alone", "Nobody has time for me", "It is a sign of weakness"];
    // answered on A only: B's console must learn them through the sync
    const onA = phones.filter((p) => p.on === "A");
    for (const [i, p] of onA.entries()) expect((await sendOrNull(p.client, "answer:submit", { promptId: prompt!.id, value: { text: texts[i] } }))?.ok).toBe(true);
    await waitUntil("3 entries to moderate on B", async () => (await consoleOnB()).moderation?.entries.length === 3, SYNC_BOUND_MS);
    const entries = (await consoleOnB()).moderation!.entries as { responseId: string; text: string }[];
    const hidden = entries.find((e) => e.text === texts[2])!;
    const t0 = Date.now();
    // the wall takes approved text in batches of at least k = 3 (anonymity.test.ts); a hidden one leaves at once
    await command("moderation:set", { promptId: prompt!.id, responseIds: entries.map((e) => e.responseId), status: "approved" });
    const wall = (room: RoomState | undefined) => JSON.stringify(((room?.aggregate?.result as any)?.entries ?? []).map((e: { text: string }) => e.text).sort());
    const all = JSON.stringify([...texts].sort());
    await waitUntil("the three approved texts on A's projector", async () => wall(await roomOnA()) === all, SYNC_BOUND_MS);
    await command("moderation:set", { promptId: prompt!.id, responseIds: [hidden.responseId], status: "hidden" });
    const kept = JSON.stringify([texts[0], texts[1]].sort());
    await waitUntil("the hidden text gone from A's projector", async () => wall(await roomOnA()) === kept, SYNC_BOUND_MS);
    timings.moderationMs = Date.now() - t0;
    await waitUntil("A's projector socket", () => wall(screenALatest.get("room:updated")) === kept, SYNC_BOUND_MS);
    await waitUntil("the hidden text gone from every phone", () => phones.every((p) => wall(p.latest.get("room:updated")) === kept), SYNC_BOUND_MS);

    const cleared = Promise.all(onA.map((p) => new Promise<any>((resolve) => p.client.once("prompt:cleared", resolve))));
    await command("prompt:reset", { promptId: prompt!.id });
    expect((await cleared).every((c) => c.promptId === prompt!.id)).toBe(true);
    await waitUntil("no answers left on A", async () => (await roomOnA()).aggregate?.respondedCount === 0, SYNC_BOUND_MS);
    expect((await roomOnA()).aggregate?.result).toBeNull();
    expect((await consoleOnB()).moderation?.entries ?? []).toEqual([]);
  });

  it("an author blocked on B from A's wall: the phone on A is told, its text leaves A's projector, A refuses its answers; undo on B reaches A", async () => {
    const { prompt } = await gotoStep("open_text");
    if (prompt!.state !== "open") await command("prompt:open", { promptId: prompt!.id });
    if (!prompt!.resultsRevealed) await command("results:reveal", { promptId: prompt!.id });
    await waitUntil("the open text prompt on A", async () => isOpenOnA(await roomOnA(), prompt!.id), SYNC_BOUND_MS);
    const onA = phones.filter((p) => p.on === "A");
    const texts = ["a thought from the first phone", "a thought from the second phone", "a thought from the third phone"];
    for (const [i, p] of onA.entries()) expect((await sendOrNull(p.client, "answer:submit", { promptId: prompt!.id, value: { text: texts[i] } }))?.ok).toBe(true);
    await waitUntil("3 entries to moderate on B", async () => (await consoleOnB()).moderation?.entries.length === 3, SYNC_BOUND_MS);
    const queued = (await consoleOnB()).moderation!.entries as { responseId: string }[];
    await command("moderation:set", { promptId: prompt!.id, responseIds: queued.map((e) => e.responseId), status: "approved" });
    const wallTexts = (room: RoomState | undefined) => ((room?.aggregate?.result as any)?.entries ?? []).map((e: { text: string }) => e.text).sort();
    await waitUntil("the three texts on A's projector", async () => wallTexts(await roomOnA()).length === 3, SYNC_BOUND_MS);

    // blocked from the wall the console shows (not the moderation list): the entry carries only the answer's id.
    // B's console shows the last release B holds, which may reach B a moment after A's projector has it
    // (each process stores or adopts releases on its own): wait for it rather than read it once.
    type ConsoleWall = { entries: { responseId?: string; text: string }[] } | null | undefined;
    await waitUntil("the three texts on B's console wall", async () => (((await consoleOnB()).aggregate?.result as ConsoleWall)?.entries ?? []).length === 3, SYNC_BOUND_MS);
    const wall = ((await consoleOnB()).aggregate!.result as NonNullable<ConsoleWall>).entries;
    const target = wall.find((e) => e.text === texts[0])!;
    expect(Object.keys(target).sort()).toEqual(["responseId", "text"]);
    const blockedPhone = onA[0]!;
    const told = new Promise<{ blocked: boolean }>((resolve) => blockedPhone.client.once("participant:blocked", resolve));
    expect(await command("author:block", { promptId: prompt!.id, responseId: target.responseId })).toEqual({ hidden: 1 });
    expect((await told).blocked).toBe(true);
    const kept = JSON.stringify(texts.slice(1).sort());
    await waitUntil("the text gone from A's projector", async () => JSON.stringify(wallTexts(await roomOnA())) === kept, SYNC_BOUND_MS);
    await waitUntil("the text gone from every phone", () => phones.every((p) => JSON.stringify(wallTexts(p.latest.get("room:updated"))) === kept), SYNC_BOUND_MS);
    // A learns of the block from the database (its rejoin answer says so), then refuses the phone's answers with a clear error
    const rejoin = await connect(a);
    await waitUntil("A to know the phone is blocked", async () => (await joinAs(rejoin, joinCode, blockedPhone.token)).blocked === true, SYNC_BOUND_MS);
    rejoin.disconnect();
    expect(await sendOrNull(blockedPhone.client, "answer:submit", { promptId: prompt!.id, value: { text: "let me back in" } })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: expect.stringMatching(/stopped answers from this phone/) },
    });
    // B's console never learns who: no participant id or token hash in what it holds
    const participants = await database.db.prisma.participant.findMany({ where: { sessionId } });
    const consoleText = JSON.stringify(await consoleOnB());
    for (const p of participants) {
      expect(consoleText).not.toContain(p.id);
      expect(consoleText).not.toContain(p.tokenHash);
    }

    // undo on B: the phone on A is told and A takes its answers again
    const untold = new Promise<{ blocked: boolean }>((resolve) => blockedPhone.client.once("participant:blocked", resolve));
    expect(await command("author:unblock", { via: target.responseId })).toEqual({ restored: 1 });
    expect((await untold).blocked).toBe(false);
    await waitUntil(
      "A to take the phone's answers again",
      async () => {
        const again = await sendOrNull(blockedPhone.client, "answer:submit", { promptId: prompt!.id, value: { text: texts[0] } });
        return again?.ok === true;
      },
      SYNC_BOUND_MS,
    );
    await command("prompt:reset", { promptId: prompt!.id });
    await waitUntil("no answers left on A", async () => (await roomOnA()).aggregate?.respondedCount === 0, SYNC_BOUND_MS);
  });

  it("reactions and pause requests from either process are counted everywhere", async () => {
    const { step } = await gotoStep(null);
    await waitUntil("the text step on A", async () => (await roomOnA()).step?.id === step.id, SYNC_BOUND_MS);
    const phoneA = phones.find((p) => p.on === "A")!;
    const phoneB = phones.find((p) => p.on === "B")!;
    expect(await sendOrNull(phoneA.client, "reaction:toggle", { stepId: step.id, kind: "resonates" })).toEqual({ ok: true, data: { active: true } });
    expect(await sendOrNull(phoneB.client, "reaction:toggle", { stepId: step.id, kind: "resonates" })).toEqual({ ok: true, data: { active: true } });
    const resonates = (l: Map<string, any>) => l.get("reactions:counted")?.counts.resonates;
    await waitUntil(
      "2 reactions on B's console, A's projector and both phones",
      () => [consoleLatest, screenALatest, phoneA.latest, phoneB.latest].every((l) => resonates(l) === 2),
      SYNC_BOUND_MS,
    );

    // the pause count is the consoles' alone: the phones on B (where the console is) get no room update for it.
    // Start when the room is quiet: a reload the earlier tests' decisions scheduled (SETTLE_MS after each, then a
    // newer release read from the database) may still reach the phones, and is not what this counts.
    await quietFor(phoneB.client, "room:updated", SETTLE_MS + 500);
    const roomUpdates: { locked: boolean }[] = [];
    const onRoom = (room: { locked: boolean }) => void roomUpdates.push(room);
    phoneB.client.on("room:updated", onRoom);
    expect((await sendOrNull(phoneA.client, "pause:request", {}))?.ok).toBe(true);
    await waitUntil("the pause request on B's console", () => consoleLatest.get("console:updated")?.pauseRequests === 1, SYNC_BOUND_MS);
    // then a change that is the room's: the first room update the phone gets is that one
    await command("session:lock", { locked: true });
    await waitUntil("the lock on B's phone", () => roomUpdates.length > 0, SYNC_BOUND_MS);
    phoneB.client.off("room:updated", onRoom);
    expect(roomUpdates[0].locked).toBe(true);
    await command("session:lock", { locked: false });
  });

  it("a check-in request asked on A reaches B's console only; seen on B reaches the asker on A only", async () => {
    const asker = phones.find((p) => p.on === "A")!;
    const others = phones.filter((p) => p !== asker);
    const note = "CLUSTER-NOTE please find me at the break";
    const asked = await sendOrNull<any>(asker.client, "checkin:request", { note });
    expect(asked?.ok).toBe(true);
    const number = asked?.ok ? asked.data.checkIn.number : -1;
    await waitUntil("the request on B's console", () => consoleLatest.get("checkins:updated")?.requests?.[0]?.number === number, SYNC_BOUND_MS);
    expect(consoleLatest.get("checkins:updated").requests[0]).toMatchObject({ note, status: "new" });
    const requestId = consoleLatest.get("checkins:updated").requests[0].id;
    await command("checkin:set", { requestId, status: "seen" });
    await waitUntil("'seen' on the asker's phone on A", () => asker.latest.get("checkin:updated")?.checkIn?.status === "seen", SYNC_BOUND_MS);
    expect(asker.latest.get("checkin:updated").checkIn).toEqual({ number, note, status: "seen" });
    // a moment for anything misrouted to arrive, then: nobody else heard of it
    await new Promise((r) => setTimeout(r, 300));
    for (const latest of [screenALatest, ...others.map((p) => p.latest)]) {
      expect(latest.has("checkins:updated")).toBe(false);
      expect(latest.has("checkin:updated")).toBe(false);
      expect(JSON.stringify([...latest.values()])).not.toContain("CLUSTER-NOTE");
    }
  });

  it("one participant's check-in budget is one across both processes: reconnecting elsewhere starts no fresh one", async () => {
    const limit = DEFAULT_RATE_LIMITS.checkInCommandsPerParticipant.points;
    const onA = await connect(a);
    const { participantToken } = await joinAs(onA, joinCode);
    const checkIn = async (client: TestClient, i: number) => sendOrNull<any>(client, i === 0 ? "checkin:request" : "checkin:update", i === 0 ? {} : { note: `note ${i}` });
    // all but two of the budget on A
    for (let i = 0; i < limit - 2; i++) expect((await checkIn(onA, i))?.ok).toBe(true);
    onA.disconnect();
    // the same phone comes back on B: two more, then no more
    const onB = await connect(b);
    await joinAs(onB, joinCode, participantToken);
    for (let i = limit - 2; i < limit; i++) expect((await checkIn(onB, i))?.ok).toBe(true);
    expect(await checkIn(onB, limit)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    onB.disconnect();
    // and back on A, still none
    const backOnA = await connect(a);
    await joinAs(backOnA, joinCode, participantToken);
    expect(await checkIn(backOnA, limit + 1)).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // what was sent last is what the facilitator has
    const listed = await command("checkin:list", {});
    expect(listed.requests.some((r: { note: string }) => r.note === `note ${limit - 1}`)).toBe(true);
    backOnA.disconnect();
  });

  it("a session locked on B refuses newcomers on A", async () => {
    await command("session:lock", { locked: true });
    await waitUntil("the lock on A", async () => (await roomOnA()).locked, SYNC_BOUND_MS);
    const newcomer = await connect(a);
    expect(await sendOrNull(newcomer, "participant:join", { code: joinCode })).toMatchObject({ ok: false, error: { code: "SESSION_LOCKED" } });
    await command("session:lock", { locked: false });
    await waitUntil("the unlock on A", async () => !(await roomOnA()).locked, SYNC_BOUND_MS);
  });

  it("an owner's console on B and a co-facilitator's on A stay in step; removing the co-facilitator on B cuts A's console", async () => {
    const co = await signUpAt(a.url);
    const invited = await fetchJsonAt(b.url, `/api/sessions/${sessionId}/invitations`, { method: "POST", cookie, json: {} });
    const token = (invited.body.invitation.url as string).split("/invite/")[1];
    expect((await fetchJsonAt(a.url, `/api/invitations/${token}/accept`, { method: "POST", cookie: co.cookie })).status).toBe(200);
    const coConsoleA = await connectClient(a.url, { cookie: co.cookie });
    clients.push(coConsoleA);
    const coLatest = recorder(coConsoleA);
    await watchConsole(coConsoleA, sessionId);

    // the co-facilitator steps on A: the owner's console on B follows
    const target = steps.find((s) => s.promptKind === null && s.index > 0)!;
    const ack = await sendOrNull(coConsoleA, "step:goto", { sessionId, index: target.index });
    expect(ack?.ok).toBe(true);
    await waitUntil("the co-facilitator's step on B's console", () => consoleLatest.get("console:updated")?.step?.index === target.index, SYNC_BOUND_MS);
    // the owner locks on B: the co-facilitator's console on A shows it
    await command("session:lock", { locked: true });
    await waitUntil("the owner's lock on A's console", () => coLatest.get("console:updated")?.locked === true, SYNC_BOUND_MS);
    await command("session:lock", { locked: false });

    // removed on B: the console on A is told and leaves the rooms (the Redis adapter reaches it)
    const started = Date.now();
    expect((await fetchJsonAt(b.url, `/api/sessions/${sessionId}/facilitators/${co.id}`, { method: "DELETE", cookie })).status).toBe(200);
    await waitUntil("the removal on A's console", () => coLatest.has("access:revoked"), SYNC_BOUND_MS);
    timings.coFacilitatorRemovalAcrossProcessesMs = Date.now() - started;
    coLatest.delete("console:updated");
    expect(await sendOrNull(coConsoleA, "session:lock", { sessionId, locked: true })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await command("timer:control", { action: "add_minute" });
    await new Promise((r) => setTimeout(r, 500));
    expect(coLatest.has("console:updated")).toBe(false);
  });

  it("without Redis each process serves its own clients; when it is back both converge", async () => {
    const { prompt } = await gotoStep("scale");
    await command("prompt:open", { promptId: prompt!.id });
    await waitUntil("the scale prompt open on A", async () => isOpenOnA(await roomOnA(), prompt!.id), SYNC_BOUND_MS);
    // the reload that follows the reset above (cluster.ts, settle) would read A's answers from the database: let it pass
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));

    // --- Redis goes away --------------------------------------------------
    const t0 = Date.now();
    await proxy.pause();
    await waitUntil("both health checks to say degraded", async () => (await health(a)).status === "degraded" && (await health(b)).status === "degraded", 5000);
    timings.degradedAfterMs = Date.now() - t0;
    const degraded = await fetchJsonAt(a.url, "/api/health");
    expect(degraded.status).toBe(200); // still serving: a load balancer must keep it
    expect(degraded.body).toMatchObject({ status: "degraded", database: "postgresql", redis: "unavailable" });
    expect(degraded.body.reason).toMatch(/serves its own connections/);

    // answers on A are acknowledged and reach A's own projector
    const onA = phones.filter((p) => p.on === "A");
    const onB = phones.filter((p) => p.on === "B");
    for (const p of onA) expect((await sendOrNull(p.client, "answer:submit", { promptId: prompt!.id, value: { value: 4 } }))?.ok).toBe(true);
    await waitUntil("A's projector to count A's 3 answers", () => screenALatest.get("aggregate:updated")?.aggregate?.respondedCount === 3, SYNC_BOUND_MS);
    // answers on B reach B's console
    for (const p of onB.slice(0, 2)) expect((await sendOrNull(p.client, "answer:submit", { promptId: prompt!.id, value: { value: 2 } }))?.ok).toBe(true);
    await waitUntil("B's console to count B's 2 answers", async () => (await consoleOnB()).aggregate?.answerCount === 2, SYNC_BOUND_MS);
    // and the facilitator on B reveals: only B's own clients can hear it now
    await command("results:reveal", { promptId: prompt!.id });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await consoleOnB()).aggregate?.answerCount).toBe(2); // A's answers did not arrive
    const onlyA = await roomOnA();
    expect(onlyA.aggregate).toMatchObject({ respondedCount: 3, result: null }); // nor did the reveal…
    expect(onlyA.step?.prompt?.resultsRevealed).toBe(false);
    expect(((await sendOrNull<any>(screenB, "screen:watch", { sessionId })) as any)?.data.step.prompt.resultsRevealed).toBe(true); // …which B's projector has

    // --- Redis is back ----------------------------------------------------
    const t1 = Date.now();
    await proxy.resume();
    await waitUntil("B's console to count all 5 answers", async () => (await consoleOnB()).aggregate?.answerCount === 5, CONVERGE_BOUND_MS);
    timings.consoleConvergedMs = Date.now() - t1;
    await waitUntil(
      "A's projector to count 5 answers, revealed",
      async () => {
        const room = await roomOnA();
        return room.aggregate?.respondedCount === 5 && room.aggregate.result != null;
      },
      CONVERGE_BOUND_MS,
    );
    timings.projectorConvergedMs = Date.now() - t1;
    // pushed, not only there when asked
    await waitUntil(
      "pushed to the console and the projector",
      () => consoleLatest.get("console:updated")?.aggregate?.answerCount === 5 && screenALatest.get("room:updated")?.aggregate?.respondedCount === 5,
      CONVERGE_BOUND_MS,
    );
    await waitUntil("both health checks to say ok", async () => (await health(a)).status === "ok" && (await health(b)).status === "ok", CONVERGE_BOUND_MS);
    timings.healthyAgainMs = Date.now() - t1;
    // A released its 3 answers during the outage (stored in the database); B's 2 are fewer than k
    // more, so both processes keep that breakdown: no differencing across an outage either
    expect((await consoleOnB()).aggregate).toMatchObject({ result: { mean: 4 }, shownCount: 3, notShownCount: 2 });

    // and the sync works again: one more answer on B reaches A
    expect((await sendOrNull(onB[2].client, "answer:submit", { promptId: prompt!.id, value: { value: 2 } }))?.ok).toBe(true);
    await waitUntil("A to count the answer given on B after the outage", async () => (await roomOnA()).aggregate?.respondedCount === 6, SYNC_BOUND_MS);
    // 3 answers since the last release: a new one, the same on both processes
    await waitUntil("the new release on both", async () => (await roomOnA()).aggregate?.shownCount === 6 && (await consoleOnB()).aggregate?.shownCount === 6, SYNC_BOUND_MS);
    expect((await roomOnA()).aggregate?.result).toEqual((await consoleOnB()).aggregate?.result);
    expect(await database.db.prisma.response.count({ where: { promptId: prompt!.id } })).toBe(6);
    // neither process crashed on the way
    expect(a.running && b.running).toBe(true);
  });

  it("a process started while Redis is away serves on its own, then joins in when Redis comes", async () => {
    const target = new URL(redis.url!);
    const ownProxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
    try {
      await ownProxy.pause();
      const c = await startHearthProcess({ databaseUrl: database.url, redisUrl: `redis://127.0.0.1:${ownProxy.port}`, redisKeyPrefix: options.redisKeyPrefix });
      try {
        expect(await health(c)).toMatchObject({ status: "degraded", redis: "unavailable" });
        const screenC = await connect(c, true);
        const screenCLatest = recorder(screenC);
        const roomOnC = async () => ((await sendOrNull<any>(screenC, "screen:watch", { sessionId })) as any).data as RoomState;
        expect((await roomOnC()).aggregate?.respondedCount).toBe(6); // read from the database

        const t0 = Date.now();
        await ownProxy.resume();
        await waitUntil("C's health to say ok", async () => (await health(c)).status === "ok", CONVERGE_BOUND_MS);
        timings.lateJoinerHealthyMs = Date.now() - t0;
        const { step } = await gotoStep("word_cloud");
        await waitUntil("B's step change on C's projector", () => screenCLatest.get("room:updated")?.step?.id === step.id, SYNC_BOUND_MS);
        expect((await roomOnC()).step?.id).toBe(step.id);
      } finally {
        await c.stop();
      }
    } finally {
      await ownProxy.close();
    }
  });

  it("a session ended on B is ended on A: no more answers there", async () => {
    const prompt = (await consoleOnB()).step!.prompt!;
    await command("prompt:open", { promptId: prompt.id });
    await waitUntil("the open word cloud on A", async () => isOpenOnA(await roomOnA(), prompt.id), SYNC_BOUND_MS);
    await command("session:end", {});
    const phoneA = phones.find((p) => p.on === "A")!;
    await waitUntil("the end on A's projector and phones", () => [screenALatest, phoneA.latest].every((l) => l.get("room:updated")?.status === "ended"), SYNC_BOUND_MS);
    expect(await sendOrNull(phoneA.client, "answer:submit", { promptId: prompt.id, value: { words: ["late"] } })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
    expect((await consoleOnB()).steps.find((s) => s.promptKind === "word_cloud")?.promptState).toBe("closed");
  });
});
