// How many events one connection sent in the current window, counted in the
// connection itself. A connection lives in one process and dies with its
// socket, so nothing needs sharing, storing or hashing: a fixed-window count
// per socket does what a limiter library's store would, without a keyed hash
// and a store lookup on every message (which were 8% of the server's CPU in a
// burst of answers: bench/README.md). The limits are in ./rate-limits.ts.
import type { RateLimits } from "./rate-limits";

export type ConnectionEventLimits = {
  /** past this many events in the window, each event is answered RATE_LIMITED */
  softLimit: number;
  /** past this many, the connection is closed (a flood, not a person) */
  disconnectAfter: number;
  /** a new counter for one connection: call it once per event; returns the count so far in the window */
  newCounter(): (now?: number) => number;
};

export function connectionEventLimits(spec: RateLimits["socketEvents"]): ConnectionEventLimits {
  const windowMs = spec.duration * 1000;
  return {
    softLimit: spec.points,
    disconnectAfter: spec.disconnectAfter,
    newCounter() {
      let windowStart = -Infinity;
      let count = 0;
      return (now = Date.now()) => {
        if (now - windowStart >= windowMs) {
          windowStart = now;
          count = 0;
        }
        return ++count;
      };
    },
  };
}
