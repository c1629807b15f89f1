// A live session through the real server: each activity end to end with
// several participants, the anonymity threshold on the wire, reconnection,
// locking, moderation, and answers to closed or foreign prompts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, RoomState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import * as rooms from "../helpers/room";

type Room = { facilitator: TestClient; console: ConsoleState; sessionId: string; joinCode: string };

describe.each(await providersUnderTest())("live session on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider, pauseRequestIntervalMs: 60_000 });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const openRoom = (): Promise<Room> => rooms.openRoom(hearth);
  const join = (room: Room, token?: string) => rooms.joinRoom(hearth, room, token);
  const { openPromptOfKind, consoleState } = rooms;

  /** The console's state once the current prompt's breakdown was released (a flush after the k-th answer). */
  async function consoleReleased(room: Room, ready: (aggregate: any) => boolean = (a) => a?.result != null) {
    for (let started = Date.now(); Date.now() - started < 5000; await new Promise((r) => setTimeout(r, 50))) {
      const state = await consoleState(room);
      if (ready(state.aggregate)) return state;
    }
    throw new Error("no release reached the console");
  }

  it("keeps every breakdown off the wire until k answers exist, then shows it once revealed", async () => {
    const room = await openRoom();
    const phones = await Promise.all([1, 2, 3, 4].map(() => join(room)));
    const prompt = await openPromptOfKind(room, "scale");
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });

    const seenByPhone: RoomState["aggregate"][] = [];
    phones[3].phone.on("aggregate:updated", ({ aggregate }) => seenByPhone.push(aggregate));

    for (const [i, value] of [4, 2].entries()) {
      expect((await send(phones[i].phone, "answer:submit", { promptId: prompt.id, value: { value } })).ok).toBe(true);
    }
    expect((await send(phones[2].phone, "answer:submit", { promptId: prompt.id, pass: true })).ok).toBe(true);
    const below = await nextEvent<any>(room.facilitator, "aggregate:updated", (u) => u.aggregate.passCount === 1);
    expect(below.aggregate).toMatchObject({ answerCount: 2, passCount: 1, suppressed: true, result: null });
    // even the raw payloads the phones received carried counts only
    for (const a of seenByPhone) expect(a?.result).toBeNull();
    expect(JSON.stringify(seenByPhone)).not.toMatch(/distribution|mean/);

    await send(phones[3].phone, "answer:submit", { promptId: prompt.id, value: { value: 5 } });
    const over = await nextEvent<any>(phones[0].phone, "aggregate:updated", (u) => u.aggregate.answerCount === 3);
    expect(over.aggregate.suppressed).toBe(false);
    expect(over.aggregate.result.mean).toBeCloseTo(11 / 3, 2);
    expect(over.aggregate.result.median).toBe(4);

    // one participant counts once: changing an answer replaces it; and one changed answer
    // alone never moves the breakdown (anonymity.test.ts: it changes in steps of k)
    await send(phones[1].phone, "answer:submit", { promptId: prompt.id, value: { value: 5 } });
    const changed = await nextEvent<any>(room.facilitator, "aggregate:updated", (u) => u.aggregate.notShownCount === 1);
    expect(changed.aggregate.answerCount).toBe(3);
    expect(changed.aggregate.result.median).toBe(4);
    const rows = await hearth.database.prisma.response.count({ where: { promptId: prompt.id } });
    expect(rows).toBe(4);
  });

  it("hides the breakdown from the room until the facilitator reveals it", async () => {
    const room = await openRoom();
    const phones = await Promise.all([1, 2, 3].map(() => join(room)));
    const prompt = await openPromptOfKind(room, "single_choice");
    const options = (prompt.config as { options: { id: string }[] }).options;
    const seenByPhones: unknown[] = [];
    for (const { phone } of phones) phone.on("aggregate:updated", (u) => seenByPhones.push(u));
    for (const { phone } of phones) await send(phone, "answer:submit", { promptId: prompt.id, value: { optionId: options[0].id } });
    const counted = await nextEvent<any>(room.facilitator, "aggregate:updated", (u) => u.aggregate.answerCount === 3);
    expect(counted.aggregate.result.options[0].count).toBe(3);
    // phones are not even sent the tallies before the reveal (they show none)
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seenByPhones).toEqual([]);
    const facilitatorView = (await consoleState(room)).aggregate as any;
    expect(facilitatorView.result.options[0]).toMatchObject({ count: 3, percent: 100 });

    const revealed = nextEvent<RoomState>(phones[1].phone, "room:updated", (s) => s.step?.prompt?.resultsRevealed === true);
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });
    expect(((await revealed).aggregate as any).result.options[0].count).toBe(3);
  });

  it("runs multiple choice, ranking and word cloud with server-side validation", async () => {
    const room = await openRoom();
    const phones = await Promise.all([1, 2, 3].map(() => join(room)));

    const multiple = await openPromptOfKind(room, "multiple_choice");
    const mOptions = (multiple.config as { options: { id: string }[] }).options.map((o) => o.id);
    expect(await send(phones[0].phone, "answer:submit", { promptId: multiple.id, value: { optionIds: ["nope"] } })).toMatchObject({ ok: false, error: { code: "INVALID_ANSWER" } });
    expect(await send(phones[0].phone, "answer:submit", { promptId: multiple.id, value: { optionIds: [mOptions[0], mOptions[0]] } })).toMatchObject({
      ok: false,
      error: { code: "INVALID_ANSWER" },
    });
    for (const { phone } of phones) expect((await send(phone, "answer:submit", { promptId: multiple.id, value: { optionIds: [mOptions[0], mOptions[1]] } })).ok).toBe(true);
    await send(room.facilitator, "prompt:close", { sessionId: room.sessionId, promptId: multiple.id });
    let state = await consoleState(room);
    expect(state.steps.find((s) => s.promptKind === "multiple_choice")!.promptState).toBe("closed");

    const ranking = await openPromptOfKind(room, "ranking");
    const items = (ranking.config as { options: { id: string }[] }).options.map((o) => o.id);
    expect(await send(phones[0].phone, "answer:submit", { promptId: ranking.id, value: { order: items.slice(1) } })).toMatchObject({
      ok: false,
      error: { code: "INVALID_ANSWER" },
    });
    for (const { phone } of phones) await send(phone, "answer:submit", { promptId: ranking.id, value: { order: [items[2], ...items.filter((x) => x !== items[2])] } });
    state = await consoleReleased(room, (a) => a?.promptId === ranking.id && a.result !== null);
    expect((state.aggregate as any).result.items[0].id).toBe(items[2]);
    expect((state.aggregate as any).result.items[0].averagePosition).toBe(1);

    const cloud = await openPromptOfKind(room, "word_cloud");
    // the built-in cloud asks for one word: more is refused with a clear message
    expect((cloud.config as { maxWords: number }).maxWords).toBe(1);
    expect(await send(phones[0].phone, "answer:submit", { promptId: cloud.id, value: { words: ["Relief", "hopes"] } })).toMatchObject({
      ok: false,
      error: { code: "INVALID_ANSWER" },
    });
    for (const [i, word] of ["Relief", "relief ", "  Hopes"].entries())
      expect((await send(phones[i].phone, "answer:submit", { promptId: cloud.id, value: { words: [word] } })).ok).toBe(true);
    state = await consoleReleased(room, (a) => a?.promptId === cloud.id && a.result !== null);
    const words = (state.aggregate as any).result.words;
    expect(words).toEqual([
      { word: "relief", count: 2 },
      { word: "hope", count: 1 },
    ]);
  });

  it("moderates open text: only approved answers reach the room", async () => {
    const room = await openRoom();
    const phones = await Promise.all([1, 2, 3].map(() => join(room)));
    const prompt = await openPromptOfKind(room, "open_text");
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });
    const texts = ["I should cope alone", "Nobody has time for me", "It is a sign of weakness"];
    const roomUpdate = nextEvent<any>(phones[0].phone, "aggregate:updated", (u) => u.aggregate.result !== null);
    for (const [i, { phone }] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: texts[i] } })).ok).toBe(true);

    let state = await consoleState(room);
    expect(state.moderation?.entries).toHaveLength(3);
    const roomBefore = await roomUpdate;
    expect(roomBefore.aggregate.result.entries).toEqual([]);

    const [first, second] = state.moderation!.entries;
    expect(
      (
        await send<any>(room.facilitator, "moderation:set", {
          sessionId: room.sessionId,
          promptId: prompt.id,
          responseIds: [first.responseId, second.responseId],
          status: "approved",
        })
      ).ok,
    ).toBe(true);
    await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [second.responseId], status: "hidden" });
    // one approved answer alone is not released to the wall (it grows in steps of k: anonymity.test.ts)
    state = await consoleReleased(room, (a) => a?.notShownCount === 1);
    expect((state.aggregate as any).result.entries).toEqual([]);
    // a participant cannot moderate
    expect(await send(phones[0].phone, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [second.responseId], status: "approved" })).toMatchObject({
      ok: false,
      error: { code: "UNAUTHENTICATED" },
    });
    const stored = await hearth.database.prisma.response.findMany({ where: { promptId: prompt.id }, select: { moderation: true } });
    expect(stored.map((r) => r.moderation).sort()).toEqual(["approved", "hidden", "pending"]);
  });

  it("never approves an answer edited after the facilitator saw it", async () => {
    const room = await openRoom();
    const phones = await Promise.all([1, 2, 3].map(() => join(room)));
    const prompt = await openPromptOfKind(room, "open_text");
    for (const [i, { phone }] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: `first ${i}` } })).ok).toBe(true);
    const seen = (await consoleState(room)).moderation!.entries.find((e) => e.kind === "open_text" && e.text === "first 0")!;
    expect(seen.version).toMatch(/^[0-9a-z]+$/);

    // the participant edits just before the facilitator clicks Approve on what they saw
    expect((await send(phones[0].phone, "answer:submit", { promptId: prompt.id, value: { text: "edited, never seen" } })).ok).toBe(true);
    const stale = await send<{ updated: number }>(room.facilitator, "moderation:set", {
      sessionId: room.sessionId,
      promptId: prompt.id,
      responseIds: [seen.responseId],
      status: "approved",
      versions: { [seen.responseId!]: seen.version },
    });
    expect(stale).toEqual({ ok: true, data: { updated: 0 } });
    const row = await hearth.database.prisma.response.findUniqueOrThrow({ where: { id: seen.responseId } });
    expect(row).toMatchObject({ moderation: "pending", value: { text: "edited, never seen" } });

    // approving what is shown now works
    const now = (await consoleState(room)).moderation!.entries.find((e) => e.responseId === seen.responseId)!;
    expect(now.version).not.toBe(seen.version);
    const fresh = await send<{ updated: number }>(room.facilitator, "moderation:set", {
      sessionId: room.sessionId,
      promptId: prompt.id,
      responseIds: [seen.responseId],
      status: "approved",
      versions: { [seen.responseId!]: now.version },
    });
    expect(fresh).toEqual({ ok: true, data: { updated: 1 } });
    expect((await hearth.database.prisma.response.findUniqueOrThrow({ where: { id: seen.responseId } })).moderation).toBe("approved");
  });

  it("rejoins with the same token and answers intact; a locked session lets only existing participants back", async () => {
    const room = await openRoom();
    const { phone, joined } = await join(room);
    const prompt = await openPromptOfKind(room, "scale");
    await send(phone, "answer:submit", { promptId: prompt.id, value: { value: 3 } });
    phone.disconnect();

    await send(room.facilitator, "session:lock", { sessionId: room.sessionId, locked: true });
    const again = await join(room, joined.participantToken);
    expect(again.joined.participantToken).toBe(joined.participantToken);
    expect(again.joined.answers).toEqual([{ promptId: prompt.id, passed: false, value: { value: 3 } }]);
    expect(again.joined.state.step?.prompt?.id).toBe(prompt.id);
    expect(await hearth.database.prisma.participant.count({ where: { sessionId: room.sessionId } })).toBe(1);

    const newcomer = await hearth.connect();
    expect(await send(newcomer, "participant:join", { code: room.joinCode })).toMatchObject({ ok: false, error: { code: "SESSION_LOCKED" } });
    // a token from another session is not honoured there
    const other = await openRoom();
    await send(other.facilitator, "session:lock", { sessionId: other.sessionId, locked: true });
    expect(await send(newcomer, "participant:join", { code: other.joinCode, token: joined.participantToken })).toMatchObject({ ok: false, error: { code: "SESSION_LOCKED" } });
  });

  it("refuses answers to closed, foreign and unknown prompts, storing nothing", async () => {
    const room = await openRoom();
    const other = await openRoom();
    const { phone } = await join(room);
    const prompt = await openPromptOfKind(room, "scale");
    const foreign = await openPromptOfKind(other, "scale");
    await send(room.facilitator, "prompt:close", { sessionId: room.sessionId, promptId: prompt.id });

    expect(await send(phone, "answer:submit", { promptId: prompt.id, value: { value: 2 } })).toMatchObject({ ok: false, error: { code: "PROMPT_CLOSED" } });
    expect(await send(phone, "answer:submit", { promptId: foreign.id, value: { value: 2 } })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await send(phone, "answer:submit", { promptId: "nope", value: { value: 2 } })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const stranger = await hearth.connect();
    expect(await send(stranger, "answer:submit", { promptId: prompt.id, value: { value: 2 } })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await hearth.database.prisma.response.count({ where: { promptId: { in: [prompt.id, foreign.id] } } })).toBe(0);
  });

  it("counts reactions and pause requests, and ends the session for everyone", async () => {
    const room = await openRoom();
    const { phone } = await join(room);
    const textStep = room.console.steps.find((s) => s.promptKind === null && s.index > 0)!;
    await send(room.facilitator, "step:goto", { sessionId: room.sessionId, index: textStep.index });
    const counted = nextEvent<any>(room.facilitator, "reactions:counted");
    expect(await send(phone, "reaction:toggle", { stepId: textStep.id, kind: "resonates" })).toEqual({ ok: true, data: { active: true } });
    expect((await counted).counts.resonates).toBe(1);

    const pause = nextEvent<ConsoleState>(room.facilitator, "console:updated", (s) => s.pauseRequests === 1);
    expect((await send(phone, "pause:request", {})).ok).toBe(true);
    await pause;
    // asking again within the minute is answered kindly and not counted twice
    expect(await send(phone, "pause:request", {})).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect((await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: room.sessionId } })).pauseRequests).toBe(1);

    const ended = nextEvent<RoomState>(phone, "room:updated", (s) => s.status === "ended");
    await send(room.facilitator, "session:end", { sessionId: room.sessionId });
    expect((await ended).resources.items.length).toBeGreaterThan(0);
    const late = await hearth.connect();
    expect(await send(late, "participant:join", { code: room.joinCode })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
  });
});
