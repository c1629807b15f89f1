// Hono middleware for the JSON API: one guard for every /api request (per-IP
// request budget, body size limit, the client address for Better Auth's
// hooks, security headers and no-store caching), and the join-code guard for
// the public look-up routes.
import type { IncomingMessage } from "node:http";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ErrorCode } from "../../lib/events";
import type { ClientIpResolver } from "./client-ip";
import { runWithClientIp } from "./client-ip";
import { apiSecurityHeaders } from "./headers";
import type { JoinGuard } from "./join-guard";
import { waitText } from "./join-guard";
import type { Limiter } from "./limiter";

/**
 * The largest request body the API reads. Every body Hearth takes is small
 * JSON (sign-in, a session's settings, a template of an article, which is tens
 * of kilobytes); 1 MB leaves room and bounds what one request can make the
 * server hold in memory.
 */
export const MAX_API_BODY_BYTES = 1024 * 1024;

export type HttpGuardOptions = {
  clientIp: ClientIpResolver;
  apiRequests: Limiter;
  join: JoinGuard;
  /** Origin headers accepted on requests that change something */
  allowedOrigin: (origin: string) => boolean;
  https: boolean;
};

const errorJson = (code: ErrorCode, message: string) => JSON.stringify({ error: { code, message } });

function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}

function rateLimited(message: string, retryAfterSeconds: number): Response {
  return new Response(errorJson("RATE_LIMITED", message), {
    status: 429,
    headers: { "Content-Type": "application/json", "Retry-After": String(retryAfterSeconds) },
  });
}

export function createHttpGuards(options: HttpGuardOptions) {
  const headers = Object.entries(apiSecurityHeaders(options.https));
  const limitBody = bodyLimit({
    maxSize: MAX_API_BODY_BYTES,
    // the unread rest of the body stays on the wire: close the connection rather than reuse it
    onError: (c) =>
      c.body(errorJson("BAD_REQUEST", `That request is too large (the limit is ${MAX_API_BODY_BYTES / 1024} kB).`), 413, {
        "Content-Type": "application/json",
        Connection: "close",
      }),
  });
  const addressOf = (c: Context) => {
    const incoming = incomingOf(c);
    return incoming ? options.clientIp(incoming) : "unknown";
  };

  /** Mounted first on the whole API. */
  const api: MiddlewareHandler = async (c, next) => {
    const ip = addressOf(c);
    const budget = await options.apiRequests.consume(ip);
    if (!budget.allowed) {
      c.res = rateLimited(`Too many requests from this network. Please wait ${waitText(budget.retryAfterSeconds)}, then try again.`, budget.retryAfterSeconds);
    } else if (isCrossSiteWrite(c, options.allowedOrigin)) {
      // cross-site request forgery: the cookie is SameSite=Lax, and this refuses
      // what Lax lets through (a sibling subdomain, an old browser)
      c.res = new Response(errorJson("FORBIDDEN", "Requests from other sites are refused."), { status: 403, headers: { "Content-Type": "application/json" } });
    } else if (isNonJsonBody(c)) {
      c.res = new Response(errorJson("BAD_REQUEST", "Send the request body as JSON (Content-Type: application/json)."), {
        status: 415,
        headers: { "Content-Type": "application/json", Connection: "close" },
      });
    } else {
      // (bodyLimit answers 413 itself; otherwise it resolves with whatever next() does)
      const early: unknown = await runWithClientIp(ip, () => limitBody(c, next));
      if (early instanceof Response) c.res = early;
    }
    setHeaders(c, headers);
  };

  /** On the public join-code look-ups (`/api/join/*`): enumeration protection. */
  const joinCodes: MiddlewareHandler = async (c, next) => {
    const ip = addressOf(c);
    const refused = await options.join.admit(ip);
    if (refused) {
      c.res = rateLimited(refused.message, refused.retryAfterSeconds);
      return;
    }
    await next();
    if (c.res.status === 404) await options.join.missed(ip);
  };

  return { api, joinCodes };
}

/** A request that may change something, sent by a page of another origin. */
function isCrossSiteWrite(c: Context, allowedOrigin: (origin: string) => boolean): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return false;
  if (c.req.header("sec-fetch-site") === "cross-site") return true;
  const origin = c.req.header("origin");
  // no Origin: not a browser (curl, scripts); browsers send it on every cross-origin write
  return origin !== undefined && !allowedOrigin(origin);
}

/**
 * A request body that is not declared as JSON. Every body the API reads is
 * JSON, and a form or text/plain body is what a page of another site can send
 * without a CORS preflight: refusing it (415) keeps the API from acting on a
 * body it was never meant to parse. Writes without a body (DELETE, a
 * duplicate) need no Content-Type. The binary uploads — a Word document for
 * the article import, a step's picture — have types no page can send
 * cross-site without a preflight (they are not CORS-safelisted), so they keep
 * that protection.
 */
const BINARY_UPLOAD_TYPES = new Set(["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/png", "image/jpeg"]);

function isNonJsonBody(c: Context): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return false;
  const length = c.req.header("content-length");
  const hasBody = (length !== undefined && length.trim() !== "0") || c.req.header("transfer-encoding") !== undefined;
  if (!hasBody) return false;
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  return !(type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type) || BINARY_UPLOAD_TYPES.has(type));
}

function setHeaders(c: Context, headers: [string, string][]) {
  const apply = (res: Response) => {
    for (const [name, value] of headers) res.headers.set(name, value);
    // authenticated JSON must not sit in a shared cache or the browser's back/forward cache
    if (!res.headers.has("Cache-Control")) res.headers.set("Cache-Control", "no-store");
  };
  try {
    apply(c.res);
  } catch {
    // a Response with immutable headers (e.g. one passed through from fetch): copy it
    c.res = new Response(c.res.body, c.res);
    apply(c.res);
  }
}
