// Anonymity that holds in a small room (issue 15), through the real server
// with real clients: once a breakdown is shown it changes only in steps of at
// least k answers, in every raw payload the projector, the phones and the
// console receive; passes never reach the room separately from answers; and
// live counts can be hidden from the room.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined, RoomState } from "../../lib/events";
import { hashParticipantToken } from "../../server/services/participant-token";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import * as rooms from "../helpers/room";

const K = 3;
type Agg = NonNullable<RoomState["aggregate"]>;
type Room = { facilitator: TestClient; screen: TestClient; console: ConsoleState; sessionId: string; joinCode: string };

/** How many answers a choice breakdown counts (its option counts add up to it for single choice). */
function breakdownTotal(aggregate: Agg | null | undefined): number | null {
  if (!aggregate?.result) return null;
  const result = aggregate.result as { options?: { count: number }[]; entries?: unknown[] };
  if (result.options) return result.options.reduce((sum, o) => sum + o.count, 0);
  if (result.entries) return result.entries.length;
  return null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(await providersUnderTest())("anonymity on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const openRoom = (): Promise<Room & { cookie: string }> => rooms.openRoom(hearth, { screen: true });
  const join = async (room: Room) => (await rooms.joinRoom(hearth, room)).phone;
  const openPromptOfKind = (room: Room, kind: string) => rooms.openPromptOfKind(room, kind);

  /** Every aggregate a client receives, from aggregate:updated, room:updated and console:updated alike. */
  function record(client: TestClient, promptId: string): Agg[] {
    const seen: Agg[] = [];
    const keep = (a: Agg | null | undefined) => {
      if (a && a.promptId === promptId) seen.push(a);
    };
    client.on("aggregate:updated", ({ aggregate }) => keep(aggregate as Agg));
    client.on("room:updated", (state) => keep(state.aggregate));
    client.on("console:updated", (state) => keep(state.aggregate));
    return seen;
  }

  const consoleAt = (room: Room, answers: number) =>
    nextEvent<{ aggregate: Agg }>(room.facilitator, "aggregate:updated", (u) => u.aggregate.answerCount === answers && u.aggregate.shownCount !== undefined);

  it("with k = 3 and 8 phones trickling in after the reveal, every view shows breakdowns of 3 and 6 answers only", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 8 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "single_choice");
    const options = (prompt.config as { options: { id: string }[] }).options;

    const projector = record(room.screen, prompt.id);
    const consoleSeen = record(room.facilitator, prompt.id);
    const phoneSeen = phones.map((p) => record(p, prompt.id));

    // the first three, then reveal
    for (let i = 0; i < 3; i++) expect((await send(phones[i], "answer:submit", { promptId: prompt.id, value: { optionId: options[i % options.length].id } })).ok).toBe(true);
    const atThree = await consoleAt(room, 3);
    expect(breakdownTotal(atThree.aggregate)).toBe(3);
    // listening before the command: its updates may arrive in the same read as its acknowledgement
    const phoneSeesReveal = nextEvent(phones[7], "room:updated", (s: RoomState) => s.step?.prompt?.resultsRevealed === true);
    expect((await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id })).ok).toBe(true);
    await phoneSeesReveal;

    // then one at a time, each given time to reach every screen
    for (let i = 3; i < 8; i++) {
      expect((await send(phones[i], "answer:submit", { promptId: prompt.id, value: { optionId: options[0].id } })).ok).toBe(true);
      const seen = await consoleAt(room, i + 1);
      expect(seen.aggregate.notShownCount, `console after ${i + 1} answers`).toBe((i + 1) % 3);
      await sleep(350); // longer than the phones' 250 ms refresh
    }

    // closed at 8: the room keeps the breakdown of 6, and says 2 more are not shown
    expect((await send(room.facilitator, "prompt:close", { sessionId: room.sessionId, promptId: prompt.id })).ok).toBe(true);
    const closed = await nextEvent<RoomState>(phones[0], "room:updated", (s) => s.step?.prompt?.state === "closed");
    expect(breakdownTotal(closed.aggregate)).toBe(6);
    expect(closed.aggregate).toMatchObject({ shownCount: 6, notShownCount: 2, respondedCount: 8 });
    await sleep(300);

    const totals = (seen: Agg[]) => new Set(seen.map(breakdownTotal).filter((t) => t !== null));
    expect([...totals(projector)].sort()).toEqual([3, 6]);
    expect([...totals(consoleSeen)].sort()).toEqual([3, 6]);
    for (const [i, seen] of phoneSeen.entries()) {
      expect([...totals(seen)].sort(), `phone ${i}`).toEqual([3, 6]);
      // shownCount agrees with the breakdown, in every payload that has one
      for (const a of seen) if (a.result) expect(a.shownCount).toBe(breakdownTotal(a));
    }
    // the console kept exact counts throughout
    expect(consoleSeen.some((a) => a.answerCount === 8 && a.passCount === 0)).toBe(true);

    // the summary and the exports follow the same rule: the last breakdown shown, and "2 more"
    const { body } = await hearth.fetchJson(`/api/sessions/${room.sessionId}/summary`, { cookie: room.cookie });
    const summarised = body.summary.steps.find((s: any) => s.prompt?.id === prompt.id).prompt;
    expect(summarised.aggregate).toMatchObject({ answerCount: 8, notShownCount: 2 });
    expect(breakdownTotal(summarised.aggregate)).toBe(6);
    const markdown = await fetch(`http://127.0.0.1:${hearth.port}/api/sessions/${room.sessionId}/export?format=md`, { headers: { cookie: room.cookie } });
    expect(await markdown.text()).toContain("2 more answers are not shown, to protect anonymity");
    // the individual rows are limited to the answers in that breakdown, or they would give the last two away
    const raw = await fetch(`http://127.0.0.1:${hearth.port}/api/sessions/${room.sessionId}/export?format=responses.csv`, { headers: { cookie: room.cookie } });
    expect(raw.status).toBe(200);
    const stepNumber = String(room.console.steps.find((s) => s.promptKind === "single_choice")!.index + 1);
    const rows = (await raw.text()).split("\n").filter((line) => /^\d+,/.test(line) && line.split(",")[1] === stepNumber);
    expect(rows).toHaveLength(6);
  });

  it("never sends the room passes separately from answers: it sees 'responded'", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 6 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "scale");
    const roomPayloads: unknown[] = [];
    for (const client of [room.screen, ...phones]) {
      client.on("aggregate:updated", (u) => roomPayloads.push(u));
      client.on("room:updated", (s) => roomPayloads.push(s));
    }
    const screenSaw = nextEvent<{ aggregate: Agg }>(room.screen, "aggregate:updated", (u) => u.aggregate.respondedCount === 2);
    const facilitatorSaw = nextEvent<{ aggregate: Agg }>(room.facilitator, "aggregate:updated", (u) => u.aggregate.answerCount === 1 && u.aggregate.passCount === 1);
    expect((await send(phones[0], "answer:submit", { promptId: prompt.id, pass: true })).ok).toBe(true);
    expect((await send(phones[1], "answer:submit", { promptId: prompt.id, value: { value: 4 } })).ok).toBe(true);
    const update = await screenSaw;
    // one responded-count, no answer count, no pass count: nobody can tell who passed
    expect(update.aggregate).toMatchObject({ respondedCount: 2, answerCount: 0, suppressed: true, result: null });
    expect(update.aggregate).not.toHaveProperty("passCount");
    expect((await facilitatorSaw).aggregate.passCount).toBe(1);
    const revealed = nextEvent(room.screen, "room:updated");
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });
    await revealed;
    expect(JSON.stringify(roomPayloads)).not.toContain("passCount");
  });

  it("hides live counts from the room while fewer than 2·k people joined (the console keeps them)", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 2 * K - 1 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "scale");
    const roomSaw = nextEvent<{ aggregate: Agg }>(room.screen, "aggregate:updated");
    const facilitatorSaw = nextEvent<{ aggregate: Agg }>(room.facilitator, "aggregate:updated", (u) => u.aggregate.answerCount === 1);
    expect((await send(phones[0], "answer:submit", { promptId: prompt.id, value: { value: 2 } })).ok).toBe(true);
    expect((await roomSaw).aggregate.respondedCount).toBeNull();
    expect((await facilitatorSaw).aggregate.answerCount).toBe(1);
    // one more person: 2·k joined, and the room sees the count again
    const sixth = await join(room);
    const shownSaw = nextEvent<{ aggregate: Agg }>(room.screen, "aggregate:updated", (u) => u.aggregate.respondedCount === 2);
    expect((await send(sixth, "answer:submit", { promptId: prompt.id, value: { value: 3 } })).ok).toBe(true);
    const shown = await shownSaw;
    expect(shown.aggregate.respondedCount).toBe(2);

    // the session setting overrides the default either way
    const hidden = nextEvent<RoomState>(room.screen, "room:updated");
    expect((await send(room.facilitator, "session:settings", { sessionId: room.sessionId, hideCounts: true })).ok).toBe(true);
    expect((await hidden).aggregate?.respondedCount).toBeNull();
    const watched = (await send<ConsoleState>(room.facilitator, "console:watch", { sessionId: room.sessionId })) as { ok: true; data: ConsoleState };
    expect(watched.data.privacy).toMatchObject({ hideCounts: true, countsShown: false });
    expect(watched.data.aggregate?.answerCount).toBe(2); // the console keeps exact counts
    const again = nextEvent<RoomState>(room.screen, "room:updated");
    expect((await send(room.facilitator, "session:settings", { sessionId: room.sessionId, hideCounts: false })).ok).toBe(true);
    expect((await again).aggregate?.respondedCount).toBe(2);
    // a participant cannot change it
    expect(await send(phones[0], "session:settings", { sessionId: room.sessionId, hideCounts: false })).toMatchObject({ ok: false });
  });

  it("releases moderated open text to the wall in batches of at least k", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 7 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "open_text");
    const projector = record(room.screen, prompt.id);
    for (const [i, phone] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: `thought number ${i}` } })).ok).toBe(true);
    const queuedOnReveal = nextEvent<ConsoleState>(room.facilitator, "console:updated", (s) => (s.moderation?.entries.length ?? 0) === 7);
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });
    const queued = await queuedOnReveal;
    const wallSizes: number[] = [];
    for (const entry of queued.moderation!.entries) {
      const decided = await send<{ updated: number }>(room.facilitator, "moderation:set", {
        sessionId: room.sessionId,
        promptId: prompt.id,
        responseIds: [entry.responseId],
        status: "approved",
      });
      expect(decided.ok).toBe(true);
      await sleep(150);
      const last = projector.filter((a) => a.result).at(-1);
      wallSizes.push(breakdownTotal(last) ?? 0);
    }
    // the wall went from nothing (no breakdown, or an empty one) to 3 → 6, never one entry at a
    // time; the seventh waits. (Since the first release shows nobody or at least k, the reveal
    // with none approved sends no breakdown at all rather than an empty one.)
    const distinct = [...new Set(projector.map(breakdownTotal).filter((t): t is number => t !== null && t > 0))].sort();
    expect(distinct).toEqual([3, 6]);
    expect(wallSizes.at(-1)).toBe(6);
  });

  it("never opens the wall with fewer than k approved answers (one approved before the reveal stays off it)", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 4 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "open_text");
    const projector = record(room.screen, prompt.id);
    const queuedAll = nextEvent<ConsoleState>(room.facilitator, "console:updated", (s) => (s.moderation?.entries.length ?? 0) === 4);
    for (const [i, phone] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: `early thought ${i}` } })).ok).toBe(true);
    const ids = (await queuedAll).moderation!.entries.map((e) => e.responseId!);
    // one approved before the reveal: revealing must not put it on the wall alone
    expect((await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [ids[0]], status: "approved" })).ok).toBe(true);
    expect((await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id })).ok).toBe(true);
    await sleep(150);
    expect(
      projector.map(breakdownTotal).filter((t) => t !== null && t > 0),
      "after the reveal with 1 approved",
    ).toEqual([]);
    for (const [n, id] of ids.slice(1, 2).entries()) {
      expect((await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [id], status: "approved" })).ok).toBe(true);
      await sleep(150);
      // one or two approved: nothing on the wall, on the projector's wire
      expect(
        projector.map(breakdownTotal).filter((t) => t !== null && t > 0),
        `after ${n + 2} approved`,
      ).toEqual([]);
    }
    expect((await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [ids[2]], status: "approved" })).ok).toBe(true);
    for (let i = 0; i < 50 && !projector.some((a) => breakdownTotal(a) === 3); i++) await sleep(50);
    expect([...new Set(projector.map(breakdownTotal).filter((t) => t !== null && t > 0))]).toEqual([3]);
  });

  it("hiding a cloud answer edited since the release takes out the words the room was shown", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 3 }, () => join(room)));
    const prompt = await openPromptOfKind(room, "word_cloud");
    const projector = record(room.screen, prompt.id);
    const words = [["hope"], ["hope"], ["calm"]];
    for (const [i, phone] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { words: words[i] } })).ok).toBe(true);
    expect((await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id })).ok).toBe(true);
    const cloudOf = (state: RoomState) => (state.aggregate?.result as { words?: { word: string; count: number }[] } | null)?.words ?? null;
    const watchRoom = async () => ((await send<RoomState>(room.screen, "screen:watch", { sessionId: room.sessionId })) as { ok: true; data: RoomState }).data;
    for (let i = 0; i < 50 && !cloudOf(await watchRoom()); i++) await sleep(50);
    expect(cloudOf(await watchRoom())).toEqual([
      { word: "hope", count: 2 },
      { word: "calm", count: 1 },
    ]);
    // the third phone changes its words: one changed answer, so the room keeps the released cloud
    const editSeen = nextEvent<ConsoleState>(room.facilitator, "console:updated", (s) =>
      (s.moderation?.entries ?? []).some((e) => e.kind === "word_cloud" && e.words.includes("storm")),
    );
    expect((await send(phones[2], "answer:submit", { promptId: prompt.id, value: { words: ["storm"] } })).ok).toBe(true);
    const edited = await editSeen;
    expect(cloudOf(await watchRoom())).toEqual([
      { word: "hope", count: 2 },
      { word: "calm", count: 1 },
    ]);
    // hiding it takes out "calm", which the room saw, not "storm", which it never did
    const stormId = edited.moderation!.entries.find((e) => e.kind === "word_cloud" && e.words.includes("storm"))!.responseId!;
    expect((await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: [stormId], status: "hidden" })).ok).toBe(true);
    let after = await watchRoom();
    for (let i = 0; i < 50 && (cloudOf(after)?.length ?? 0) > 1; i++) {
      await sleep(50);
      after = await watchRoom();
    }
    expect(cloudOf(after)).toEqual([{ word: "hope", count: 2 }]);
    expect(after.aggregate).toMatchObject({ shownCount: 2 });
    // and every cloud the projector was ever sent came from the released answers only
    for (const a of projector) for (const w of (a.result as { words?: { word: string }[] } | null)?.words ?? []) expect(w.word).not.toBe("storm");
    const stored = await hearth.database.prisma.prompt.findUniqueOrThrow({ where: { id: prompt.id } });
    expect(JSON.parse(stored.release!).result).toEqual({ words: [{ word: "hope", count: 2 }], distinctWords: 1 });
  });

  it("refuses the answers of a participant blocked where this process has not heard of it yet (the database decides), and only theirs", async () => {
    const room = await openRoom();
    const joined = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const phone = await hearth.connect();
        const ack = await send<ParticipantJoined>(phone, "participant:join", { code: room.joinCode });
        if (!ack.ok) throw new Error(ack.error.message);
        // the phone never learns its participant id; the test finds it by the token's hash, as the server does
        const row = await hearth.database.prisma.participant.findFirstOrThrow({ where: { tokenHash: hashParticipantToken(ack.data.participantToken) } });
        return { phone, participantId: row.id };
      }),
    );
    const prompt = await openPromptOfKind(room, "word_cloud");
    // as another process would have done it: in the database only, not in this process's memory
    await hearth.database.prisma.participant.update({ where: { id: joined[0]!.participantId }, data: { blockedAt: new Date(), blockedVia: "elsewhere", blockedPrior: "{}" } });
    // one burst, so the three share a batch: the blocked one is refused, the others are stored
    const acks = await Promise.all(joined.map(({ phone }, i) => send(phone, "answer:submit", { promptId: prompt.id, value: { words: [`word${i}`] } })));
    expect(acks[0]).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/stopped answers from this phone/) } });
    expect(acks.slice(1).map((a) => a.ok)).toEqual([true, true]);
    const stored = await hearth.database.prisma.response.findMany({ where: { promptId: prompt.id } });
    expect(stored.map((r) => r.participantId).sort()).toEqual([joined[1]!.participantId, joined[2]!.participantId].sort());
  });

  it("asks newcomers for the room passphrase (right, wrong, missing), never shows it, and lets returning phones back", async () => {
    const room = await openRoom();
    const early = await join(room); // joined before the passphrase was set: stays in
    expect((await send(room.facilitator, "session:settings", { sessionId: room.sessionId, passphrase: "Blue Harbour" })).ok).toBe(true);
    // never in what the room or the join link carry
    const roomState = (await send<RoomState>(room.screen, "screen:watch", { sessionId: room.sessionId })) as { ok: true; data: RoomState };
    expect(JSON.stringify(roomState.data).toLowerCase()).not.toContain("harbour");
    expect(roomState.data.joinUrl).not.toMatch(/harbour/i);
    const stored = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: room.sessionId } });
    expect(stored.passphraseHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored).toLowerCase()).not.toContain("harbour");

    const phone = await hearth.connect();
    expect(await send(phone, "participant:join", { code: room.joinCode })).toMatchObject({ ok: false, error: { code: "PASSPHRASE_REQUIRED" } });
    expect(await send(phone, "participant:join", { code: room.joinCode, passphrase: "green harbour" })).toMatchObject({ ok: false, error: { code: "PASSPHRASE_WRONG" } });
    const right = await send<ParticipantJoined>(phone, "participant:join", { code: room.joinCode, passphrase: "  blue   HARBOUR " });
    expect(right.ok).toBe(true);
    // a returning phone needs only its token; the early one was never asked
    const again = await hearth.connect();
    expect((await send(again, "participant:join", { code: room.joinCode, token: (right as { ok: true; data: ParticipantJoined }).data.participantToken })).ok).toBe(true);
    expect((await send(early, "pause:request", {})).ok).toBe(true);
    // removing it opens the door again
    expect((await send(room.facilitator, "session:settings", { sessionId: room.sessionId, passphrase: null })).ok).toBe(true);
    expect((await send<ParticipantJoined>(await hearth.connect(), "participant:join", { code: room.joinCode })).ok).toBe(true);
  });

  it("counts wrong passphrases against the per-address wrong-code limit", async () => {
    const strict = await startTestHearth({ provider, rateLimits: { joinCodeMissesPerIp: { points: 3, duration: 600 } } });
    try {
      const { cookie } = await strict.signUp();
      const session = await strict.createSession(cookie);
      const facilitator = await strict.connect({ cookie });
      await send(facilitator, "console:watch", { sessionId: session.id });
      expect((await send(facilitator, "session:settings", { sessionId: session.id, passphrase: "lantern" })).ok).toBe(true);
      const phone = await strict.connect();
      for (let i = 0; i < 3; i++)
        expect(await send(phone, "participant:join", { code: session.joinCode, passphrase: `guess${i}` })).toMatchObject({ ok: false, error: { code: "PASSPHRASE_WRONG" } });
      // the budget is spent: even the right passphrase (and any code) is refused from this address now
      expect(await send(phone, "participant:join", { code: session.joinCode, passphrase: "lantern" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
      expect(await send(phone, "participant:join", { code: "ZZZZZZ" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    } finally {
      await strict.stop();
    }
  });

  it("blocks an author from an answer without the console learning who: their text leaves every view, answers are refused, undo restores", async () => {
    const room = await openRoom();
    const phones = await Promise.all(Array.from({ length: 4 }, () => join(room)));
    const consolePayloads: unknown[] = [];
    room.facilitator.onAny((_event, payload) => consolePayloads.push(payload));
    const prompt = await openPromptOfKind(room, "open_text");
    const texts = ["first thought here", "second thought here", "third thought here", "fourth thought here"];
    for (const [i, phone] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: texts[i] } })).ok).toBe(true);
    const queuedOnReveal = nextEvent<ConsoleState>(room.facilitator, "console:updated", (s) => (s.moderation?.entries.length ?? 0) === 4);
    await send(room.facilitator, "results:reveal", { sessionId: room.sessionId, promptId: prompt.id });
    const queued = await queuedOnReveal;
    const idOf = (text: string) => queued.moderation!.entries.find((e) => e.kind === "open_text" && e.text === text)!.responseId!;
    await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: texts.slice(0, 3).map(idOf), status: "approved" });
    const wallOf = (state: RoomState) => ((state.aggregate?.result as { entries?: { text: string }[] } | null)?.entries ?? []).map((e) => e.text).sort();
    const watchRoom = async () => ((await send<RoomState>(room.screen, "screen:watch", { sessionId: room.sessionId })) as { ok: true; data: RoomState }).data;
    for (let i = 0; i < 50 && wallOf(await watchRoom()).length < 3; i++) await sleep(50);
    expect(wallOf(await watchRoom())).toEqual(texts.slice(0, 3).sort());

    const told = nextEvent<{ blocked: boolean }>(phones[0], "participant:blocked");
    const blocked = await send<{ hidden: number }>(room.facilitator, "author:block", { sessionId: room.sessionId, promptId: prompt.id, responseId: idOf(texts[0]) });
    expect(blocked).toEqual({ ok: true, data: { hidden: 1 } });
    expect((await told).blocked).toBe(true);
    // gone from the wall at once (not at the next release), on the projector and in the stored row
    expect(wallOf(await watchRoom())).toEqual(texts.slice(1, 3).sort());
    expect((await hearth.database.prisma.response.findUniqueOrThrow({ where: { id: idOf(texts[0]) } })).moderation).toBe("hidden");
    // new answers refused, with a clear message; a rejoin says so too
    const refused = await send(phones[0], "answer:submit", { promptId: prompt.id, value: { text: "let me back" } });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/stopped answers from this phone/) } });
    // the console has a handle (the answer id) and a count, never the person
    const state = ((await send<ConsoleState>(room.facilitator, "console:watch", { sessionId: room.sessionId })) as { ok: true; data: ConsoleState }).data;
    expect(state.blockedAuthors).toEqual([{ via: idOf(texts[0]), hidden: 1 }]);
    const participants = await hearth.database.prisma.participant.findMany({ where: { sessionId: room.sessionId } });
    const consoleText = JSON.stringify(consolePayloads) + JSON.stringify(blocked) + JSON.stringify(state);
    for (const p of participants) {
      expect(consoleText).not.toContain(p.id);
      expect(consoleText).not.toContain(p.tokenHash);
    }

    // undo: allowed again, and the text is back to what it was
    const untold = nextEvent<{ blocked: boolean }>(phones[0], "participant:blocked");
    expect(await send(room.facilitator, "author:unblock", { sessionId: room.sessionId, via: idOf(texts[0]) })).toEqual({ ok: true, data: { restored: 1 } });
    expect((await untold).blocked).toBe(false);
    expect((await hearth.database.prisma.response.findUniqueOrThrow({ where: { id: idOf(texts[0]) } })).moderation).toBe("approved");
    expect((await send(phones[0], "answer:submit", { promptId: prompt.id, value: { text: "thank you" } })).ok).toBe(true);
    // blocking from the wall the console shows works the same (its entries carry only the answer id and the text)
    const consoleWall = ((await send<ConsoleState>(room.facilitator, "console:watch", { sessionId: room.sessionId })) as { ok: true; data: ConsoleState }).data.aggregate!
      .result as { entries: { responseId?: string; text: string }[] };
    const onWall = consoleWall.entries.find((e) => e.text === texts[1])!;
    expect(Object.keys(onWall).sort()).toEqual(["responseId", "text"]);
    expect(await send(room.facilitator, "author:block", { sessionId: room.sessionId, promptId: prompt.id, responseId: onWall.responseId })).toEqual({
      ok: true,
      data: { hidden: 1 },
    });
    expect(wallOf(await watchRoom())).not.toContain(texts[1]);
    // and no undo once the session has ended
    await send(room.facilitator, "session:end", { sessionId: room.sessionId });
    expect(await send(room.facilitator, "author:unblock", { sessionId: room.sessionId, via: idOf(texts[1]) })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
  });
});
