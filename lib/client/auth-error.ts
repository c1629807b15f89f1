// What the sign-in and sign-up page says when Better Auth refuses: chosen by the error's code (Better
// Auth's own, or Hearth's RATE_LIMITED) and, for Hearth's refusals, its reason
// (lib/errors.ts, sent by server/services/sign-up-policy.ts), so the page says it in the reader's language — never the
// server's English message. Pure; unit-tested in tests/unit/auth-error.test.ts.
import { ACCOUNT_REFUSALS, type AccountRefusal } from "../errors";

export type AuthErrorText =
  | { key: AccountRefusal | "generic" | "wrongPassword" | "taken" | "passwordLong" | "invalidEmail" }
  | { key: "passwordShort"; values: { min: number } }
  | { key: "rateLimited"; values: { minutes: number } };

export function authErrorText(error: { code?: unknown; reason?: unknown; retryAfterSeconds?: unknown; message?: unknown } | null | undefined, minPassword: number): AuthErrorText {
  const code = typeof error?.code === "string" ? error.code : "";
  if (ACCOUNT_REFUSALS.includes(error?.reason as AccountRefusal)) return { key: error!.reason as AccountRefusal };
  switch (code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return { key: "wrongPassword" };
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return { key: "taken" };
    case "PASSWORD_TOO_SHORT":
      return { key: "passwordShort", values: { min: minPassword } };
    case "PASSWORD_TOO_LONG":
      return { key: "passwordLong" };
    case "INVALID_EMAIL":
      return { key: "invalidEmail" };
    case "RATE_LIMITED": {
      const seconds = typeof error?.retryAfterSeconds === "number" && error.retryAfterSeconds > 0 ? error.retryAfterSeconds : 60;
      return { key: "rateLimited", values: { minutes: Math.ceil(seconds / 60) } };
    }
    default:
      return { key: "generic" };
  }
}
