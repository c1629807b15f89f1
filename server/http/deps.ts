// What the HTTP routes need, passed in by server/app.ts: the services (built
// once, shared with the sockets: server/services/index.ts) and the few
// things only HTTP has. No repositories: routes reach services only. Its own
// file so that server/http/api.ts and the route files it registers do not
// import each other (tests/unit/import-cycles.test.ts).
import type { MiddlewareHandler } from "hono";
import type { Auth, FacilitatorEnv } from "../auth";
import type { Logger } from "../logger";
import type { Security } from "../security";
import type { Services } from "../services";

export type ApiDeps = Services & {
  auth: Auth;
  logger: Logger;
  /** rate limits, body size limit, security headers (server/security) */
  security: Security;
  provider: "sqlite" | "postgresql";
  /** SELECT 1 against the database; throws when it does not answer */
  pingDatabase: () => Promise<void>;
  /** Redis, which keeps several processes in step (server/realtime/cluster.ts) */
  redisStatus?: () => "ok" | "unavailable" | "not configured";
};

/** The middleware that puts the signed-in facilitator on the context (401 otherwise). */
export type RequireFacilitator = MiddlewareHandler<FacilitatorEnv>;

export type { FacilitatorEnv };
