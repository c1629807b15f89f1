// The only errors whose code and message may leave the server. Anything else
// thrown in a handler becomes a generic INTERNAL error and a log line.
import type { ErrorCode } from "../../lib/events";

export class HearthError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "HearthError";
  }
}

export const notFound = (what: string) => new HearthError("NOT_FOUND", `That ${what} does not exist (or is not yours).`);
