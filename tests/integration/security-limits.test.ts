// The security suite, abuse resistance: join-code enumeration, connections, sign-in brute force, API requests and event floods, also shared through Redis. A real server on port 0 (SQLite always,
// PostgreSQL when TEST_DATABASE_URL_PG answers) and real clients trying what
// an attacker would: every attempt gets a clear error, changes nothing in the
// database, and leaves the server serving everyone else. The two servers and
// the shared checks: tests/helpers/security.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createClient } from "redis";
import type { Ack } from "../../lib/events";
import { generateJoinCode, JOIN_CODE_SPACE } from "../../lib/join-code";
import { DEFAULT_RATE_LIMITS, joinCodeGuessingCost } from "../../server/security";
import { providersUnderTest } from "../helpers/database";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import {
  busyRoom,
  DISCONNECT_EVENTS,
  freshIp,
  PASSWORD,
  sendAny,
  signIn,
  signUpFrom,
  snapshot,
  SOFT_EVENTS,
  startSecurityHearths,
  stillServing,
  STRICT,
} from "../helpers/security";

describe.each(await providersUnderTest())("security (limits) on %s", (provider) => {
  let hearth: TestHearth;
  let strict: TestHearth;
  beforeAll(async () => {
    ({ hearth, strict } = await startSecurityHearths(provider));
  });
  afterAll(async () => {
    await Promise.all([hearth?.stop(), strict?.stop()]);
  });

  // -- abuse resistance -------------------------------------------------------

  it("stops join-code enumeration per address (HTTP look-ups and socket joins share one budget); other addresses still join", async () => {
    const cost = (n: number) => joinCodeGuessingCost(n);
    console.log(
      [
        `join codes: ${JOIN_CODE_SPACE.toLocaleString("en")} possible; default limit ${DEFAULT_RATE_LIMITS.joinCodeMissesPerIp.points} wrong codes per ${DEFAULT_RATE_LIMITS.joinCodeMissesPerIp.duration / 60} min per address`,
        ...[1, 100, 1000].map(
          (n) =>
            `  ${n} live session(s): ~${Math.round(cost(n).expectedAttempts).toLocaleString("en")} guesses expected ≈ ${cost(n).days.toFixed(0)} days (${cost(n).years.toFixed(1)} years) per address`,
        ),
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
    // the same wait in the body, for the sign-in page to say in the reader's language
    expect(locked.body.retryAfterSeconds).toBe(Number(locked.headers.get("retry-after")));
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
});

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
