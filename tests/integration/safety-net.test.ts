// The safety net (lib/distress-phrases.ts) through the real server with real
// clients, on SQLite and PostgreSQL: open-text answers or word-cloud words
// that may need care are held through "Approve all", never reach the
// projector or other phones until approved on their own, and only the
// author's phone is told (in its acknowledgement) so that it can show the
// support card. The facilitator sees that a held answer exists, never who.
// (What the room sees changes only in steps of k participants —
// lib/aggregation/release.ts — so three answers are held, and approved, here.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { waitUntil } from "../helpers/hearth-client";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

const HELD_TEXTS = ["SAFETY-NET-PROBE honestly I don't see the point any more", "SAFETY-NET-PROBE I want to die sometimes", "SAFETY-NET-PROBE I've been hurting myself"];
const HELD_WORDS = ["suicidal", "unalive", "selfharm"];

describe.each(await providersUnderTest())("the safety net on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  async function openRoom(kind: "open_text" | "word_cloud", own?: { cookie: string; templateId: string }) {
    const { cookie } = own ?? (await hearth.signUp());
    const session = await hearth.createSession(cookie, own?.templateId);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const screen = await hearth.connect({ cookie });
    expect((await send(screen, "screen:watch", { sessionId: session.id })).ok).toBe(true);
    const phones: TestClient[] = [];
    for (let i = 0; i < 6; i++) {
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
    /** what the projector is shown now */
    const shown = async (): Promise<string[]> => {
      const s = await send<any>(screen, "screen:watch", { sessionId: session.id });
      if (!s.ok) throw new Error("screen watch failed");
      const result = s.data.aggregate?.result;
      if (!result) return [];
      return kind === "open_text" ? result.entries.map((e: { text: string }) => e.text) : result.words.map((w: { word: string }) => w.word);
    };
    const decide = (responseIds: string[], individual = false) =>
      send<any>(facilitator, "moderation:set", { sessionId: session.id, promptId: prompt!.id, responseIds, status: "approved", ...(individual ? { individual: true } : {}) });
    return { sessionId: session.id, facilitator, screen, phones, prompt: prompt!, queue, shown, decide, cookie };
  }

  const recordAll = (client: TestClient) => {
    const seen: unknown[] = [];
    client.onAny((event: string, payload: unknown) => seen.push([event, payload]));
    return seen;
  };

  it("holds open-text answers that may need care through Approve all, and tells their authors alone", async () => {
    const room = await openRoom("open_text");
    const authors = room.phones.slice(0, 3);
    const others = room.phones.slice(3);
    const watchers = [room.screen, ...others].map(recordAll);

    const acks = [];
    for (const [i, phone] of authors.entries()) acks.push(await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { text: HELD_TEXTS[i] } }));
    for (const [i, phone] of others.entries()) acks.push(await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { text: `an ordinary answer ${i}` } }));
    expect(acks.map((a) => a.ok && a.data.mayNeedCare === true)).toEqual([true, true, true, false, false, false]);
    expect(acks.slice(3).every((a) => a.ok && !("mayNeedCare" in a.data))).toBe(true);

    // the console shows which may need care, and nothing about whose they are
    const queue = await room.queue();
    const held = queue.entries.filter((e) => e.mayNeedCare);
    expect(held.map((e) => (e.kind === "open_text" ? e.text : "")).sort()).toEqual([...HELD_TEXTS].sort());
    expect(held.every((e) => e.status === "pending")).toBe(true);

    // "Approve all": everything but the held answers
    expect(await room.decide(queue.entries.map((e) => e.responseId!))).toEqual({ ok: true, data: { updated: 3 } });
    await waitUntil("the three ordinary answers on the projector", async () => (await room.shown()).length === 3, 5000);
    expect((await room.queue()).entries.filter((e) => e.mayNeedCare).every((e) => e.status === "pending")).toBe(true);
    // a bulk decision naming only held answers still does not approve them
    expect(await room.decide(held.map((e) => e.responseId!))).toEqual({ ok: true, data: { updated: 0 } });
    // "individual" is for one answer at a time
    expect(
      await room.decide(
        held.slice(0, 2).map((e) => e.responseId!),
        true,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    await new Promise((r) => setTimeout(r, 400));
    expect((await room.shown()).some((t) => t.includes("SAFETY-NET-PROBE"))).toBe(false);
    for (const seen of watchers) expect(JSON.stringify(seen)).not.toContain("SAFETY-NET-PROBE");

    // individual decisions, after reading each: now they may be shown
    for (const entry of held) expect(await room.decide([entry.responseId!], true)).toEqual({ ok: true, data: { updated: 1 } });
    await waitUntil("all six answers on the projector", async () => (await room.shown()).length === 6, 5000);
    expect((await room.shown()).filter((t) => t.includes("SAFETY-NET-PROBE")).sort()).toEqual([...HELD_TEXTS].sort());
  });

  it("keeps word-cloud words that may need care out of the cloud until approved on their own", async () => {
    const room = await openRoom("word_cloud");
    for (const [i, phone] of room.phones.entries()) {
      const ack = await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { words: [i < 3 ? HELD_WORDS[i] : "hope"] } });
      expect(ack.ok && ack.data.mayNeedCare === true).toBe(i < 3);
    }
    await waitUntil("the cloud on the projector", async () => (await room.shown()).length > 0, 5000);
    expect(await room.shown()).toEqual(["hope"]);
    const queue = await room.queue();
    const held = queue.entries.filter((e) => e.mayNeedCare);
    expect(held.map((e) => e.kind === "word_cloud" && e.words[0]).sort()).toEqual([...HELD_WORDS].sort());
    // Approve all leaves them held
    await room.decide(queue.entries.map((e) => e.responseId!));
    await new Promise((r) => setTimeout(r, 400));
    expect(await room.shown()).toEqual(["hope"]);
    for (const entry of held) expect((await room.decide([entry.responseId!], true)).ok).toBe(true);
    await waitUntil("the approved words in the cloud", async () => (await room.shown()).length === 4, 5000);
    expect((await room.shown()).sort()).toEqual(["hope", ...HELD_WORDS].sort());
  });

  /** The built-in template as the facilitator's own, imported from a file that adds `safetyNetPhrases`. */
  async function ownTemplateWith(safetyNetPhrases: unknown) {
    const { cookie } = await hearth.signUp();
    const list = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = list.body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    const file = (await hearth.fetchJson(`/api/templates/${builtIn.id}/export`, { cookie })).body;
    const withPhrases = { ...file, template: { ...file.template, safetyNetPhrases } };
    const imported = await hearth.fetchJson("/api/templates/import/json", {
      method: "POST",
      cookie,
      body: JSON.stringify(withPhrases),
      headers: { "content-type": "application/json" },
    });
    return { cookie, imported };
  }

  it("holds answers and check-in notes with the template's own phrases, which travel with its file", async () => {
    const { cookie, imported } = await ownTemplateWith(["  relapse tonight ", "", "RELAPSE  tonight", "white knuckling"]);
    expect(imported.status).toBe(201);
    const templateId = imported.body.template.id;
    expect(imported.body.template.content.safetyNetPhrases).toEqual(["relapse tonight", "white knuckling"]);
    const exported = (await hearth.fetchJson(`/api/templates/${templateId}/export`, { cookie })).body;
    expect(exported.template.safetyNetPhrases).toEqual(["relapse tonight", "white knuckling"]);

    const room = await openRoom("open_text", { cookie, templateId });
    // the session keeps its own copy: editing the template afterwards changes nothing here
    const saved = await hearth.fetchJson(`/api/templates/${templateId}`, { cookie });
    const edited = await hearth.fetchJson(`/api/templates/${templateId}`, {
      method: "PUT",
      cookie,
      json: { content: { ...saved.body.template.content, safetyNetPhrases: ["something else"] } },
    });
    expect(edited.status).toBe(200);

    const texts = ["OWN-PHRASE I might relaaapse tonight", "OWN-PHRASE just white-knuckling it", "OWN-PHRASE I want to die"];
    const acks = [];
    for (const [i, phone] of room.phones.entries())
      acks.push(await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { text: texts[i] ?? `an ordinary answer about tonight ${i}` } }));
    expect(acks.map((a) => a.ok && a.data.mayNeedCare === true)).toEqual([true, true, true, false, false, false]);
    const queue = await room.queue();
    expect(
      queue.entries
        .filter((e) => e.mayNeedCare)
        .map((e) => (e.kind === "open_text" ? e.text : ""))
        .sort(),
    ).toEqual([...texts].sort());
    expect(await room.decide(queue.entries.map((e) => e.responseId!))).toEqual({ ok: true, data: { updated: 3 } });
    await waitUntil("the three ordinary answers on the projector", async () => (await room.shown()).length === 3, 5000);
    expect((await room.shown()).some((t) => t.includes("OWN-PHRASE"))).toBe(false);

    // a check-in note with one of the template's phrases is marked for the facilitator too
    const checkIn = await send<any>(room.phones[3]!, "checkin:request", { note: "maybe relapse tonight" });
    expect(checkIn.ok).toBe(true);
    const listed = await send<any>(room.facilitator, "checkin:list", { sessionId: room.sessionId });
    expect(listed.ok && listed.data.requests.map((r: { mayNeedCare?: boolean }) => r.mayNeedCare === true)).toEqual([true]);

    // the summary's raw answers leave out what is still held
    const csv = await hearth.fetchJson(`/api/sessions/${room.sessionId}/export?format=responses.csv`, { cookie });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).not.toContain("OWN-PHRASE");
  });

  it("refuses a template's own phrases that are too many, too long or too short, naming them", async () => {
    const tooShort = await ownTemplateWith(["ok", "fine phrase"]);
    expect(tooShort.imported.status).toBe(400);
    expect(JSON.stringify(tooShort.imported.body)).toContain("include “ok”, which needs at least 3 letters");
    const tooMany = await ownTemplateWith(Array.from({ length: 51 }, (_, i) => `phrase number ${"abcdefghijklmnopqrstuvwxy"[i % 25]}${"abc"[Math.floor(i / 25)]}`));
    expect(tooMany.imported.status).toBe(400);
    expect(JSON.stringify(tooMany.imported.body)).toContain("number 51; at most 50 are allowed");
    const tooLong = await ownTemplateWith(["y".repeat(81)]);
    expect(tooLong.imported.status).toBe(400);
    expect(JSON.stringify(tooLong.imported.body)).toContain("which is longer than 80 characters");
  });

  it("keeps word-cloud words held by the template's own phrases out of the raw answers until approved", async () => {
    const { cookie, imported } = await ownTemplateWith(["meth"]);
    const room = await openRoom("word_cloud", { cookie, templateId: imported.body.template.id });
    for (const [i, phone] of room.phones.entries()) {
      const ack = await send<any>(phone, "answer:submit", { promptId: room.prompt.id, value: { words: [i < 3 ? "meth" : "hope"] } });
      expect(ack.ok && ack.data.mayNeedCare === true).toBe(i < 3);
    }
    await waitUntil("the cloud on the projector", async () => (await room.shown()).length > 0, 5000);
    expect(await room.shown()).toEqual(["hope"]);
    const csv = String((await hearth.fetchJson(`/api/sessions/${room.sessionId}/export?format=responses.csv`, { cookie })).body);
    expect(csv).toContain("hope");
    expect(csv).not.toMatch(/\bmeth\b/);
    expect(csv).toContain("words withheld: held by the safety net and not approved");
  });
});
