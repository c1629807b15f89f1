// The only errors whose code and message may leave the server. Anything else
// thrown in a handler becomes a generic INTERNAL error and a log line (or
// UNAVAILABLE when the database is away: server/database/storage-errors.ts).
// Codes: lib/errors.ts; their HTTP statuses: server/http/http-error.ts.
import type { ErrorCode, ErrorDetails } from "../../lib/errors";

export class HearthError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** sent with the error on HTTP only (a template's problems, the version a stale save lost to) */
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "HearthError";
  }
}

export const notFound = (what: string) => new HearthError("NOT_FOUND", `That ${what} does not exist (or is not yours).`);
