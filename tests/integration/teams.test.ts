// Teams: creating one, invitation links (expiry, single use, wrong account,
// tampered token, only a hash stored), switching between teams, templates
// shared with a team (members run and duplicate, admins edit, personal ones
// stay personal), sessions run for the team listed for its admins with their
// audit trail (facilitators only; deleted with the session), and the owner
// choosing a team member as co-facilitator.
//
// The full route × role table is tests/integration/authorisation-matrix.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providersUnderTest } from "../helpers/database";
import { joinAs, watchConsole } from "../helpers/hearth-client";
import { send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

describe.each(await providersUnderTest())("teams on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const api = (cookie: string, path: string, method = "GET", json?: unknown) => hearth.fetchJson(path, { method, cookie, json });

  async function newTeam(cookie: string, name = "Thursday circle") {
    const res = await api(cookie, "/api/teams", "POST", { name });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.team as { id: string; name: string; role: string };
  }
  async function invite(cookie: string, teamId: string, email: string, role: "admin" | "member" = "member") {
    const res = await api(cookie, `/api/teams/${teamId}/invitations`, "POST", { email, role });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const url = res.body.invitation.url as string;
    return { url, token: url.split("/team-invite/")[1]!, id: res.body.invitation.id as string };
  }
  const accept = (cookie: string, token: string) => api(cookie, `/api/team-invitations/${token}/accept`, "POST");

  /** An owner, an admin and a member in one team. */
  async function team() {
    const [owner, admin, member] = [await hearth.signUp(), await hearth.signUp(), await hearth.signUp()];
    const t = await newTeam(owner.cookie);
    expect((await accept(admin.cookie, (await invite(owner.cookie, t.id, admin.email, "admin")).token)).status).toBe(200);
    expect((await accept(member.cookie, (await invite(owner.cookie, t.id, member.email)).token)).status).toBe(200);
    return { owner, admin, member, team: t };
  }

  it("creates a team owned by its creator, which becomes their current team", async () => {
    const owner = await hearth.signUp();
    expect((await api(owner.cookie, "/api/teams")).body).toEqual({ teams: [], currentTeamId: null });
    const t = await newTeam(owner.cookie, "  Peer   support  ");
    expect(t).toMatchObject({ name: "Peer support", role: "owner" });
    expect((await api(owner.cookie, "/api/teams")).body).toEqual({ teams: [{ id: t.id, name: "Peer support", role: "owner" }], currentTeamId: t.id });
    for (const name of ["", "   ", "x".repeat(81)]) {
      const bad = await api(owner.cookie, "/api/teams", "POST", { name });
      expect([bad.status, bad.body.error.code], name).toEqual([400, "BAD_REQUEST"]);
    }
    expect((await api(owner.cookie, "/api/teams", "POST", { nom: "x" })).status).toBe(400);
    expect(await hearth.database.prisma.team.count({ where: { members: { some: { facilitatorId: owner.id } } } })).toBe(1);
  });

  it("invitation links work once, expire, belong to the invited account, and are stored only as a hash", async () => {
    const owner = await hearth.signUp();
    const t = await newTeam(owner.cookie);
    const invited = await hearth.signUp();
    const link = await invite(owner.cookie, t.id, invited.email.toUpperCase());
    expect(link.url).toMatch(new RegExp(`^${hearth.publicUrl}/team-invite/[A-Za-z0-9_-]{43}$`));
    expect(JSON.stringify(await hearth.database.prisma.teamInvitation.findMany())).not.toContain(link.token);

    const described = await hearth.fetchJson(`/api/team-invitations/${link.token}`);
    expect(described.status).toBe(200);
    expect(described.body.invitation).toMatchObject({ teamName: "Thursday circle", invitedBy: "Test Facilitator", email: invited.email, role: "member" });

    // tampered: one character changed, cut short, one too many
    const flipped = link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A");
    for (const bad of [flipped, link.token.slice(0, 20), `${link.token}x`]) {
      expect((await accept(invited.cookie, bad)).status, bad).toBe(404);
      expect((await hearth.fetchJson(`/api/team-invitations/${bad}`)).status).toBe(404);
    }

    // the wrong account: refused, and the link still works for the right one
    const stranger = await hearth.signUp();
    const wrong = await accept(stranger.cookie, link.token);
    expect([wrong.status, wrong.body.error.reason, wrong.body.error.message]).toEqual([403, "INVITATION_OTHER_ACCOUNT", expect.stringMatching(/another account/)]);
    expect((await api(stranger.cookie, "/api/teams")).body.teams).toEqual([]);

    // signed out: 401, nothing used
    expect((await hearth.fetchJson(`/api/team-invitations/${link.token}/accept`, { method: "POST" })).status).toBe(401);

    const ok = await accept(invited.cookie, link.token);
    expect([ok.status, ok.body]).toEqual([200, { teamId: t.id }]);
    expect((await api(invited.cookie, "/api/teams")).body).toEqual({ teams: [{ id: t.id, name: "Thursday circle", role: "member" }], currentTeamId: t.id });

    // single use: the same link again (even by the same account after leaving) is refused
    expect((await api(invited.cookie, `/api/teams/${t.id}/members/${invited.id}`, "DELETE")).status).toBe(200);
    const again = await accept(invited.cookie, link.token);
    expect([again.status, again.body.error.reason, again.body.error.message]).toEqual([403, "INVITATION_USED", expect.stringMatching(/already been used/)]);
    expect((await hearth.fetchJson(`/api/team-invitations/${link.token}`)).status).toBe(403);

    // expired
    const late = await invite(owner.cookie, t.id, invited.email);
    await hearth.database.prisma.teamInvitation.update({ where: { id: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await accept(invited.cookie, late.token);
    expect([expired.status, expired.body.error.reason, expired.body.error.message]).toEqual([403, "INVITATION_EXPIRED", expect.stringMatching(/expired/)]);
    expect(await hearth.database.prisma.teamMember.count({ where: { teamId: t.id } })).toBe(1);

    // bad input: a clear 400, nothing stored
    const before = await hearth.database.prisma.teamInvitation.count();
    for (const json of [{}, { email: "not an address" }, { email: invited.email, role: "owner" }, { email: invited.email, extra: 1 }])
      expect((await api(owner.cookie, `/api/teams/${t.id}/invitations`, "POST", json)).status, JSON.stringify(json)).toBe(400);
    expect(await hearth.database.prisma.teamInvitation.count()).toBe(before);
  });

  it("lets admins invite members, only the owner invite admins, and keeps members from inviting", async () => {
    const { owner, admin, member, team: t } = await team();
    const x = await hearth.signUp();
    expect((await api(admin.cookie, `/api/teams/${t.id}/invitations`, "POST", { email: x.email, role: "member" })).status).toBe(201);
    expect((await api(admin.cookie, `/api/teams/${t.id}/invitations`, "POST", { email: x.email, role: "admin" })).status).toBe(403);
    expect((await api(member.cookie, `/api/teams/${t.id}/invitations`, "POST", { email: x.email })).status).toBe(403);
    expect((await api(x.cookie, `/api/teams/${t.id}/invitations`, "POST", { email: x.email })).status).toBe(404);
    // members see who is in; only those who invite see the pending links
    const seen = await api(member.cookie, `/api/teams/${t.id}`);
    expect(seen.body.members.map((m: { role: string }) => m.role)).toEqual(["owner", "admin", "member"]);
    expect(seen.body.invitations).toEqual([]);
    expect((await api(owner.cookie, `/api/teams/${t.id}`)).body.invitations).toEqual([expect.objectContaining({ email: x.email, role: "member" })]);
    expect((await api(x.cookie, `/api/teams/${t.id}`)).status).toBe(404);
    // taking people out: an admin not the owner nor another admin; the owner stays
    expect((await api(admin.cookie, `/api/teams/${t.id}/members/${owner.id}`, "DELETE")).status).toBe(403);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${owner.id}`, "DELETE")).status).toBe(403);
    expect((await api(member.cookie, `/api/teams/${t.id}/members/${admin.id}`, "DELETE")).status).toBe(403);
    expect((await api(admin.cookie, `/api/teams/${t.id}/members/${member.id}`, "DELETE")).status).toBe(200);
    expect((await api(member.cookie, `/api/teams/${t.id}`)).status).toBe(404);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${admin.id}`, "DELETE")).status).toBe(200);
    expect((await api(owner.cookie, `/api/teams/${t.id}`)).body.members.map((m: { id: string }) => m.id)).toEqual([owner.id]);
  });

  it("lets the owner change roles and withdraw links; a withdrawn link works no more", async () => {
    const { owner, admin, member, team: t } = await team();
    // the owner makes the member an admin and back; nobody else changes roles, and the owner stays owner
    expect((await api(admin.cookie, `/api/teams/${t.id}/members/${member.id}`, "PATCH", { role: "admin" })).status).toBe(403);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${owner.id}`, "PATCH", { role: "member" })).status).toBe(403);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${member.id}`, "PATCH", { role: "owner" })).status).toBe(400);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${member.id}`, "PATCH", { role: "admin" })).body).toEqual({ role: "admin" });
    expect((await api(member.cookie, `/api/teams/${t.id}/sessions`)).status).toBe(200);
    expect((await api(owner.cookie, `/api/teams/${t.id}/members/${member.id}`, "PATCH", { role: "member" })).status).toBe(200);
    expect((await api(member.cookie, `/api/teams/${t.id}/sessions`)).status).toBe(403);

    const invitee = await hearth.signUp();
    const asMember = await invite(admin.cookie, t.id, invitee.email);
    const asAdmin = await invite(owner.cookie, t.id, invitee.email, "admin");
    expect((await api(member.cookie, `/api/teams/${t.id}/invitations/${asMember.id}`, "DELETE")).status).toBe(403);
    expect((await api(admin.cookie, `/api/teams/${t.id}/invitations/${asAdmin.id}`, "DELETE")).status).toBe(403); // an admin link is the owner's to withdraw
    expect((await api(admin.cookie, `/api/teams/${t.id}/invitations/${asMember.id}`, "DELETE")).status).toBe(200);
    expect((await api(owner.cookie, `/api/teams/${t.id}/invitations/${asAdmin.id}`, "DELETE")).status).toBe(200);
    expect((await api(owner.cookie, `/api/teams/${t.id}/invitations/${asAdmin.id}`, "DELETE")).status).toBe(404);
    for (const token of [asMember.token, asAdmin.token]) expect((await accept(invitee.cookie, token)).status).toBe(404);
    expect((await api(invitee.cookie, "/api/teams")).body.teams).toEqual([]);
  });

  it("switches between teams: the current one decides which shared templates are listed", async () => {
    const { owner, member, team: a } = await team();
    const b = await newTeam(member.cookie, "Second group");
    expect((await api(member.cookie, "/api/teams")).body.currentTeamId).toBe(b.id);
    const personal = (await api(member.cookie, "/api/templates", "POST", { title: "My own notes" })).body.template;
    const shared = (await api(owner.cookie, "/api/templates", "POST", { title: "Team plan" })).body.template;
    expect((await api(owner.cookie, `/api/templates/${shared.id}/team`, "PUT", { teamId: a.id })).status).toBe(200);

    const titles = async () => (await api(member.cookie, "/api/templates")).body.templates.filter((t: { builtIn: boolean }) => !t.builtIn).map((t: { title: string }) => t.title);
    expect(await titles()).toEqual(["My own notes"]);
    expect((await api(member.cookie, "/api/teams/current", "PUT", { teamId: a.id })).body).toEqual({ currentTeamId: a.id });
    expect(await titles()).toEqual(["Team plan", "My own notes"]);
    const listed = (await api(member.cookie, "/api/templates")).body.templates.find((t: { id: string }) => t.id === shared.id);
    expect(listed).toMatchObject({ team: { id: a.id, name: "Thursday circle" }, mine: false });
    // personal templates stay personal: the owner never sees the member's own
    expect((await api(owner.cookie, "/api/templates")).body.templates.map((t: { id: string }) => t.id)).not.toContain(personal.id);
    expect((await api(owner.cookie, `/api/templates/${personal.id}`)).status).toBe(404);
    // back to personal; a team they are not in cannot be chosen
    expect((await api(member.cookie, "/api/teams/current", "PUT", { teamId: null })).status).toBe(200);
    expect(await titles()).toEqual(["My own notes"]);
    const outsider = await hearth.signUp();
    expect((await api(outsider.cookie, "/api/teams/current", "PUT", { teamId: a.id })).status).toBe(404);
    expect((await api(outsider.cookie, "/api/teams")).body.currentTeamId).toBeNull();
    expect((await api(member.cookie, "/api/teams/current", "PUT", { team: a.id })).status).toBe(400);
  });

  it("shares templates: members run and duplicate them, admins edit them, only the author deletes or stops sharing", async () => {
    const { owner, admin, member, team: t } = await team();
    const author = member; // a member shares their own template
    const created = (await api(author.cookie, "/api/templates", "POST", { title: "Grounding" })).body.template;
    // only with a team they are in; only their own template
    const stranger = await hearth.signUp();
    const strangersTeam = await newTeam(stranger.cookie, "Elsewhere");
    expect((await api(author.cookie, `/api/templates/${created.id}/team`, "PUT", { teamId: strangersTeam.id })).status).toBe(404);
    expect((await api(admin.cookie, `/api/templates/${created.id}/team`, "PUT", { teamId: t.id })).status).toBe(404);
    const shared = await api(author.cookie, `/api/templates/${created.id}/team`, "PUT", { teamId: t.id });
    expect(shared.body.template).toMatchObject({ team: { id: t.id }, mine: true, editable: true });

    // the admin edits it; the owner too
    const asAdmin = await api(admin.cookie, `/api/templates/${created.id}`);
    expect(asAdmin.body.template).toMatchObject({ mine: false, editable: true });
    expect((await api(admin.cookie, `/api/templates/${created.id}`, "PATCH", { title: "Grounding, revised" })).status).toBe(200);
    const content = { ...asAdmin.body.template.content, title: "Grounding, by the owner" };
    expect((await api(owner.cookie, `/api/templates/${created.id}`, "PUT", { content })).status).toBe(200);

    // a member who did not write it runs and duplicates it, and may not change it
    const other = await hearth.signUp();
    expect((await accept(other.cookie, (await invite(owner.cookie, t.id, other.email)).token)).status).toBe(200);
    const asMember = await api(other.cookie, `/api/templates/${created.id}`);
    expect(asMember.body.template).toMatchObject({ title: "Grounding, by the owner", mine: false, editable: false });
    const before = await hearth.database.prisma.template.findUniqueOrThrow({ where: { id: created.id } });
    for (const [method, json] of [
      ["PATCH", { title: "Mine now" }],
      ["PUT", { content }],
    ] as const) {
      const res = await api(other.cookie, `/api/templates/${created.id}`, method, json);
      expect([res.status, res.body.error.message]).toEqual([403, expect.stringMatching(/owner and admins/)]);
    }
    expect((await api(other.cookie, `/api/templates/${created.id}`, "DELETE")).status).toBe(403);
    expect((await api(admin.cookie, `/api/templates/${created.id}`, "DELETE")).status).toBe(403);
    expect((await api(admin.cookie, `/api/templates/${created.id}/team`, "PUT", { teamId: null })).status).toBe(403);
    expect(await hearth.database.prisma.template.findUniqueOrThrow({ where: { id: created.id } })).toEqual(before);

    const copy = await api(other.cookie, `/api/templates/${created.id}/duplicate`, "POST");
    expect(copy.status).toBe(201);
    expect(copy.body.template).toMatchObject({ title: "Grounding, by the owner (copy)", team: null, mine: true, editable: true });
    const session = await hearth.createSession(other.cookie, created.id);
    expect((await api(other.cookie, `/api/sessions/${session.id}`)).body.session.role).toBe("owner");

    // outside the team: not found, like a missing template
    expect((await api(stranger.cookie, `/api/templates/${created.id}`)).status).toBe(404);
    expect((await hearth.fetchJson("/api/sessions", { method: "POST", cookie: stranger.cookie, json: { templateId: created.id } })).status).toBe(404);

    // leaving the team takes the author's shared templates back to personal
    expect((await api(author.cookie, `/api/teams/${t.id}/members/${author.id}`, "DELETE")).status).toBe(200);
    expect((await hearth.database.prisma.template.findUniqueOrThrow({ where: { id: created.id } })).teamId).toBeNull();
    expect((await api(other.cookie, `/api/templates/${created.id}`)).status).toBe(404);
  });

  it("gives a team member who duplicates a shared template their own copies of its pictures, and nobody outside the team", async () => {
    const { owner, member, team: t } = await team();
    const created = (await api(owner.cookie, "/api/templates", "POST", { title: "With a picture" })).body.template;
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
    const picture = (await hearth.fetchJson(`/api/templates/${created.id}/images`, { method: "POST", cookie: owner.cookie, body: png, headers: { "content-type": "image/png" } }))
      .body.image;
    const steps = [{ ...created.content.steps[0], image: { id: picture.id, alt: "A dot" } }];
    expect((await api(owner.cookie, `/api/templates/${created.id}`, "PUT", { content: { ...created.content, steps } })).status).toBe(200);
    expect((await api(owner.cookie, `/api/templates/${created.id}/team`, "PUT", { teamId: t.id })).status).toBe(200);

    const copy = await api(member.cookie, `/api/templates/${created.id}/duplicate`, "POST");
    expect(copy.status).toBe(201);
    const copied = copy.body.template.content.steps[0].image;
    expect(copied).toEqual({ id: expect.any(String), alt: "A dot" });
    expect(copied.id).not.toBe(picture.id);
    const row = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: copied.id } });
    expect([row.ownerId, row.templateId]).toEqual([member.id, copy.body.template.id]);
    expect((await fetch(`${hearth.url}/api/images/${copied.id}`, { headers: { cookie: member.cookie } })).status).toBe(200);
    // someone outside the team, importing the member's copy as a file, gets no picture
    const file = (await api(member.cookie, `/api/templates/${copy.body.template.id}/export`)).body;
    const stranger = await hearth.signUp();
    const theirs = await hearth.fetchJson("/api/templates/import/json", {
      method: "POST",
      cookie: stranger.cookie,
      body: JSON.stringify(file),
      headers: { "content-type": "application/json" },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.template.content.steps[0].image).toBeUndefined();
  });

  it("lists sessions run for the team to its admins with their audit trail (facilitators only), deleted with the session", async () => {
    const { owner, admin, member, team: t } = await team();
    // the member runs a session while the team is current; another one on their own
    const teamSession = await hearth.createSession(member.cookie);
    expect((await api(member.cookie, "/api/teams/current", "PUT", { teamId: null })).status).toBe(200);
    const personalSession = await hearth.createSession(member.cookie);

    const socket = await hearth.connect({ cookie: member.cookie });
    const state = await watchConsole(socket, teamSession.id);
    expect((await send(socket, "session:start", { sessionId: teamSession.id })).ok).toBe(true);
    const step = state.steps.find((s) => s.promptKind === "open_text")!;
    await send(socket, "step:goto", { sessionId: teamSession.id, index: step.index });
    const promptId = (await watchConsole(socket, teamSession.id)).step!.prompt!.id;
    await send(socket, "prompt:open", { sessionId: teamSession.id, promptId });
    const phone = await hearth.connect();
    await joinAs(phone, teamSession.joinCode);
    expect((await send(phone, "answer:submit", { promptId, value: { text: "Something private to the room" } })).ok).toBe(true);
    const responseId = (await hearth.database.prisma.response.findFirstOrThrow({ where: { promptId } })).id;
    expect((await send(socket, "moderation:set", { sessionId: teamSession.id, promptId, responseIds: [responseId], status: "hidden" })).ok).toBe(true);

    for (const who of [owner, admin]) {
      const listed = await api(who.cookie, `/api/teams/${t.id}/sessions`);
      expect(listed.status).toBe(200);
      expect(listed.body.sessions.map((s: { id: string }) => s.id)).toEqual([teamSession.id]);
      expect(listed.body.sessions[0]).toMatchObject({ ownerName: "Test Facilitator", status: "running", participantCount: 1 });
      const audit = await api(who.cookie, `/api/sessions/${teamSession.id}/audit`);
      expect(audit.status).toBe(200);
      expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(["session:start", "moderation:set"]);
      expect(JSON.stringify(audit.body)).not.toContain("Something private");
      // the audit trail only: not the answers, not the console
      expect((await api(who.cookie, `/api/sessions/${teamSession.id}/summary`)).status).toBe(403);
      expect((await api(who.cookie, `/api/sessions/${personalSession.id}/audit`)).status).toBe(404);
      const theirSocket = await hearth.connect({ cookie: who.cookie });
      expect(await send(theirSocket, "console:watch", { sessionId: teamSession.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    // a member does not oversee
    const other = await hearth.signUp();
    expect((await accept(other.cookie, (await invite(owner.cookie, t.id, other.email)).token)).status).toBe(200);
    expect((await api(other.cookie, `/api/teams/${t.id}/sessions`)).status).toBe(403);
    expect((await api(other.cookie, `/api/sessions/${teamSession.id}/audit`)).status).toBe(404);

    // deleted with the session
    expect((await send(socket, "session:end", { sessionId: teamSession.id })).ok).toBe(true);
    expect((await api(member.cookie, `/api/sessions/${teamSession.id}`, "DELETE")).status).toBe(200);
    expect(await hearth.database.prisma.auditEntry.count({ where: { sessionId: teamSession.id } })).toBe(0);
    expect((await api(admin.cookie, `/api/teams/${t.id}/sessions`)).body.sessions).toEqual([]);
  });

  it("lets the owner choose a team member as co-facilitator, and nobody outside their teams", async () => {
    const { owner, admin, member } = await team();
    const session = await hearth.createSession(owner.cookie);
    const listed = await api(owner.cookie, `/api/sessions/${session.id}/facilitators`);
    expect(listed.body.teamMates.map((m: { id: string }) => m.id).sort()).toEqual([admin.id, member.id].sort());

    const stranger = await hearth.signUp();
    const refused = await api(owner.cookie, `/api/sessions/${session.id}/facilitators`, "POST", { facilitatorId: stranger.id });
    expect(refused.status).toBe(404);
    // only the owner chooses (the team's admin sees the session, run for the team, but may not)
    expect((await api(admin.cookie, `/api/sessions/${session.id}/facilitators`, "POST", { facilitatorId: member.id })).status).toBe(403);
    expect((await api(owner.cookie, `/api/sessions/${session.id}/facilitators`, "POST", { id: member.id })).status).toBe(400);
    expect(await hearth.database.prisma.sessionFacilitator.count({ where: { sessionId: session.id } })).toBe(0);

    const added = await api(owner.cookie, `/api/sessions/${session.id}/facilitators`, "POST", { facilitatorId: member.id });
    expect([added.status, added.body]).toEqual([201, { added: true }]);
    const socket = await hearth.connect({ cookie: member.cookie });
    await watchConsole(socket, session.id);
    expect((await send(socket, "session:start", { sessionId: session.id })).ok).toBe(true);
    const after = await api(owner.cookie, `/api/sessions/${session.id}/facilitators`);
    expect(after.body.coFacilitators.map((c: { id: string }) => c.id)).toEqual([member.id]);
    expect(after.body.teamMates.map((m: { id: string }) => m.id)).toEqual([admin.id]);
    const audit = (await api(owner.cookie, `/api/sessions/${session.id}/audit`)).body.entries.map((e: { action: string }) => e.action);
    expect(audit).toEqual(["co-facilitator:add", "session:start"]);
  });
});
