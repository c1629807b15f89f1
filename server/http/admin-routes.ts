// The instance administrator's API (server/services/account-admin.ts); every
// route is refused with 403 for any other facilitator.
//
//   GET   /api/admin/facilitators                    → { facilitators: [{ id, name, email, role, disabled, createdAt }], signUp }
//   POST  /api/admin/invitations        { email? }   → 201 { invitation: { url, expiresAt } }  (a one-time link to create an account)
//   PATCH /api/admin/facilitators/:id   { disabled } → { facilitator }
//   POST  /api/admin/facilitators/:id/password       → { password, signedOut }  (generated; shown once)
import type { Context, Hono, MiddlewareHandler, Schema } from "hono";
import { z } from "zod";
import type { AccountAdmin } from "../services/account-admin";
import type { ApiDeps } from "./deps";
import { httpError } from "./http-error";

import type { FacilitatorEnv } from "../auth";

const inviteBody = z.object({ email: z.email().max(254).optional() }).strict();
const patchBody = z.object({ disabled: z.boolean() }).strict();

export function registerAdminRoutes<S extends Schema, B extends string>(
  app: Hono<FacilitatorEnv, S, B>,
  deps: ApiDeps & { admin: AccountAdmin },
  requireFacilitator: MiddlewareHandler,
) {
  const admin = deps.admin;
  const me = (c: Context<FacilitatorEnv>) => c.get("facilitator").id;
  const body = async (c: Context) => {
    const raw = await c.req.text();
    if (raw.trim() === "") return {};
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  };

  app.get("/admin/facilitators", requireFacilitator, async (c) => {
    const facilitators = await admin.list(me(c));
    c.header("Cache-Control", "no-store");
    return c.json({ facilitators, signUp: deps.signUpPolicy.mode });
  });

  app.post("/admin/invitations", requireFacilitator, async (c) => {
    await admin.requireAdmin(me(c));
    const parsed = inviteBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "email": … } with a valid e-mail address, or nothing.');
    c.header("Cache-Control", "no-store");
    return c.json({ invitation: await admin.invite(me(c), parsed.data) }, 201);
  });

  app.patch("/admin/facilitators/:id", requireFacilitator, async (c) => {
    await admin.requireAdmin(me(c));
    const parsed = patchBody.safeParse(await body(c));
    if (!parsed.success) return httpError(c, "BAD_REQUEST", 'Send { "disabled": true } or { "disabled": false }.');
    const facilitator = await admin.setDisabled(me(c), c.req.param("id") ?? "", parsed.data.disabled);
    deps.logger.info({ facilitatorId: facilitator.id, disabled: facilitator.disabled, by: me(c) }, "account disabled or enabled");
    return c.json({ facilitator });
  });

  app.post("/admin/facilitators/:id/password", requireFacilitator, async (c) => {
    const result = await admin.resetPassword(me(c), c.req.param("id") ?? "");
    deps.logger.info({ facilitatorId: c.req.param("id"), by: me(c) }, "password reset by the administrator");
    c.header("Cache-Control", "no-store");
    return c.json(result);
  });
}
