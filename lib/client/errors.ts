// The browser's side of the one error model (lib/errors.ts): every error the browser client raises
// carries a ClientErrorCode — the server's code, or the browser's own TIMEOUT, OFFLINE or NETWORK — so
// screens decide on codes, never on HTTP statuses or strings the compiler cannot check.
import { CLIENT_ONLY_ERROR_CODES, isErrorCode, type ClientErrorCode } from "../errors";

export type { ClientErrorCode, ErrorCode } from "../errors";

/** Codes that mean "not saved this time", not "never": an answer is sent again by itself (lib/client/answer-retry.ts). */
// (UNAUTHENTICATED: the command overtook the phone's re-join after a reconnect;
// INTERNAL is not retried: a server bug should be shown, not hidden.)
export const RETRYABLE_CODES: ReadonlySet<ClientErrorCode> = new Set<ClientErrorCode>(["UNAVAILABLE", "TIMEOUT", "OFFLINE", "UNAUTHENTICATED"]);

// What a status means when an answer has no code of ours in its body (a proxy's error page, an empty
// body): the same table as the server's (server/http/http-error.ts), read backwards, first code wins.
const CODE_BY_STATUS: Record<number, ClientErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  410: "SESSION_ENDED",
  429: "RATE_LIMITED",
  503: "UNAVAILABLE",
};

/** The code of an HTTP error answer: the body's when it is one of ours, else the one its status stands for. */
export function codeOfResponse(status: number, bodyCode: unknown): ClientErrorCode {
  if (isErrorCode(bodyCode)) return bodyCode;
  return CODE_BY_STATUS[status] ?? "INTERNAL";
}

/** The code an error carries, if it is one of ours (a CommandError's, an ApiError's), else null. */
export function errorCodeOf(error: unknown): ClientErrorCode | null {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  return isErrorCode(code) || CLIENT_ONLY.has(code as ClientErrorCode) ? (code as ClientErrorCode) : null;
}
const CLIENT_ONLY: ReadonlySet<ClientErrorCode> = new Set(CLIENT_ONLY_ERROR_CODES);
