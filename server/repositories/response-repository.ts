// Answers: one row per (prompt, participant); a new answer replaces the old.
import type { Db } from "../db";
import type { AnyAnswerValue } from "../../lib/activities";

export type ModerationStatus = "pending" | "approved" | "hidden";

export type ResponseRecord = {
  id: string;
  promptId: string;
  participantId: string;
  passed: boolean;
  value: AnyAnswerValue | null;
  moderation: ModerationStatus | null;
};

export type ResponseWrite = {
  sessionId: string;
  promptId: string;
  participantId: string;
  passed: boolean;
  value: AnyAnswerValue | null;
  moderation: ModerationStatus | null;
};

const selectResponse = { id: true, promptId: true, participantId: true, passed: true, value: true, moderation: true } as const;

export function createResponseRepository(prisma: Db) {
  return {
    async upsert(write: ResponseWrite): Promise<ResponseRecord> {
      // JSON null in a nullable Json column needs Prisma's sentinel; a pass stores "null" as JSON text instead.
      const value = (write.value ?? { pass: true }) as object;
      const row = await prisma.response.upsert({
        where: { promptId_participantId: { promptId: write.promptId, participantId: write.participantId } },
        create: { ...write, value },
        update: { passed: write.passed, value, moderation: write.moderation },
        select: selectResponse,
      });
      return toRecord(row);
    },

    async listForSession(sessionId: string): Promise<ResponseRecord[]> {
      const rows = await prisma.response.findMany({ where: { sessionId }, select: selectResponse, orderBy: { createdAt: "asc" } });
      return rows.map(toRecord);
    },

    async listForParticipant(participantId: string): Promise<ResponseRecord[]> {
      const rows = await prisma.response.findMany({ where: { participantId }, select: selectResponse });
      return rows.map(toRecord);
    },

    async deleteForPrompt(promptId: string): Promise<number> {
      return (await prisma.response.deleteMany({ where: { promptId } })).count;
    },

    /** Only responses of this prompt are touched, whatever ids are given. */
    async setModeration(promptId: string, responseIds: string[], status: ModerationStatus): Promise<string[]> {
      const rows = await prisma.response.findMany({
        where: { promptId, id: { in: responseIds }, moderation: { not: null } },
        select: { id: true },
      });
      const ids = rows.map((r) => r.id);
      if (ids.length) await prisma.response.updateMany({ where: { id: { in: ids } }, data: { moderation: status } });
      return ids;
    },
  };
}

function toRecord(row: { id: string; promptId: string; participantId: string; passed: boolean; value: unknown; moderation: string | null }): ResponseRecord {
  return {
    id: row.id,
    promptId: row.promptId,
    participantId: row.participantId,
    passed: row.passed,
    value: row.passed ? null : (row.value as AnyAnswerValue),
    moderation: row.moderation as ModerationStatus | null,
  };
}

export type ResponseRepository = ReturnType<typeof createResponseRepository>;
