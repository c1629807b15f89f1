// Participants are anonymous: a random token lives on their device and only
// its SHA-256 hash is stored here. `number` is a random per-session number
// used in exports instead of any identifier.
import { randomInt, randomUUID } from "node:crypto";
import { Prisma } from "../../generated/sqlite/client";
import type { BatchStatements } from "../database/batch-statements";
import type { Db } from "../db";

export type ParticipantRecord = { id: string; sessionId: string; number: number };
export type ParticipantWrite = { sessionId: string; tokenHash: string };

const MAX_PARTICIPANT_NUMBER = 999_999;

export function createParticipantRepository(prisma: Db, batches: BatchStatements) {
  /**
   * Many new participants in one statement (one commit): the hot path when
   * a large room fills up (server/services/batch-writer.ts). A random
   * number already taken in the session skips its row (ON CONFLICT DO
   * NOTHING, in SQLite and PostgreSQL alike) and that row is tried again
   * with another number; a row per write, in order.
   */
  async function createMany(writes: ParticipantWrite[]): Promise<ParticipantRecord[]> {
    const created = new Map<string, ParticipantRecord>();
    let remaining = writes;
    for (let attempt = 0; remaining.length > 0; attempt++) {
      if (attempt > 5) throw new Error("could not find free participant numbers");
      const now = new Date();
      const rows = remaining.map((w) => Prisma.sql`(${randomUUID()}, ${w.sessionId}, ${w.tokenHash}, ${randomInt(1, MAX_PARTICIPANT_NUMBER)}, ${now})`);
      const stored = await batches.run<{ id: string; sessionId: string; tokenHash: string; number: number }>(Prisma.sql`
        INSERT INTO "Participant" ("id", "sessionId", "tokenHash", "number", "joinedAt")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT DO NOTHING
        RETURNING "id", "sessionId", "tokenHash", "number"`);
      for (const row of stored) created.set(row.tokenHash, { id: row.id, sessionId: row.sessionId, number: Number(row.number) });
      remaining = remaining.filter((w) => !created.has(w.tokenHash));
    }
    return writes.map((w) => created.get(w.tokenHash)!);
  }

  return {
    async findByTokenHash(tokenHash: string): Promise<ParticipantRecord | null> {
      return prisma.participant.findUnique({ where: { tokenHash }, select: { id: true, sessionId: true, number: true } });
    },

    async create(sessionId: string, tokenHash: string): Promise<ParticipantRecord> {
      const [created] = await createMany([{ sessionId, tokenHash }]);
      return created;
    },

    createMany,

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
