// An answer that did not reach the database — the server said UNAVAILABLE
// (its database is down or restarting), no reply came in time, or the phone
// was offline — is sent again automatically, and the phone says "not saved
// yet" meanwhile instead of asking the participant to notice and tap again.
// Sending again is always safe: the server keeps one answer per person per
// question, so a repeat replaces rather than adds. Refusals that retrying
// cannot fix (the question closed, an invalid answer) are shown at once.
//
// When: at once when the phone has re-joined the room (a server that was
// restarting is back: waiting out a timer would leave the room showing "Not
// saved yet" for no reason), and otherwise after a back-off with jitter (1 s,
// 2 s, 4 s … up to 15 s, each between half and all of that), so a room of
// phones does not send all at the same instant. It keeps trying for as long as
// the question is open; it stops when the room shows the question closed or
// the session ended.
import { RETRYABLE_CODES, type ClientErrorCode } from "./errors";
import { CommandError } from "./socket";

export { RETRYABLE_CODES } from "./errors";

export const RETRY_BASE_MS = 1_000;
export const RETRY_MAX_MS = 15_000;

export type RetryNotice = { code: ClientErrorCode; message: string; attempt: number; nextInMs: number };

export function isRetryable(error: unknown): error is CommandError {
  return error instanceof CommandError && RETRYABLE_CODES.has(error.code);
}

/** The wait before retry number `attempt` (1, 2, …): doubling from 1 s up to 15 s, each between half and all of it. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.min(attempt - 1, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export type RetryOptions = {
  /** Subscribe to "this phone re-joined the room"; returns the unsubscribe. A waiting retry then goes at once. */
  onRejoined?: (listener: () => void) => () => void;
  /** Whether the answer is still wanted (its question open, the session not ended); checked before each retry. */
  stillWanted?: () => boolean;
  delayMs?: (attempt: number) => number;
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Run `attempt`; on a retryable failure wait (or until the phone re-joins)
 * and run it again, telling `onRetrying` each time, for as long as
 * `stillWanted` says so. The last failure is thrown as it came once the
 * answer is no longer wanted, or at once when it is not retryable.
 */
export async function withRetries<T>(attempt: () => Promise<T>, onRetrying: (notice: RetryNotice) => void = () => {}, options: RetryOptions = {}): Promise<T> {
  const { onRejoined, stillWanted = () => true, delayMs = retryDelayMs, sleep = realSleep } = options;
  let rejoined = false;
  let wake: (() => void) | null = null;
  // a re-join while an attempt is still under way counts too: the next wait is skipped
  const unsubscribe = onRejoined?.(() => {
    rejoined = true;
    wake?.();
  });
  try {
    for (let i = 1; ; i++) {
      try {
        return await attempt();
      } catch (error) {
        if (!isRetryable(error) || !stillWanted()) throw error;
        const wait = delayMs(i);
        onRetrying({ code: error.code, message: error.message, attempt: i, nextInMs: wait });
        if (!rejoined) await Promise.race([sleep(wait), new Promise<void>((resolve) => (wake = resolve))]);
        wake = null;
        rejoined = false;
        if (!stillWanted()) throw error;
      }
    }
  } finally {
    unsubscribe?.();
  }
}
