// What the post-session summary reads, and what retention deletes. Reads
// straight from the database (never the in-memory LiveSession), so a summary
// works after a restart and for ended sessions.
import type { Db } from "../db";
import type { ActivityKind } from "../../lib/activities";
import type { PromptState, SessionStatus } from "../../lib/events";
import type { SummaryInput } from "../../lib/export/summary-build";

export type SummarySessionRow = SummaryInput["session"] & { ownerId: string };

export function createSummaryRepository(prisma: Db) {
  return {
    /** The session's header facts and owner, or null. */
    async findSession(sessionId: string): Promise<SummarySessionRow | null> {
      const row = await prisma.session.findUnique({
        where: { id: sessionId },
        select: {
          id: true,
          ownerId: true,
          title: true,
          status: true,
          createdAt: true,
          startedAt: true,
          endedAt: true,
          anonymityThreshold: true,
          pauseRequests: true,
          responsesDeletedAt: true,
          template: { select: { title: true } },
        },
      });
      if (!row) return null;
      const { template, status, ...rest } = row;
      return { ...rest, status: status as SessionStatus, templateTitle: template?.title ?? null };
    },

    /** Everything below the session record that a summary is made of. */
    async loadContents(sessionId: string): Promise<Omit<SummaryInput, "session">> {
      const [steps, responses, reactions, participantCount] = await Promise.all([
        prisma.sessionStep.findMany({
          where: { sessionId },
          orderBy: { position: "asc" },
          select: {
            id: true,
            position: true,
            title: true,
            reactionsEnabled: true,
            prompt: { select: { id: true, kind: true, question: true, config: true, repeatOfId: true, state: true } },
          },
        }),
        prisma.response.findMany({
          where: { sessionId },
          select: { id: true, promptId: true, participantId: true, passed: true, value: true, moderation: true },
        }),
        prisma.reaction.findMany({ where: { sessionId }, select: { stepId: true, participantId: true, kind: true } }),
        prisma.participant.count({ where: { sessionId } }),
      ]);
      return {
        participantCount,
        steps: steps.map((s) => ({
          ...s,
          prompt: s.prompt ? { ...s.prompt, kind: s.prompt.kind as ActivityKind, state: s.prompt.state as PromptState } : null,
        })),
        responses,
        reactions,
      };
    },

    /** participant id → the random per-session number exports use instead. */
    async participantNumbers(sessionId: string): Promise<Map<string, number>> {
      const rows = await prisma.participant.findMany({ where: { sessionId }, select: { id: true, number: true } });
      return new Map(rows.map((r) => [r.id, r.number]));
    },

    /**
     * Retention: every response and reaction of the session gone, the pause
     * count zeroed and the deletion recorded — all or nothing. Participants
     * (a token hash and a random number, nothing they said) stay, so the
     * summary can still say how many took part.
     *
     * `scrubSqlite`: SQLite keeps deleted rows' bytes in free pages and in
     * the write-ahead log until they are reused. With secure_delete on for
     * this transaction the deleted content is overwritten with zeros, and a
     * TRUNCATE checkpoint afterwards empties the log, so the answers are gone
     * from the files too. (PostgreSQL reclaims dead rows with autovacuum.)
     */
    async deleteResponses(sessionId: string, at: Date, options: { scrubSqlite?: boolean } = {}): Promise<{ responses: number; reactions: number }> {
      const scrub = options.scrubSqlite === true;
      const counts = await prisma.$transaction(async (tx) => {
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
        const responses = await tx.response.deleteMany({ where: { sessionId } });
        const reactions = await tx.reaction.deleteMany({ where: { sessionId } });
        await tx.session.update({ where: { id: sessionId }, data: { pauseRequests: 0, responsesDeletedAt: at } });
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
        return { responses: responses.count, reactions: reactions.count };
      });
      if (scrub) await checkpoint(prisma);
      return counts;
    },

    /** The whole session with its steps, prompts, participants, responses and reactions. */
    async deleteSession(sessionId: string, options: { scrubSqlite?: boolean } = {}): Promise<boolean> {
      const scrub = options.scrubSqlite === true;
      const deleted = await prisma.$transaction(async (tx) => {
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
        // explicit rather than left to the cascade: the answers go first whatever the foreign-key setup
        await tx.response.deleteMany({ where: { sessionId } });
        await tx.reaction.deleteMany({ where: { sessionId } });
        await tx.participant.deleteMany({ where: { sessionId } });
        const { count } = await tx.session.deleteMany({ where: { id: sessionId } });
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
        return count > 0;
      });
      if (scrub) await checkpoint(prisma);
      return deleted;
    },
  };
}

/** Best effort: a reader holding an old snapshot can keep the log from being emptied until it finishes. */
async function checkpoint(prisma: Db): Promise<void> {
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)").catch(() => undefined);
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
