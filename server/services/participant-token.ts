// A participant's identity is a random token kept on their device. The server
// stores only its SHA-256 hash, so a database leak cannot be replayed as a participant.
import { createHash, randomBytes } from "node:crypto";

export type ParticipantToken = string;

export function newParticipantToken(): ParticipantToken {
  return randomBytes(32).toString("base64url"); // 43 characters, 256 bits
}

export function hashParticipantToken(token: ParticipantToken): string {
  return createHash("sha256").update(token).digest("hex");
}
