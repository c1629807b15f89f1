// The post-session summary, its exports and retention. The summary and
// exports are for the session's owner and co-facilitators, deletion for the
// owner only (server/services/session-access.ts): anonymous requests
// (participants have no facilitator cookie) get 401, a co-facilitator asking
// to delete gets 403, another facilitator the same 404 as a missing session.
//
//   GET    /api/sessions/:id/summary                      → { summary }  (lib/export/summary-types.ts)
//   GET    /api/sessions/:id/export?format=md|csv|responses.csv|json|html  → a file (attachment)
//   DELETE /api/sessions/:id/responses                    → { deleted: { responses, reactions }, responsesDeletedAt }
//   DELETE /api/sessions/:id                              → { deleted: true }
import type { Context, Hono, MiddlewareHandler, Schema } from "hono";
import { z } from "zod";
import { EXPORT_FORMATS } from "../../lib/export/formats";
import type { ApiDeps } from "./deps";
import { httpError } from "./http-error";

import type { FacilitatorEnv } from "../auth";
import { auditDetail } from "../../lib/audit-detail";

const exportQuery = z.object({ format: z.enum(EXPORT_FORMATS) });

// Summaries are about people: never cached, never sniffed into another type.
const PRIVATE_HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export function registerSummaryRoutes<S extends Schema, B extends string>(app: Hono<FacilitatorEnv, S, B>, deps: ApiDeps, requireFacilitator: MiddlewareHandler) {
  const { summaries, retention, sessions } = deps;
  const facilitatorId = (c: Context<FacilitatorEnv>) => c.get("facilitator").id;
  const sessionId = (c: Context<FacilitatorEnv>) => c.req.param("id") ?? "";

  app.get("/sessions/:id/summary", requireFacilitator, async (c) => {
    const summary = await summaries.summary(sessionId(c), facilitatorId(c));
    c.header("Cache-Control", PRIVATE_HEADERS["Cache-Control"]);
    return c.json({ summary });
  });

  app.get("/sessions/:id/export", requireFacilitator, async (c) => {
    const query = exportQuery.safeParse({ format: c.req.query("format") ?? "" });
    if (!query.success) return httpError(c, "BAD_REQUEST", `Choose an export format: ${EXPORT_FORMATS.join(", ")}.`);
    const file = await summaries.export(sessionId(c), facilitatorId(c), query.data.format);
    await sessions.recordAudit({ sessionId: sessionId(c), actorId: facilitatorId(c), action: "export", detail: query.data.format });
    return c.body(file.body, 200, {
      ...PRIVATE_HEADERS,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
    });
  });

  app.delete("/sessions/:id/responses", requireFacilitator, async (c) => {
    const session = await summaries.authorised(sessionId(c), facilitatorId(c), "delete-data");
    // still running: CONFLICT (409), like every error through the one table (./http-error.ts)
    const { responses, reactions, responsesDeletedAt } = await retention.deleteResponses(session);
    await sessions.recordAudit({ sessionId: session.id, actorId: facilitatorId(c), action: "responses:delete", detail: auditDetail({ deleted: { responses, reactions } }) });
    deps.logger.info({ sessionId: sessionId(c), responses, reactions }, "session responses deleted");
    return c.json({ deleted: { responses, reactions }, responsesDeletedAt });
  });

  app.delete("/sessions/:id", requireFacilitator, async (c) => {
    const session = await summaries.authorised(sessionId(c), facilitatorId(c), "delete-data");
    // the audit trail goes with the session (ON DELETE CASCADE); the log keeps who deleted it
    const result = await retention.deleteSession(session);
    deps.logger.info({ sessionId: sessionId(c), by: facilitatorId(c) }, "session deleted");
    return c.json(result);
  });
}
