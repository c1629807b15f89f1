// Deleting a session's answers (retention, by hand or automatically) and a
// whole session: all or nothing, and on SQLite scrubbed from the files too.
import type { Db } from "../db";

export function createResponseDeletion(prisma: Db) {
  return {
    /**
     * Retention: every response, reaction and check-in request of the session gone, the pause
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
        await tx.checkInRequest.deleteMany({ where: { sessionId } });
        // the released breakdowns are answer data too
        await tx.prompt.updateMany({ where: { sessionId }, data: { release: null } });
        await tx.session.update({ where: { id: sessionId }, data: { pauseRequests: 0, responsesDeletedAt: at } });
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
        return { responses: responses.count, reactions: reactions.count };
      });
      if (scrub) await checkpoint(prisma);
      return counts;
    },

    /**
     * Automatic deletion: ended sessions whose responses are still kept and
     * that ended at or before `endedBy` (the caller applies each one's own
     * retention), oldest first.
     */
    async listEndedWithResponses(endedBy: Date): Promise<{ id: string; endedAt: Date; retentionDays: number | null }[]> {
      const rows = await prisma.session.findMany({
        where: { status: "ended", responsesDeletedAt: null, endedAt: { lte: endedBy } },
        select: { id: true, endedAt: true, retentionDays: true },
        orderBy: { endedAt: "asc" },
      });
      return rows.map((r) => ({ id: r.id, endedAt: r.endedAt!, retentionDays: r.retentionDays }));
    },

    /**
     * deleteResponses for automatic deletion, safe with several processes
     * running it at once: the session is claimed first (responsesDeletedAt set
     * only where it is still null, in the same transaction), so exactly one
     * process deletes and reports; the others get null.
     */
    async expireResponses(sessionId: string, at: Date, options: { scrubSqlite?: boolean } = {}): Promise<{ responses: number; reactions: number } | null> {
      const scrub = options.scrubSqlite === true;
      const counts = await prisma.$transaction(async (tx) => {
        const claimed = await tx.session.updateMany({ where: { id: sessionId, status: "ended", responsesDeletedAt: null }, data: { responsesDeletedAt: at, pauseRequests: 0 } });
        if (claimed.count === 0) return null;
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
        const responses = await tx.response.deleteMany({ where: { sessionId } });
        const reactions = await tx.reaction.deleteMany({ where: { sessionId } });
        await tx.checkInRequest.deleteMany({ where: { sessionId } });
        await tx.prompt.updateMany({ where: { sessionId }, data: { release: null } });
        if (scrub) await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
        return { responses: responses.count, reactions: reactions.count };
      });
      if (scrub && counts) await checkpoint(prisma);
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
        await tx.checkInRequest.deleteMany({ where: { sessionId } });
        await tx.participant.deleteMany({ where: { sessionId } });
        const pictures = (await tx.sessionStep.findMany({ where: { sessionId, imageId: { not: null } }, select: { imageId: true } })).map((s) => s.imageId!);
        const { count } = await tx.session.deleteMany({ where: { id: sessionId } });
        // The session's pictures go with it when no template holds them any
        // more (its template was deleted) and no other session shows them.
        if (pictures.length > 0) {
          const stillShown = new Set((await tx.sessionStep.findMany({ where: { imageId: { in: pictures } }, select: { imageId: true } })).map((s) => s.imageId));
          const unused = pictures.filter((id) => !stillShown.has(id));
          if (unused.length > 0) await tx.templateImage.deleteMany({ where: { id: { in: unused }, templateId: null } });
        }
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
