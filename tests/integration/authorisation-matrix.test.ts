// The authorisation matrix: every facilitator socket command (derived from
// lib/events.ts: tests/helpers/commands.ts) and every HTTP route (derived from
// the server's own route table, Hearth.apiRoutes) is run as each of
//
//   owner · co-facilitator · removed ("revoked") co-facilitator ·
//   admin of the owner's team · member of the owner's team ·
//   another facilitator · signed out · a participant's socket
//
// and is allowed or refused exactly as the table below says, refusals
// changing nothing in the database. A command or route without a row fails
// the suite. The rules themselves live in server/services/session-access.ts
// (sessions), server/services/team-access.ts (teams) and
// server/services/template-service.ts (templates).
//
// The owner owns a team too; the session is run for it and the owner's
// template is shared with it, so the team's admin and member meet every
// route with something of their team behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemas, type ConsoleState } from "../../lib/events";
import { FACILITATOR_COMMANDS } from "../helpers/commands";
import { providersUnderTest } from "../helpers/database";
import { joinAs, watchConsole } from "../helpers/hearth-client";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

type Ids = { sessionId: string; promptId: string; responseId: string; checkInId: string; stepIndex: number };

/**
 * Every facilitator command, in an order that can run start to end on one
 * session (the end comes last), with a valid payload. Every one of them is a
 * live command: owner and co-facilitator may, nobody else.
 */
const COMMAND_SEQUENCE: [string, (ids: Ids) => unknown][] = [
  ["console:watch", ({ sessionId }) => ({ sessionId })],
  ["screen:watch", ({ sessionId }) => ({ sessionId })],
  ["session:language", ({ sessionId }) => ({ sessionId, language: "en" })],
  ["session:start", ({ sessionId }) => ({ sessionId })],
  ["session:lock", ({ sessionId }) => ({ sessionId, locked: true })],
  // hiding the live counts is part of running the room (how long answers are kept is the owner's: retention.test.ts)
  ["session:settings", ({ sessionId }) => ({ sessionId, hideCounts: true })],
  ["step:goto", ({ sessionId, stepIndex }) => ({ sessionId, index: stepIndex })],
  ["prompt:close", ({ sessionId, promptId }) => ({ sessionId, promptId })],
  ["prompt:open", ({ sessionId, promptId }) => ({ sessionId, promptId })],
  ["results:reveal", ({ sessionId, promptId }) => ({ sessionId, promptId })],
  ["results:hide", ({ sessionId, promptId }) => ({ sessionId, promptId })],
  ["moderation:set", ({ sessionId, promptId, responseId }) => ({ sessionId, promptId, responseIds: [responseId], status: "approved" })],
  ["timer:control", ({ sessionId }) => ({ sessionId, action: "start" })],
  ["pause:reset", ({ sessionId }) => ({ sessionId })],
  ["wall:page", ({ sessionId }) => ({ sessionId, action: "next" })],
  ["checkin:list", ({ sessionId }) => ({ sessionId })],
  ["checkin:set", ({ sessionId, checkInId }) => ({ sessionId, requestId: checkInId, status: "seen" })],
  ["author:block", ({ sessionId, promptId, responseId }) => ({ sessionId, promptId, responseId })],
  ["author:unblock", ({ sessionId, responseId }) => ({ sessionId, via: responseId })],
  // filling in the support card for this session is running it (saving it to the template is the owner's: the server ignores it for others)
  ["session:resources", ({ sessionId }) => ({ sessionId, resources: { title: "Support", items: [{ label: "Helpline", detail: "0800 000 000" }] }, saveToTemplate: true })],
  ["prompt:reset", ({ sessionId, promptId }) => ({ sessionId, promptId })],
  ["session:end", ({ sessionId }) => ({ sessionId })],
];

/**
 * Commands whose payload makes them the owner's: the session's privacy
 * settings (how long answers are kept, the room's passphrase). A
 * co-facilitator gets FORBIDDEN and nothing changes; the owner may.
 */
