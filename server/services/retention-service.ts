// Retention: the facilitator deletes a session's responses (the session and
// its outline stay, marked as deleted) or the whole session. Afterwards
// nothing of the answers remains in the database, and the in-memory
// LiveSession is dropped so nothing remains in memory either: the next use
// reloads it from the (now empty) rows.
//
// A running session is refused: end it first. Once ended it takes no more
// answers, reactions or pause requests, so nothing can arrive after the
// delete and contradict "deleted".
import type { DatabaseProvider } from "../db";
import type { SummaryRepository } from "../repositories/summary-repository";
import { HearthError } from "./hearth-error";
import type { SessionService } from "./session-service";
import type { SummarySessionRow } from "../repositories/summary-repository";

export type RetentionServiceOptions = {
  summaries: SummaryRepository;
  sessions: Pick<SessionService, "forget">;
  provider: DatabaseProvider;
  now?: () => Date;
};

/** Callers pass a session already authorised for "delete-data" (server/services/session-access.ts). */
export function createRetentionService({ summaries, sessions, provider, now = () => new Date() }: RetentionServiceOptions) {
  const scrubSqlite = provider === "sqlite";
  return {
    async deleteResponses(session: Pick<SummarySessionRow, "id" | "status">) {
      if (session.status !== "ended")
        throw new HearthError("FORBIDDEN", "End the session before deleting its responses, so no new answers can arrive afterwards.");
      const at = now();
      const deleted = await summaries.deleteResponses(session.id, at, { scrubSqlite });
      sessions.forget(session.id);
      return { ...deleted, responsesDeletedAt: at };
    },

    async deleteSession(session: Pick<SummarySessionRow, "id" | "status">) {
      if (session.status === "running") throw new HearthError("FORBIDDEN", "End the session before deleting it.");
      await summaries.deleteSession(session.id, { scrubSqlite });
      sessions.forget(session.id);
      return { deleted: true as const };
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
