// Participants are anonymous: a random token lives on their device and only
// its SHA-256 hash is stored here. `number` is a random per-session number
// used in exports instead of any identifier.
import { randomInt } from "node:crypto";
import type { Db } from "../db";

export type ParticipantRecord = { id: string; sessionId: string; number: number };

const MAX_PARTICIPANT_NUMBER = 999_999;

export function createParticipantRepository(prisma: Db) {
  return {
    async findByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
      return prisma.participant.findUnique({ where: { tokenHash }, select: { id: true, sessionId: true, number: true } });
    },

    async create(sessionId: string, tokenHash: string): Promise<ParticipantRecord> {
      // a random number can collide with another participant's: try again
      for (let attempt = 0; ; attempt++) {
        try {
          return await prisma.participant.create({
            data: { sessionId, tokenHash, number: randomInt(1, MAX_PARTICIPANT_NUMBER) },
            select: { id: true, sessionId: true, number: true },
          });
        } catch (error) {
          if (attempt >= 5 || !isUniqueViolation(error)) throw error;
        }
      }
    },

    async countForSession(sessionId: string): Promise<number> {
      return prisma.participant.count({ where: { sessionId } });
    },
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>;
