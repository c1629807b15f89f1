// Hearth's JSON API under /api. It lives in the custom server (not in Next's
// route handlers) so that the API, the sockets and the in-memory session
// state share one module graph and one Prisma client, and so the integration
// tests can run it without building the pages.
import { Hono } from "hono";
import QRCode from "qrcode";
import { z } from "zod";
import { facilitatorLine } from "../../lib/activities";
import { idSchema } from "../../lib/events";
import { LOCALES } from "../../lib/i18n/locales";
import { facilitatorFromHeaders, type FacilitatorEnv } from "../auth";
import type { ApiDeps, RequireFacilitator } from "./deps";
import { errorResponse, httpError } from "./http-error";
import { registerSummaryRoutes } from "./summary-routes";
import { registerAdminRoutes } from "./admin-routes";
import { registerCoFacilitatorRoutes } from "./co-facilitator-routes";
import { registerTemplateRoutes } from "./template-routes";
import { registerRoomRoutes } from "./room-routes";
import { registerTeamRoutes } from "./team-routes";

const createSessionBody = z
  .object({
    templateId: idSchema,
    title: facilitatorLine().trim().max(120).optional(),
    anonymityThreshold: z.number().int().min(1).max(50).optional(),
  })
  .strict();

const accountLanguageBody = z.object({ locale: z.enum(LOCALES).nullable() }).strict();

export type { ApiDeps };

export function createApi(deps: ApiDeps) {
  const app = new Hono<FacilitatorEnv>().basePath("/api");
  app.use("*", deps.security.http.api); // per-IP request budget, body limit, security headers
  app.use("/join/*", deps.security.http.joinCodes); // join-code enumeration limits

  app.onError((error, c) => errorResponse(c, error, deps.logger));
  app.notFound((c) => httpError(c, "NOT_FOUND", "There is no such API route."));

  // 503 only when this process cannot serve (no database). Without Redis it
  // still serves its own connections: 200 "degraded", so a load balancer does
  // not take every process out of service at once because Redis is away.
  app.get("/health", async (c) => {
    const redis = deps.redisStatus?.() ?? "not configured";
    try {
      await deps.pingDatabase();
    } catch (error) {
      deps.logger.warn({ err: error }, "health check: database did not answer");
      return c.json({ status: "unavailable", database: deps.provider, redis, reason: "the database did not answer" }, 503);
    }
    if (redis === "unavailable")
      return c.json({
        status: "degraded",
        database: deps.provider,
        redis,
        reason: "Redis is unreachable: this process serves its own connections; other processes' changes are not reaching it",
      });
    return c.json({ status: "ok", database: deps.provider, redis });
  });

  // Better Auth: sign up, sign in, sign out, session
  app.on(["GET", "POST"], "/auth/*", (c) => deps.auth.handler(c.req.raw));

  app.get("/setup", async (c) => {
    const signUp = await deps.signUpPolicy.current();
    return c.json({ hasFacilitators: signUp !== "first-account", signUp });
  });

  // Everything below needs a signed-in facilitator.
  const requireFacilitator: RequireFacilitator = async (c, next) => {
    const facilitator = await facilitatorFromHeaders(deps.auth, c.req.raw.headers);
    if (!facilitator) return httpError(c, "UNAUTHENTICATED", "Sign in as a facilitator first.");
    c.set("facilitator", facilitator);
    await next();
  };

  app.get("/me", requireFacilitator, async (c) => {
    const id = c.get("facilitator").id;
    const [role, locale] = await Promise.all([deps.admin.roleOf(id), deps.languages.accountLocale(id)]);
    return c.json({ facilitator: { ...c.get("facilitator"), role, locale } });
  });

  // the language of this facilitator's pages; null follows the browser's Accept-Language
  app.put("/account/language", requireFacilitator, async (c) => {
    const body = accountLanguageBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return httpError(c, "BAD_REQUEST", `Choose one of ${LOCALES.join(", ")}, or null for the browser's language.`);
    await deps.languages.setAccountLocale(c.get("facilitator").id, body.data.locale);
    return c.json({ locale: body.data.locale });
  });

  app.get("/sessions", requireFacilitator, async (c) => {
    const sessions = await deps.sessions.listForFacilitator(c.get("facilitator").id);
    return c.json({
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        joinCode: s.joinCode,
        status: s.status,
        createdAt: s.createdAt,
        participantCount: s.participantCount,
        role: s.role,
        ...(s.role === "owner" ? {} : { ownerName: s.ownerName }),
      })),
    });
  });

  app.post("/sessions", requireFacilitator, async (c) => {
    const body = createSessionBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      const issue = body.error.issues[0];
      return httpError(c, "BAD_REQUEST", `Could not create the session (${issue?.path.join(".") || "body"}: ${issue?.message}).`);
    }
    const ownerId = c.get("facilitator").id;
    // run for the owner's current team (its admins list it), or personal
    const team = await deps.teams.currentTeam(ownerId);
    const session = await deps.sessions.createSession({ ownerId, ...body.data, teamId: team?.id ?? null });
    return c.json({ session: { id: session.id, joinCode: session.joinCode, title: session.title } }, 201);
  });

  app.get("/sessions/:id", requireFacilitator, async (c) => {
    const facilitatorId = c.get("facilitator").id;
    const session = await deps.sessions.authorised(c.req.param("id") ?? "", facilitatorId, "run");
    const r = session.record;
    const role = await deps.sessions.access.roleOf(r, facilitatorId);
    return c.json({ session: { id: r.id, title: r.title, joinCode: r.joinCode, joinUrl: session.joinUrl, status: r.status, role } });
  });

  registerSummaryRoutes(app, deps, requireFacilitator);
  registerTemplateRoutes(app, deps, requireFacilitator);
  registerCoFacilitatorRoutes(app, deps, requireFacilitator);
  registerAdminRoutes(app, deps, requireFacilitator);
  registerRoomRoutes(app, deps);
  registerTeamRoutes(app, deps, requireFacilitator);

  // Public: does this join code lead anywhere? (The phone asks before connecting.)
  app.get("/join/:code", async (c) => {
    const session = await deps.sessions.findByJoinCode(c.req.param("code") ?? "");
    if (!session) return httpError(c, "NOT_FOUND", "No session has that code. Check the code on the screen and try again.");
    if (session.status === "ended") return httpError(c, "SESSION_ENDED", "This session has ended. Thank you for being part of it.");
    return c.json({ session: { code: session.joinCode, title: session.title, status: session.status, locked: session.locked } });
  });

  // The QR code the projector shows: it encodes the public join link only.
  app.get("/join/:code/qr.svg", async (c) => {
    const session = await deps.sessions.findByJoinCode(c.req.param("code") ?? "");
    if (!session) return httpError(c, "NOT_FOUND", "No session has that code.");
    const svg = await QRCode.toString(deps.sessions.joinUrlFor(session.joinCode), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    return c.body(svg, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "private, max-age=300" });
  });

  return app;
}
