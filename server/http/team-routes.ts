// Teams (server/services/team-service.ts; who may do what:
// server/services/team-access.ts). Someone outside a team gets 404 for it.
//
//   GET    /api/teams                             → { teams: [{ id, name, role }], currentTeamId }
//   POST   /api/teams               { name }      → 201 { team: { id, name, role } }  (the creator owns it; it becomes current)
//   PUT    /api/teams/current       { teamId }    → { currentTeamId }  (a team they are in, or null: personal)
//   GET    /api/teams/:id                         → { team, members, invitations }  (members; invitations: owner and admins)
//   POST   /api/teams/:id/invitations { email, role } → 201 { invitation: { id, email, role, url, expiresAt } }  (owner and admins; admin role: owner)
//   DELETE /api/teams/:id/invitations/:invitationId → { cancelled: true }  (owner and admins; an admin link: owner)
//   PATCH  /api/teams/:id/members/:facilitatorId { role } → { role }  (owner: admin or member)
//   DELETE /api/teams/:id/members/:facilitatorId  → { removed: true }  (owner and admins; anyone may leave)
//   GET    /api/teams/:id/sessions                → { sessions }  (owner and admins: sessions run for the team)
//   GET    /api/team-invitations/:token           → { invitation: { teamName, invitedBy, email, role, expiresAt } }  (anyone with the link)
//   POST   /api/team-invitations/:token/accept    → { teamId }  (signed in, with the invited e-mail address)
import type { Context, Hono, MiddlewareHandler, Schema } from "hono";
import { z } from "zod";
import type { TeamService } from "../services/team-service";
import { httpError } from "./http-error";

type FacilitatorEnv = { Variables: { facilitator: { id: string; name: string; email: string } } };

const createBody = z.object({ name: z.string().max(200) }).strict();
const switchBody = z.object({ teamId: z.string().min(1).max(64).nullable() }).strict();
const roleBody = z.object({ role: z.enum(["admin", "member"]) }).strict();
const inviteBody = z.object({ email: z.email().max(254), role: z.enum(["admin", "member"]).default("member") }).strict();

export function registerTeamRoutes<S extends Schema, B extends string>(app: Hono<FacilitatorEnv, S, B>, deps: { teams: TeamService }, requireFacilitator: MiddlewareHandler) {
  const teams = deps.teams;
  const me = (c: Context<FacilitatorEnv>) => c.get("facilitator").id;
  const param = (c: Context, name: string) => c.req.param(name) ?? "";
  const body = async (c: Context) => {
    try {
      return JSON.parse(await c.req.text()) as unknown;
    } catch {
      return undefined;
    }
  };

  app.get("/teams", requireFacilitator, async (c) => c.json(await teams.list(me(c))));

  app.post("/teams", requireFacilitator, async (c) => {
    const parsed = createBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "name": … }: the team\'s name.');
    return c.json({ team: await teams.create(me(c), parsed.data.name) }, 201);
  });

  // static path before "/teams/:id"
  app.put("/teams/current", requireFacilitator, async (c) => {
    const parsed = switchBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "teamId": … } for a team you are in, or null to work on your own.');
    return c.json(await teams.switchTo(me(c), parsed.data.teamId));
  });

  app.get("/teams/:id", requireFacilitator, async (c) => c.json(await teams.detail(param(c, "id"), me(c))));

  app.post("/teams/:id/invitations", requireFacilitator, async (c) => {
    const parsed = inviteBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "email": …, "role": "member" or "admin" } with a valid e-mail address.');
    const invitation = await teams.invite(param(c, "id"), me(c), parsed.data);
    c.header("Cache-Control", "no-store");
    return c.json({ invitation }, 201);
  });

  app.delete("/teams/:id/invitations/:invitationId", requireFacilitator, async (c) => {
    await teams.cancelInvitation(param(c, "id"), me(c), param(c, "invitationId"));
    return c.json({ cancelled: true });
  });

  app.patch("/teams/:id/members/:facilitatorId", requireFacilitator, async (c) => {
    const parsed = roleBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "role": "admin" } or { "role": "member" }.');
    return c.json(await teams.setRole(param(c, "id"), me(c), param(c, "facilitatorId"), parsed.data.role));
  });

  app.delete("/teams/:id/members/:facilitatorId", requireFacilitator, async (c) => {
    await teams.removeMember(param(c, "id"), me(c), param(c, "facilitatorId"));
    return c.json({ removed: true });
  });

  app.get("/teams/:id/sessions", requireFacilitator, async (c) => c.json({ sessions: await teams.sessions(param(c, "id"), me(c)) }));

  app.get("/team-invitations/:token", async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ invitation: await teams.describe(param(c, "token")) });
  });

  app.post("/team-invitations/:token/accept", requireFacilitator, async (c) => c.json(await teams.accept(param(c, "token"), c.get("facilitator"))));
}
