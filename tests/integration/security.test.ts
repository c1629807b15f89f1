// The security suite: a real server on port 0 (SQLite always, PostgreSQL when
// TEST_DATABASE_URL_PG answers) and real clients trying what an attacker
// would. Every attempt must get a clear error, change nothing in the
// database, and leave the server serving everyone else.
//
// Two servers per provider: `hearth` has the usual generous test limits (only
// the per-connection event limit is small), `strict` has small limits and
// believes X-Forwarded-For from loopback (TRUST_PROXY=loopback), so each test
// can play several client addresses from 127.0.0.1.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemas, type Ack, type ConsoleState, type ParticipantJoined } from "../../lib/events";
import { generateJoinCode, JOIN_CODE_SPACE } from "../../lib/join-code";
import { cleanUserText } from "../../lib/user-text";
import { projectRoot } from "../../server/app";
import { DEFAULT_RATE_LIMITS, joinCodeGuessingCost } from "../../server/security";
import { createClientIpResolver, rateLimitKeyForIp } from "../../server/security/client-ip";
import { MAX_API_BODY_BYTES } from "../../server/security/http";
import { hashParticipantToken } from "../../server/services/participant-token";
import { providersUnderTest } from "../helpers/database";
import { FACILITATOR_COMMANDS } from "../helpers/commands";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

const run = promisify(execFile);


/** A valid payload for every facilitator command, aimed at `ids`. */
function facilitatorPayloads(ids: { sessionId: string; promptId: string; responseId: string }): Record<string, unknown> {
  const { sessionId, promptId, responseId } = ids;
  const payloads: Record<string, unknown> = {
    "console:watch": { sessionId },
    "screen:watch": { sessionId },
    "session:start": { sessionId },
    "session:end": { sessionId },
    "session:lock": { sessionId, locked: true },
    "session:settings": { sessionId, hideCounts: true },
    "author:block": { sessionId, promptId, responseId },
    "author:unblock": { sessionId, via: responseId },
    "step:goto": { sessionId, index: 1 },
    "prompt:open": { sessionId, promptId },
    "prompt:close": { sessionId, promptId },
    "prompt:reset": { sessionId, promptId },
    "results:reveal": { sessionId, promptId },
    "results:hide": { sessionId, promptId },
    "moderation:set": { sessionId, promptId, responseIds: [responseId], status: "approved" },
    "timer:control": { sessionId, action: "start" },
    "pause:reset": { sessionId },
    "wall:page": { sessionId, action: "next" },
    "session:resources": { sessionId, resources: { title: "Support", items: [{ label: "Call your local emergency number" }] } },
    "checkin:list": { sessionId },
    // any id: refused before it is looked up
    "checkin:set": { sessionId, requestId: responseId, status: "done" },
  };
  // a new facilitator command must be added here, or this suite fails
  expect(Object.keys(payloads).sort()).toEqual([...FACILITATOR_COMMANDS].sort());
  for (const [name, payload] of Object.entries(payloads)) expect(schemas[name as keyof typeof schemas].safeParse(payload).success, name).toBe(true);
  return payloads;
}

/** Addresses from the documentation ranges, unique per call (and per run, for Redis). */
const runTag = randomBytes(2);
let ipCounter = 0;
function freshIp(): string {
  ipCounter++;
  return `198.${18 + (runTag[0] & 1)}.${runTag[1]}.${ipCounter}`;
}

function setCookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const PASSWORD = "correct horse battery";

let rawId = 900_000;
/**
 * Send a hand-written Socket.IO event packet (`rawArray` is the JSON text of
 * [event, payload]), bypassing the client library's encoder, and resolve with
 * the server's acknowledgement.
 */
function sendRaw(client: TestClient, rawArray: string): Promise<any> {
  const id = ++rawId;
  const engine = client.io.engine;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no acknowledgement")), 5000);
    const onPacket = (packet: { type: string; data?: unknown }) => {
      // Socket.IO packet types inside engine.io messages: 2 = event, 3 = acknowledgement
      if (packet.type !== "message" || typeof packet.data !== "string" || !packet.data.startsWith(`3${id}[`)) return;
      clearTimeout(timer);
      engine.off("packet", onPacket);
      resolve(JSON.parse(packet.data.slice(`3${id}`.length))[0]);
    };
    engine.on("packet", onPacket);
    engine.write(`2${id}${rawArray}`);
  });
}

/** send(), typed loosely: these tests look at error acks. */
const sendAny = (client: TestClient, event: string, payload?: unknown): Promise<any> => send(client, event, payload);

