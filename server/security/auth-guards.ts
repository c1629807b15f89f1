// Rate limits on Better Auth's endpoints, as its `hooks`:
// - sign-in: attempts per client address; wrong passwords per account and
//   address, and per account from anywhere (only failures count, and a
//   successful sign-in clears the account-and-address count);
// - change-password: a wrong "current password" counts as a wrong password
//   for that account (someone holding a stolen session cookie must not be
//   able to guess the password and take the account over);
// - sign-up: new accounts per client address.
// Refusals are HTTP 429 with code RATE_LIMITED, a message to show, and Retry-After.
//
// Better Auth's own rate limiter is switched off (server/auth.ts): it counts
// per address and path only, and reads the address from X-Forwarded-For
// without knowing which proxies to trust. These limits are Hearth's, shared
// through Redis like the others, keyed by the address ./client-ip.ts resolved.
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { currentClientIp } from "./client-ip";
import { waitText } from "./join-guard";
import type { Limiter } from "./limiter";

export type AuthGuardLimiters = {
  signInAttempts: Limiter;
  passwordFailuresAccountAndIp: Limiter;
  passwordFailuresAccount: Limiter;
  signUps: Limiter;
};

const normaliseEmail = (email: unknown) => (typeof email === "string" ? email.normalize("NFC").trim().toLowerCase() : "");

function tooMany(what: string, retryAfterSeconds: number): APIError {
  return new APIError(
    "TOO_MANY_REQUESTS",
    // retryAfterSeconds: the sign-in page says the wait in the reader's language
    { code: "RATE_LIMITED", retryAfterSeconds, message: `${what} Please wait ${waitText(retryAfterSeconds)}, then try again.` },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

export function createAuthGuards(limiters: AuthGuardLimiters) {
  /** Refuse when the account (from this address, or from anywhere) has no wrong passwords left. */
  async function checkPasswordBudget(email: string, ip: string) {
    for (const [limiter, key] of [
      [limiters.passwordFailuresAccountAndIp, `${email}|${ip}`],
      [limiters.passwordFailuresAccount, email],
    ] as const) {
      const budget = await limiter.check(key);
      if (!budget.allowed) throw tooMany("Too many wrong passwords for this account.", budget.retryAfterSeconds);
    }
  }
  async function passwordFailed(email: string, ip: string) {
    await limiters.passwordFailuresAccountAndIp.consume(`${email}|${ip}`);
    await limiters.passwordFailuresAccount.consume(email);
  }

  const before = createAuthMiddleware(async (ctx) => {
    const ip = currentClientIp();
    if (!ip) return; // called from the server itself (auth.api.*), not over HTTP
    if (ctx.path === "/sign-in/email") {
      const attempts = await limiters.signInAttempts.consume(ip);
      if (!attempts.allowed) throw tooMany("Too many sign-in attempts from this network.", attempts.retryAfterSeconds);
      const email = normaliseEmail(ctx.body?.email);
      if (email) await checkPasswordBudget(email, ip);
    } else if (ctx.path === "/change-password") {
      const session = await getSessionFromCtx(ctx);
      if (session) await checkPasswordBudget(normaliseEmail(session.user.email), ip);
    } else if (ctx.path === "/sign-up/email") {
      const signUps = await limiters.signUps.consume(ip);
      if (!signUps.allowed) throw tooMany("Too many new accounts from this network.", signUps.retryAfterSeconds);
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    const ip = currentClientIp();
    if (!ip) return;
    const returned = ctx.context.returned;
    if (ctx.path === "/sign-in/email") {
      const email = normaliseEmail(ctx.body?.email);
      if (!email) return;
      if (isAPIError(returned) && returned.statusCode === 401) await passwordFailed(email, ip);
      else if (!isAPIError(returned)) await limiters.passwordFailuresAccountAndIp.reset(`${email}|${ip}`);
    } else if (ctx.path === "/change-password" && isAPIError(returned) && (returned.body as { code?: string } | undefined)?.code === "INVALID_PASSWORD") {
      const session = await getSessionFromCtx(ctx);
      if (session) await passwordFailed(normaliseEmail(session.user.email), ip);
    }
  });

  return { before, after };
}

export type AuthGuards = ReturnType<typeof createAuthGuards>;
