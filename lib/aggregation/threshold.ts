// The anonymity threshold k: no breakdown of a prompt's answers exists
// anywhere until at least k participants have answered it.

/** The default k for a new session (PRODUCT.md: "default 3, set per session"). */
export const DEFAULT_ANONYMITY_THRESHOLD = 3;

/**
 * The threshold, checked. Throws a RangeError unless it is a whole number of
 * at least 1: a NaN or undefined threshold would make `answerCount < k` false
 * and so *show* everything, so a bad value must fail loudly rather than open.
 */
export function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`anonymity threshold must be a whole number of at least 1 (got ${String(threshold)})`);
  }
  return threshold;
}
