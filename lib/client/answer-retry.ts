// An answer that did not reach the database — the server said UNAVAILABLE
// (its database is down or restarting), no reply came in time, or the phone
// was offline — is sent again automatically a few times, and the phone says
// "not saved yet, retrying" meanwhile instead of asking the participant to
// notice and tap again. Sending again is always safe: the server keeps one
// answer per person per question, so a repeat replaces rather than adds.
// Refusals that retrying cannot fix (the question closed, an invalid answer)
// are shown at once.
import { CommandError } from "./socket";

/** Codes that mean "not saved this time", not "never". */
// (UNAUTHENTICATED: the command overtook the phone's re-join after a reconnect;
// INTERNAL is not retried: a server bug should be shown, not hidden for 30 s.)
export const RETRYABLE_CODES = new Set(["UNAVAILABLE", "TIMEOUT", "OFFLINE", "UNAUTHENTICATED"]);

/** About 30 seconds in all: a database restart or a train tunnel, not a lost cause. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export type RetryNotice = { code: string; message: string; attempt: number; nextInMs: number };

export function isRetryable(error: unknown): error is CommandError {
  return error instanceof CommandError && RETRYABLE_CODES.has(error.code);
}

/**
 * Run `attempt`; on a retryable failure wait and run it again, telling
 * `onRetrying` each time. The last failure is thrown as it came.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  onRetrying: (notice: RetryNotice) => void = () => {},
  delaysMs: readonly number[] = RETRY_DELAYS_MS,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || i >= delaysMs.length) throw error;
      onRetrying({ code: error.code, message: error.message, attempt: i + 1, nextInMs: delaysMs[i] });
      await sleep(delaysMs[i]);
    }
  }
}
