// The security suite, accounts, cookies, headers and client addresses: password changes and resets, cookie flags, security headers, X-Forwarded-For. A real server on port 0 (SQLite always,
// PostgreSQL when TEST_DATABASE_URL_PG answers) and real clients trying what
// an attacker would: every attempt gets a clear error, changes nothing in the
// database, and leaves the server serving everyone else. The two servers and
// the shared checks: tests/helpers/security.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { projectRoot } from "../../server/app";
import { createClientIpResolver, rateLimitKeyForIp } from "../../server/security/client-ip";
import { providersUnderTest } from "../helpers/database";
import { send, startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { freshIp, PASSWORD, run, setCookieOf, signIn, signUpFrom, startSecurityHearths, STRICT } from "../helpers/security";

describe.each(await providersUnderTest())("security (accounts) on %s", (provider) => {
  let hearth: TestHearth;
  let strict: TestHearth;
  beforeAll(async () => {
    ({ hearth, strict } = await startSecurityHearths(provider));
  });
  afterAll(async () => {
    await Promise.all([hearth?.stop(), strict?.stop()]);
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

    const change = (json: unknown) =>
      hearth.fetchJson("/api/auth/change-password", { method: "POST", cookie: account.cookie, json }) as Promise<{ status: number; body: any; headers: Headers }>;
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
      strict.fetchJson("/api/auth/change-password", {
        method: "POST",
        cookie: account.cookie,
        json: { currentPassword, newPassword: "another long passphrase" },
        headers: { "x-forwarded-for": ip },
      });
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
    const response = await hearth.fetchJson("/api/auth/sign-up/email", {
      method: "POST",
      json: { email: `c-${randomBytes(3).toString("hex")}@example.org`, password: PASSWORD, name: "x" },
    });
    const cookies = ((response as any).headers as Headers).getSetCookie();
    const session = cookies.find((c) => c.includes("session_token"))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/i);

    const https = await startTestHearth({ provider, publicUrl: "https://hearth.example.org" });
    try {
      const secure = await https.fetchJson("/api/auth/sign-up/email", {
        method: "POST",
        json: { email: `s-${randomBytes(3).toString("hex")}@example.org`, password: PASSWORD, name: "x" },
      });
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
