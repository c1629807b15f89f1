import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../../lib/events";

/** Every HTTP error has the same shape as a socket error: a code and a human message. */
export function httpError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** The HTTP status for each error code a service may throw (one table, used by every route). */
export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  INVALID_ANSWER: 400,
  UNKNOWN_EVENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PROMPT_CLOSED: 409,
  SESSION_LOCKED: 409,
  PASSPHRASE_REQUIRED: 403,
  PASSPHRASE_WRONG: 403,
  SESSION_ENDED: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
