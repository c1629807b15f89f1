// Co-facilitators: one-time invitation links (expiry, single use, wrong
// account, tampered token, only a hash stored), what a co-facilitator may and
// may not do, two consoles in step, revocation cutting an open console within
// seconds, and the audit trail (facilitators only; deleted with the session).
//
// The full command × role table is tests/integration/authorisation-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { joinAs, waitUntil, watchConsole } from "../helpers/hearth-client";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { readAuditFacts } from "../../lib/audit-detail";

describe.each(await providersUnderTest())("co-facilitation on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  async function invite(cookie: string, sessionId: string, json: unknown = {}) {
    const res = await hearth.fetchJson(`/api/sessions/${sessionId}/invitations`, { method: "POST", cookie, json });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const url = res.body.invitation.url as string;
    return { url, token: url.split("/invite/")[1]!, id: res.body.invitation.id as string };
  }
  const accept = (cookie: string, token: string) => hearth.fetchJson(`/api/invitations/${token}/accept`, { method: "POST", cookie });

  async function pair() {
    const owner = await hearth.signUp();
    const co = await hearth.signUp();
    const session = await hearth.createSession(owner.cookie);
    const { token } = await invite(owner.cookie, session.id);
    const accepted = await accept(co.cookie, token);
    expect([accepted.status, accepted.body]).toEqual([200, { sessionId: session.id }]);
    return { owner, co, session };
  }

  it("invitation links work once, expire, belong to the named account, and are stored only as a hash", async () => {
    const owner = await hearth.signUp();
    const session = await hearth.createSession(owner.cookie);
    const link = await invite(owner.cookie, session.id);
    expect(link.url).toMatch(new RegExp(`^${hearth.publicUrl}/invite/[A-Za-z0-9_-]{43}$`));
    // only the hash is in the database: the raw token is in no column of the table
    const rows = JSON.stringify(await hearth.database.prisma.invitation.findMany());
    expect(rows).not.toContain(link.token);

    // anyone holding the link can see what it is for
    const described = await hearth.fetchJson(`/api/invitations/${link.token}`);
    expect(described.status).toBe(200);
    expect(described.body.invitation).toMatchObject({ kind: "co-facilitator", sessionTitle: "Asking for help" });

    // tampered: one character changed, or cut short
    const flipped = link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A");
    const a = await hearth.signUp();
    for (const bad of [flipped, link.token.slice(0, 20), `${link.token}x`]) {
      expect((await accept(a.cookie, bad)).status, bad).toBe(404);
      expect((await hearth.fetchJson(`/api/invitations/${bad}`)).status).toBe(404);
    }
    // signed out: sign in first
    expect((await accept("", link.token)).status).toBe(401);

    // single use: the first accepts, the second is refused
    expect((await accept(a.cookie, link.token)).status).toBe(200);
    const b = await hearth.signUp();
    const second = await accept(b.cookie, link.token);
    expect([second.status, second.body.error.code, second.body.error.reason]).toEqual([403, "FORBIDDEN", "INVITATION_USED"]);
    expect(second.body.error.message).toMatch(/already been used/);
    expect(await hearth.database.prisma.sessionFacilitator.count({ where: { sessionId: session.id } })).toBe(1);

    // expired
    const late = await invite(owner.cookie, session.id);
    await hearth.database.prisma.invitation.update({ where: { id: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await accept(b.cookie, late.token);
    expect([expired.status, expired.body.error.reason, expired.body.error.message]).toEqual([403, "INVITATION_EXPIRED", expect.stringMatching(/expired/)]);

    // for one e-mail address only: the wrong account is refused and the link stays usable
    const named = await invite(owner.cookie, session.id, { email: b.email.toUpperCase() });
    const wrong = await accept(a.cookie, named.token);
    expect([wrong.status, wrong.body.error.reason, wrong.body.error.message]).toEqual([403, "INVITATION_OTHER_ACCOUNT", expect.stringMatching(/another account/)]);
    expect((await accept(b.cookie, named.token)).status).toBe(200);

    // two people racing for one link: exactly one gets in
    const raced = await invite(owner.cookie, session.id);
    const [c, d] = await Promise.all([hearth.signUp(), hearth.signUp()]);
    const results = await Promise.all([accept(c.cookie, raced.token), accept(d.cookie, raced.token)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
  });

  it("a co-facilitator runs the session live with the owner, both consoles in step; owner-only actions are refused", async () => {
    const { owner, co, session } = await pair();
    const ownerConsole = await hearth.connect({ cookie: owner.cookie });
    const coConsole = await hearth.connect({ cookie: co.cookie });
    const state = await watchConsole(ownerConsole, session.id);
    await watchConsole(coConsole, session.id);

    // the co-facilitator steps; the owner's console follows (and the other way round)
    const step = state.steps.find((s) => s.promptKind === "open_text")!;
    const ownerSees = nextEvent<ConsoleState>(ownerConsole, "console:updated", (s) => s.step?.index === step.index);
    expect((await send(coConsole, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const promptId = (await ownerSees).step!.prompt!.id;
    const coSees = nextEvent<ConsoleState>(coConsole, "console:updated", (s) => s.step?.prompt?.state === "open");
    expect((await send(ownerConsole, "prompt:open", { sessionId: session.id, promptId })).ok).toBe(true);
    await coSees;

    // a phone answers and asks for a pause: the co-facilitator sees both
    const phone = await hearth.connect();
    await joinAs(phone, session.joinCode);
    const paused = nextEvent<ConsoleState>(coConsole, "console:updated", (s) => s.pauseRequests === 1);
    expect((await send(phone, "pause:request", {})).ok).toBe(true);
    await paused;
    expect((await send(phone, "answer:submit", { promptId, value: { text: "It helps to be asked" } })).ok).toBe(true);
    const response = await hearth.database.prisma.response.findFirstOrThrow({ where: { promptId } });
    expect((await send(coConsole, "moderation:set", { sessionId: session.id, promptId, responseIds: [response.id], status: "approved" })).ok).toBe(true);
    expect((await send(coConsole, "session:end", { sessionId: session.id })).ok).toBe(true);

    // reads the summary and exports; the dashboard lists the session with its role
    expect((await hearth.fetchJson(`/api/sessions/${session.id}/summary`, { cookie: co.cookie })).status).toBe(200);
    expect((await hearth.fetchJson(`/api/sessions/${session.id}/export?format=md`, { cookie: co.cookie })).status).toBe(200);
    const listed = await hearth.fetchJson("/api/sessions", { cookie: co.cookie });
    expect(listed.body.sessions).toEqual([expect.objectContaining({ id: session.id, role: "co-facilitator", ownerName: "Test Facilitator" })]);
    const people = await hearth.fetchJson(`/api/sessions/${session.id}/facilitators`, { cookie: co.cookie });
    expect(people.body).toMatchObject({ role: "co-facilitator", owner: { id: owner.id }, coFacilitators: [{ id: co.id }], invitations: [] });

    // owner-only: delete data, invite or remove, audit trail — 403, and nothing changed
    for (const [method, path] of [
      ["DELETE", `/api/sessions/${session.id}/responses`],
      ["DELETE", `/api/sessions/${session.id}`],
      ["POST", `/api/sessions/${session.id}/invitations`],
      ["DELETE", `/api/sessions/${session.id}/facilitators/${co.id}`],
      ["GET", `/api/sessions/${session.id}/audit`],
    ] as const) {
      const res = await hearth.fetchJson(path, { method, cookie: co.cookie });
      expect([res.status, res.body?.error?.code], `${method} ${path}`).toEqual([403, "FORBIDDEN"]);
    }
    expect(await hearth.database.prisma.response.count({ where: { sessionId: session.id } })).toBe(1);
    expect(await hearth.database.prisma.sessionFacilitator.count({ where: { sessionId: session.id } })).toBe(1);

    // the audit trail: who did what, facilitators only, in order
    const audit = await hearth.fetchJson(`/api/sessions/${session.id}/audit`, { cookie: owner.cookie });
    expect(audit.status).toBe(200);
    const lines = audit.body.entries.map((e: { action: string; actorId: string }) => [e.action, e.actorId === owner.id ? "owner" : e.actorId === co.id ? "co" : "?"]);
    expect(lines).toEqual([
      ["co-facilitator:invite", "owner"],
      ["co-facilitator:join", "co"],
      ["session:start", "co"],
      ["moderation:set", "co"],
      ["session:end", "co"],
      ["export", "co"],
    ]);
    // details are facts each page says in its own language (lib/audit-detail.ts), not English sentences
    const details = audit.body.entries.map((e: { detail: string }) => readAuditFacts(e.detail) ?? e.detail);
    expect(details).toEqual([{ invited: { email: null } }, "", "", { moderated: { status: "approved", count: 1, question: expect.any(String) } }, "", "md"]);
    // never a participant's words or identity
    expect(JSON.stringify(audit.body)).not.toContain("It helps to be asked");

    // the owner deletes the session: the audit trail and the co-facilitators go with it
    expect((await hearth.fetchJson(`/api/sessions/${session.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    expect(await hearth.database.prisma.auditEntry.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await hearth.database.prisma.sessionFacilitator.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await hearth.database.prisma.invitation.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("removing a co-facilitator cuts their open console at once; their commands are refused and change nothing", async () => {
    const { owner, co, session } = await pair();
    const ownerConsole = await hearth.connect({ cookie: owner.cookie });
    const coConsole = await hearth.connect({ cookie: co.cookie });
    await watchConsole(ownerConsole, session.id);
    await watchConsole(coConsole, session.id);
    const coUpdates: unknown[] = [];
    const revoked = nextEvent<{ sessionId: string }>(coConsole, "access:revoked");

    const started = Date.now();
    const removed = await hearth.fetchJson(`/api/sessions/${session.id}/facilitators/${co.id}`, { method: "DELETE", cookie: owner.cookie });
    expect([removed.status, removed.body]).toEqual([200, { removed: true }]);
    expect((await revoked).sessionId).toBe(session.id);
    const tookMs = Date.now() - started;
    expect(tookMs).toBeLessThan(5000);
    console.info(`[${provider}] removal reached the open console in ${tookMs} ms`);

    coConsole.on("console:updated", (s) => coUpdates.push(s));
    const before = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    for (const [event, payload] of [
      ["session:start", { sessionId: session.id }],
      ["session:lock", { sessionId: session.id, locked: true }],
      ["console:watch", { sessionId: session.id }],
    ] as const) {
      expect(await send(coConsole, event, payload), event).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    }
    expect(await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).toEqual(before);
    // the owner goes on; the removed console hears nothing more
    expect((await send(ownerConsole, "session:start", { sessionId: session.id })).ok).toBe(true);
    await waitUntil(
      "the owner's change to be stored",
      async () => (await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).status === "running",
      2000,
    );
    await new Promise((r) => setTimeout(r, 400));
    expect(coUpdates).toEqual([]);
    expect((await hearth.fetchJson(`/api/sessions/${session.id}/summary`, { cookie: co.cookie })).status).toBe(404);
  });
});
