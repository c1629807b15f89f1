// The post-session summary through the real server: a session on the
// built-in template run with real participant sockets, ended, then every
// export fetched over HTTP and checked against the database's own counts;
// the before/after shift; who may ask; and retention (delete the responses,
// delete the whole session).
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import type { SessionSummary } from "../../lib/export/summary-types";
import { providersUnderTest } from "../helpers/database";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import { csvRecords } from "../unit/export-csv-parse";

const SECRET_TEXT = "zebra-umbrella-4471 I never ask anyone";
const PENDING_TEXT = "walrus-teapot-9002 still waiting for moderation";
const THIRD_TEXT = "a third approved thought";
const HIDDEN_TEXT = "otter-lantern-3315 hidden by the facilitator";

describe.each(await providersUnderTest())("summary and exports on %s", (provider) => {
  let hearth: TestHearth;
  let owner: { cookie: string; id: string };
  let other: { cookie: string };
  let sessionId: string;
  let facilitator: TestClient;
  let phones: { phone: TestClient; joined: ParticipantJoined }[];
  let steps: ConsoleState["steps"];
  const prompts: Record<string, { id: string; config: any }> = {};

  async function consoleState() {
    const state = await send<ConsoleState>(facilitator, "console:watch", { sessionId });
    if (!state.ok) throw new Error(state.error.message);
    return state.data;
  }

  /** Go to the nth step whose prompt is `kind`, open it, let `answer` run, close it. */
  async function runPrompt(name: string, kind: string, answer: (promptId: string, config: any) => Promise<void>, nth = 0) {
    const step = steps.filter((s) => s.promptKind === kind)[nth]!;
    expect((await send(facilitator, "step:goto", { sessionId, index: step.index })).ok).toBe(true);
    const prompt = (await consoleState()).step!.prompt!;
    prompts[name] = { id: prompt.id, config: prompt.config };
    expect((await send(facilitator, "prompt:open", { sessionId, promptId: prompt.id })).ok).toBe(true);
    await answer(prompt.id, prompt.config);
    expect((await send(facilitator, "prompt:close", { sessionId, promptId: prompt.id })).ok).toBe(true);
  }

  /**
   * Wait until the console shows a released breakdown of this prompt. A breakdown changes only
   * in steps of k answers (anonymity.test.ts); waiting here makes the release fall after exactly
   * the answers given so far, so what the summary holds back is known.
   */
  async function released(promptId: string) {
    for (let started = Date.now(); Date.now() - started < 5000; await new Promise((r) => setTimeout(r, 30))) {
      const a = (await consoleState()).aggregate;
      if (a?.promptId === promptId && a.result !== null) return;
    }
    throw new Error("no release reached the console");
  }

  async function submit(i: number, promptId: string, payload: { value?: unknown; pass?: true }) {
    const ack = await send(phones[i]!.phone, "answer:submit", { promptId, ...payload });
    expect(ack, JSON.stringify(ack)).toMatchObject({ ok: true });
  }

  async function download(format: string, cookie: string | undefined = owner.cookie) {
    const response = await fetch(`${hearth.url}/api/sessions/${sessionId}/export?format=${encodeURIComponent(format)}`, {
      headers: cookie ? { cookie } : {},
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async function summary(id = sessionId, cookie = owner.cookie): Promise<{ status: number; summary: SessionSummary; body: any }> {
    const { status, body } = await hearth.fetchJson(`/api/sessions/${id}/summary`, { cookie });
    return { status, summary: body?.summary, body };
  }

  /** Answers and passes per prompt, counted by the database itself. */
  async function dbCounts() {
    const rows = await hearth.database.prisma.response.groupBy({ by: ["promptId", "passed"], where: { sessionId }, _count: { _all: true } });
    const counts = new Map<string, { answers: number; passes: number }>();
    for (const r of rows) {
      const c = counts.get(r.promptId) ?? { answers: 0, passes: 0 };
      if (r.passed) c.passes += r._count._all;
      else c.answers += r._count._all;
      counts.set(r.promptId, c);
    }
    return counts;
  }

  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
    owner = await hearth.signUp();
    other = await hearth.signUp();
    sessionId = (await hearth.createSession(owner.cookie)).id;
    facilitator = await hearth.connect({ cookie: owner.cookie });
    const first = await consoleState();
    steps = first.steps;
    phones = [];
    for (let i = 0; i < 5; i++) {
      const phone = await hearth.connect();
      const joined = await send<ParticipantJoined>(phone, "participant:join", { code: first.joinCode });
      if (!joined.ok) throw new Error(joined.error.message);
      phones.push({ phone, joined: joined.data });
    }

    // reactions on the first text step, and one private pause request
    const textStep = steps.find((s) => s.promptKind === null)!;
    expect((await send(facilitator, "step:goto", { sessionId, index: textStep.index })).ok).toBe(true);
    for (const i of [0, 1]) expect((await send(phones[i]!.phone, "reaction:toggle", { stepId: textStep.id, kind: "resonates" })).ok).toBe(true);
    expect((await send(phones[2]!.phone, "reaction:toggle", { stepId: textStep.id, kind: "support" })).ok).toBe(true);
    expect((await send(phones[3]!.phone, "pause:request", {})).ok).toBe(true);

    // check-in: 2 3 1 (shown live), then 4 (fewer than k more: held back), participant 5 passes
    await runPrompt("checkIn", "scale", async (id) => {
      for (const [i, value] of [2, 3, 1].entries()) await submit(i, id, { value: { value } });
      await released(id);
      await submit(3, id, { value: { value: 4 } });
      await submit(4, id, { pass: true });
    });
    await runPrompt("barriers", "multiple_choice", async (id, config) => {
      const o = config.options.map((x: { id: string }) => x.id);
      await submit(0, id, { value: { optionIds: [o[0], o[2]] } });
      await submit(1, id, { value: { optionIds: [o[0]] } });
      await submit(2, id, { value: { optionIds: [o[1], o[2], o[4]] } });
      await submit(3, id, { pass: true });
    });
    await runPrompt("voice", "open_text", async (id) => {
      await submit(0, id, { value: { text: SECRET_TEXT } });
      await submit(1, id, { value: { text: PENDING_TEXT } });
      await submit(2, id, { value: { text: HIDDEN_TEXT } });
      await submit(3, id, { value: { text: '=HYPERLINK("http://evil.example","x"), and a comma' } });
      await submit(4, id, { value: { text: THIRD_TEXT } });
      const queue = (await consoleState()).moderation!;
      const idOf = (text: string) => queue.entries.find((e) => e.kind === "open_text" && e.text === text)!.responseId!;
      // three at once: the wall takes approved text in batches of at least k
      const approve = [idOf(SECRET_TEXT), idOf('=HYPERLINK("http://evil.example","x"), and a comma'), idOf(THIRD_TEXT)];
      expect((await send(facilitator, "moderation:set", { sessionId, promptId: id, responseIds: approve, status: "approved" })).ok).toBe(true);
      expect((await send(facilitator, "moderation:set", { sessionId, promptId: id, responseIds: [idOf(HIDDEN_TEXT)], status: "hidden" })).ok).toBe(true);
    });
    await runPrompt("ranking", "ranking", async (id, config) => {
      const o = config.options.map((x: { id: string }) => x.id);
      await submit(0, id, { value: { order: [o[1], o[0], o[2], o[3]] } });
      await submit(1, id, { value: { order: [o[1], o[2], o[0], o[3]] } });
      await submit(2, id, { value: { order: [o[0], o[1], o[3], o[2]] } });
    });
    await runPrompt("cloud", "word_cloud", async (id) => {
      for (const [i, word] of ["Relief", "relief", "Hopes"].entries()) await submit(i, id, { value: { words: [word] } });
      await released(id);
      await submit(3, id, { value: { words: ["seen"] } }); // held back: fewer than k came after the last breakdown
    });
    // below the threshold: two answers
    await runPrompt("smallStep", "single_choice", async (id, config) => {
      await submit(0, id, { value: { optionId: config.options[0].id } });
      await submit(1, id, { value: { optionId: config.options[1].id } });
      await submit(2, id, { pass: true });
    });
    // check-out: 4 3 2 5 (up, stayed, up, up); participant 5 answers only now; the last two held back
    await runPrompt(
      "checkOut",
      "scale",
      async (id) => {
        for (const [i, value] of [4, 3, 2].entries()) await submit(i, id, { value: { value } });
        await released(id);
        for (const [i, value] of [5, 3].entries()) await submit(i + 3, id, { value: { value } });
      },
      1,
    );
  });

  afterAll(async () => {
    await hearth?.stop();
  });

  it("gives a live snapshot while the session runs", async () => {
    const { status, summary: s } = await summary();
    expect(status).toBe(200);
    expect(s.session.status).toBe("running");
    expect(s.session.durationMs).toBeGreaterThanOrEqual(0);
    const checkIn = s.steps.find((x) => x.prompt?.id === prompts.checkIn!.id)!.prompt!;
    expect(checkIn.aggregate).toMatchObject({ answerCount: 4, passCount: 1, suppressed: false });
  });

  it("refuses to delete the responses of a running session", async () => {
    const { status, body } = await hearth.fetchJson(`/api/sessions/${sessionId}/responses`, { method: "DELETE", cookie: owner.cookie });
    expect(status).toBe(409);
    expect(body.error.code).toBe("CONFLICT");
    expect(await hearth.database.prisma.response.count({ where: { sessionId } })).toBeGreaterThan(0);
  });

  it("summarises the ended session with the database's counts", async () => {
    expect((await send(facilitator, "session:end", { sessionId })).ok).toBe(true);
    const { status, summary: s } = await summary();
    expect(status).toBe(200);
    expect(s).toMatchObject({ format: "hearth-summary", version: 2 });
    expect(s.session).toMatchObject({ status: "ended", participantCount: 5, anonymityThreshold: 3, pauseRequests: 1, template: "Asking for help", responsesDeletedAt: null });
    expect(s.session.durationMs).toBeGreaterThanOrEqual(0);

    const counts = await dbCounts();
    const promptSteps = s.steps.filter((x) => x.prompt);
    expect(promptSteps).toHaveLength(7);
    for (const step of promptSteps) {
      const db = counts.get(step.prompt!.id) ?? { answers: 0, passes: 0 };
      expect([step.prompt!.aggregate.answerCount, step.prompt!.aggregate.passCount], step.title).toEqual([db.answers, db.passes]);
    }
    const byId = (name: string) => promptSteps.find((x) => x.prompt!.id === prompts[name]!.id)!.prompt!.aggregate as any;
    // the last breakdown shown live, and how many answers are not in it (anonymity.test.ts)
    expect(byId("checkIn").result.distribution.map((b: any) => b.count)).toEqual([1, 1, 1, 0, 0]);
    expect(byId("checkIn").notShownCount).toBe(1);
    expect(byId("checkOut").result.distribution.map((b: any) => b.count)).toEqual([0, 1, 1, 1, 0]);
    expect(byId("checkOut").notShownCount).toBe(2);
    expect(byId("barriers").result.options.map((o: any) => o.count)).toEqual([2, 1, 2, 0, 1]);
    expect(
      byId("voice")
        .result.entries.map((e: any) => e.text)
        .sort(),
    ).toEqual(['=HYPERLINK("http://evil.example","x"), and a comma', SECRET_TEXT, THIRD_TEXT].sort());
    expect(byId("voice").notShownCount).toBeUndefined();
    expect(byId("cloud").result.words).toEqual([
      { word: "relief", count: 2 },
      { word: "hope", count: 1 },
    ]);
    expect(byId("cloud").notShownCount).toBe(1);
    expect(byId("smallStep")).toMatchObject({ answerCount: 2, passCount: 1, suppressed: true, result: null });

    const reactionRows = await hearth.database.prisma.reaction.groupBy({ by: ["stepId", "kind"], where: { sessionId }, _count: { _all: true } });
    const textStep = s.steps.find((x) => x.index === steps.find((st) => st.promptKind === null)!.index)!;
    for (const r of reactionRows) expect(textStep.reactions![r.kind as "resonates"]).toBe(r._count._all);
    expect(textStep.reactions).toEqual({ resonates: 2, support: 1, thinking: 0 });
  });

  it("shows the check-in / check-out shift", async () => {
    const { summary: s } = await summary();
    expect(s.beforeAfter).toHaveLength(1);
    const ba = s.beforeAfter[0]!;
    expect(ba.before.promptId).toBe(prompts.checkIn!.id);
    expect(ba.after.promptId).toBe(prompts.checkOut!.id);
    // over the answers the two breakdowns show (the held-back ones must not return through the shift):
    // before 2 3 1, after 4 3 2
    // and only as counts (no distributions or means: issue 15)
    expect(ba.comparison).toEqual({ threshold: 3, suppressed: false, beforeCount: 3, afterCount: 3, pairedCount: 3, movement: { movedUp: 2, stayed: 1, movedDown: 0 } });
  });

  it("exports each format as a named attachment, never cached", async () => {
    const expected: Record<string, [RegExp, RegExp]> = {
      md: [/^text\/markdown/, /\.md"$/],
      csv: [/^text\/csv/, /[^s]\.csv"$/],
      "responses.csv": [/^text\/csv/, /-responses\.csv"$/],
      json: [/^application\/json/, /\.json"$/],
      html: [/^text\/html/, /\.html"$/],
    };
    for (const [format, [type, name]] of Object.entries(expected)) {
      const file = await download(format);
      expect(file.status, format).toBe(200);
      expect(file.headers.get("content-type")).toMatch(type);
      expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="hearth-asking-for-help-\d{4}-\d{2}-\d{2}/);
      expect(file.headers.get("content-disposition")).toMatch(name);
      expect(file.headers.get("cache-control")).toBe("no-store");
      // nothing that could identify a participant, in any format
      for (const p of phones) expect(file.text).not.toContain(p.joined.participantToken);
      for (const row of await hearth.database.prisma.participant.findMany({ where: { sessionId } })) {
        expect(file.text).not.toContain(row.tokenHash);
        expect(file.text).not.toContain(row.id);
      }
      expect(file.text).not.toContain(PENDING_TEXT);
      expect(file.text).not.toContain(HIDDEN_TEXT);
    }
    expect((await download("pdf")).status).toBe(400);
  });

  it("puts the database's counts in every export", async () => {
    const counts = await dbCounts();
    const { summary: s } = await summary();
    const json = JSON.parse((await download("json")).text) as SessionSummary;
    expect({ ...json, generatedAt: "", session: { ...json.session, durationMs: 0 } }).toEqual({ ...s, generatedAt: "", session: { ...s.session, durationMs: 0 } });

    const csv = csvRecords((await download("csv")).text);
    const md = (await download("md")).text;
    const html = (await download("html")).text;
    for (const step of s.steps.filter((x) => x.prompt)) {
      const db = counts.get(step.prompt!.id) ?? { answers: 0, passes: 0 };
      const rows = csv.filter((r) => r.step === String(step.index + 1) && r.activity !== "Reactions" && r.activity !== "Before/after");
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect([r.answers, r.passes]).toEqual([String(db.answers), String(db.passes)]);
      const line = `${db.answers} answer${db.answers === 1 ? "" : "s"} · ${db.passes} pass${db.passes === 1 ? "" : "es"}`;
      expect(md).toContain(line);
      expect(html).toContain(line);
    }
    // a prompt below the threshold: counts only, everywhere
    const smallStep = prompts.smallStep!.config.options.map((o: { label: string }) => o.label);
    for (const text of [md, html, JSON.stringify(json), csv.map((r) => Object.values(r).join("|")).join("\n")]) for (const label of smallStep) expect(text).not.toContain(label);
    // formula neutralised, text quoted
    expect(csv.find((r) => r.row_type === "text" && r.item.includes("HYPERLINK"))!.item).toBe('\'=HYPERLINK("http://evil.example","x"), and a comma');
  });

  it("exports the anonymised responses with each participant's random number", async () => {
    const rows = csvRecords((await download("responses.csv")).text);
    const participants = await hearth.database.prisma.participant.findMany({ where: { sessionId }, select: { number: true } });
    const numbers = new Set(participants.map((p) => String(p.number)));
    const counts = await dbCounts();
    const { summary: s } = await summary();
    for (const step of s.steps.filter((x) => x.prompt)) {
      const db = counts.get(step.prompt!.id) ?? { answers: 0, passes: 0 };
      const mine = rows.filter((r) => r.step === String(step.index + 1));
      if (step.prompt!.aggregate.suppressed) {
        if (db.answers + db.passes > 0) expect(mine).toEqual([expect.objectContaining({ participant: "", answer: "" })]);
        continue;
      }
      // rows only for the answers in the breakdown shown: the held-back ones would give themselves away
      expect(mine).toHaveLength(db.answers + db.passes - (step.prompt!.aggregate.notShownCount ?? 0));
      expect(mine.filter((r) => r.passed === "yes")).toHaveLength(db.passes);
      for (const r of mine) expect(numbers.has(r.participant)).toBe(true);
    }
    const voice = rows.filter((r) => r.question === "One thing you tell yourself that makes asking harder?" || r.activity === "Open text");
    expect(
      voice
        .map((r) => r.answer)
        .filter(Boolean)
        .sort(),
    ).toEqual(['\'=HYPERLINK("http://evil.example","x"), and a comma', SECRET_TEXT, THIRD_TEXT].sort());
  });

  it("refuses anonymous requests, participants and other facilitators", async () => {
    const paths = [`/api/sessions/${sessionId}/summary`, `/api/sessions/${sessionId}/export?format=csv`];
    const token = phones[0]!.joined.participantToken;
    for (const path of paths) {
      expect((await hearth.fetchJson(path)).status).toBe(401);
      // a participant has a token, not a facilitator session: refused the same way
      expect((await hearth.fetchJson(path, { headers: { authorization: `Bearer ${token}` }, cookie: `hearth_participant=${token}` })).status).toBe(401);
      const foreign = await hearth.fetchJson(path, { cookie: other.cookie });
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.code).toBe("NOT_FOUND");
    }
    for (const path of [`/api/sessions/${sessionId}/responses`, `/api/sessions/${sessionId}`]) {
      expect((await hearth.fetchJson(path, { method: "DELETE" })).status).toBe(401);
      expect((await hearth.fetchJson(path, { method: "DELETE", cookie: other.cookie })).status).toBe(404);
    }
    expect((await hearth.fetchJson(`/api/sessions/nope/summary`, { cookie: owner.cookie })).status).toBe(404);
    // nothing was deleted by any of that
    expect(await hearth.database.prisma.response.count({ where: { sessionId } })).toBeGreaterThan(0);
  });

  it("deletes the responses: nothing about them remains, and the summary says so", async () => {
    const dbFiles = async () => {
      if (provider !== "sqlite") return "";
      const file = hearth.testDatabase.url.replace(/^file:/, "");
      const parts = await Promise.all([file, `${file}-wal`].map((f) => readFile(f).catch(() => Buffer.alloc(0))));
      return Buffer.concat(parts).toString("latin1");
    };
    if (provider === "sqlite") expect(await dbFiles()).toContain(SECRET_TEXT);

    const { status, body } = await hearth.fetchJson(`/api/sessions/${sessionId}/responses`, { method: "DELETE", cookie: owner.cookie });
    expect(status).toBe(200);
    expect(body.deleted.responses).toBeGreaterThan(20);
    expect(body.deleted.reactions).toBe(3);

    const prisma = hearth.database.prisma;
    expect(await prisma.response.count({ where: { sessionId } })).toBe(0);
    expect(await prisma.reaction.count({ where: { sessionId } })).toBe(0);
    const record = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(record.responsesDeletedAt).toBeInstanceOf(Date);
    expect(record.pauseRequests).toBe(0);
    // SQLite: the deleted text is not left behind in free pages or the log either
    if (provider === "sqlite") {
      const files = await dbFiles();
      expect(files).not.toContain(SECRET_TEXT);
      expect(files).not.toContain(PENDING_TEXT);
    }

    const { summary: s } = await summary();
    expect(s.session.responsesDeletedAt).toBe(new Date(record.responsesDeletedAt!).toISOString());
    expect(s.session.pauseRequests).toBe(0);
    for (const step of s.steps) {
      if (step.prompt) expect(step.prompt.aggregate).toMatchObject({ answerCount: 0, passCount: 0, result: null });
      if (step.reactions) expect(step.reactions).toEqual({ resonates: 0, support: 0, thinking: 0 });
    }
    for (const format of ["md", "csv", "html", "responses.csv"]) expect((await download(format)).text, format).toMatch(/deleted on \d{4}-\d{2}-\d{2}/);
    expect((await download("md")).text).not.toContain(SECRET_TEXT);

    // the in-memory session was dropped too: the console reloads it without answers
    const state = await consoleState();
    expect(state.pauseRequests).toBe(0);
    if (state.aggregate) expect(state.aggregate).toMatchObject({ answerCount: 0, passCount: 0 });
  });

  it("deletes a whole session, its participants with it", async () => {
    const doomed = await hearth.createSession(owner.cookie);
    const phone = await hearth.connect();
    expect((await send(phone, "participant:join", { code: doomed.joinCode })).ok).toBe(true);
    expect((await hearth.fetchJson(`/api/sessions/${doomed.id}`, { method: "DELETE", cookie: other.cookie })).status).toBe(404);
    expect(await hearth.database.prisma.session.count({ where: { id: doomed.id } })).toBe(1);

    const { status, body } = await hearth.fetchJson(`/api/sessions/${doomed.id}`, { method: "DELETE", cookie: owner.cookie });
    expect(status).toBe(200);
    expect(body).toEqual({ deleted: true });
    const prisma = hearth.database.prisma;
    expect(await prisma.session.count({ where: { id: doomed.id } })).toBe(0);
    expect(await prisma.participant.count({ where: { sessionId: doomed.id } })).toBe(0);
    expect(await prisma.sessionStep.count({ where: { sessionId: doomed.id } })).toBe(0);
    expect((await summary(doomed.id)).status).toBe(404);
    expect((await hearth.fetchJson(`/api/sessions/${doomed.id}`, { cookie: owner.cookie })).status).toBe(404);
    // and the join code leads nowhere
    expect((await send(phone, "participant:join", { code: doomed.joinCode })).ok).toBe(false);
  });
});