describe.each(await providersUnderTest())("security on %s", (provider) => {
  let hearth: TestHearth;
  let strict: TestHearth;
  const SOFT_EVENTS = 40;
  const DISCONNECT_EVENTS = 80;
  const STRICT = {
    joinCodeMissesPerIp: { points: 5, duration: 600 },
    connectionsPerIp: { points: 6, duration: 60 },
    signInAttemptsPerIp: { points: 8, duration: 900 },
    passwordFailuresPerAccountAndIp: { points: 3, duration: 900 },
    passwordFailuresPerAccount: { points: 5, duration: 3600 },
    signUpsPerIp: { points: 3, duration: 3600 },
    apiRequestsPerIp: { points: 60, duration: 60 },
  };

  beforeAll(async () => {
    [hearth, strict] = await Promise.all([
      startTestHearth({ provider, rateLimits: { socketEvents: { points: SOFT_EVENTS, disconnectAfter: DISCONNECT_EVENTS, duration: 10 } } }),
      startTestHearth({ provider, trustProxy: ["loopback"], rateLimits: STRICT }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([hearth?.stop(), strict?.stop()]);
  });

  // -- helpers --------------------------------------------------------------

  /** Everything a session is made of, as plain JSON, to compare before and after. */
  async function snapshot(h: TestHearth, sessionId: string) {
    const p = h.database.prisma;
    const where = { where: { sessionId }, orderBy: { id: "asc" as const } };
    const data = await Promise.all([
      p.session.findUnique({ where: { id: sessionId } }),
      p.sessionStep.findMany(where),
      p.prompt.findMany(where),
      p.participant.findMany(where),
      p.response.findMany(where),
      p.reaction.findMany(where),
    ]);
    return JSON.parse(JSON.stringify(data));
  }

  /** Row counts of every domain table (nothing appeared anywhere else either). */
  async function counts(h: TestHearth) {
    const p = h.database.prisma;
    return Promise.all([p.session.count(), p.participant.count(), p.response.count(), p.reaction.count(), p.template.count(), p.facilitator.count()]);
  }

  /** The server still serves: health check, and a fresh phone can join a fresh session. */
  async function stillServing(h: TestHearth) {
    expect((await h.fetchJson("/api/health")).status).toBe(200);
    const { cookie } = await signUpFrom(h, h === strict ? freshIp() : undefined);
    const session = await h.createSession(cookie);
    const phone = await h.connect(h === strict ? { headers: { "x-forwarded-for": freshIp() } } : {});
    const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
    expect(joined.ok).toBe(true);
    phone.disconnect();
  }

  async function signUpFrom(h: TestHearth, ip?: string, email = `f-${randomBytes(5).toString("hex")}@example.org`) {
    const response = await h.fetchJson("/api/auth/sign-up/email", {
      method: "POST",
      json: { email, password: PASSWORD, name: "Facilitator" },
      headers: ip ? { "x-forwarded-for": ip } : {},
    });
    if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
    return { cookie: setCookieOf((response as any).headers), email, id: response.body.user.id as string };
  }

  function signIn(h: TestHearth, email: string, password: string, ip?: string) {
    return h.fetchJson("/api/auth/sign-in/email", { method: "POST", json: { email, password }, headers: ip ? { "x-forwarded-for": ip } : {} }) as Promise<{
      status: number;
      body: any;
      headers: Headers;
    }>;
  }

  /** A running session with an open open-text prompt, one answer in it and one pause request. */
  async function busyRoom(h: TestHearth) {
    const owner = await signUpFrom(h);
    const session = await h.createSession(owner.cookie);
    const facilitator = await h.connect({ cookie: owner.cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const step = watched.data.steps.find((s) => s.promptKind === "open_text")!;
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const state = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    const prompt = state.ok ? state.data.step!.prompt! : null;
    expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId: prompt!.id })).ok).toBe(true);
    const phone = await h.connect();
    const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
    if (!joined.ok) throw new Error(joined.error.message);
    expect((await send(phone, "answer:submit", { promptId: prompt!.id, value: { text: "A first answer" } })).ok).toBe(true);
    expect((await send(phone, "pause:request", {})).ok).toBe(true);
    const response = await h.database.prisma.response.findFirstOrThrow({ where: { promptId: prompt!.id } });
    return { owner, session, facilitator, phone, joined: joined.data, promptId: prompt!.id, responseId: response.id, steps: watched.data.steps };
  }

  // -- authorisation ----------------------------------------------------------

  it("refuses every facilitator command from a participant's socket — even one carrying the owner's cookie — changing nothing", async () => {
    const room = await busyRoom(hearth);
    const payloads = facilitatorPayloads({ sessionId: room.session.id, promptId: room.promptId, responseId: room.responseId });
    const before = await snapshot(hearth, room.session.id);
    const totals = await counts(hearth);

    // an anonymous phone, and the owner's own browser after joining as a participant
    const ownersPhone = await hearth.connect({ cookie: room.owner.cookie });
    expect((await send(ownersPhone, "participant:join", { code: room.session.joinCode })).ok).toBe(true);
    const afterJoin = await snapshot(hearth, room.session.id); // that join added one participant, nothing else
    for (const phone of [room.phone, ownersPhone]) {
      for (const [event, payload] of Object.entries(payloads)) {
        const ack = await sendAny(phone, event, payload);
        expect(ack, event).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
        expect(ack.ok === false && ack.error.message.length, event).toBeGreaterThan(10);
      }
    }
    expect(await snapshot(hearth, room.session.id)).toEqual(afterJoin);
    expect(afterJoin.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(afterJoin[4]).toEqual(before[4]); // responses
    expect((await counts(hearth))[2]).toBe(totals[2]);
    // the owner's console still works
    expect((await send(room.facilitator, "console:watch", { sessionId: room.session.id })).ok).toBe(true);
    await stillServing(hearth);
  });

  it("refuses every facilitator command from facilitator A on session B, and B's prompts from A's own session", async () => {
    const room = await busyRoom(hearth);
    const intruder = await signUpFrom(hearth);
    const own = await hearth.createSession(intruder.cookie);
    const socket = await hearth.connect({ cookie: intruder.cookie });
    expect((await send(socket, "console:watch", { sessionId: own.id })).ok).toBe(true);
    const before = await snapshot(hearth, room.session.id);
    const ownBefore = await snapshot(hearth, own.id);

    for (const [event, payload] of Object.entries(facilitatorPayloads({ sessionId: room.session.id, promptId: room.promptId, responseId: room.responseId }))) {
      expect(await send(socket, event, payload), event).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    // the intruder's own session id with the victim's prompt and responses
    for (const [event, payload] of Object.entries(facilitatorPayloads({ sessionId: own.id, promptId: room.promptId, responseId: room.responseId }))) {
      if (!("promptId" in (payload as object))) continue;
      expect(await send(socket, event, payload), event).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await snapshot(hearth, room.session.id)).toEqual(before);
    expect(await snapshot(hearth, own.id)).toEqual(ownBefore);
    // and nothing of session B was broadcast to A: A never joined B's rooms
    const leaked: unknown[] = [];
    socket.on("console:updated", (s) => s.sessionId === room.session.id && leaked.push(s));
    socket.on("aggregate:updated", (s) => s.sessionId === room.session.id && leaked.push(s));
    await send(room.phone, "answer:submit", { promptId: room.promptId, value: { text: "Changed my answer" } });
    await send(room.phone, "pause:request", {});
    await new Promise((r) => setTimeout(r, 300));
    expect(leaked).toEqual([]);
    await stillServing(hearth);
  });

  it("refuses the session API, the summary and every export without a sign-in and to another facilitator", async () => {
    const room = await busyRoom(hearth);
    await send(room.facilitator, "session:end", { sessionId: room.session.id });
    const other = await signUpFrom(hearth);
    const before = await snapshot(hearth, room.session.id);
    const id = room.session.id;

    const summaryRoute = await hearth.fetchJson(`/api/sessions/${id}/summary`, { cookie: room.owner.cookie });
    const summaryExists = !(summaryRoute.status === 404 && /no such API route/.test(JSON.stringify(summaryRoute.body)));
    if (!summaryExists) console.warn("⚠️  /api/sessions/:id/summary is not mounted yet: checking GET /api/sessions/:id only");
    const routes: [string, string][] = [
      ["GET", `/api/sessions/${id}`],
      ...(summaryExists
        ? ([
            ["GET", `/api/sessions/${id}/summary`],
            ["GET", `/api/sessions/${id}/export?format=json`],
            ["GET", `/api/sessions/${id}/export?format=csv`],
            ["GET", `/api/sessions/${id}/export?format=md`],
            ["GET", `/api/sessions/${id}/export?format=html`],
            ["DELETE", `/api/sessions/${id}/responses`],
            ["DELETE", `/api/sessions/${id}`],
          ] as [string, string][])
        : []),
    ];
    for (const [method, route] of routes) {
      const anonymous = await hearth.fetchJson(route, { method });
      expect([anonymous.status, anonymous.body?.error?.code], `${method} ${route} anonymous`).toEqual([401, "UNAUTHENTICATED"]);
      const foreign = await hearth.fetchJson(route, { method, cookie: other.cookie });
      expect([foreign.status, foreign.body?.error?.code], `${method} ${route} other facilitator`).toEqual([404, "NOT_FOUND"]);
      // answer text never appears in a refusal
      expect(JSON.stringify([anonymous.body, foreign.body])).not.toContain("A first answer");
    }
    // a write from another site's page, with the owner's cookie: refused before any route runs
    const forged = await hearth.fetchJson(`/api/sessions`, { method: "POST", cookie: room.owner.cookie, json: { templateId: "x" }, headers: { origin: "https://evil.example" } });
    expect([forged.status, forged.body?.error?.code]).toEqual([403, "FORBIDDEN"]);
    if (summaryExists) {
      const forgedDelete = await hearth.fetchJson(`/api/sessions/${id}`, { method: "DELETE", cookie: room.owner.cookie, headers: { origin: "https://evil.example" } });
      expect(forgedDelete.status).toBe(403);
    }
    expect(await snapshot(hearth, id)).toEqual(before);
    // the owner can
    expect((await hearth.fetchJson(`/api/sessions/${id}`, { cookie: room.owner.cookie })).status).toBe(200);
    if (summaryExists) expect(summaryRoute.status).toBe(200);
    await stillServing(hearth);
  });

  it("refuses forged and expired session cookies over HTTP and on sockets, and drops a console whose sign-in ended", async () => {
    const room = await busyRoom(hearth);
    const before = await snapshot(hearth, room.session.id);
    const [name, value] = room.owner.cookie.split("; ").find((c) => c.includes("session_token"))!.split("=");
    const decoded = decodeURIComponent(value);
    const [token, signature] = decoded.split(".");
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    const forgeries = [
      `${name}=${encodeURIComponent(`${token}.${flip(signature, 3)}`)}`, // signature tampered
      `${name}=${encodeURIComponent(`${flip(token, 0)}.${signature}`)}`, // token tampered, old signature
      `${name}=${encodeURIComponent(token)}`, // unsigned token
      `${name}=${encodeURIComponent(`${randomBytes(24).toString("base64url")}.${signature}`)}`,
      `${name}=`,
    ];
    for (const cookie of forgeries) {
      const me = await hearth.fetchJson("/api/me", { cookie });
      expect([me.status, me.body?.error?.code], cookie).toEqual([401, "UNAUTHENTICATED"]);
      expect((await hearth.fetchJson(`/api/sessions/${room.session.id}`, { cookie })).status).toBe(401);
      const socket = await hearth.connect({ cookie });
      expect(await send(socket, "console:watch", { sessionId: room.session.id }), cookie).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      expect(await send(socket, "session:end", { sessionId: room.session.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      socket.disconnect();
    }
    expect(await snapshot(hearth, room.session.id)).toEqual(before);

    // Expire the sign-in in the database while the console is open.
    expect((await send(room.facilitator, "console:watch", { sessionId: room.session.id })).ok).toBe(true);
    await hearth.database.prisma.authSession.updateMany({ where: { userId: room.owner.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect((await hearth.fetchJson("/api/me", { cookie: room.owner.cookie })).status).toBe(401);
    // Listen from the first refusal on: until the server checks the sign-in again (before a command,
    // and every minute) the console may still hear the room — e.g. the coalesced update that
    // busyRoom's answer scheduled 100 ms earlier, which on a fast machine arrives after the expiry
    // (that race made this test flaky). The guarantee is that the refusal and leaving the room happen
    // together: the refusal's acknowledgement is written after the leave, so nothing reaching the
    // client after it may be a console update.
    const consoleUpdates: unknown[] = [];
    let refused = false;
    room.facilitator.on("console:updated", (s) => refused && consoleUpdates.push(s));
    for (const [event, payload] of [
      ["session:end", { sessionId: room.session.id }],
      ["console:watch", { sessionId: room.session.id }],
    ] as const) {
      expect(await send(room.facilitator, event, payload), event).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      refused = true;
    }
    // the already-open console no longer hears the room (it left the console room)
    expect((await send(room.phone, "pause:request", {})).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(consoleUpdates).toEqual([]);
    const fresh = await hearth.connect({ cookie: room.owner.cookie });
    expect(await send(fresh, "console:watch", { sessionId: room.session.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    const after = await snapshot(hearth, room.session.id);
    expect(after[0].status).toBe("running");
    expect(after[0].pauseRequests).toBe(before[0].pauseRequests + 1);
    await stillServing(hearth);
  });

  it("re-checks open consoles: a sign-out elsewhere cuts the console off within the re-check interval", async () => {
    const h = await startTestHearth({ provider, facilitatorRecheckMs: 100 });
    try {
      const owner = await signUpFrom(h);
      const session = await h.createSession(owner.cookie);
      const console_ = await h.connect({ cookie: owner.cookie });
      expect((await send(console_, "console:watch", { sessionId: session.id })).ok).toBe(true);
      const phone = await h.connect();
      expect((await send(phone, "participant:join", { code: session.joinCode })).ok).toBe(true);
      const heard = nextEvent(console_, "console:updated", (s) => s.pauseRequests === 1);
      expect((await send(phone, "pause:request", {})).ok).toBe(true);
      await heard;
      // signed out on another device (e.g. "sign out everywhere"): the cookie's session row is gone
      await h.database.prisma.authSession.deleteMany({ where: { userId: owner.id } });
      await new Promise((r) => setTimeout(r, 400));
      const updates: unknown[] = [];
      console_.on("console:updated", (s) => updates.push(s));
      expect((await send(phone, "pause:request", {})).ok).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      expect(updates).toEqual([]);
    } finally {
      await h.stop();
    }
  });

  it("refuses a cross-origin socket handshake that carries the facilitator's cookie", async () => {
    const owner = await signUpFrom(hearth);
    const session = await hearth.createSession(owner.cookie);
    for (const origin of ["https://evil.example", "null", `http://127.0.0.1.evil.example:${hearth.port}`, `http://127.0.0.1:${hearth.port + 1}`, `https://127.0.0.1:${hearth.port}`]) {
      await expect(hearth.connect({ cookie: owner.cookie, origin }), origin).rejects.toThrow();
    }
    // the same cookie from Hearth's own origin works
    const console_ = await hearth.connect({ cookie: owner.cookie });
    expect((await send(console_, "console:watch", { sessionId: session.id })).ok).toBe(true);
    await stillServing(hearth);
  });

  // -- abuse resistance -------------------------------------------------------

  it("stops join-code enumeration per address (HTTP look-ups and socket joins share one budget); other addresses still join", async () => {
    const cost = (n: number) => joinCodeGuessingCost(n);
    console.log(
      [
        `join codes: ${JOIN_CODE_SPACE.toLocaleString("en")} possible; default limit ${DEFAULT_RATE_LIMITS.joinCodeMissesPerIp.points} wrong codes per ${DEFAULT_RATE_LIMITS.joinCodeMissesPerIp.duration / 60} min per address`,
        ...[1, 100, 1000].map((n) => `  ${n} live session(s): ~${Math.round(cost(n).expectedAttempts).toLocaleString("en")} guesses expected ≈ ${cost(n).days.toFixed(0)} days (${cost(n).years.toFixed(1)} years) per address`),
      ].join("\n"),
    );
    const owner = await signUpFrom(strict, freshIp());
    const session = await strict.createSession(owner.cookie);
    const before = await snapshot(strict, session.id);
    const guess = () => {
      let code = generateJoinCode();
      while (code === session.joinCode) code = generateJoinCode();
      return code;
    };

    // Address A guesses over HTTP until refused; then even the right code is refused, on both paths.
    const a = freshIp();
    for (let i = 0; i < STRICT.joinCodeMissesPerIp.points; i++) {
      const miss = await strict.fetchJson(`/api/join/${guess()}`, { headers: { "x-forwarded-for": a } });
      expect([miss.status, miss.body.error.code]).toEqual([404, "NOT_FOUND"]);
    }
    const refused = (await strict.fetchJson(`/api/join/${guess()}`, { headers: { "x-forwarded-for": a } })) as { status: number; body: any; headers: Headers };
    expect([refused.status, refused.body.error.code]).toEqual([429, "RATE_LIMITED"]);
    expect(refused.body.error.message).toMatch(/wait about \d+ minutes/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await strict.fetchJson(`/api/join/${session.joinCode}`, { headers: { "x-forwarded-for": a } })).status).toBe(429);
    expect((await strict.fetchJson(`/api/join/${session.joinCode}/qr.svg`, { headers: { "x-forwarded-for": a } })).status).toBe(429);
    const phoneA = await strict.connect({ headers: { "x-forwarded-for": a } });
    expect(await send(phoneA, "participant:join", { code: session.joinCode })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });

    // Address B: socket misses and HTTP misses add up.
    const b = freshIp();
    const phoneB = await strict.connect({ headers: { "x-forwarded-for": b } });
    for (let i = 0; i < 3; i++) expect(await send(phoneB, "participant:join", { code: guess() })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    for (let i = 0; i < 2; i++) expect((await strict.fetchJson(`/api/join/${guess()}`, { headers: { "x-forwarded-for": b } })).status).toBe(404);
    expect(await send(phoneB, "participant:join", { code: session.joinCode })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect(await snapshot(strict, session.id)).toEqual(before);

    // Address C joins with the right code at once, over both paths.
    const c = freshIp();
    expect((await strict.fetchJson(`/api/join/${session.joinCode}`, { headers: { "x-forwarded-for": c } })).status).toBe(200);
    const phoneC = await strict.connect({ headers: { "x-forwarded-for": c } });
    expect((await send(phoneC, "participant:join", { code: session.joinCode })).ok).toBe(true);
    expect(await strict.database.prisma.participant.count({ where: { sessionId: session.id } })).toBe(1);
    await stillServing(strict);
  });

  it("limits new connections per address in the handshake", async () => {
    const ip = freshIp();
    const sockets: TestClient[] = [];
    for (let i = 0; i < STRICT.connectionsPerIp.points; i++) sockets.push(await strict.connect({ headers: { "x-forwarded-for": ip } }));
    await expect(strict.connect({ headers: { "x-forwarded-for": ip } })).rejects.toThrow();
    // the open ones keep working, and another address connects
    expect(await send(sockets[0], "participant:join", { code: "ZZZZZZ" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await stillServing(strict);
  });

  it("stops sign-in brute force: per account and address, per account, per address (429 RATE_LIMITED)", async () => {
    const victim = await signUpFrom(strict, freshIp());
    const x = freshIp();
    for (let i = 0; i < STRICT.passwordFailuresPerAccountAndIp.points; i++) {
      const wrong = await signIn(strict, victim.email, `wrong password ${i}`, x);
      expect(wrong.status).toBe(401);
    }
    // from X even the right password is refused now, with a clear message and Retry-After
    const locked = await signIn(strict, victim.email, PASSWORD, x);
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: "RATE_LIMITED" });
    expect(locked.body.message).toMatch(/Too many wrong passwords.*wait/);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.headers.getSetCookie()).toEqual([]);
    // …but the facilitator, elsewhere, is not locked out by it
    const y = freshIp();
    expect((await signIn(strict, victim.email, PASSWORD, y)).status).toBe(200);
    // guessing spread over addresses hits the per-account ceiling
    for (let i = 0; i < STRICT.passwordFailuresPerAccount.points - STRICT.passwordFailuresPerAccountAndIp.points; i++)
      expect((await signIn(strict, victim.email, `wrong ${i}`, freshIp())).status).toBe(401);
    const everywhere = await signIn(strict, victim.email, PASSWORD, freshIp());
    expect([everywhere.status, everywhere.body.code]).toEqual([429, "RATE_LIMITED"]);

    // one address spraying many accounts
    const sprayer = freshIp();
    for (let i = 0; i < STRICT.signInAttemptsPerIp.points; i++)
      expect((await signIn(strict, `nobody-${i}-${randomBytes(3).toString("hex")}@example.org`, "whatever password", sprayer)).status).toBe(401);
    expect((await signIn(strict, "nobody-else@example.org", "whatever password", sprayer)).status).toBe(429);

    // a successful sign-in clears the account-and-address count
    const other = await signUpFrom(strict, freshIp());
    const z = freshIp();
    for (let i = 0; i < 2; i++) expect((await signIn(strict, other.email, "nope nope nope", z)).status).toBe(401);
    expect((await signIn(strict, other.email, PASSWORD, z)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signIn(strict, other.email, "nope nope nope", z)).status).toBe(401);
    expect((await signIn(strict, other.email, PASSWORD, z)).status).toBe(200);

    // sign-ups per address
    const signer = freshIp();
    for (let i = 0; i < STRICT.signUpsPerIp.points; i++) await signUpFrom(strict, signer);
    const tooMany = await strict.fetchJson("/api/auth/sign-up/email", {
      method: "POST",
      json: { email: `late-${randomBytes(3).toString("hex")}@example.org`, password: PASSWORD, name: "x" },
      headers: { "x-forwarded-for": signer },
    });
    expect([tooMany.status, tooMany.body.code]).toEqual([429, "RATE_LIMITED"]);
    await stillServing(strict);
  });

  it("limits API requests per address", async () => {
    const ip = freshIp();
    for (let i = 0; i < STRICT.apiRequestsPerIp.points; i++) expect((await strict.fetchJson("/api/health", { headers: { "x-forwarded-for": ip } })).status).toBe(200);
    const refused = await strict.fetchJson("/api/health", { headers: { "x-forwarded-for": ip } });
    expect([refused.status, refused.body.error.code]).toEqual([429, "RATE_LIMITED"]);
    await stillServing(strict);
  });

  it("answers an event flood with RATE_LIMITED, then disconnects it; everyone else is served and at most the allowed events ran", async () => {
    const room = await busyRoom(hearth);
    const flooder = await hearth.connect();
    expect((await send(flooder, "participant:join", { code: room.session.joinCode })).ok).toBe(true); // event 1
    // one at a time: past the soft limit each event is answered RATE_LIMITED and not run
    for (let i = 2; i <= SOFT_EVENTS + 5; i++) {
      const ack = await sendAny(flooder, "pause:request", {});
      if (i <= SOFT_EVENTS) expect(ack.ok, `event ${i}`).toBe(true);
      else expect(ack, `event ${i}`).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringMatching(/Too many messages/) } });
    }
    expect((await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: room.session.id } })).pauseRequests).toBe(1 + SOFT_EVENTS - 1);
    // a burst: answered RATE_LIMITED until the disconnect threshold, then the connection is closed
    const acks: Ack<unknown>[] = [];
    const disconnected = new Promise<string>((resolve) => flooder.once("disconnect", resolve));
    for (let i = 0; i < 300; i++) (flooder as any).emit("pause:request", {}, (ack: Ack<unknown>) => acks.push(ack));
    expect(await disconnected).toBe("io server disconnect");
    const limited = acks.filter((a) => !a.ok && a.error.code === "RATE_LIMITED");
    expect(limited.length).toBeGreaterThanOrEqual(DISCONNECT_EVENTS - SOFT_EVENTS - 5);
    expect(acks.filter((a) => a.ok || a.error.code !== "RATE_LIMITED")).toEqual([]);
    // none of the burst ran
    await new Promise((r) => setTimeout(r, 300));
    expect((await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: room.session.id } })).pauseRequests).toBe(1 + SOFT_EVENTS - 1);
    // the room goes on
    expect((await send(room.phone, "answer:submit", { promptId: room.promptId, value: { text: "Still here" } })).ok).toBe(true);
    expect((await send(room.facilitator, "console:watch", { sessionId: room.session.id })).ok).toBe(true);
    await stillServing(hearth);
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
    expect(await send(room.phone, "moderation:set", { sessionId: room.session.id, promptId: room.promptId, responseIds: Array(6000).fill("x"), status: "approved" })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST" },
    });
    // over the transport's limit: that one connection is closed
    const big = await hearth.connect();
    const closed = new Promise((resolve) => big.once("disconnect", resolve));
    (big as any).emit("participant:join", { code: "x".repeat(100_000) });
    await closed;

    // HTTP: a body over the API's limit, and deep nesting in JSON
    const huge = await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.owner.cookie, body: JSON.stringify({ templateId: "x".repeat(MAX_API_BODY_BYTES) }), headers: { "content-type": "application/json" } });
    expect([huge.status, huge.body.error.code]).toEqual([413, "BAD_REQUEST"]);
    const nested = await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.owner.cookie, body: `{"templateId":${"[".repeat(5000)}${"]".repeat(5000)}}`, headers: { "content-type": "application/json" } });
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
      [room.facilitator, "moderation:set", poison(`{"sessionId":"${room.session.id}","promptId":"${room.promptId}","responseIds":["${room.responseId}"],"status":"hidden","constructor":{"prototype":{"polluted":"yes"}}}`)],
    ];
    for (const [client, event, payload] of attempts) {
      const ack = await sendAny(client, event, payload);
      expect(ack.ok, `${event} ${JSON.stringify(payload)}`).toBe(false);
      expect(["BAD_REQUEST", "INVALID_ANSWER"]).toContain(ack.error.code);
    }
    const http = [
      await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.owner.cookie, body: `{"templateId":"x","__proto__":{"polluted":"yes"}}`, headers: { "content-type": "application/json" } }),
      await hearth.fetchJson("/api/sessions", { method: "POST", cookie: room.owner.cookie, body: `{"templateId":"x","constructor":{"prototype":{"polluted":"yes"}}}`, headers: { "content-type": "application/json" } }),
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

  // -- accounts -------------------------------------------------------------

  it("changes a password with Better Auth's endpoint, signing out the other devices and their consoles", async () => {
    const account = await signUpFrom(hearth);
    const laptop = await signIn(hearth, account.email, PASSWORD);
    expect(laptop.status).toBe(200);
    const laptopCookie = setCookieOf(laptop.headers);
    const session = await hearth.createSession(laptopCookie);
    const laptopConsole = await hearth.connect({ cookie: laptopCookie });
    expect((await send(laptopConsole, "console:watch", { sessionId: session.id })).ok).toBe(true);

    const change = (json: unknown) => hearth.fetchJson("/api/auth/change-password", { method: "POST", cookie: account.cookie, json }) as Promise<{ status: number; body: any; headers: Headers }>;
    const wrong = await change({ currentPassword: "not my password", newPassword: "a brand new passphrase", revokeOtherSessions: true });
    expect([wrong.status, wrong.body.code]).toEqual([400, "INVALID_PASSWORD"]);
    expect((await change({ currentPassword: PASSWORD, newPassword: "short", revokeOtherSessions: true })).status).toBe(400);
    const changed = await change({ currentPassword: PASSWORD, newPassword: "a brand new passphrase", revokeOtherSessions: true });
    expect(changed.status).toBe(200);
    const newCookie = setCookieOf(changed.headers);
    expect(newCookie).toMatch(/session_token=/);

    expect((await hearth.fetchJson("/api/me", { cookie: newCookie })).status).toBe(200);
    expect((await hearth.fetchJson("/api/me", { cookie: laptopCookie })).status).toBe(401);
    expect((await hearth.fetchJson("/api/me", { cookie: account.cookie })).status).toBe(401);
    expect(await send(laptopConsole, "session:lock", { sessionId: session.id, locked: true })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect((await signIn(hearth, account.email, PASSWORD)).status).toBe(401);
    expect((await signIn(hearth, account.email, "a brand new passphrase")).status).toBe(200);
    expect((await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).locked).toBe(false);
  });

  it("counts a wrong current password in change-password as a wrong password for the account", async () => {
    const ip = freshIp();
    const account = await signUpFrom(strict, ip);
    const change = (currentPassword: string) =>
      strict.fetchJson("/api/auth/change-password", { method: "POST", cookie: account.cookie, json: { currentPassword, newPassword: "another long passphrase" }, headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < STRICT.passwordFailuresPerAccountAndIp.points; i++) expect((await change(`guess ${i}`)).status).toBe(400);
    const limited = await change(PASSWORD);
    expect([limited.status, limited.body.code]).toEqual([429, "RATE_LIMITED"]);
    expect((await signIn(strict, account.email, PASSWORD, freshIp())).status).toBe(200); // not changed
  });

  it("resets a forgotten password from the command line, with Better Auth's hashing, signing the account out everywhere", async () => {
    const account = await signUpFrom(hearth);
    const env = { ...process.env, DATABASE_URL: hearth.testDatabase.url, LOG_LEVEL: "silent" };
    const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
    const { stdout } = await run(tsx, ["scripts/reset-password.ts", account.email.toUpperCase(), "--generate"], { cwd: projectRoot, env });
    expect(stdout).toMatch(/has been reset/);
    expect(stdout).toMatch(/Signed out of 1 session/);
    const password = /New password: (\S+)/.exec(stdout)![1];
    expect(password).toMatch(/^([23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}-){3}[23456789ABCDEFGHJKMNPQRSTVWXYZ]{5}$/);
    expect((await hearth.fetchJson("/api/me", { cookie: account.cookie })).status).toBe(401);
    expect((await signIn(hearth, account.email, PASSWORD)).status).toBe(401);
    expect((await signIn(hearth, account.email, password)).status).toBe(200);
    const stored = await hearth.database.prisma.authAccount.findFirstOrThrow({ where: { userId: account.id, providerId: "credential" } });
    expect(stored.password).not.toContain(password);
    expect(stored.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // Better Auth's scrypt salt:key

    const missing = await run(tsx, ["scripts/reset-password.ts", "nobody@example.org", "--generate"], { cwd: projectRoot, env }).catch((e) => e);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No facilitator account/);
  });

  it("sets HttpOnly, SameSite=Lax session cookies (Secure and __Secure- behind HTTPS)", async () => {
    const response = await hearth.fetchJson("/api/auth/sign-up/email", { method: "POST", json: { email: `c-${randomBytes(3).toString("hex")}@example.org`, password: PASSWORD, name: "x" } });
    const cookies = ((response as any).headers as Headers).getSetCookie();
    const session = cookies.find((c) => c.includes("session_token"))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/i);

    const https = await startTestHearth({ provider, publicUrl: "https://hearth.example.org" });
    try {
      const secure = await https.fetchJson("/api/auth/sign-up/email", { method: "POST", json: { email: `s-${randomBytes(3).toString("hex")}@example.org`, password: PASSWORD, name: "x" } });
      expect(secure.status).toBe(200);
      const secureCookie = ((secure as any).headers as Headers).getSetCookie().find((c) => c.includes("session_token"))!;
      expect(secureCookie).toMatch(/^__Secure-/);
      expect(secureCookie).toMatch(/; Secure/i);
      expect(secureCookie).toMatch(/HttpOnly/i);
      expect(secureCookie).toMatch(/SameSite=Lax/i);
      const page = await fetch(`${https.url}/`);
      expect(page.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    } finally {
      await https.stop();
    }
  });

  // -- headers and rendering ----------------------------------------------------

  it("sends security headers on pages and on API responses", async () => {
    const page = await fetch(`${hearth.url}/some/page`);
    const csp = page.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toMatch(/connect-src 'self'[^;]* ws:\/\/127\.0\.0\.1:\d+/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("x-frame-options")).toBe("DENY");

    const owner = await signUpFrom(hearth);
    for (const [route, cookie] of [
      ["/api/health", undefined],
      ["/api/me", owner.cookie],
      ["/api/sessions", owner.cookie],
      ["/api/no-such-route", undefined],
    ] as const) {
      const response = await fetch(`${hearth.url}${route}`, { headers: cookie ? { cookie } : {} });
      expect(response.headers.get("x-content-type-options"), route).toBe("nosniff");
      expect(response.headers.get("cache-control"), route).toBe("no-store");
      expect(response.headers.get("content-security-policy"), route).toContain("default-src 'none'");
      expect(response.headers.get("referrer-policy"), route).toBe("no-referrer");
    }
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

describe("client addresses", () => {
  const req = (remoteAddress: string, forwarded?: string) => ({ socket: { remoteAddress }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as any;

  it("ignores X-Forwarded-For unless the peer is a trusted proxy, and then reads it from the right", () => {
    const direct = createClientIpResolver();
    expect(direct(req("203.0.113.9", "1.2.3.4"))).toBe("203.0.113.9");
    expect(direct(req("::ffff:127.0.0.1", "1.2.3.4"))).toBe("127.0.0.1");
    const proxied = createClientIpResolver(["loopback", "10.0.0.0/8"]);
    expect(proxied(req("203.0.113.9", "1.2.3.4"))).toBe("203.0.113.9"); // not our proxy: header ignored
    expect(proxied(req("127.0.0.1", "1.2.3.4"))).toBe("1.2.3.4");
    expect(proxied(req("127.0.0.1", "6.6.6.6, 1.2.3.4"))).toBe("1.2.3.4"); // the client wrote 6.6.6.6 itself
    expect(proxied(req("127.0.0.1", "1.2.3.4, 10.1.2.3"))).toBe("1.2.3.4"); // two proxies
    expect(proxied(req("127.0.0.1", "not-an-ip"))).toBe("127.0.0.1");
    expect(proxied(req("127.0.0.1"))).toBe("127.0.0.1");
    expect(() => createClientIpResolver(["somewhere"])).toThrow(/TRUST_PROXY/);
  });

  it("counts IPv6 clients by their /64", () => {
    expect(rateLimitKeyForIp("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyForIp("2001:db8:1:2::99")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyForIp("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKeyForIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(rateLimitKeyForIp("192.0.2.1")).toBe("192.0.2.1");
  });
});

// Several Hearth processes share their counts through Redis (REDIS_URL).
const redisUrl = process.env.TEST_REDIS_URL ?? "";
const redisUp = redisUrl
  ? await (async () => {
      const client = createClient({ url: redisUrl, socket: { connectTimeout: 2000, reconnectStrategy: false } });
      client.on("error", () => {});
      try {
        await client.connect();
        await client.close();
        return true;
      } catch {
        return false;
      }
    })()
  : false;
if (!redisUp) {
  if (process.env.HEARTH_REQUIRE_ALL_SUITES) throw new Error(`Redis rate-limit suite cannot run (CI requires it): TEST_REDIS_URL ${redisUrl ? "does not answer" : "is not set"}`);
  console.warn("\n⚠️  SKIPPING the Redis rate-limit test: set TEST_REDIS_URL=redis://127.0.0.1:6379\n");
}

describe.skipIf(!redisUp)("rate limits shared through Redis", () => {
  it("counts wrong join codes from one address across two processes", async () => {
    const limits = { joinCodeMissesPerIp: { points: 4, duration: 600 } };
    const [one, two] = await Promise.all([
      startTestHearth({ redisUrl, trustProxy: ["loopback"], rateLimits: limits }),
      startTestHearth({ redisUrl, trustProxy: ["loopback"], rateLimits: limits }),
    ]);
    try {
      const ip = `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
      for (const h of [one, two, one, two]) expect((await h.fetchJson("/api/join/ZZZZZZ", { headers: { "x-forwarded-for": ip } })).status).toBe(404);
      for (const h of [one, two]) expect((await h.fetchJson("/api/join/ZZZZZZ", { headers: { "x-forwarded-for": ip } })).status).toBe(429);
      // the same /64, another address in it: the same budget
      expect((await two.fetchJson("/api/join/ZZZZZZ", { headers: { "x-forwarded-for": ip.replace(/::1$/, "::2") } })).status).toBe(429);
      // no address is stored in Redis: keys are keyed hashes
      const client = createClient({ url: redisUrl });
      await client.connect();
      const keys = await client.keys("hearth:rl:*");
      await client.close();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(" ")).not.toMatch(/2001|db8|127\.0\.0\.1/);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
