// Findings of the hostile-input campaign (issue 13), each reproduced against
// the real server: input-sized queries past the parameter limit, commands
// sent with the wrong arity, commands on an ended session, one connection
// making participants without end, non-JSON API bodies, JSONP polling and
// control characters echoed in an error.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_MODERATION_IDS, type Ack } from "../../lib/events";
import { hashParticipantToken, newParticipantToken } from "../../server/services/participant-token";
import { providersUnderTest } from "../helpers/database";
import { joinAs, openPromptAt, openRoomAt, watchConsole, type RoomAt } from "../helpers/hearth-client";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

/** emit with any arguments and the ack last; null when nothing answers within `timeoutMs`. */
function emitRaw(client: TestClient, event: string, args: unknown[], timeoutMs = 3000): Promise<Ack<unknown> | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    (client as any).emit(event, ...args, (response: Ack<unknown>) => {
      clearTimeout(timer);
      resolve(response);
    });
  });
}

describe.each(await providersUnderTest())("input-sized queries on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  }, 120_000);
  afterAll(async () => hearth?.stop());

  it("approves 5,000 open-text answers in one decision", async () => {
    const room = await openRoomAt(hearth.url);
    const prompt = await openPromptAt(room, "open_text");
    const prisma = hearth.database.prisma;
    const count = 5000;
    // participants and their answers straight into the database: 5,000 phones would take minutes here
    const participants = Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      sessionId: room.sessionId,
      tokenHash: hashParticipantToken(newParticipantToken()),
      number: i + 1,
    }));
    for (let i = 0; i < count; i += 100) await prisma.participant.createMany({ data: participants.slice(i, i + 100) });
    const stored = [];
    for (let i = 0; i < count; i += 200)
      stored.push(
        ...(await hearth.repositories.responses.upsertMany(
          participants.slice(i, i + 200).map((p, j) => ({
            sessionId: room.sessionId,
            promptId: prompt.id,
            participantId: p.id,
            passed: false,
            value: { text: `answer ${i + j}` },
            moderation: "pending" as const,
          })),
        )),
      );
    hearth.sessions.forget(room.sessionId); // the mirror reloads with the rows above
    const ids = stored.map((r) => r.id);

    // the repository takes any number of ids in one decision (its queries go in chunks)
    const session = await hearth.sessions.get(room.sessionId);
    const record = hearth.sessions.requirePrompt(session, prompt.id);
    expect(await hearth.sessions.moderate({ session, prompt: record, responseIds: ids, status: "approved" })).toHaveLength(count);
    expect(await prisma.response.count({ where: { promptId: prompt.id, moderation: "approved" } })).toBe(count);
    // ids that match nothing cost parameters too
    expect(await hearth.sessions.moderate({ session, prompt: record, responseIds: Array.from({ length: count }, () => randomUUID()), status: "hidden" })).toEqual([]);

    // over the socket, as the console sends "Hide all": messages of 500 ids, each under the 64 kB limit
    for (let i = 0; i < count; i += 500) {
      const batch = ids.slice(i, i + 500);
      const hidden = await send<{ updated: number }>(
        room.facilitator,
        "moderation:set",
        { sessionId: room.sessionId, promptId: prompt.id, responseIds: batch, status: "hidden" },
        30_000,
      );
      expect(hidden).toEqual({ ok: true, data: { updated: batch.length } });
    }
    expect(await prisma.response.count({ where: { promptId: prompt.id, moderation: "hidden" } })).toBe(count);
    expect((await watchConsole(room.facilitator, room.sessionId)).moderation?.counts).toMatchObject({ hidden: count, pending: 0, approved: 0 });
    // a message of more than the schema allows is refused whole
    expect(
      await send(room.facilitator, "moderation:set", { sessionId: room.sessionId, promptId: prompt.id, responseIds: ids.slice(0, MAX_MODERATION_IDS + 1), status: "approved" }),
    ).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST" },
    });
    expect(await prisma.response.count({ where: { promptId: prompt.id, moderation: "hidden" } })).toBe(count);
  }, 180_000);
});