const OWNER_ONLY_PAYLOADS: [string, (ids: Ids) => unknown][] = [
  ["session:settings", ({ sessionId }) => ({ sessionId, retentionDays: 7 })],
  ["session:settings", ({ sessionId }) => ({ sessionId, passphrase: "lantern" })],
  ["session:settings", ({ sessionId }) => ({ sessionId, passphrase: null })],
];

/** Who may send each socket command (all live: server/services/session-access.ts "run"). */
const COMMAND_ALLOWED: Record<string, readonly ("owner" | "coFacilitator")[]> = Object.fromEntries(COMMAND_SEQUENCE.map(([name]) => [name, ["owner", "coFacilitator"] as const]));

type Who = "owner" | "coFacilitator" | "revoked" | "teamAdmin" | "teamMember" | "other" | "signedOut";
type Ctx = Ids & {
  stepId: string;
  templateId: string;
  imageId: string;
  builtInTemplateId: string;
  invitationId: string;
  coFacilitatorId: string;
  facilitatorId: string;
  templateFile: string;
  token: string;
  teamId: string;
  /** a member of the team whom the owner may choose as co-facilitator */
  teamMateId: string;
  /** a member of the team to take out */
  removableMemberId: string;
  /** a pending link to the team for the co-facilitator's e-mail address */
  teamToken: string;
  /** another pending link to the team, to withdraw */
  teamInvitationId: string;
};
type Request = { method: string; path: string; json?: unknown; body?: string; contentType?: string; expectOk?: number };
/** fetchJson's options for a row's request (a raw body goes as JSON text too) */
const init = (r: Request, cookie: string) => ({
  method: r.method,
  cookie,
  json: r.json,
  body: r.body,
  headers: r.body !== undefined ? { "content-type": r.contentType ?? "application/json" } : undefined,
});

/**
 * Every HTTP route. `scope` says whose resource it is:
 * - "session": the session's owner, co-facilitators and team admins as `allowed`; a
 *   co-facilitator or team admin outside `allowed` gets 403, anyone else 404, signed out 401;
 * - "template": the template's author (the owner), and the team it is shared
 *   with as `team` says (allowed, or 403); anyone else 404, signed out 401;
 * - "team": the team's owner (the session's owner), admin and member as
 *   `allowed`; a team role outside it 403; anyone else 404, signed out 401;
 * - "account": any signed-in facilitator (signed out 401);
 * - "invitee": the facilitator a team invitation is for (the co-facilitator); anyone else 403, signed out 401;
 * - "admin": the instance administrator (others 403, signed out 401);
 * - "public": anyone (health, join look-ups, Better Auth's own endpoints, an invitation's description);
 * - "participant": a participant of the session, by the token its phone keeps (no facilitator's
 *   cookie is one: 401 without a token); its own test is below.
 * Rows run in this order for the allowed roles; destructive ones are last.
 */
type SessionWho = "owner" | "coFacilitator" | "teamAdmin";
type TeamWho = "owner" | "teamAdmin" | "teamMember";
type Row =
  | { scope: "session"; allowed: readonly SessionWho[]; request: (c: Ctx) => Request }
  | { scope: "template"; team: { teamAdmin: boolean; teamMember: boolean }; request: (c: Ctx) => Request }
  | { scope: "team"; allowed: readonly TeamWho[]; request: (c: Ctx) => Request }
  | { scope: "account" | "admin" | "invitee" | "participant"; request: (c: Ctx) => Request }
  | { scope: "public" };
const READ = { teamAdmin: true, teamMember: true };
const EDIT = { teamAdmin: true, teamMember: false };
const AUTHOR = { teamAdmin: false, teamMember: false };

/** What `who` gets for a row: "allowed" (its expectOk), or the refusal's status. */
function expected(row: Row, who: Who): number | "allowed" {
  if (row.scope === "public") return "allowed";
  // the participant's own routes: a facilitator's cookie is no participant token
  if (who === "signedOut" || row.scope === "participant") return 401;
  switch (row.scope) {
    case "account":
      return "allowed";
    case "admin":
      return 403;
    case "invitee":
      return who === "coFacilitator" ? "allowed" : 403;
    case "template":
      if (who === "owner") return "allowed";
      if (who === "teamAdmin" || who === "teamMember") return row.team[who] ? "allowed" : 403;
      return 404;
    case "team":
      if (who === "owner" || who === "teamAdmin" || who === "teamMember") return row.allowed.includes(who) ? "allowed" : 403;
      return 404;
    case "session":
      if (who === "owner" || who === "coFacilitator" || who === "teamAdmin") return row.allowed.includes(who) ? "allowed" : 403;
      return 404;
  }
}

