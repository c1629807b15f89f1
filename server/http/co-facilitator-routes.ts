// Co-facilitators of a session, invitation links and the audit trail
// (server/services/co-facilitation-service.ts; who may do what:
// server/services/session-access.ts).
//
//   GET    /api/sessions/:id/facilitators                 → { role, owner, coFacilitators, invitations }  (owner, co-facilitator; invitations: owner only)
//   POST   /api/sessions/:id/invitations      { email? }  → 201 { invitation: { id, url, expiresAt } }  (owner; the link is shown once)
//   DELETE /api/sessions/:id/invitations/:invitationId    → { cancelled: true }  (owner)
//   POST   /api/sessions/:id/facilitators { facilitatorId } → 201 { added: true }  (owner; someone from one of their teams)
//   DELETE /api/sessions/:id/facilitators/:facilitatorId  → { removed: true }  (owner; cuts their open consoles)
//   GET    /api/sessions/:id/audit                        → { entries }  (owner)
//   GET    /api/invitations/:token                        → { invitation: { kind, sessionTitle, invitedBy, email, expiresAt } }  (anyone with the link)
//   POST   /api/invitations/:token/accept                 → { sessionId }  (signed in)
import type { Context, Hono, MiddlewareHandler, Schema } from "hono";
import { z } from "zod";
import type { CoFacilitationService } from "../services/co-facilitation-service";
import type { ApiDeps } from "./deps";
import { httpError } from "./http-error";

import type { FacilitatorEnv } from "../auth";

const inviteBody = z.object({ email: z.email().max(254).optional() }).strict();
const addBody = z.object({ facilitatorId: z.string().min(1).max(64) }).strict();

export function registerCoFacilitatorRoutes<S extends Schema, B extends string>(
  app: Hono<FacilitatorEnv, S, B>,
  deps: ApiDeps & { coFacilitation: CoFacilitationService },
  requireFacilitator: MiddlewareHandler,
) {
  const service = deps.coFacilitation;
  const me = (c: Context<FacilitatorEnv>) => c.get("facilitator");
  const param = (c: Context, name: string) => c.req.param(name) ?? "";

  app.get("/sessions/:id/facilitators", requireFacilitator, async (c) => c.json(await service.facilitators(param(c, "id"), me(c).id)));

  app.post("/sessions/:id/invitations", requireFacilitator, async (c) => {
    const raw = await c.req.text();
    const body = inviteBody.safeParse(raw.trim() === "" ? {} : safeJson(raw));
    if (!body.success) return httpError(c, "BAD_REQUEST", 'Send { "email": … } with a valid e-mail address, or nothing for a link anyone can use.');
    const invitation = await service.invite(param(c, "id"), me(c).id, body.data);
    c.header("Cache-Control", "no-store");
    return c.json({ invitation }, 201);
  });

  app.delete("/sessions/:id/invitations/:invitationId", requireFacilitator, async (c) => {
    await service.cancelInvitation(param(c, "id"), me(c).id, param(c, "invitationId"));
    return c.json({ cancelled: true });
  });

  app.post("/sessions/:id/facilitators", requireFacilitator, async (c) => {
    const body = addBody.safeParse(safeJson(await c.req.text()));
    if (!body.success) return httpError(c, "BAD_REQUEST", 'Send { "facilitatorId": … }: the team member to co-facilitate.');
    await service.addTeamMate(param(c, "id"), me(c).id, body.data.facilitatorId);
    return c.json({ added: true }, 201);
  });

  app.delete("/sessions/:id/facilitators/:facilitatorId", requireFacilitator, async (c) => {
    await service.remove(param(c, "id"), me(c).id, param(c, "facilitatorId"));
    return c.json({ removed: true });
  });

  app.get("/sessions/:id/audit", requireFacilitator, async (c) => {
    const entries = await service.auditTrail(param(c, "id"), me(c).id);
    c.header("Cache-Control", "no-store");
    return c.json({ entries });
  });

  app.get("/invitations/:token", async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ invitation: await service.describe(param(c, "token")) });
  });

  app.post("/invitations/:token/accept", requireFacilitator, async (c) => c.json(await service.accept(param(c, "token"), me(c))));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
