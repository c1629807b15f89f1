// The sign-in page's words for a refusal (lib/client/auth-error.ts): by code and reason, never the
// server's English message, and every key it names exists in every locale's auth messages.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authErrorText } from "../../lib/client/auth-error";
import { ACCOUNT_REFUSALS } from "../../lib/errors";

const messagesDir = path.join(import.meta.dirname, "../../messages");

describe("the sign-in page's words for a refusal", () => {
  it("chooses by Hearth's reason first, then by Better Auth's code, else says something general", () => {
    expect(authErrorText({ code: "FORBIDDEN", reason: "SIGN_UP_CLOSED", message: "This Hearth is not taking new accounts." }, 10)).toEqual({ key: "SIGN_UP_CLOSED" });
    expect(authErrorText({ code: "FORBIDDEN", reason: "made up" }, 10)).toEqual({ key: "generic" });
    expect(authErrorText({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }, 10)).toEqual({ key: "wrongPassword" });
    expect(authErrorText({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" }, 10)).toEqual({ key: "taken" });
    expect(authErrorText({ code: "PASSWORD_TOO_SHORT" }, 12)).toEqual({ key: "passwordShort", values: { min: 12 } });
    expect(authErrorText({ code: "RATE_LIMITED", retryAfterSeconds: 61 }, 10)).toEqual({ key: "rateLimited", values: { minutes: 2 } });
    expect(authErrorText({ code: "RATE_LIMITED" }, 10)).toEqual({ key: "rateLimited", values: { minutes: 1 } });
    expect(authErrorText(null, 10)).toEqual({ key: "generic" });
  });

  it("has words for every reason and code it can choose, in every locale", () => {
    const keys = [...ACCOUNT_REFUSALS, "generic", "wrongPassword", "taken", "passwordShort", "passwordLong", "invalidEmail", "rateLimited"];
    for (const locale of readdirSync(messagesDir)) {
      const errors = JSON.parse(readFileSync(path.join(messagesDir, locale, "auth.json"), "utf8")).errors as Record<string, string>;
      for (const key of keys) expect(errors[key], `${locale}: auth.errors.${key}`).toEqual(expect.any(String));
    }
  });
});