const ROUTES: Record<string, Row> = {
  "GET /api/health": { scope: "public" },
  "GET /api/auth/*": { scope: "public" },
  "POST /api/auth/*": { scope: "public" },
  "GET /api/setup": { scope: "public" },
  "GET /api/join/:code": { scope: "public" },
  "GET /api/join/:code/qr.svg": { scope: "public" },
  "GET /api/invitations/:token": { scope: "public" },
  "GET /api/team-invitations/:token": { scope: "public" },

  "GET /api/me": { scope: "account", request: () => ({ method: "GET", path: "/api/me" }) },
  "PUT /api/account/language": { scope: "account", request: () => ({ method: "PUT", path: "/api/account/language", json: { locale: "nl" } }) },
  "GET /api/templates": { scope: "account", request: () => ({ method: "GET", path: "/api/templates" }) },
  "GET /api/sessions": { scope: "account", request: () => ({ method: "GET", path: "/api/sessions" }) },
  "POST /api/sessions": { scope: "account", request: (c) => ({ method: "POST", path: "/api/sessions", json: { templateId: c.builtInTemplateId }, expectOk: 201 }) },
  "POST /api/templates": { scope: "account", request: () => ({ method: "POST", path: "/api/templates", json: { title: "Matrix" }, expectOk: 201 }) },
  "POST /api/templates/import/markdown": {
    scope: "account",
    request: () => ({ method: "POST", path: "/api/templates/import/markdown", json: { markdown: "# Matrix\n\nA paragraph." }, expectOk: 201 }),
  },
  "POST /api/templates/import/json": { scope: "account", request: (c) => ({ method: "POST", path: "/api/templates/import/json", body: c.templateFile, expectOk: 201 }) },
  "POST /api/templates/convert/docx": {
    scope: "account",
    // not a real .docx: past authorisation, it is refused as a bad file (400), and stores nothing either way
    request: () => ({
      method: "POST",
      path: "/api/templates/convert/docx",
      body: "not a docx",
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      expectOk: 400,
    }),
  },
  "POST /api/invitations/:token/accept": { scope: "account", request: (c) => ({ method: "POST", path: `/api/invitations/${c.token}/accept` }) },
  "GET /api/teams": { scope: "account", request: () => ({ method: "GET", path: "/api/teams" }) },
  "POST /api/teams": { scope: "account", request: () => ({ method: "POST", path: "/api/teams", json: { name: "Matrix team" }, expectOk: 201 }) },
  "PUT /api/teams/current": { scope: "account", request: () => ({ method: "PUT", path: "/api/teams/current", json: { teamId: null } }) },
  "POST /api/team-invitations/:token/accept": { scope: "invitee", request: (c) => ({ method: "POST", path: `/api/team-invitations/${c.teamToken}/accept` }) },

  "GET /api/teams/:id": { scope: "team", allowed: ["owner", "teamAdmin", "teamMember"], request: (c) => ({ method: "GET", path: `/api/teams/${c.teamId}` }) },
  "POST /api/teams/:id/invitations": {
    scope: "team",
    allowed: ["owner", "teamAdmin"],
    request: (c) => ({ method: "POST", path: `/api/teams/${c.teamId}/invitations`, json: { email: "newcomer@example.org", role: "member" }, expectOk: 201 }),
  },
  "GET /api/teams/:id/sessions": { scope: "team", allowed: ["owner", "teamAdmin"], request: (c) => ({ method: "GET", path: `/api/teams/${c.teamId}/sessions` }) },
  "PATCH /api/teams/:id/members/:facilitatorId": {
    scope: "team",
    allowed: ["owner"],
    request: (c) => ({ method: "PATCH", path: `/api/teams/${c.teamId}/members/${c.teamMateId}`, json: { role: "member" } }),
  },
  "DELETE /api/teams/:id/invitations/:invitationId": {
    scope: "team",
    allowed: ["owner", "teamAdmin"],
    request: (c) => ({ method: "DELETE", path: `/api/teams/${c.teamId}/invitations/${c.teamInvitationId}` }),
  },
  "DELETE /api/teams/:id/members/:facilitatorId": {
    scope: "team",
    allowed: ["owner", "teamAdmin"],
    request: (c) => ({ method: "DELETE", path: `/api/teams/${c.teamId}/members/${c.removableMemberId}` }),
  },

  "GET /api/templates/:id": { scope: "template", team: READ, request: (c) => ({ method: "GET", path: `/api/templates/${c.templateId}` }) },
  // before PUT: replacing the content drops a picture it no longer uses
  "GET /api/images/:id": { scope: "template", team: READ, request: (c) => ({ method: "GET", path: `/api/images/${c.imageId}` }) },
  "PATCH /api/templates/:id": { scope: "template", team: EDIT, request: (c) => ({ method: "PATCH", path: `/api/templates/${c.templateId}`, json: { title: "Renamed" } }) },
  "PUT /api/templates/:id": {
    scope: "template",
    team: EDIT,
    request: (c) => ({ method: "PUT", path: `/api/templates/${c.templateId}`, json: { content: JSON.parse(c.templateFile).template } }),
  },
  "POST /api/templates/:id/duplicate": { scope: "template", team: READ, request: (c) => ({ method: "POST", path: `/api/templates/${c.templateId}/duplicate`, expectOk: 201 }) },
  "GET /api/templates/:id/export": { scope: "template", team: READ, request: (c) => ({ method: "GET", path: `/api/templates/${c.templateId}/export` }) },
  "POST /api/templates/:id/images": {
    scope: "template",
    team: EDIT,
    // not a picture: past authorisation, it is refused as a bad file (400), and stores nothing either way
    request: (c) => ({ method: "POST", path: `/api/templates/${c.templateId}/images`, body: "not a picture", contentType: "image/png", expectOk: 400 }),
  },
  "GET /api/room/:sessionId/steps/:stepId/picture": { scope: "participant", request: (c) => ({ method: "GET", path: `/api/room/${c.sessionId}/steps/${c.stepId}/picture` }) },
  "PUT /api/templates/:id/team": { scope: "template", team: AUTHOR, request: (c) => ({ method: "PUT", path: `/api/templates/${c.templateId}/team`, json: { teamId: c.teamId } }) },
  "DELETE /api/templates/:id": { scope: "template", team: AUTHOR, request: (c) => ({ method: "DELETE", path: `/api/templates/${c.templateId}` }) },

  "GET /api/admin/facilitators": { scope: "admin", request: () => ({ method: "GET", path: "/api/admin/facilitators" }) },
  "POST /api/admin/invitations": { scope: "admin", request: () => ({ method: "POST", path: "/api/admin/invitations", json: {}, expectOk: 201 }) },
  "PATCH /api/admin/facilitators/:id": { scope: "admin", request: (c) => ({ method: "PATCH", path: `/api/admin/facilitators/${c.facilitatorId}`, json: { disabled: false } }) },
  "POST /api/admin/facilitators/:id/password": { scope: "admin", request: (c) => ({ method: "POST", path: `/api/admin/facilitators/${c.facilitatorId}/password` }) },

  "GET /api/sessions/:id": { scope: "session", allowed: ["owner", "coFacilitator"], request: (c) => ({ method: "GET", path: `/api/sessions/${c.sessionId}` }) },
  "GET /api/sessions/:id/summary": { scope: "session", allowed: ["owner", "coFacilitator"], request: (c) => ({ method: "GET", path: `/api/sessions/${c.sessionId}/summary` }) },
  "GET /api/sessions/:id/export": {
    scope: "session",
    allowed: ["owner", "coFacilitator"],
    request: (c) => ({ method: "GET", path: `/api/sessions/${c.sessionId}/export?format=csv` }),
  },
  "GET /api/sessions/:id/facilitators": {
    scope: "session",
    allowed: ["owner", "coFacilitator"],
    request: (c) => ({ method: "GET", path: `/api/sessions/${c.sessionId}/facilitators` }),
  },
  "POST /api/sessions/:id/invitations": {
    scope: "session",
    allowed: ["owner"],
    request: (c) => ({ method: "POST", path: `/api/sessions/${c.sessionId}/invitations`, json: {}, expectOk: 201 }),
  },
  "DELETE /api/sessions/:id/invitations/:invitationId": {
    scope: "session",
    allowed: ["owner"],
    request: (c) => ({ method: "DELETE", path: `/api/sessions/${c.sessionId}/invitations/${c.invitationId}` }),
  },
  "GET /api/sessions/:id/audit": { scope: "session", allowed: ["owner", "teamAdmin"], request: (c) => ({ method: "GET", path: `/api/sessions/${c.sessionId}/audit` }) },
  "POST /api/sessions/:id/facilitators": {
    scope: "session",
    allowed: ["owner"],
    request: (c) => ({ method: "POST", path: `/api/sessions/${c.sessionId}/facilitators`, json: { facilitatorId: c.teamMateId }, expectOk: 201 }),
  },
  "DELETE /api/sessions/:id/facilitators/:facilitatorId": {
    scope: "session",
    allowed: ["owner"],
    request: (c) => ({ method: "DELETE", path: `/api/sessions/${c.sessionId}/facilitators/${c.coFacilitatorId}` }),
  },
  "DELETE /api/sessions/:id/responses": { scope: "session", allowed: ["owner"], request: (c) => ({ method: "DELETE", path: `/api/sessions/${c.sessionId}/responses` }) },
  "DELETE /api/sessions/:id": { scope: "session", allowed: ["owner"], request: (c) => ({ method: "DELETE", path: `/api/sessions/${c.sessionId}` }) },
};

