// Answers: one row per (prompt, participant); a new answer replaces the old.
import { randomUUID } from "node:crypto";
import { Prisma } from "../../generated/sqlite/client";
import type { BatchStatements } from "../database/batch-statements";
import type { DatabaseProvider, Db } from "../db";
import type { AnyAnswerValue } from "../../lib/activities";
import { chunked } from "./chunks";

import type { ModerationStatus } from "../../lib/aggregation";

export type { ModerationStatus };

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

/** The only way an answer in a batch is not stored: its participant is blocked (session-service turns it into FORBIDDEN). */
export class BlockedParticipantError extends Error {
  constructor() {
    super("the participant is blocked: the answer was not stored");
    this.name = "BlockedParticipantError";
  }
}

/** an "Approve all" of 5,000 answers takes well under a second; this bounds a stuck one */
const MODERATION_TRANSACTION_MS = 30_000;

const selectResponse = { id: true, promptId: true, participantId: true, passed: true, value: true, moderation: true } as const;

/** A pass is stored as {"pass": true}: JSON null in a nullable Json column would need Prisma's sentinel. */
const storedValue = (write: ResponseWrite) => (write.value ?? { pass: true }) as object;

export function createResponseRepository(prisma: Db, provider: DatabaseProvider, batches: BatchStatements) {
  return {
    async upsert(write: ResponseWrite): Promise<ResponseRecord> {
      const value = storedValue(write);
      const row = await prisma.response.upsert({
        where: { promptId_participantId: { promptId: write.promptId, participantId: write.participantId } },
        create: { ...write, value },
        update: { passed: write.passed, value, moderation: write.moderation },
        select: selectResponse,
      });
      return toRecord(row);
    },

    /**
     * Many answers in one statement (and so one transaction): the hot path
     * when a room answers at once. Going through Prisma's query interpreter
     * once per answer was over half of the server's CPU in a burst
     * (bench/README.md); one multi-row INSERT … ON CONFLICT DO UPDATE is one
     * round trip and one commit for the whole batch. Same row shapes as
     * `upsert`: a pass is {"pass": true}, timestamps are set here.
     *
     * Each (prompt, participant) may appear only once per call: PostgreSQL
     * refuses to update one row twice in a statement (answer-writer.ts
     * keeps a participant's second answer for the next batch).
     */
    async upsertMany(writes: ResponseWrite[]): Promise<ResponseRecord[]> {
      if (writes.length === 0) return [];
      const now = new Date();
      // PostgreSQL needs the JSON text cast to jsonb; SQLite stores the text as is.
      const json = (value: object) => (provider === "postgresql" ? Prisma.sql`CAST(${JSON.stringify(value)} AS jsonb)` : Prisma.sql`${JSON.stringify(value)}`);
      // in a VALUES list read through SELECT, PostgreSQL types each parameter as text: say what it is
      const typed = (value: unknown, type: "boolean" | "timestamp(3)") => (provider === "postgresql" ? Prisma.sql`CAST(${value} AS ${Prisma.raw(type)})` : Prisma.sql`${value}`);
      const rows = writes.map(
        (w) =>
          Prisma.sql`(${randomUUID()}, ${w.sessionId}, ${w.promptId}, ${w.participantId}, ${typed(w.passed, "boolean")}, ${json(storedValue(w))}, ${w.moderation}, ${typed(now, "timestamp(3)")}, ${typed(now, "timestamp(3)")})`,
      );
      // A participant the facilitator blocked is refused here too, in the same
      // statement: another process may have blocked them a moment ago, before
      // this one heard of it. (VALUES columns are column1… in SQLite and
      // PostgreSQL alike; column4 is the participant.)
      const stored = await batches.run<{ id: string; promptId: string; participantId: string }>(Prisma.sql`
        INSERT INTO "Response" ("id", "sessionId", "promptId", "participantId", "passed", "value", "moderation", "createdAt", "updatedAt")
        SELECT * FROM (VALUES ${Prisma.join(rows)}) AS v
        WHERE NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."id" = v.column4 AND p."blockedAt" IS NOT NULL)
        ON CONFLICT ("promptId", "participantId") DO UPDATE SET
          "passed" = excluded."passed", "value" = excluded."value", "moderation" = excluded."moderation", "updatedAt" = excluded."updatedAt"
        RETURNING "id", "promptId", "participantId"`);
      const ids = new Map(stored.map((r) => [`${r.promptId}\u0000${r.participantId}`, r.id]));
      return writes.map((w) => {
        const id = ids.get(`${w.promptId}\u0000${w.participantId}`);
        // the answer writer retries a failed batch one answer at a time, so only this one is refused
        if (!id) throw new BlockedParticipantError();
        return { id, promptId: w.promptId, participantId: w.participantId, passed: w.passed, value: w.passed ? null : w.value, moderation: w.moderation };
      });
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

    /**
     * Only responses of this prompt are touched, whatever ids are given, and
     * only those `isCurrent` accepts (the content the facilitator saw). A row
     * changed between the read and the write is left alone: the write is
     * conditional on the updatedAt that was read. Returns the ids changed.
     *
     * A room's "Approve all" covers thousands of ids: reads and writes go in
     * chunks (./chunks.ts), all in one transaction, so the decision is
     * applied whole or not at all.
     */
    async setModeration(
      promptId: string,
      responseIds: string[],
      status: ModerationStatus,
      isCurrent: (row: { id: string; value: unknown }) => boolean = () => true,
    ): Promise<string[]> {
      const ids = [...new Set(responseIds)];
      return prisma.$transaction(
        async (tx) => {
          const changed: string[] = [];
          for (const some of chunked(ids)) {
            const rows = await tx.response.findMany({
              where: { promptId, id: { in: some }, moderation: { not: null } },
              select: { id: true, value: true, updatedAt: true },
            });
            const unchanged = rows.filter(isCurrent).map((r) => ({ id: r.id, updatedAt: r.updatedAt }));
            if (unchanged.length === 0) continue;
            const { count } = await tx.response.updateMany({ where: { OR: unchanged }, data: { moderation: status } });
            if (count === unchanged.length) {
              changed.push(...unchanged.map((r) => r.id));
              continue;
            }
            // an answer was edited in between: report only the rows that were set
            const set = await tx.response.findMany({ where: { OR: unchanged, moderation: status }, select: { id: true } });
            changed.push(...set.map((r) => r.id));
          }
          return changed;
        },
        // thousands of rows in chunks: more than the 5 s default on a loaded machine
        { timeout: MODERATION_TRANSACTION_MS, maxWait: MODERATION_TRANSACTION_MS },
      );
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
