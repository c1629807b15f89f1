// The security suite, hostile input: oversized and nested payloads, prototype keys, control characters and bidi overrides, closed prompts; user text rendered as text. A real server on port 0 (SQLite always,
// PostgreSQL when TEST_DATABASE_URL_PG answers) and real clients trying what
// an attacker would: every attempt gets a clear error, changes nothing in the
// database, and leaves the server serving everyone else. The two servers and
// the shared checks: tests/helpers/security.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ParticipantJoined } from "../../lib/events";
import { cleanUserText } from "../../lib/user-text";
import { projectRoot } from "../../server/app";
import { MAX_API_BODY_BYTES } from "../../server/security/http";
import { hashParticipantToken } from "../../server/services/participant-token";
import { providersUnderTest } from "../helpers/database";
import { send, type TestClient, type TestHearth } from "../helpers/hearth-server";
import { busyRoom, counts, PASSWORD, sendAny, sendRaw, snapshot, startSecurityHearths, stillServing } from "../helpers/security";

describe.each(await providersUnderTest())("security (input) on %s", (provider) => {
  let hearth: TestHearth;
  let strict: TestHearth;
  beforeAll(async () => {
    ({ hearth, strict } = await startSecurityHearths(provider));
  });
  afterAll(async () => {
    await Promise.all([hearth?.stop(), strict?.stop()]);
  });

  it("refuses oversized and deeply nested payloads cleanly, on sockets and over HTTP", async () => {
    const room = await busyRoom(hearth);
    const before = await snapshot(hearth, room.session.id);
    const phone = await hearth.connect();
    // within the transport's 64 kB but over a field's limit: a clear error
    const longCode = await sendAny(phone, "participant:join", { code: "A".repeat(50_000) });
    expect(longCode).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(longCode.error.message).toMatch(/code/);
    // nesting too deep for socket.io's own encoder: written as a raw packet, as a hostile client would
    const deepArrays = "[".repeat(20_000) + "]".repeat(20_000);
    const deepObjects = `${'{"a":'.repeat(6000)}1${"}".repeat(6000)}`;
    for (const value of [deepArrays, `{"text":${deepArrays}}`, `{"text":${deepObjects}}`]) {
      const ack = await sendRaw(room.phone, `["answer:submit",{"promptId":"${room.promptId}","value":${value}}]`);
      expect(ack).toMatchObject({ ok: false, error: { code: "INVALID_ANSWER" } });
    }
    expect(await sendRaw(room.phone, `["participant:join",${deepArrays}]`)).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await send(room.phone, "moderation:set", { sessionId: room.session.id, promptId: room.promptId, responseIds: Array(6000).fill("x"), status: "approved" })).toMatchObject(
      {
        ok: false,
        error: { code: "BAD_REQUEST" },
      },
    );
    // over the transport's limit: that one connection is closed
    const big = await hearth.connect();
    const closed = new Promise((resolve) => big.once("disconnect", resolve));
    (big as any).emit("participant:join", { code: "x".repeat(100_000) });
    await closed;

    // HTTP: a body over the API's limit, and deep nesting in JSON
    const huge = await hearth.fetchJson("/api/sessions", {
      method: "POST",
      cookie: room.owner.cookie,
      body: JSON.stringify({ templateId: "x".repeat(MAX_API_BODY_BYTES) }),
      headers: { "content-type": "application/json" },
    });
    expect([huge.status, huge.body.error.code]).toEqual([413, "BAD_REQUEST"]);
    const nested = await hearth.fetchJson("/api/sessions", {
      method: "POST",
      cookie: room.owner.cookie,
      body: `{"templateId":${"[".repeat(5000)}${"]".repeat(5000)}}`,
      headers: { "content-type": "application/json" },
    });
    expect([nested.status, nested.body.error.code]).toEqual([400, "BAD_REQUEST"]);
    expect(await snapshot(hearth, room.session.id)).toEqual(before);
    expect((await send(room.phone, "answer:submit", { promptId: room.promptId, value: { text: "Still fine" } })).ok).toBe(true);
    await stillServing(hearth);
  });

  it("refuses __proto__ and constructor keys everywhere and never pollutes the prototype", async () => {
    const room = await busyRoom(hearth);
    const before = await snapshot(hearth, room.session.id);
    const totals = await counts(hearth);
    const poison = (json: string) => JSON.parse(json); // an own "__proto__" key, as a hostile client would send it
    const attempts: [TestClient, string, unknown][] = [
      [await hearth.connect(), "participant:join", poison(`{"code":"${room.session.joinCode}","__proto__":{"polluted":"yes"}}`)],
      [await hearth.connect(), "participant:join", poison(`{"code":"${room.session.joinCode}","constructor":{"prototype":{"polluted":"yes"}}}`)],
      [room.phone, "answer:submit", poison(`{"promptId":"${room.promptId}","value":{"text":"hi","__proto__":{"polluted":"yes"}}}`)],
      [room.phone, "answer:submit", poison(`{"promptId":"${room.promptId}","value":{"__proto__":{"text":"inherited"}}}`)],
      [room.phone, "answer:submit", poison(`{"promptId":"${room.promptId}","pass":true,"constructor":{"prototype":{"polluted":"yes"}}}`)],
      [room.phone, "reaction:toggle", poison(`{"stepId":"x","kind":"resonates","__proto__":{"polluted":"yes"}}`)],
      [room.facilitator, "step:goto", poison(`{"sessionId":"${room.session.id}","index":0,"__proto__":{"polluted":"yes"}}`)],
      [
        room.facilitator,
        "moderation:set",
        poison(
          `{"sessionId":"${room.session.id}","promptId":"${room.promptId}","responseIds":["${room.responseId}"],"status":"hidden","constructor":{"prototype":{"polluted":"yes"}}}`,
        ),
      ],
    ];
    for (const [client, event, payload] of attempts) {
      const ack = await sendAny(client, event, payload);
      expect(ack.ok, `${event} ${JSON.stringify(payload)}`).toBe(false);
      expect(["BAD_REQUEST", "INVALID_ANSWER"]).toContain(ack.error.code);
    }
    const http = [
      await hearth.fetchJson("/api/sessions", {
        method: "POST",
        cookie: room.owner.cookie,
        body: `{"templateId":"x","__proto__":{"polluted":"yes"}}`,
        headers: { "content-type": "application/json" },
      }),
      await hearth.fetchJson("/api/sessions", {
        method: "POST",
        cookie: room.owner.cookie,
        body: `{"templateId":"x","constructor":{"prototype":{"polluted":"yes"}}}`,
        headers: { "content-type": "application/json" },
      }),
    ];
    for (const response of http) expect([response.status, response.body.error.code]).toEqual([400, "BAD_REQUEST"]);
    const signUp = await hearth.fetchJson("/api/auth/sign-up/email", {
      method: "POST",
      body: `{"email":"proto-${randomBytes(3).toString("hex")}@example.org","password":"${PASSWORD}","name":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}`,
      headers: { "content-type": "application/json" },
    });
    expect(signUp.status).toBeLessThan(500);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(await snapshot(hearth, room.session.id)).toEqual(before);
    expect((await counts(hearth)).slice(0, 5)).toEqual(totals.slice(0, 5));
    await stillServing(hearth);
  });

  it("cleans or refuses control characters, lone surrogates, RTL overrides and 100 kB of text in answers and join codes", async () => {
    const room = await busyRoom(hearth);
    const phones: TestClient[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < 2; i++) {
      const phone = await hearth.connect();
      const joined = await send<ParticipantJoined>(phone, "participant:join", { code: room.session.joinCode });
      if (!joined.ok) throw new Error(joined.error.message);
      phones.push(phone);
      tokens.push(joined.data.participantToken);
    }
    const stored = async (phoneIndex: number) => {
      const participant = await hearth.database.prisma.participant.findUniqueOrThrow({ where: { tokenHash: hashParticipantToken(tokens[phoneIndex]) } });
      const row = await hearth.database.prisma.response.findFirst({ where: { promptId: room.promptId, participantId: participant.id } });
      return row?.value as { text: string } | undefined;
    };

    // cleaned, then stored: controls and overrides gone, a lone surrogate replaced
    const raw = "I\u0000 never\u0007 ask\u202E for help\u2066 \uD800 at\u0085all\u200B";
    const ack = await sendAny(phones[0], "answer:submit", { promptId: room.promptId, value: { text: raw } });
    expect(ack.ok).toBe(true);
    const expected = cleanUserText(raw, { maxLength: 500, multiline: true });
    expect(expected.ok).toBe(true);
    const text = (await stored(0))!.text;
    expect(text).toBe(expected.ok && expected.text);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B]/);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(ack.data.value.text).toBe(text);

    // nothing visible left: refused, nothing stored
    const before = await snapshot(hearth, room.session.id);
    for (const invisible of ["\u202E\u202D\u0000\u0008", "\u200B\u2060 \uFEFF", "\u0000".repeat(400)]) {
      const refused = await sendAny(phones[1], "answer:submit", { promptId: room.promptId, value: { text: invisible } });
      expect(refused).toMatchObject({ ok: false, error: { code: "INVALID_ANSWER" } });
      expect(refused.error.message).toMatch(/Write something/);
    }
    // too long (60 kB fits the transport): a clear error saying by how much
    const tooLong = await sendAny(phones[1], "answer:submit", { promptId: room.promptId, value: { text: "help ".repeat(12_000) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: "INVALID_ANSWER" } });
    expect(tooLong.error.message).toMatch(/too long/);
    // 100 kB is over the transport's 64 kB: the connection is closed, nothing stored
    const closed = new Promise((resolve) => phones[1].once("disconnect", resolve));
    (phones[1] as any).emit("answer:submit", { promptId: room.promptId, value: { text: "x".repeat(100_000) } });
    await closed;
    expect(await stored(1)).toBeUndefined();

    // join codes with the same characters: not found, clearly; nothing created
    const code = room.session.joinCode;
    const stranger = await hearth.connect();
    // [what a phone sends, the same in a URL] (a lone surrogate has no UTF-8: its WTF-8 bytes)
    for (const [bad, inUrl] of [
      [`\u0000${code}`, `%00${code}`],
      [`\u202E${code}`, `%E2%80%AE${code}`],
      [`${code.slice(0, 3)}\uD800${code.slice(3)}`, `${code.slice(0, 3)}%ED%A0%80${code.slice(3)}`],
      [`${code}\u200B`, `${code}%E2%80%8B`],
      [`${code}\u0007\r\n`, `${code}%07%0D%0A`],
    ]) {
      const joined = await sendAny(stranger, "participant:join", { code: bad });
      expect(joined, JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(joined.error.message).toMatch(/No session has that code/);
      const lookup = await hearth.fetchJson(`/api/join/${inUrl}`);
      expect([lookup.status, lookup.body.error.code], inUrl).toEqual([404, "NOT_FOUND"]);
    }
    expect(await send(stranger, "participant:join", { code: "A".repeat(21) })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    // a 100 kB code in a URL is refused by Node's HTTP parser (431), which may also just close the connection
    const hugeLookup = await fetch(`${hearth.url}/api/join/${"A".repeat(100_000)}`).then(
      (r) => r.status,
      () => 431,
    );
    expect(hugeLookup).toBe(431);
    const after = await snapshot(hearth, room.session.id);
    expect(after).toEqual(before);
    await stillServing(hearth);
  });

  it("refuses answers to a closed prompt, a never-opened prompt and after the end, keeping the earlier answer", async () => {
    const room = await busyRoom(hearth);
    const original = await hearth.database.prisma.response.findFirstOrThrow({ where: { id: room.responseId } });
    expect((await send(room.facilitator, "prompt:close", { sessionId: room.session.id, promptId: room.promptId })).ok).toBe(true);
    const change = await sendAny(room.phone, "answer:submit", { promptId: room.promptId, value: { text: "A changed answer" } });
    expect(change).toMatchObject({ ok: false, error: { code: "PROMPT_CLOSED" } });
    expect(change.error.message).toMatch(/not taking answers/);
    expect(await send(room.phone, "answer:submit", { promptId: room.promptId, pass: true })).toMatchObject({ ok: false, error: { code: "PROMPT_CLOSED" } });
    const idle = await hearth.database.prisma.prompt.findFirstOrThrow({ where: { sessionId: room.session.id, state: "idle" } });
    expect(await send(room.phone, "answer:submit", { promptId: idle.id, pass: true })).toMatchObject({ ok: false, error: { code: "PROMPT_CLOSED" } });
    expect((await send(room.facilitator, "prompt:open", { sessionId: room.session.id, promptId: room.promptId })).ok).toBe(true);
    expect((await send(room.facilitator, "session:end", { sessionId: room.session.id })).ok).toBe(true);
    expect(await send(room.phone, "answer:submit", { promptId: room.promptId, value: { text: "Too late" } })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
    expect(await hearth.database.prisma.response.findFirstOrThrow({ where: { id: room.responseId } })).toEqual(original);
    expect(await hearth.database.prisma.response.count({ where: { sessionId: room.session.id } })).toBe(1);
    await stillServing(hearth);
  });
});

describe("user text is rendered as text, never as HTML", () => {
  it("has no raw-HTML rendering in pages and components", async () => {
    const files: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(full);
        else if (/\.(tsx?|jsx?)$/.test(entry.name)) files.push(full);
      }
    };
    for (const dir of ["app", "components", "lib"]) await walk(path.join(projectRoot, dir));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = await readFile(file, "utf8");
      expect(source, file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|rehype-raw|allowDangerousHtml|insertAdjacentHTML/);
    }
  });
});
