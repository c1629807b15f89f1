// What the post-session summary reads, and what retention deletes. Reads
// straight from the database (never the in-memory LiveSession), so a summary
// works after a restart and for ended sessions. The bulk read of answers is
// summary-contents.ts; deleting them (retention) is response-deletion.ts.
import type { SessionStatus } from "../../lib/events";
import type { SummaryInput } from "../../lib/export/summary-build";
import { DEFAULT_LOCALE, isLocale } from "../../lib/i18n/locales";
import type { DatabaseProvider, Db } from "../db";
import { createResponseDeletion } from "./response-deletion";
import { loadSummaryContents } from "./summary-contents";

export type SummarySessionRow = SummaryInput["session"] & { ownerId: string; retentionDays: number | null; teamId: string | null };

export function createSummaryRepository(prisma: Db) {
  return {
    /** Check-in requests as the summary may show them: counts only, never a number or a note. */
    async countCheckIns(sessionId: string): Promise<{ total: number; done: number }> {
      const [total, done] = await Promise.all([prisma.checkInRequest.count({ where: { sessionId } }), prisma.checkInRequest.count({ where: { sessionId, status: "done" } })]);
      return { total, done };
    },

    /** The session's header facts and owner, or null. */
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

    loadContents: (sessionId: string, provider: DatabaseProvider): Promise<Omit<SummaryInput, "session">> => loadSummaryContents(prisma, sessionId, provider),

    ...createResponseDeletion(prisma),
  };
}

export type SummaryRepository = ReturnType<typeof createSummaryRepository>;
