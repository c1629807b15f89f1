// The walking skeleton through the real stack: a real server on port 0, a
// throwaway database (SQLite always; PostgreSQL when TEST_DATABASE_URL_PG
// answers), real Socket.IO clients.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

describe.each(await providersUnderTest())("foundation on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("answers the health check after asking the database", async () => {
    const { status, body } = await hearth.fetchJson("/api/health");
    expect(status).toBe(200);
    expect(body).toEqual({ status: "ok", database: provider, redis: "not configured" });
  });

  it("offers to create the first account, then signs a facilitator up and in", async () => {
    // other tests in this file may have signed up already; this one checks the flag flips
    const before = await hearth.fetchJson("/api/setup");
    expect(typeof before.body.hasFacilitators).toBe("boolean");
    const { cookie, email } = await hearth.signUp();
    expect((await hearth.fetchJson("/api/setup")).body.hasFacilitators).toBe(true);
    const me = await hearth.fetchJson("/api/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.body.facilitator.email).toBe(email);
    const anonymous = await hearth.fetchJson("/api/me");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("seeds the built-in template and snapshots it into a session", async () => {
    const { cookie } = await hearth.signUp();
    const { body } = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    expect(builtIn.title).toMatch(/help/i);
    const session = await hearth.createSession(cookie, builtIn.id);
    expect(session.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    const steps = await hearth.database.prisma.sessionStep.count({ where: { sessionId: session.id } });
    expect(steps).toBeGreaterThan(5);
  });

  it("runs the core loop: a participant joins by code and follows the facilitator's step", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<any>(facilitator, "console:watch", { sessionId: session.id });
    expect(watched.ok).toBe(true);

    const phone = await hearth.connect();
    const counted = nextEvent(facilitator, "participants:counted");
    const joined = await send<any>(phone, "participant:join", { code: session.joinCode.toLowerCase() });
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(joined.data.participantToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(joined.data.state.status).toBe("lobby");
    expect((await counted).count).toBe(1);

    const followed = nextEvent<any>(phone, "room:updated", (s) => s.step?.index === 1);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 1 })).ok).toBe(true);
    const state = await followed;
    expect(state.status).toBe("running");
    expect(state.step.title.length).toBeGreaterThan(0);
    const stored = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.currentStepIndex).toBe(1);
    // the token is stored only as a hash
    const participant = await hearth.database.prisma.participant.findFirstOrThrow({ where: { sessionId: session.id } });
    expect(participant.tokenHash).not.toContain(joined.data.participantToken);
    expect(participant.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses facilitator commands from participants and from other facilitators, changing nothing", async () => {
    const owner = await hearth.signUp();
    const other = await hearth.signUp();
    const session = await hearth.createSession(owner.cookie);
    const phone = await hearth.connect();
    await send(phone, "participant:join", { code: session.joinCode });

    const fromPhone = await send<any>(phone, "step:goto", { sessionId: session.id, index: 2 });
    expect(fromPhone).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    const anonymous = await hearth.connect();
    expect(await send<any>(anonymous, "session:end", { sessionId: session.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });

    const intruder = await hearth.connect({ cookie: other.cookie });
    for (const [event, payload] of [
      ["console:watch", { sessionId: session.id }],
      ["step:goto", { sessionId: session.id, index: 2 }],
      ["session:end", { sessionId: session.id }],
      ["session:lock", { sessionId: session.id, locked: true }],
    ] as const) {
      const response = await send<any>(intruder, event, payload);
      expect(response, event).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    const stored = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored).toMatchObject({ status: "lobby", currentStepIndex: 0, locked: false });
    const api = await hearth.fetchJson(`/api/sessions/${session.id}`, { cookie: other.cookie });
    expect(api.status).toBe(404);
  });

  it("answers malformed and unknown events with errors and keeps serving", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const client = await hearth.connect({ cookie });
    expect(await send<any>(client, "no:such-event", { x: 1 })).toMatchObject({ ok: false, error: { code: "UNKNOWN_EVENT" } });
    for (const payload of [
      undefined,
      null,
      42,
      "text",
      [],
      { sessionId: session.id, index: "two" },
      { sessionId: session.id, index: -1 },
      { sessionId: session.id, index: 1, extra: true },
    ]) {
      const response = await send<any>(client, "step:goto", payload);
      expect(response, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
      expect(response.ok === false && response.error.message.length).toBeGreaterThan(10);
    }
    // events without an acknowledgement do not crash anything
    (client as any).emit("step:goto", { nonsense: true });
    (client as any).emit("totally:unknown");

    // an oversized payload is refused by the transport: that one connection closes
    const big = await hearth.connect();
    const closed = new Promise((resolve) => big.once("disconnect", resolve));
    (big as any).emit("participant:join", { code: "x".repeat(200_000) });
    await closed;

    // …and the server keeps serving everyone else
    expect((await send<any>(client, "console:watch", { sessionId: session.id })).ok).toBe(true);
    const fresh = await hearth.connect();
    expect((await send<any>(fresh, "participant:join", { code: session.joinCode })).ok).toBe(true);
    expect((await hearth.fetchJson("/api/health")).status).toBe(200);
  });

  it("refuses a socket handshake from a foreign origin", async () => {
    await expect(hearth.connect({ origin: "https://evil.example" })).rejects.toThrow();
  });
});
