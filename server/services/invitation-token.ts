// One-time invitation links: 256 random bits in the link, only their SHA-256
// hash in the database, so a copy of the database cannot be replayed as a
// link and a changed (tampered) token matches nothing.
import { createHash, randomBytes } from "node:crypto";

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What a token in a URL may look like before we bother the database with it. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** how long a link works: long enough to pass on before next week's group */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