describe("hostile commands and requests (SQLite)", () => {
  let hearth: TestHearth;
  let room: RoomAt;
  beforeAll(async () => {
    hearth = await startTestHearth();
    room = await openRoomAt(hearth.url);
  }, 120_000);
  afterAll(async () => hearth?.stop());

  const storedSession = () => hearth.database.prisma.session.findUniqueOrThrow({ where: { id: room.sessionId } });

  it("refuses a command sent with extra or missing arguments, and changes nothing", async () => {
    const before = await storedSession();
    const extra = await emitRaw(room.facilitator, "step:goto", [{ sessionId: room.sessionId, index: 5 }, "extra"]);
    expect(extra).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect((await storedSession()).currentStepIndex).toBe(before.currentStepIndex);

    const phone = await hearth.connect();
    await joinAs(phone, room.joinCode);
    expect(await emitRaw(phone, "pause:request", [])).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect((await storedSession()).pauseRequests).toBe(before.pauseRequests);
    // the right arity still works
    expect(await emitRaw(phone, "pause:request", [{}])).toMatchObject({ ok: true });
  });

  it("keeps one participant per connection", async () => {
    const phone = await hearth.connect();
    const first = await joinAs(phone, room.joinCode);
    const before = await hearth.database.prisma.participant.count({ where: { sessionId: room.sessionId } });
    for (let i = 0; i < 5; i++) {
      const again = await joinAs(phone, room.joinCode);
      expect(again.participantToken).toBe(first.participantToken);
    }
    // a token that is no one's does not make a new participant on this connection either
    expect((await joinAs(phone, room.joinCode, newParticipantToken())).participantToken).toBe(first.participantToken);
    expect(await hearth.database.prisma.participant.count({ where: { sessionId: room.sessionId } })).toBe(before);
  });

  it("refuses JSON bodies not declared as JSON (415), with nothing created", async () => {
    const templates = (await hearth.fetchJson("/api/templates", { cookie: room.cookie })).body.templates;
    const sessionsBefore = await hearth.database.prisma.session.count();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const { status, body } = await hearth.fetchJson("/api/sessions", {
        method: "POST",
        cookie: room.cookie,
        headers: { "content-type": type },
        body: JSON.stringify({ templateId: templates[0].id }),
      });
      expect(status, type).toBe(415);
      expect(body.error.code).toBe("BAD_REQUEST");
    }
    const { status } = await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.cookie, body: JSON.stringify({ templateId: templates[0].id }) });
    expect(status).toBe(415); // no Content-Type at all
    expect(await hearth.database.prisma.session.count()).toBe(sessionsBefore);
    // declared JSON still works, and a write without a body needs no type
    expect((await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.cookie, json: { templateId: templates[0].id } })).status).toBe(201);
  });

  it("does not serve JSONP polling", async () => {
    const jsonp = await fetch(`${hearth.url}/socket.io/?EIO=4&transport=polling&j=0`);
    expect(jsonp.status).toBe(403);
    expect(await jsonp.text()).not.toContain("___eio");
    const plain = await fetch(`${hearth.url}/socket.io/?EIO=4&transport=polling`);
    expect(plain.status).toBe(200);
  });

  it("echoes no control characters of an unknown event's name", async () => {
    const phone = await hearth.connect();
    const answer = await emitRaw(phone, "evil\u0000\u202E\u001b[31m\uD800name", [{}]);
    expect(answer).toMatchObject({ ok: false, error: { code: "UNKNOWN_EVENT" } });
    expect((answer as any).error.message).toMatch(/^[\x20-\x7E]*$/);
  });

  it("refuses what would change an ended session, and still lets the facilitator look and moderate", async () => {
    const ended = await openRoomAt(hearth.url);
    const prompt = await openPromptAt(ended, "open_text");
    const phone = await hearth.connect();
    await joinAs(phone, ended.joinCode);
    expect((await send(phone, "answer:submit", { promptId: prompt.id, value: { text: "kept" } })).ok).toBe(true);
    expect((await send(ended.facilitator, "session:end", { sessionId: ended.sessionId })).ok).toBe(true);
    const id = { sessionId: ended.sessionId };
    const refused: [string, unknown][] = [
      ["timer:control", { ...id, action: "start" }],
      ["session:lock", { ...id, locked: true }],
      ["prompt:reset", { ...id, promptId: prompt.id }],
      ["step:goto", { ...id, index: 0 }],
      ["prompt:open", { ...id, promptId: prompt.id }],
      ["session:start", id],
    ];
    for (const [event, payload] of refused) expect(await send(ended.facilitator, event, payload), event).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
    const row = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: ended.sessionId } });
    expect(row).toMatchObject({ status: "ended", timerStartedAt: null, locked: false });
    expect(await hearth.database.prisma.response.count({ where: { promptId: prompt.id } })).toBe(1);

    const console = await watchConsole(ended.facilitator, ended.sessionId);
    expect(console.status).toBe("ended");
    for (const [event, payload] of [
      ["results:reveal", { ...id, promptId: prompt.id }],
      ["results:hide", { ...id, promptId: prompt.id }],
      ["prompt:close", { ...id, promptId: prompt.id }],
      ["pause:reset", id],
      ["session:end", id],
    ] as const)
      expect((await send(ended.facilitator, event, payload)).ok, event).toBe(true);
  });
});

