// What the post-session summary reads, and what retention deletes. Reads
// straight from the database (never the in-memory LiveSession), so a summary
// works after a restart and for ended sessions.
import type { DatabaseProvider, Db } from "../db";
import type { ActivityKind } from "../../lib/activities";
import type { PromptState, SessionStatus } from "../../lib/events";
import type { SummaryInput } from "../../lib/export/summary-build";
import type { Release } from "../../lib/aggregation/release";
import { DEFAULT_LOCALE, isLocale } from "../../lib/i18n/locales";

export type SummarySessionRow = SummaryInput["session"] & { ownerId: string; retentionDays: number | null; teamId: string | null };

export function createSummaryRepository(prisma: Db) {
  return {
    /** The session's header facts and owner, or null. */
    /** Check-in requests as the summary may show them: counts only, never a number or a note. */
    async countCheckIns(sessionId: string): Promise<{ total: number; done: number }> {
      const [total, done] = await Promise.all([prisma.checkInRequest.count({ where: { sessionId } }), prisma.checkInRequest.count({ where: { sessionId, status: "done" } })]);
      return { total, done };
    },

    async findSession(sessionId: string): Promise<SummarySessionRow | null> {
      const row = await prisma.session.findUnique({
        where: { id: sessionId },
        select: {
          id: true,
          ownerId: true,
          teamId: true,
          title: true,
          status: true,
          createdAt: true,
          startedAt: true,
          endedAt: true,
          anonymityThreshold: true,
          pauseRequests: true,
          responsesDeletedAt: true,
          retentionDays: true,
          safetyNetPhrases: true,
          language: true,
          template: { select: { title: true } },
        },
      });
      if (!row) return null;
      const { template, status, safetyNetPhrases, language, ...rest } = row;
      const phrases = Array.isArray(safetyNetPhrases) ? safetyNetPhrases.filter((p): p is string => typeof p === "string") : [];
      return {
        ...rest,
        status: status as SessionStatus,
        templateTitle: template?.title ?? null,
        safetyNetPhrases: phrases,
        // the summary counts words and screens text in the language the session ran in
        language: isLocale(language) ? language : DEFAULT_LOCALE,
      };
    },

    /**
     * Everything below the session record that a summary is made of.
     *
     * A large session has 100,000 responses (5,000 people × 20 prompts), and
     * Prisma spends several microseconds on every row it returns. So answers
     * and reactions come back as one JSON array per prompt (per step),
     * built by the database and parsed natively: ~5× faster. Each response
     * carries the participant's random per-session number — unique within the
     * session, so it also serves as the participant's key — and no ids.
     */
    async loadContents(sessionId: string, provider: DatabaseProvider): Promise<Omit<SummaryInput, "session">> {
      const [steps, responseGroups, reactionGroups, participantCount] = await Promise.all([
        prisma.sessionStep.findMany({
          where: { sessionId },
          orderBy: { position: "asc" },
          select: {
            id: true,
            position: true,
            title: true,
            reactionsEnabled: true,
            imageAlt: true,
            prompt: { select: { id: true, kind: true, question: true, config: true, repeatOfId: true, state: true, release: true } },
          },
        }),
        provider === "postgresql"
          ? prisma.$queryRaw<{ promptId: string; rows: unknown }[]>`
              SELECT r."promptId" AS "promptId",
                     json_agg(json_build_array(p."number", r."passed", r."value", r."moderation"))::text AS "rows"
              FROM "Response" r JOIN "Participant" p ON p."id" = r."participantId"
              WHERE r."sessionId" = ${sessionId}
              GROUP BY r."promptId"`
          : prisma.$queryRaw<{ promptId: string; rows: unknown }[]>`
              SELECT r."promptId" AS "promptId",
                     json_group_array(json_array(p."number", r."passed", json(r."value"), r."moderation")) AS "rows"
              FROM "Response" r JOIN "Participant" p ON p."id" = r."participantId"
              WHERE r."sessionId" = ${sessionId}
              GROUP BY r."promptId"`,
        provider === "postgresql"
          ? prisma.$queryRaw<{ stepId: string; kinds: unknown }[]>`
              SELECT "stepId" AS "stepId", json_agg("kind")::text AS "kinds" FROM "Reaction" WHERE "sessionId" = ${sessionId} GROUP BY "stepId"`
          : prisma.$queryRaw<{ stepId: string; kinds: unknown }[]>`
              SELECT "stepId" AS "stepId", json_group_array("kind") AS "kinds" FROM "Reaction" WHERE "sessionId" = ${sessionId} GROUP BY "stepId"`,
        prisma.participant.count({ where: { sessionId } }),
      ]);

      const responses: SummaryInput["responses"] = [];
      for (const group of responseGroups) {
        for (const [number, passed, value, moderation] of parseJsonArray(group.rows) as [number, unknown, unknown, string | null][]) {
          const participantId = String(number);
          responses.push({ id: "", promptId: group.promptId, participantId, participantNumber: number, passed: passed === true || passed === 1, value, moderation });
        }
      }
      const reactions: SummaryInput["reactions"] = [];
      for (const group of reactionGroups) for (const kind of parseJsonArray(group.kinds) as string[]) reactions.push({ stepId: group.stepId, participantId: "", kind });

      // releases name participants by id; the summary knows them by number
      const numberOf = steps.some((s) => s.prompt?.release)
        ? new Map((await prisma.participant.findMany({ where: { sessionId }, select: { id: true, number: true } })).map((p) => [p.id, String(p.number)]))
        : new Map<string, string>();
      const releaseOf = (text: string | null): Release | null => {
        if (!text) return null;
        try {
          // the cloud's per-participant words are for hiding during the session: the summary has no use for them
          const { cloudWords: _cloudWords, ...release } = JSON.parse(text) as Release;
          const fingerprints: Record<string, string> = {};
          for (const [id, fingerprint] of Object.entries(release.fingerprints)) {
            const number = numberOf.get(id);
            if (number !== undefined) fingerprints[number] = fingerprint;
          }
          return { ...release, fingerprints };
        } catch {
          return null;
        }
      };
      return {
        participantCount,
        steps: steps.map((s) => ({
          ...s,
          prompt: s.prompt ? { ...s.prompt, kind: s.prompt.kind as ActivityKind, state: s.prompt.state as PromptState, release: releaseOf(s.prompt.release) } : null,
        })),
        responses,
        reactions,
      };
    },

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

/** A JSON array from the database: text (SQLite, or PostgreSQL's ::text) or already parsed. */
function parseJsonArray(value: unknown): unknown[] {
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed : [];
}

/** Best effort: a reader holding an old snapshot can keep the log from being emptied until it finishes. */
async function checkpoint(prisma: Db): Promise<void> {
  await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)").catch(() => undefined);
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
