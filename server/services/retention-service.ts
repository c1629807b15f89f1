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
import type { Logger } from "../logger";
import { DETACHED_PICTURE_KEEP_MS, type TemplateImageRepository } from "../repositories/template-image-repository";

/** The deployment's default (HEARTH_RETENTION_DAYS): responses are deleted this long after a session ends. */
export const DEFAULT_RETENTION_DAYS = 30;
/** Automatic deletion runs at start and then this often (so "when I end the session" means within a minute). */
export const RETENTION_INTERVAL_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a session's responses are deleted automatically: its own choice, never longer than the deployment's. */
export function responsesDeleteAt(endedAt: Date, sessionDays: number | null, defaultDays: number): Date {
  const days = sessionDays === null ? defaultDays : Math.min(sessionDays, defaultDays);
  return new Date(endedAt.getTime() + days * DAY_MS);
}

export type RetentionServiceOptions = {
  summaries: SummaryRepository;
  sessions: Pick<SessionService, "forget">;
  provider: DatabaseProvider;
  now?: () => Date;
  /** the deployment's retention in days (default DEFAULT_RETENTION_DAYS) */
  defaultDays?: number;
  logger?: Logger;
  /** pictures without a template: deleted here once no session shows them and Undo's time is up */
  pictures?: Pick<TemplateImageRepository, "deleteDetached">;
};

/** Callers pass a session already authorised for "delete-data" (server/services/session-access.ts). */
export function createRetentionService({ summaries, sessions, provider, now = () => new Date(), defaultDays = DEFAULT_RETENTION_DAYS, logger, pictures }: RetentionServiceOptions) {
  const scrubSqlite = provider === "sqlite";
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<AutomaticDeletion> | null = null;

  /**
   * Delete the responses, reactions, pause and check-in data of every ended
   * session whose time has come. Several processes may run this at once:
   * each session is claimed in the deleting transaction, so it is deleted
   * once and counted by the process that deleted it. Logged by count only.
   */
  async function runAutomaticDeletion(): Promise<AutomaticDeletion> {
    const at = now();
    const result: AutomaticDeletion = { sessions: 0, responses: 0, reactions: 0 };
    for (const candidate of await summaries.listEndedWithResponses(at)) {
      if (responsesDeleteAt(candidate.endedAt, candidate.retentionDays, defaultDays) > at) continue;
      const deleted = await summaries.expireResponses(candidate.id, at, { scrubSqlite });
      if (!deleted) continue; // another process got there first
      sessions.forget(candidate.id);
      result.sessions++;
      result.responses += deleted.responses;
      result.reactions += deleted.reactions;
    }
    if (result.sessions > 0) logger?.info(result, "automatic deletion: responses of ended sessions deleted");
    const removedPictures = (await pictures?.deleteDetached({ before: new Date(at.getTime() - DETACHED_PICTURE_KEEP_MS) })) ?? 0;
    if (removedPictures > 0) logger?.info({ pictures: removedPictures }, "automatic deletion: pictures of deleted templates deleted");
    return result;
  }

  return {
    /** One pass of automatic deletion (also what the schedule runs); passes do not overlap within a process. */
    runAutomaticDeletion(): Promise<AutomaticDeletion> {
      running ??= runAutomaticDeletion().finally(() => {
        running = null;
      });
      return running;
    },

    /** Run now and then every `intervalMs` until stop(); a failed pass is logged and retried at the next. */
    start(intervalMs = RETENTION_INTERVAL_MS) {
      const pass = () => this.runAutomaticDeletion().catch((error: unknown) => logger?.warn({ err: error }, "automatic deletion failed; trying again later"));
      void pass();
      timer = setInterval(pass, intervalMs);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => undefined);
    },

    async deleteResponses(session: Pick<SummarySessionRow, "id" | "status">) {
      if (session.status !== "ended") throw new HearthError("CONFLICT", "End the session before deleting its responses, so no new answers can arrive afterwards.");
      const at = now();
      const deleted = await summaries.deleteResponses(session.id, at, { scrubSqlite });
      sessions.forget(session.id);
      return { ...deleted, responsesDeletedAt: at };
    },

    async deleteSession(session: Pick<SummarySessionRow, "id" | "status">) {
      if (session.status === "running") throw new HearthError("CONFLICT", "End the session before deleting it.");
      await summaries.deleteSession(session.id, { scrubSqlite });
      sessions.forget(session.id);
      return { deleted: true as const };
    },
  };
}

export type AutomaticDeletion = { sessions: number; responses: number; reactions: number };
export type RetentionService = ReturnType<typeof createRetentionService>;
