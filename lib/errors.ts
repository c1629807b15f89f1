// The one vocabulary of errors, for the server and the browser alike. A
// socket acknowledgement (`{ ok: false, error: { code, message } }`) and an
// HTTP error body (`{ error: { code, message, …details } }`) carry the same
// codes; the HTTP status of each is one table (server/http/http-error.ts).
// The message is always for a person; the code is for code.
export const ERROR_CODES = [
  "BAD_REQUEST", // payload failed validation
  "UNKNOWN_EVENT",
  "UNAUTHENTICATED", // no facilitator cookie / no participant token
  "FORBIDDEN", // authenticated, but not allowed to do this
  "NOT_FOUND",
  "CONFLICT", // not in this state: a save over a newer version, deleting a running session
  "SESSION_ENDED",
  "SESSION_LOCKED",
  "PASSPHRASE_REQUIRED", // the session has a room passphrase and none was given
  "PASSPHRASE_WRONG", // counted like a wrong join code
  "PROMPT_CLOSED",
  "INVALID_ANSWER",
  "RATE_LIMITED",
  "UNAVAILABLE", // storage unavailable: nothing was saved, try again
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes only the browser gives itself: no answer in time, no connection, the request never arrived. */
export const CLIENT_ONLY_ERROR_CODES = ["TIMEOUT", "OFFLINE", "NETWORK"] as const;
/** Every code a browser-side error may carry: the server's, and its own. */
export type ClientErrorCode = ErrorCode | (typeof CLIENT_ONLY_ERROR_CODES)[number];

/** What an HTTP error body may carry besides code and message (a socket error carries neither). */
export type ErrorDetails = {
  /** every problem in a template, as { path, message } (lib/template-schema/parse.ts) */
  fields?: { path: string; message: string }[];
  /** the version a stale save lost to (CONFLICT) */
  currentVersion?: string;
  /** why a one-time link was refused (FORBIDDEN), for the page to say in the reader's language */
  reason?: InvitationRefusal;
};

/** Why a co-facilitator or team link cannot be used; a link that matches nothing is NOT_FOUND. */
export const INVITATION_REFUSALS = ["INVITATION_EXPIRED", "INVITATION_USED", "INVITATION_OTHER_ACCOUNT"] as const;

export type InvitationRefusal = (typeof INVITATION_REFUSALS)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Why a sign-up or sign-in was refused (code FORBIDDEN, as for every refusal): sent beside the code
 * by server/services/sign-up-policy.ts, so the sign-in page can say it in the reader's language.
 */
export const ACCOUNT_REFUSALS = ["SIGN_UP_CLOSED", "INVITATION_REQUIRED", "INVITATION_OTHER_EMAIL", "INVITATION_USED", "ACCOUNT_DISABLED"] as const;

export type AccountRefusal = (typeof ACCOUNT_REFUSALS)[number];
