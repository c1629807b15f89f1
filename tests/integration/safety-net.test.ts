// The safety net (lib/distress-phrases.ts) through the real server with real
// clients, on SQLite and PostgreSQL: an open-text answer or word-cloud words
// that may need care are held through "Approve all", never reach the
// projector or other phones until approved on their own, and only the
// author's phone is told (in its acknowledgement) so that it can show the
// support card. The facilitator sees that a held answer exists, never who.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

const DISTRESS = "SAFETY-NET-PROBE honestly I don't see the point any more";

describe.each(await providersUnderTest())("the safety net on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  async function openRoom(kind: "open_text" | "word_cloud") {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const screen = await hearth.connect({ cookie });
    expect((await send(screen, "screen:watch", { sessionId: session.id })).ok).toBe(true);
    const phones: TestClient[] = [];
    for (let i = 0; i < 4; i++) {
      const phone = await hearth.connect();
      const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
      if (!joined.ok) throw new Error(joined.error.message);
      phones.push(phone);
    }
    const step = watched.data.steps.find((s) => s.promptKind === kind)!;
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const state = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    const prompt = state.ok ? state.data.step!.prompt! : null;
    expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId: prompt!.id })).ok).toBe(true);
    expect((await send(facilitator, "results:reveal", { sessionId: session.id, promptId: prompt!.id })).ok).toBe(true);
    const queue = async () => {
      const s = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
      if (!s.ok) throw new Error("watch failed");
      return s.data.moderation!;
    };
    const roomNow = async () => {
      const s = await send<any>(screen, "screen:watch", { sessionId: session.id });
      if (!s.ok) throw new Error("screen watch failed");
      return s.data;
    };
    return { sessionId: session.id, facilitator, screen, phones, prompt: prompt!, queue, roomNow };
  }

  const recordAll = (client: TestClient) => {
    const seen: unknown[] = [];
    client.onAny((event: string, payload: unknown) => seen.push([event, payload]));
    return seen;
  };

  it("holds an open-text answer that may need care through Approve all, and tells its author alone", async () => {
    const room = await openRoom("open_text");
    const [author, ...others] = room.phones;
    const watchers = [room.screen, ...others].map(recordAll);

    const acks = [];
    acks.push(await send<any>(author, "answer:submit", { promptId: room.prompt.id, value: { text: DISTRESS } }));
    for (const [i, phone] of others.entries()) acks.push(await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { text: `an ordinary answer ${i}` } }));
    expect(acks.map((a) => a.ok && a.data.mayNeedCare === true)).toEqual([true, false, false, false]);
    expect(acks.slice(1).every((a) => a.ok && !("mayNeedCare" in a.data))).toBe(true);

    // the console shows that one may need care, and nothing about whose it is
    const queue = await room.queue();
    const held = queue.entries.find((e) => e.kind === "open_text" && e.text === DISTRESS)!;
    expect(held).toMatchObject({ status: "pending", mayNeedCare: true });
    expect(queue.entries.filter((e) => e.mayNeedCare)).toHaveLength(1);

    // "Approve all": everything but the held answer
    const ids = queue.entries.map((e) => e.responseId!);
    const all = await send<any>(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: ids, status: "approved" });
    expect(all).toEqual({ ok: true, data: { updated: 3 } });
    expect((await room.queue()).entries.find((e) => e.responseId === held.responseId)?.status).toBe("pending");
    // a bulk decision that names only the held answer still does not approve it
    expect(await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: [held.responseId], status: "approved" })).toEqual({ ok: true, data: { updated: 0 } });
    const wall = (await room.roomNow()).aggregate.result.entries.map((e: { text: string }) => e.text);
    expect(wall).toHaveLength(3);
    expect(wall).not.toContain(DISTRESS);

    // "individual" is for one answer only
    expect(await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: ids.slice(0, 2), status: "approved", individual: true })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST" },
    });
    await new Promise((r) => setTimeout(r, 300));
    for (const seen of watchers) expect(JSON.stringify(seen)).not.toContain("SAFETY-NET-PROBE");

    // an individual decision, after reading it: now it may be shown
    const shown = nextEvent<any>(room.screen, "room:updated", (s) => s.aggregate?.result?.entries?.length === 4);
    expect(await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: [held.responseId], status: "approved", individual: true })).toEqual({
      ok: true,
      data: { updated: 1 },
    });
    expect((await shown).aggregate.result.entries.map((e: { text: string }) => e.text)).toContain(DISTRESS);
  });

  it("keeps word-cloud words that may need care out of the cloud until approved on their own", async () => {
    const room = await openRoom("word_cloud");
    const [author, ...others] = room.phones;
    const ack = await send<any>(author, "answer:submit", { promptId: room.prompt.id, value: { words: ["suicidal"] } });
    expect(ack).toMatchObject({ ok: true, data: { mayNeedCare: true } });
    for (const phone of others) expect(await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { words: ["hope"] } })).toMatchObject({ ok: true, data: { passed: false } });
    const cloud = async () => ((await room.roomNow()).aggregate.result.words as { word: string }[]).map((w) => w.word).sort();
    expect(await cloud()).toEqual(["hope"]);
    const queue = await room.queue();
    const held = queue.entries.find((e) => e.mayNeedCare)!;
    expect(held).toMatchObject({ kind: "word_cloud", status: "pending" });
    // Approve all leaves it held
    await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: queue.entries.map((e) => e.responseId!), status: "approved" });
    expect(await cloud()).toEqual(["hope"]);
    expect((await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: room.prompt.id, responseIds: [held.responseId], status: "approved", individual: true })).ok).toBe(true);
    expect(await cloud()).toEqual(["hope", "suicidal"]);
  });
});
