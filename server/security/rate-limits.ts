// Every rate limit Hearth enforces, with its numbers and the reason for them,
// in one place. The limiters themselves are in ./limiter.ts; where each one is
// checked is noted beside it.
//
// The hard constraint behind the per-IP numbers: a whole room of participants
// usually shares ONE public IP address (the venue's Wi-Fi, a school network, a
// mobile carrier's NAT), so "per IP" limits must let a full room join at once,
// while still making guessing and flooding pointless.
import { JOIN_CODE_SPACE } from "../../lib/join-code";

/** `points` actions per `duration` seconds (a fixed window per key). */
export type LimitSpec = { points: number; duration: number };

export type RateLimits = {
  /**
   * Socket.IO events per connection (checked in server/realtime/command.ts).
   * A phone sends a handful of events a minute; a facilitator stepping through
   * with the arrow keys sends a few a second. Past `points` in `duration`
   * seconds every event is answered RATE_LIMITED without being run; past
   * `disconnectAfter` the connection is closed (a flood, not a person).
   */
  socketEvents: LimitSpec & { disconnectAfter: number };
  /**
   * New Socket.IO connections per client IP (checked in the handshake,
   * server/realtime/index.ts). A room of ~300 phones behind one NAT can all
   * connect (and reconnect once) within a minute.
   */
  connectionsPerIp: LimitSpec;
  /**
   * Join attempts per client IP, right or wrong: `participant:join` and
   * `GET /api/join/:code` (and its QR code) share this budget. Bounds the load
   * one address can cause: a room of ~300 phones looks the code up and joins
   * (2 attempts each) within the same minute.
   */
  joinAttemptsPerIp: LimitSpec;
  /**
   * Wrong join codes per client IP (the same two paths; only answers "no
   * session has that code" count). This is what stops enumeration: once spent,
   * every join attempt from that address — right or wrong — is refused until
   * the window ends, so a guesser learns nothing more. 50 typos in 10 minutes
   * is far more than a room makes (the join page checks the format first).
   * See `joinCodeGuessingCost` below for what it means for an attacker.
   */
  joinCodeMissesPerIp: LimitSpec;
  /**
   * Every /api request per client IP (server/security/http.ts). A backstop for
   * anything not covered above (exports, dashboards); generous for a room
   * behind one NAT.
   */
  apiRequestsPerIp: LimitSpec;
  /**
   * Sign-in attempts per client IP, right or wrong (server/security/auth-guards.ts).
   * Bounds password spraying across many accounts and the CPU spent on
   * password hashing; a staff room of facilitators signing in at once fits.
   */
  signInAttemptsPerIp: LimitSpec;
  /**
   * Wrong passwords for one account from one IP (sign-in, and the "current
   * password" of change-password). Stops brute force from one place. Keyed
   * by account AND address so a stranger cannot lock the real facilitator out
   * by failing on purpose from elsewhere.
   */
  passwordFailuresPerAccountAndIp: LimitSpec;
  /**
   * Wrong passwords for one account from anywhere: the ceiling for guessing
   * spread over many addresses. High enough that deliberate lock-outs are
   * costly for an attacker (and last at most an hour).
   */
  passwordFailuresPerAccount: LimitSpec;
  /** New facilitator accounts per client IP (sign-up is open on a fresh install). */
  signUpsPerIp: LimitSpec;
  /**
   * Check-in commands per participant: asking, changing the note and
   * withdrawing count together (server/services/check-in-service.ts). Enough to
   * ask, rethink the note a few times and withdraw; not enough to flood the
   * facilitator's panel. Keyed by the participant (never an address: a room
   * shares one), and shared between processes with Redis, so reconnecting to
   * another process does not start a fresh budget.
   */
  checkInCommandsPerParticipant: LimitSpec;
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
  socketEvents: { points: 60, duration: 10, disconnectAfter: 300 },
  connectionsPerIp: { points: 300, duration: 60 },
  joinAttemptsPerIp: { points: 600, duration: 60 },
  joinCodeMissesPerIp: { points: 50, duration: 10 * 60 },
  apiRequestsPerIp: { points: 1200, duration: 60 },
  signInAttemptsPerIp: { points: 30, duration: 15 * 60 },
  passwordFailuresPerAccountAndIp: { points: 10, duration: 15 * 60 },
  passwordFailuresPerAccount: { points: 50, duration: 60 * 60 },
  signUpsPerIp: { points: 10, duration: 60 * 60 },
  checkInCommandsPerParticipant: { points: 8, duration: 10 * 60 },
};

export type RateLimitOverrides = { [K in keyof RateLimits]?: Partial<RateLimits[K]> };

/** The defaults with some limits (or some of their numbers) replaced, e.g. by tests. */
export function resolveRateLimits(overrides: RateLimitOverrides = {}): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS } as Record<keyof RateLimits, LimitSpec>;
  for (const key of Object.keys(overrides) as (keyof RateLimits)[]) {
    if (!(key in DEFAULT_RATE_LIMITS)) throw new Error(`unknown rate limit "${key}"`);
    limits[key] = { ...DEFAULT_RATE_LIMITS[key], ...overrides[key] };
  }
  for (const [name, spec] of Object.entries(limits)) {
    if (!(Number.isInteger(spec.points) && spec.points > 0 && Number.isInteger(spec.duration) && spec.duration > 0))
      throw new Error(`rate limit "${name}" needs whole, positive points and duration`);
  }
  return limits as RateLimits;
}

/**
 * What guessing join codes costs one address under `misses`: the expected
 * number of attempts to land in one of `liveSessions` sessions open at the
 * same time (codes are uniform over JOIN_CODE_SPACE and guessed without
 * repeats: (SPACE + 1) / (N + 1)), and how long that takes at the limit.
 */
export function joinCodeGuessingCost(liveSessions: number, misses: LimitSpec = DEFAULT_RATE_LIMITS.joinCodeMissesPerIp) {
  const expectedAttempts = (JOIN_CODE_SPACE + 1) / (liveSessions + 1);
  const attemptsPerDay = (misses.points * 86_400) / misses.duration;
  const days = expectedAttempts / attemptsPerDay;
  return { codeSpace: JOIN_CODE_SPACE, liveSessions, expectedAttempts, attemptsPerDay, days, years: days / 365.25 };
}