describe.each(await providersUnderTest())("authorisation matrix on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const accept = (cookie: string, token: string) => hearth.fetchJson(`/api/invitations/${token}/accept`, { method: "POST", cookie });
  async function inviteLink(cookie: string, sessionId: string) {
    const res = await hearth.fetchJson(`/api/sessions/${sessionId}/invitations`, { method: "POST", cookie, json: {} });
    expect(res.status).toBe(201);
    return { token: (res.body.invitation.url as string).split("/invite/")[1]!, id: res.body.invitation.id as string };
  }

  async function teamLink(cookie: string, teamId: string, email: string, role: "admin" | "member" = "member") {
    const res = await hearth.fetchJson(`/api/teams/${teamId}/invitations`, { method: "POST", cookie, json: { email, role } });
    expect(res.status).toBe(201);
    return (res.body.invitation.url as string).split("/team-invite/")[1]!;
  }

  /**
   * The instance administrator (the suite's first account), an owner with a
   * busy session (open-text prompt with an answer, a pause and a check-in
   * request), its co-facilitator, a removed co-facilitator, another
   * facilitator; and the owner's team (an admin, a member, and two more
   * members: one to choose as co-facilitator, one to take out), for which the
   * session is run and with which the owner's template is shared.
   */
  async function world() {
    const admin = (await hearth.database.prisma.facilitator.count()) === 0 ? await hearth.signUp() : null;
    const [owner, co, revoked, other] = [await hearth.signUp(), await hearth.signUp(), await hearth.signUp(), await hearth.signUp()];
    const [teamAdmin, teamMember, teamMate, removable] = [await hearth.signUp(), await hearth.signUp(), await hearth.signUp(), await hearth.signUp()];
    const team = (await hearth.fetchJson("/api/teams", { method: "POST", cookie: owner.cookie, json: { name: "Matrix" } })).body.team;
    for (const [who, role] of [
      [teamAdmin, "admin"],
      [teamMember, "member"],
      [teamMate, "member"],
      [removable, "member"],
    ] as const) {
      const token = await teamLink(owner.cookie, team.id, who.email, role);
      expect((await hearth.fetchJson(`/api/team-invitations/${token}/accept`, { method: "POST", cookie: who.cookie })).status).toBe(200);
    }
    const teamToken = await teamLink(owner.cookie, team.id, co.email);
    const toWithdraw = await hearth.fetchJson(`/api/teams/${team.id}/invitations`, { method: "POST", cookie: owner.cookie, json: { email: "withdrawn@example.org" } });
    const session = await hearth.createSession(owner.cookie);
    for (const who of [co, revoked]) expect((await accept(who.cookie, (await inviteLink(owner.cookie, session.id)).token)).status).toBe(200);
    expect((await hearth.fetchJson(`/api/sessions/${session.id}/facilitators/${revoked.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    const pending = await inviteLink(owner.cookie, session.id);

    const ownerSocket = await hearth.connect({ cookie: owner.cookie });
    const state: ConsoleState = await watchConsole(ownerSocket, session.id);
    const step = state.steps.find((s) => s.promptKind === "open_text")!;
    expect((await send(ownerSocket, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    const promptId = (await watchConsole(ownerSocket, session.id)).step!.prompt!.id;
    expect((await send(ownerSocket, "prompt:open", { sessionId: session.id, promptId })).ok).toBe(true);
    const phone = await hearth.connect();
    await joinAs(phone, session.joinCode);
    expect((await send(phone, "answer:submit", { promptId, value: { text: "An answer" } })).ok).toBe(true);
    expect((await send(phone, "pause:request", {})).ok).toBe(true);
    expect((await send(phone, "checkin:request", { note: "after the break" })).ok).toBe(true);
    const p = hearth.database.prisma;
    const responseId = (await p.response.findFirstOrThrow({ where: { promptId } })).id;
    const checkInId = (await p.checkInRequest.findFirstOrThrow({ where: { sessionId: session.id } })).id;
    const templates = await hearth.fetchJson("/api/templates", { cookie: owner.cookie });
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Owner's own" } });
    // a 1 × 1 PNG on the owner's template, shown by its step (saving keeps only pictures in use)
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
    const image = await hearth.fetchJson(`/api/templates/${created.body.template.id}/images`, {
      method: "POST",
      cookie: owner.cookie,
      body: png,
      headers: { "content-type": "image/png" },
    });
    expect(image.status).toBe(201);
    const withImage = {
      ...created.body.template.content,
      steps: created.body.template.content.steps.map((st: object, i: number) => (i === 0 ? { ...st, image: { id: image.body.image.id, alt: "A dot" } } : st)),
    };
    expect((await hearth.fetchJson(`/api/templates/${created.body.template.id}`, { method: "PUT", cookie: owner.cookie, json: { content: withImage } })).status).toBe(200);
    expect((await hearth.fetchJson(`/api/templates/${created.body.template.id}/team`, { method: "PUT", cookie: owner.cookie, json: { teamId: team.id } })).status).toBe(200);
    const templateFile = (await hearth.fetchJson(`/api/templates/${created.body.template.id}/export`, { cookie: owner.cookie })).body;
    const ctx: Ctx = {
      sessionId: session.id,
      promptId,
      responseId,
      checkInId,
      stepIndex: step.index,
      stepId: step.id,
      templateId: created.body.template.id,
      imageId: image.body.image.id,
      builtInTemplateId: templates.body.templates[0].id,
      invitationId: pending.id,
      coFacilitatorId: co.id,
      facilitatorId: other.id,
      templateFile: JSON.stringify(templateFile),
      token: pending.token,
      teamId: team.id,
      teamMateId: teamMate.id,
      removableMemberId: removable.id,
      teamToken,
      teamInvitationId: toWithdraw.body.invitation.id,
    };
    expect(templates.status).toBe(200);
    return { admin, owner, co, revoked, other, teamAdmin, teamMember, phone, ownerSocket, ctx };
  }

  /** Everything the session and its people are made of, to compare before and after refusals. */
  async function snapshot(sessionId: string) {
    const p = hearth.database.prisma;
    const where = { where: { sessionId }, orderBy: { id: "asc" as const } };
    return JSON.parse(
      JSON.stringify(
        await Promise.all([
          p.session.findUnique({ where: { id: sessionId } }),
          p.sessionStep.findMany(where),
          p.prompt.findMany(where),
          p.participant.findMany(where),
          p.response.findMany(where),
          p.reaction.findMany(where),
          p.checkInRequest.findMany(where),
          p.sessionFacilitator.findMany(where),
          p.invitation.findMany({ orderBy: { id: "asc" } }),
          p.auditEntry.findMany(where),
          p.template.findMany({ orderBy: { id: "asc" } }),
          p.facilitator.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, disabledAt: true, currentTeamId: true } }),
          p.team.findMany({ orderBy: { id: "asc" } }),
          p.teamMember.findMany({ orderBy: { id: "asc" } }),
          p.teamInvitation.findMany({ orderBy: { id: "asc" } }),
          p.authAccount.findMany({ orderBy: { id: "asc" }, select: { id: true, password: true } }),
        ]),
      ),
    );
  }

  it("has a row for every facilitator socket command and every HTTP route", () => {
    expect(COMMAND_SEQUENCE.map(([name]) => name).sort(), "a facilitator command in lib/events.ts has no row here").toEqual([...FACILITATOR_COMMANDS].sort());
    for (const [name, payload] of COMMAND_SEQUENCE) {
      const ids = { sessionId: "s", promptId: "p", responseId: "r", checkInId: "c", stepIndex: 1 };
      expect(schemas[name as keyof typeof schemas].safeParse(payload(ids)).success, name).toBe(true);
    }
    expect(Object.keys(ROUTES).sort(), "an HTTP route has no row here").toEqual([...hearth.apiRoutes].sort());
  });

  it("refuses every facilitator command and route to a removed co-facilitator, the owner's team, another facilitator, a signed-out browser and a participant's socket — and each role what is not theirs — changing nothing", async () => {
    const w = await world();
    const before = await snapshot(w.ctx.sessionId);

    const sockets: [string, TestClient, string][] = [
      ["removed co-facilitator", await hearth.connect({ cookie: w.revoked.cookie }), "NOT_FOUND"],
      // the team's admin knows the session (it is listed for them) but does not run it
      ["team admin", await hearth.connect({ cookie: w.teamAdmin.cookie }), "FORBIDDEN"],
      ["team member", await hearth.connect({ cookie: w.teamMember.cookie }), "NOT_FOUND"],
      ["other facilitator", await hearth.connect({ cookie: w.other.cookie }), "NOT_FOUND"],
      ["signed out", await hearth.connect(), "UNAUTHENTICATED"],
      ["participant", w.phone, "UNAUTHENTICATED"],
    ];
    for (const [who, socket, code] of sockets)
      for (const [name, payload] of COMMAND_SEQUENCE) {
        const ack = await send(socket, name, payload(w.ctx));
        expect(ack, `${name} as ${who}`).toMatchObject({ ok: false, error: { code } });
      }

    // the co-facilitator, on the owner's privacy settings
    const coSocket = await hearth.connect({ cookie: w.co.cookie });
    for (const [name, payload] of OWNER_ONLY_PAYLOADS)
      expect(await send(coSocket, name, payload(w.ctx)), `${name} ${JSON.stringify(payload(w.ctx))} as co-facilitator`).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    for (const [who, socket, code] of sockets)
      for (const [name, payload] of OWNER_ONLY_PAYLOADS) expect(await send(socket, name, payload(w.ctx)), `${name} as ${who}`).toMatchObject({ ok: false, error: { code } });

    const cookies: Record<Exclude<Who, "owner">, string> = {
      coFacilitator: w.co.cookie,
      revoked: w.revoked.cookie,
      teamAdmin: w.teamAdmin.cookie,
      teamMember: w.teamMember.cookie,
      other: w.other.cookie,
      signedOut: "",
    };
    for (const [route, row] of Object.entries(ROUTES)) {
      if (row.scope === "public") continue;
      const request = row.request(w.ctx);
      for (const [who, cookie] of Object.entries(cookies) as [Exclude<Who, "owner">, string][]) {
        const status = expected(row, who);
        if (status === "allowed") continue; // run in the next test, where changes are expected
        const res = await hearth.fetchJson(request.path, init(request, cookie));
        expect(res.status, `${route} as ${who}`).toBe(status);
      }
    }
    expect(await snapshot(w.ctx.sessionId)).toEqual(before);
  });

  it("lets the owner and the co-facilitator run every command, and each role do exactly its routes", async () => {
    for (const who of ["teamMember", "teamAdmin", "coFacilitator", "owner"] as const) {
      const w = await world();
      const cookie = { owner: w.owner.cookie, coFacilitator: w.co.cookie, teamAdmin: w.teamAdmin.cookie, teamMember: w.teamMember.cookie }[who];
      if (who === "owner" || who === "coFacilitator") {
        const socket = who === "owner" ? w.ownerSocket : await hearth.connect({ cookie });
        for (const [name, payload] of COMMAND_SEQUENCE) {
          expect(COMMAND_ALLOWED[name]).toContain(who);
          const ack = await send(socket, name, payload(w.ctx));
          expect(ack, `${name} as ${who}: ${JSON.stringify(ack)}`).toMatchObject({ ok: true });
        }
        if (who === "owner") for (const [name, payload] of OWNER_ONLY_PAYLOADS) expect(await send(socket, name, payload(w.ctx)), `${name} as owner`).toMatchObject({ ok: true });
      }
      for (const [route, row] of Object.entries(ROUTES)) {
        if (row.scope === "public" || expected(row, who) !== "allowed") continue;
        // the co-facilitator accepting the owner's pending link is "already in": no change, 200
        const request = row.request(w.ctx);
        const res = await hearth.fetchJson(request.path, init(request, cookie));
        expect(res.status, `${route} as ${who}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(request.expectOk ?? 200);
      }
    }
  });

  it("lets a participant, and only one of the session showing it, load a current step's picture", async () => {
    const w = await world();
    const owner = w.owner.cookie;
    // a session run from the owner's template whose first step shows the picture
    const session = await hearth.createSession(owner, w.ctx.templateId);
    const facilitator = await hearth.connect({ cookie: owner });
    const first = (await watchConsole(facilitator, session.id)).steps[0]!;
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 0 })).ok).toBe(true);
    const phone = await hearth.connect();
    const own = (await joinAs(phone, session.joinCode)).participantToken;
    const stranger = (await joinAs(await hearth.connect(), (await hearth.createSession(w.other.cookie)).joinCode)).participantToken;
    const [route] = Object.entries(ROUTES).find(([, row]) => row.scope === "participant")!;
    const path = `/api/room/${session.id}/steps/${first.id}/picture`;
    const get = (headers: Record<string, string>) => fetch(hearth.url + path, { headers });
    expect((await get({ authorization: `Participant ${own}` })).status, route).toBe(200);
    expect((await get({ authorization: `Participant ${stranger}` })).status, `${route} as another session's participant`).toBe(404);
    for (const cookie of [owner, w.co.cookie, w.other.cookie]) expect((await get({ cookie })).status, `${route} with a facilitator's cookie`).toBe(401);
    expect((await get({})).status, `${route} signed out`).toBe(401);
  });

  it("lets the administrator, and only the administrator, use the admin routes", async () => {
    const w = await world();
    const admin = await hearth.database.prisma.facilitator.findFirstOrThrow({ where: { role: "admin" } });
    expect([w.owner.id, w.co.id, w.other.id]).not.toContain(admin.id);
    const signedIn = (await hearth.fetchJson("/api/auth/sign-in/email", { method: "POST", json: { email: admin.email, password: "correct horse battery" } })) as {
      headers?: Headers;
    };
    const adminCookie = signedIn
      .headers!.getSetCookie()
      .map((c: string) => c.split(";")[0])
      .join("; ");
    for (const [route, row] of Object.entries(ROUTES)) {
      if (row.scope !== "admin") continue;
      const request = row.request(w.ctx);
      const res = await hearth.fetchJson(request.path, { method: request.method, cookie: adminCookie, json: request.json });
      expect(res.status, route).toBe(request.expectOk ?? 200);
    }
  });
});
