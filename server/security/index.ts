// Hearth's abuse resistance, built once per process by startHearth and handed
// to the API (./http.ts), Better Auth (./auth-guards.ts) and Socket.IO
// (server/realtime). The numbers are in ./rate-limits.ts.
import type { IncomingMessage } from "node:http";
import type { Logger } from "../logger";
import { createAuthGuards } from "./auth-guards";
import { createClientIpResolver, rateLimitKeyForIp } from "./client-ip";
import { connectionEventLimits } from "./connection-events";
import { createHttpGuards } from "./http";
import { createJoinGuard } from "./join-guard";
import { createLimiterStore } from "./limiter";
import { resolveRateLimits, type RateLimitOverrides } from "./rate-limits";

export type SecurityOptions = {
  /** the auth secret: also keys the hashes limiter keys are stored under */
  secret: string;
  /** redis://… — share rate-limit counts between processes */
  redisUrl?: string;
  /** proxies whose X-Forwarded-For is believed (TRUST_PROXY); see ./client-ip.ts */
  trustProxy?: string[];
  /** replace some of the default limits (tests use small ones) */
  rateLimits?: RateLimitOverrides;
  /** the browser origins Hearth is served from: API writes from any other are refused */
  allowedOrigin: (origin: string) => boolean;
  /** served over HTTPS (adds Strict-Transport-Security) */
  https: boolean;
  logger: Logger;
};

export async function createSecurity(options: SecurityOptions) {
  const limits = resolveRateLimits(options.rateLimits);
  const store = await createLimiterStore({ secret: options.secret, redisUrl: options.redisUrl, logger: options.logger });
  const resolve = createClientIpResolver(options.trustProxy);
  /** The address a request is counted under (an IPv6 client by its /64). Never store it. */
  const clientIp = (req: Pick<IncomingMessage, "headers" | "socket">) => rateLimitKeyForIp(resolve(req));

  const join = createJoinGuard({
    attempts: store.shared("join-attempts-ip", limits.joinAttemptsPerIp),
    misses: store.shared("join-misses-ip", limits.joinCodeMissesPerIp),
  });
  const connections = store.shared("connections-ip", limits.connectionsPerIp);

  return {
    limits,
    backend: store.backend,
    clientIp,
    join,
    connections,
    /** per connection: past `softLimit` each event is refused, past `disconnectAfter` the connection is closed */
    socketEvents: connectionEventLimits(limits.socketEvents),
    http: createHttpGuards({ clientIp, apiRequests: store.shared("api-requests-ip", limits.apiRequestsPerIp), join, allowedOrigin: options.allowedOrigin, https: options.https }),
    auth: createAuthGuards({
      signInAttempts: store.shared("sign-in-ip", limits.signInAttemptsPerIp),
      passwordFailuresAccountAndIp: store.shared("password-failures-account-ip", limits.passwordFailuresPerAccountAndIp),
      passwordFailuresAccount: store.shared("password-failures-account", limits.passwordFailuresPerAccount),
      signUps: store.shared("sign-ups-ip", limits.signUpsPerIp),
    }),
    /** a participant's check-in commands (server/services/check-in-service.ts), counted across processes with Redis */
    checkInCommands: store.shared("check-in-participant", limits.checkInCommandsPerParticipant),
    close: () => store.close(),
  };
}

export type Security = Awaited<ReturnType<typeof createSecurity>>;
export { DEFAULT_RATE_LIMITS, joinCodeGuessingCost, type RateLimitOverrides, type RateLimits } from "./rate-limits";
