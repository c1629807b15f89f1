// Session join codes: short, read aloud or off a projector, typed on a phone.

/**
 * The characters a join code is made of: digits 2–9 and the letters A–Z
 * without I, L, O and U. Dropped because they are mistaken for others when
 * read from a projector or heard aloud: 0/O, 1/I/L; U because it is read as
 * V from the back of a room (and, as in Crockford's Base32, dropping it makes
 * accidental rude words less likely). 30 characters remain.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/**
 * How many distinct join codes exist: 30^6 = 729,000,000.
 *
 * Guessing: someone typing random codes to stumble into a session needs on
 * average (SPACE + 1) / 2 ≈ 364.5 million attempts to hit one particular
 * session, and about SPACE / N attempts to hit any one of N sessions that are
 * open at the same time — ≈ 7.3 million for N = 100, ≈ 729,000 for N = 1,000.
 * At a join rate limit of, say, 10 attempts a minute per client that is years
 * per hit, so the code is fine as a room key; it is not a secret that
 * protects data (joining only lets someone answer, never read answers
 * outside the aggregate).
 */
export const JOIN_CODE_SPACE = JOIN_CODE_ALPHABET.length ** JOIN_CODE_LENGTH;

/** The part of Web Crypto we need; tests pass a deterministic fake. */
export interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

export interface GenerateJoinCodeOptions {
  length?: number;
  /**
   * Return true to reject a candidate and draw again, e.g. `isProfane` from
   * lib/words.ts, or a check against codes of sessions still open.
   * Re-drawing uniformly keeps every accepted code equally likely.
   */
  reject?: (code: string) => boolean;
  /** Give up after this many rejected candidates (default 100). */
  maxAttempts?: number;
}

// Bytes at or above this limit are thrown away: 240 = 8 × 30 is the largest
// multiple of 30 within a byte, so `byte % 30` is uniform over what is kept.
// (Taking every byte modulo 30 would make the first 16 characters 9/8 as likely.)
const BYTE_LIMIT = 256 - (256 % JOIN_CODE_ALPHABET.length);

/**
 * A uniformly random join code, e.g. "7KQ2MX", drawn with rejection sampling
 * from a cryptographic random source (default: `globalThis.crypto`).
 */
export function generateJoinCode(random: RandomSource = globalThis.crypto, options: GenerateJoinCodeOptions = {}): string {
  const length = options.length ?? JOIN_CODE_LENGTH;
  if (!Number.isInteger(length) || length < 1) throw new RangeError("join code length must be a positive integer");
  const maxAttempts = options.maxAttempts ?? 100;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const code = drawCode(random, length);
    if (!options.reject?.(code)) return code;
  }
  throw new Error(`no acceptable join code found in ${maxAttempts} attempts`);
}

function drawCode(random: RandomSource, length: number): string {
  let code = "";
  // About 94% of bytes are kept, so a batch of length + 4 usually suffices.
  const bytes = new Uint8Array(length + 4);
  while (code.length < length) {
    random.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= BYTE_LIMIT) continue;
      code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
      if (code.length === length) break;
    }
  }
  return code;
}

// Spaces (including no-break and full-width ones, which NFKC folds) and the
// dashes people type between groups, as in the displayed "ABC 234".
const SEPARATORS = /[\s\-\u2010-\u2015\u2212_.]/gu;
const ALPHABET_SET = new Set(JOIN_CODE_ALPHABET);

/**
 * The canonical code for what a person typed, or null when it cannot be one.
 * Uppercases, folds full-width characters (NFKC), and drops spaces and
 * dashes. Look-alikes are NOT mapped ("O" is not turned into "0"): neither is
 * in the alphabet, so guessing which one was meant could only send someone
 * to a different session. The UI should say "check the code" instead.
 */
export function normaliseJoinCode(input: string, length: number = JOIN_CODE_LENGTH): string | null {
  if (typeof input !== "string") return null;
  const code = input.normalize("NFKC").replace(SEPARATORS, "").toUpperCase();
  if (code.length !== length) return null;
  for (const ch of code) if (!ALPHABET_SET.has(ch)) return null;
  return code;
}

/**
 * A code as shown on screens and read aloud: two groups split by a space,
 * "ABC 234" (the first group is the longer one for odd lengths). Expects a
 * canonical code; anything else is returned unchanged.
 */
export function formatJoinCode(code: string): string {
  if (code.length < 4) return code;
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}