describe("a console whose sign-in ends while it is being opened", () => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ facilitatorRecheckMs: 50 });
  }, 120_000);
  afterAll(async () => hearth?.stop());

  it("is refused, and never hears the room, when the re-check signs it out during console:watch", async () => {
    const { cookie, id: ownerId } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const phone = await hearth.connect();
    await joinAs(phone, session.joinCode);
    const console_ = await hearth.connect({ cookie });
    const heard: unknown[] = [];
    console_.on("console:updated", (s) => heard.push(s));

    // hold console:watch inside its handler, after the sign-in was checked (as a slow session load would)
    const authorised = hearth.sessions.authorised;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let held!: () => void;
    const reached = new Promise<void>((r) => (held = r));
    hearth.sessions.authorised = async (...args) => {
      held();
      await gate;
      return authorised(...args);
    };
    try {
      const watching = send(console_, "console:watch", { sessionId: session.id }, 10_000);
      await Promise.race([reached, watching.then(() => Promise.reject(new Error("console:watch answered without loading the session through sessions.authorised")))]);
      await hearth.database.prisma.authSession.updateMany({ where: { userId: ownerId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
      await new Promise((r) => setTimeout(r, 500)); // several re-checks: the socket is signed out meanwhile
      release();
      expect(await watching).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    } finally {
      hearth.sessions.authorised = authorised;
    }
    expect((await send(phone, "pause:request", {})).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toEqual([]);
  });
});

describe("facilitator-written text", () => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth();
  }, 120_000);
  afterAll(async () => hearth?.stop());

  // NUL, a right-to-left override, an escape sequence and a lone surrogate (sent as JSON's \ud800 escape)
  const NASTY = "\u0000\u202E\u001b[31m\uD800";
  const dirty = (text: string) => `${text}${NASTY}`;
  const UNSAFE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it("is cleaned at every entry point: the API, the editor's saves, JSON and Markdown imports, session titles and renames", async () => {
    const { cookie } = await hearth.signUp();
    const builtIn = (await hearth.fetchJson("/api/templates", { cookie })).body.templates[0];
    const content = (await hearth.fetchJson(`/api/templates/${builtIn.id}`, { cookie })).body.template.content;
    content.title = dirty("A title");
    content.steps[0].title = dirty("Step");
    content.steps[0].body = dirty("Body\nwith lines");
    content.resources.items[0].label = dirty("Helpline");
    const withPrompt = content.steps.find((s: any) => s.prompt?.kind === "single_choice");
    withPrompt.prompt.question = dirty("Which?");
    withPrompt.prompt.config.options[0].label = dirty("First");

    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { content } });
    expect(created.status, JSON.stringify(created.body).slice(0, 300)).toBe(201);
    const saved = await hearth.fetchJson(`/api/templates/${created.body.template.id}`, { method: "PUT", cookie, json: { content } });
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200);
    const renamed = await hearth.fetchJson(`/api/templates/${created.body.template.id}`, { method: "PATCH", cookie, json: { title: dirty("Renamed") } });
    expect(renamed.status).toBe(200);
    const file = (await hearth.fetchJson(`/api/templates/${created.body.template.id}/export`, { cookie })).body;
    file.content = content; // the dirty text again, as a file from elsewhere would carry it
    const imported = await hearth.fetchJson("/api/templates/import/json", { method: "POST", cookie, json: file });
    expect(imported.status, JSON.stringify(imported.body).slice(0, 300)).toBe(201);
    const markdown = await hearth.fetchJson("/api/templates/import/markdown", {
      method: "POST",
      cookie,
      json: { title: dirty("From Markdown"), markdown: `# ${dirty("Article")}\n\n## ${dirty("First part")}\n\n${dirty("Some text.")}\n` },
    });
    expect(markdown.status, JSON.stringify(markdown.body).slice(0, 300)).toBe(201);
    const session = await hearth.fetchJson("/api/sessions", { method: "POST", cookie, json: { templateId: imported.body.template.id, title: dirty("Tonight") } });
    expect(session.status).toBe(201);

    // nothing unsafe stored anywhere these reach: templates, sessions, steps, prompts
    const prisma = hearth.database.prisma;
    const stored = JSON.stringify([
      await prisma.template.findMany({ where: { ownerId: { not: null } } }),
      await prisma.session.findMany(),
      await prisma.sessionStep.findMany(),
      await prisma.prompt.findMany(),
    ]);
    expect(stored).not.toMatch(UNSAFE);
    expect(stored).not.toContain("\\u0000");
    expect(stored).toContain("Which?");
    expect(stored).toContain("Renamed");
    expect(stored).toContain("Tonight");
    expect(stored).toContain("Body\\nwith lines"); // line breaks in a body stay
    // text that is nothing once cleaned is refused, not stored empty
    content.title = "\u0000\u202E\u200B\u2066";
    const empty = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { content } });
    expect(empty.status).toBe(400);
  });
});
