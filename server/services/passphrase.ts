// The room passphrase: an optional word the facilitator says aloud, so a join
// code seen in a screenshot is not enough to get in. It is never in the room's
// state, on the projector or in the join link. Stored as a SHA-256 of the
// session id and the normalised word (a word said aloud is short, so the hash
// is no secret against someone holding the database; what protects it is the
// per-address limit on wrong guesses, shared with wrong join codes).
import { createHash, timingSafeEqual } from "node:crypto";

/** Case, spacing and Unicode form do not matter: "Blue  Harbour" = "blue harbour". */
export function normalisePassphrase(word: string): string {
  return word.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function hashPassphrase(sessionId: string, word: string): string {
  return createHash("sha256")
    .update(`${sessionId}\u0000${normalisePassphrase(word)}`)
    .digest("hex");
}

export function passphraseMatches(sessionId: string, word: string, stored: string): boolean {
  const given = Buffer.from(hashPassphrase(sessionId, word), "hex");
  const expected = Buffer.from(stored, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
