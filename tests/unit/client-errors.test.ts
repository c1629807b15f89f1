// The browser client's error codes (lib/client/errors.ts): every error it raises carries a code of the
// one vocabulary (lib/errors.ts), also when an HTTP answer has no body of ours.
import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/client/api";
import { codeOfResponse, errorCodeOf, RETRYABLE_CODES } from "../../lib/client/errors";
import { CommandError } from "../../lib/client/socket";
import { ERROR_CODES } from "../../lib/errors";

describe("browser error codes", () => {
  it("takes the body's code when it is one of ours", () => {
    for (const code of ERROR_CODES) expect(codeOfResponse(500, code)).toBe(code);
  });

  it("reads the status when the body has no code of ours (a proxy's page, an empty body)", () => {
    expect(codeOfResponse(401, undefined)).toBe("UNAUTHENTICATED");
    expect(codeOfResponse(404, "Not Found")).toBe("NOT_FOUND");
    expect(codeOfResponse(409, null)).toBe("CONFLICT");
    expect(codeOfResponse(410, undefined)).toBe("SESSION_ENDED");
    expect(codeOfResponse(503, "<html>")).toBe("UNAVAILABLE");
    expect(codeOfResponse(502, undefined)).toBe("INTERNAL");
  });

  it("finds the code on the client's errors, and only codes of the vocabulary", () => {
    expect(errorCodeOf(new CommandError("PROMPT_CLOSED", "closed"))).toBe("PROMPT_CLOSED");
    expect(errorCodeOf(new CommandError("OFFLINE", "offline"))).toBe("OFFLINE");
    expect(errorCodeOf(new ApiError(0, "NETWORK", "unreachable"))).toBe("NETWORK");
    expect(errorCodeOf({ code: "SOMETHING_ELSE" })).toBeNull();
    expect(errorCodeOf(new Error("plain"))).toBeNull();
    expect(errorCodeOf(null)).toBeNull();
  });

  it("retries only what may succeed next time", () => {
    expect([...RETRYABLE_CODES].sort()).toEqual(["OFFLINE", "TIMEOUT", "UNAUTHENTICATED", "UNAVAILABLE"]);
  });
});
