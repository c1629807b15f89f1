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

    /** Blocked participants of a session: ids for the server, the blocking answer's id for the console. */
    async listBlocked(sessionId: string): Promise<{ id: string; via: string; hidden: number }[]> {
      const rows = await prisma.participant.findMany({ where: { sessionId, blockedAt: { not: null } }, select: { id: true, blockedVia: true, blockedPrior: true } });
      return rows.map((r) => ({ id: r.id, via: r.blockedVia ?? "", hidden: Object.keys(parsePrior(r.blockedPrior)).length }));
    },

    async block(participantId: string, via: string, prior: Record<string, string>, at: Date): Promise<void> {
      await prisma.participant.update({ where: { id: participantId }, data: { blockedAt: at, blockedVia: via, blockedPrior: JSON.stringify(prior) } });
    },

    /** Undo a block by the answer it was made from; returns who it was and what their answers were, or null. */
    async unblock(sessionId: string, via: string): Promise<{ id: string; prior: Record<string, string> } | null> {
      const row = await prisma.participant.findFirst({ where: { sessionId, blockedVia: via, blockedAt: { not: null } }, select: { id: true, blockedPrior: true } });
      if (!row) return null;
      await prisma.participant.update({ where: { id: row.id }, data: { blockedAt: null, blockedVia: null, blockedPrior: null } });
      return { id: row.id, prior: parsePrior(row.blockedPrior) };
    },

    async countForSession(sessionId: string): Promise<number> {
      return prisma.participant.count({ where: { sessionId } });
    },
  };
}

function parsePrior(text: string | null): Record<string, string> {
  try {
    return text ? (JSON.parse(text) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>;
