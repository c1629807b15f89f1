// Join attempts per client address, shared by the socket command
// `participant:join` and the HTTP look-up `GET /api/join/:code`: both tell a
// guesser whether a code leads to a session, so both spend one budget. The
// participant page (/s/CODE) looks its session up too, to render its first
// screen (server/pages/participant-first-screen.ts): it keeps to the same
// misses (mayLookUp, then missed for an unknown code).
import type { Limiter } from "./limiter";

export type JoinRefusal = { retryAfterSeconds: number; message: string };

export type JoinGuard = {
  /** Before looking a code up: null to go ahead, or why not. */
  admit(ip: string): Promise<JoinRefusal | null>;
  /** After "no session has that code": spend one of the address's misses. */
  missed(ip: string): Promise<void>;
  /**
   * Before a page looks a code up: false once the address's misses are spent (as admit refuses
   * then). It spends no join attempt: the page's phone joins over its socket a moment later, which
   * spends one, and the attempts budget is sized for a room joining at once (rate-limits.ts).
   */
  mayLookUp(ip: string): Promise<boolean>;
};

export function createJoinGuard(limiters: { attempts: Limiter; misses: Limiter }): JoinGuard {
  return {
    async admit(ip) {
      // Once the misses are spent, every attempt is refused — right codes too,
      // or the refusal itself would tell a guesser when they had found one.
      const misses = await limiters.misses.check(ip);
      if (!misses.allowed) return refusal(misses.retryAfterSeconds);
      const attempts = await limiters.attempts.consume(ip);
      if (!attempts.allowed) return refusal(attempts.retryAfterSeconds);
      return null;
    },
    async missed(ip) {
      await limiters.misses.consume(ip);
    },
    async mayLookUp(ip) {
      return (await limiters.misses.check(ip)).allowed;
    },
  };
}

function refusal(retryAfterSeconds: number): JoinRefusal {
  return { retryAfterSeconds, message: `Too many join attempts from this network. Please wait ${waitText(retryAfterSeconds)}, then try again.` };
}

/** "about 3 minutes", "a few seconds" */
export function waitText(seconds: number): string {
  if (seconds <= 10) return "a few seconds";
  if (seconds < 90) return `about ${Math.ceil(seconds / 10) * 10} seconds`;
  return `about ${Math.ceil(seconds / 60)} minutes`;
}
