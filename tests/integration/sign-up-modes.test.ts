// Who may create an account (HEARTH_SIGNUP, server/services/sign-up-policy.ts),
// the first account of a fresh install becoming the administrator, and what
// the administrator does: invite, disable, reset a password.
import { afterEach, describe, expect, it } from "vitest";
import { INVITATION_HEADER } from "../../server/services/sign-up-policy";
import { waitUntil, watchConsole } from "../helpers/hearth-client";
import { send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

const PASSWORD = "correct horse battery";

describe("sign-up modes and the administrator", () => {
  let hearth: TestHearth | undefined;
  afterEach(async () => {
    await hearth?.stop();
    hearth = undefined;
  });

  const signUp = (h: TestHearth, email: string, invitation?: string) =>
    h.fetchJson("/api/auth/sign-up/email", {
      method: "POST",
      json: { email, password: PASSWORD, name: email.split("@")[0] },
      headers: invitation ? { [INVITATION_HEADER]: invitation } : {},
    });
  const cookieOf = (res: { headers?: Headers }) =>
    (res.headers as Headers)
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
  const signIn = (h: TestHearth, email: string, password = PASSWORD) => h.fetchJson("/api/auth/sign-in/email", { method: "POST", json: { email, password } });

  it("invite (the default): the first account on a fresh install is created and is the administrator; then only invited people get in, once each", async () => {
    hearth = await startTestHearth({ signUpMode: "invite" });
    expect((await hearth.fetchJson("/api/setup")).body).toEqual({ hasFacilitators: false, signUp: "first-account" });
    const first = await signUp(hearth, "admin@example.org");
    expect(first.status).toBe(200);
    const admin = cookieOf(first as never);
    expect((await hearth.fetchJson("/api/me", { cookie: admin })).body.facilitator.role).toBe("admin");
    expect((await hearth.fetchJson("/api/setup")).body).toEqual({ hasFacilitators: true, signUp: "invite" });

    const uninvited = await signUp(hearth, "stranger@example.org");
    expect([uninvited.status, uninvited.body.code, uninvited.body.reason]).toEqual([403, "FORBIDDEN", "INVITATION_REQUIRED"]);
    expect(await hearth.database.prisma.facilitator.count()).toBe(1);

    const made = await hearth.fetchJson("/api/admin/invitations", { method: "POST", cookie: admin, json: {} });
    expect(made.status).toBe(201);
    const token = (made.body.invitation.url as string).split("/invite/")[1]!;
    expect((await hearth.fetchJson(`/api/invitations/${token}`)).body.invitation.kind).toBe("account");
    expect((await signUp(hearth, "wrong@example.org", token.slice(0, -2) + "xx")).body.reason).toBe("INVITATION_REQUIRED"); // tampered (403)
    const invited = await signUp(hearth, "invited@example.org", token);
    expect(invited.status).toBe(200);
    expect((await hearth.fetchJson("/api/me", { cookie: cookieOf(invited as never) })).body.facilitator.role).toBe("facilitator");
    expect((await signUp(hearth, "again@example.org", token)).body.reason).toBe("INVITATION_USED"); // single use (403)
    const used = await hearth.database.prisma.invitation.findFirstOrThrow({ where: { kind: "account" } });
    expect(used.usedById).toBe(invited.body.user.id);

    // an expired account link
    const late = await hearth.fetchJson("/api/admin/invitations", { method: "POST", cookie: admin, json: { email: "late@example.org" } });
    const lateToken = (late.body.invitation.url as string).split("/invite/")[1]!;
    expect((await signUp(hearth, "other@example.org", lateToken)).body.reason).toBe("INVITATION_OTHER_EMAIL"); // for another address (403)
    await hearth.database.prisma.invitation.updateMany({ where: { email: "late@example.org" }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect((await signUp(hearth, "late@example.org", lateToken)).status).toBe(403);
    expect(await hearth.database.prisma.facilitator.count()).toBe(2);
  });

  it("closed: after the first account nobody signs up, through the API either", async () => {
    hearth = await startTestHearth({ signUpMode: "closed" });
    expect((await signUp(hearth, "admin@example.org")).status).toBe(200);
    expect((await hearth.fetchJson("/api/setup")).body.signUp).toBe("closed");
    const admin = cookieOf((await signIn(hearth, "admin@example.org")) as never);
    const link = await hearth.fetchJson("/api/admin/invitations", { method: "POST", cookie: admin, json: {} });
    const token = (link.body.invitation.url as string).split("/invite/")[1]!;
    for (const invitation of [undefined, token]) {
      const refused = await signUp(hearth, `x${invitation ? 1 : 2}@example.org`, invitation);
      expect([refused.status, refused.body.reason, refused.body.message]).toEqual([403, "SIGN_UP_CLOSED", expect.stringMatching(/not taking new accounts/)]);
    }
    expect(await hearth.database.prisma.facilitator.count()).toBe(1);
  });

  it("open: anyone signs up; only the first account is the administrator", async () => {
    hearth = await startTestHearth({ signUpMode: "open" });
    expect((await signUp(hearth, "a@example.org")).status).toBe(200);
    const b = await signUp(hearth, "b@example.org");
    expect(b.status).toBe(200);
    expect((await hearth.fetchJson("/api/me", { cookie: cookieOf(b as never) })).body.facilitator.role).toBe("facilitator");
    // b is no administrator: every admin route refuses
    for (const [method, path] of [
      ["GET", "/api/admin/facilitators"],
      ["POST", "/api/admin/invitations"],
      ["PATCH", `/api/admin/facilitators/${b.body.user.id}`],
      ["POST", `/api/admin/facilitators/${b.body.user.id}/password`],
    ] as const) {
      const res = await hearth.fetchJson(path, { method, cookie: cookieOf(b as never), ...(method === "GET" ? {} : { json: method === "PATCH" ? { disabled: true } : {} }) });
      expect([res.status, res.body.error?.code], `${method} ${path}`).toEqual([403, "FORBIDDEN"]);
    }
    expect((await hearth.database.prisma.facilitator.findMany({ where: { role: "admin" } })).map((f) => f.email)).toEqual(["a@example.org"]);
  });

  it("the administrator disables an account (signed out at once, cannot sign in; its session keeps running for its co-facilitator) and resets a password", async () => {
    hearth = await startTestHearth({ signUpMode: "open" });
    const admin = cookieOf((await signUp(hearth, "admin@example.org")) as never);
    const ownerRes = await signUp(hearth, "owner@example.org");
    const owner = { cookie: cookieOf(ownerRes as never), id: ownerRes.body.user.id as string };
    const co = await hearth.signUp();
    const session = await hearth.createSession(owner.cookie);
    const link = await hearth.fetchJson(`/api/sessions/${session.id}/invitations`, { method: "POST", cookie: owner.cookie, json: {} });
    const token = (link.body.invitation.url as string).split("/invite/")[1]!;
    expect((await hearth.fetchJson(`/api/invitations/${token}/accept`, { method: "POST", cookie: co.cookie })).status).toBe(200);
    const ownerConsole = await hearth.connect({ cookie: owner.cookie });
    const coConsole = await hearth.connect({ cookie: co.cookie });
    await watchConsole(ownerConsole, session.id);
    await watchConsole(coConsole, session.id);

    const list = await hearth.fetchJson("/api/admin/facilitators", { cookie: admin });
    expect(list.body.facilitators.map((f: { email: string; role: string }) => [f.email, f.role])).toEqual([
      ["admin@example.org", "admin"],
      ["owner@example.org", "facilitator"],
      [co.email, "facilitator"],
    ]);
    const disabled = await hearth.fetchJson(`/api/admin/facilitators/${owner.id}`, { method: "PATCH", cookie: admin, json: { disabled: true } });
    expect([disabled.status, disabled.body.facilitator.disabled]).toEqual([200, true]);
    await waitUntil("the disabled owner's console to be disconnected", () => !ownerConsole.connected, 5000);
    expect((await hearth.fetchJson("/api/me", { cookie: owner.cookie })).status).toBe(401);
    const refused = await signIn(hearth, "owner@example.org");
    expect([refused.status, refused.body.reason, refused.body.message]).toEqual([403, "ACCOUNT_DISABLED", expect.stringMatching(/disabled/)]);
    // the session goes on with its co-facilitator
    expect((await send(coConsole, "session:start", { sessionId: session.id })).ok).toBe(true);
    // nor can the administrator lock themself out
    const self = await hearth.fetchJson(`/api/admin/facilitators/${list.body.facilitators[0].id}`, { method: "PATCH", cookie: admin, json: { disabled: true } });
    expect(self.status).toBe(400);

    // enabled again, then a password reset: a generated password, the old one stops working
    expect((await hearth.fetchJson(`/api/admin/facilitators/${owner.id}`, { method: "PATCH", cookie: admin, json: { disabled: false } })).status).toBe(200);
    expect((await signIn(hearth, "owner@example.org")).status).toBe(200);
    const reset = await hearth.fetchJson(`/api/admin/facilitators/${owner.id}/password`, { method: "POST", cookie: admin });
    expect(reset.status).toBe(200);
    expect(reset.body.password).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$/);
    expect(reset.body.signedOut).toBe(1);
    expect((await signIn(hearth, "owner@example.org")).status).toBe(401);
    expect((await signIn(hearth, "owner@example.org", reset.body.password)).status).toBe(200);
  });
});
