// Every HTTP error has the same shape as a socket error: a code (lib/errors.ts)
// and a human message, plus details some routes need. The status comes from
// the code, through the one table below, on every route.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode, ErrorDetails } from "../../lib/errors";
import { isStorageError } from "../database/storage-errors";
import type { Logger } from "../logger";
import { HearthError } from "../services/hearth-error";

/** The HTTP status for each error code (one table, used by every route). */
export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  INVALID_ANSWER: 400,
  UNKNOWN_EVENT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSPHRASE_REQUIRED: 403,
  PASSPHRASE_WRONG: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PROMPT_CLOSED: 409,
  SESSION_LOCKED: 409,
  SESSION_ENDED: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export function httpError(c: Context, code: ErrorCode, message: string, details: ErrorDetails = {}) {
  return c.json({ error: { code, message, ...details } }, STATUS_BY_CODE[code]);
}

/**
 * Any error a route let through, as its HTTP answer: a HearthError as
 * itself, the database being away as 503 UNAVAILABLE (as sockets answer
 * it), anything else as a logged 500 that says nothing of the cause.
 */
export function errorResponse(c: Context, error: unknown, logger: Logger) {
  if (error instanceof HearthError) return httpError(c, error.code, error.message, error.details);
  logger.error({ err: error, path: c.req.path }, "api request failed");
  if (isStorageError(error)) return httpError(c, "UNAVAILABLE", "Not saved: the server could not reach its database. Please try again.");
  return httpError(c, "INTERNAL", "Something went wrong on the server. Please try again.");
}
