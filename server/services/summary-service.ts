// The post-session summary and its exports, built from the database (not the
// in-memory LiveSession): it works after a restart and for ended sessions,
// and for a running one it is a live snapshot — answers are persisted before
// they are acknowledged, so the database is current.
import {
  buildRawResponses,
  buildSessionSummary,
  EXPORT_FORMAT_INFO,
  exportFileName,
  formatResponsesCsv,
  formatSummaryCsv,
  formatSummaryHtml,
  formatSummaryJson,
  formatSummaryMarkdown,
  type ExportFormat,
  type SessionSummary,
} from "../../lib/export";
import type { DatabaseProvider } from "../db";
import type { SummaryRepository, SummarySessionRow } from "../repositories/summary-repository";
import { HearthError, notFound } from "./hearth-error";

export type SummaryServiceOptions = { summaries: SummaryRepository; provider: DatabaseProvider; now?: () => Date };

export type ExportFile = { body: string; contentType: string; fileName: string };

export function createSummaryService({ summaries, provider, now = () => new Date() }: SummaryServiceOptions) {
  /** The session's record if `facilitatorId` owns it; the same NOT_FOUND as a missing one otherwise. */
  async function owned(sessionId: string, facilitatorId: string | null): Promise<SummarySessionRow> {
    if (!facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as the session's facilitator first.");
    const session = await summaries.findSession(sessionId);
    if (!session || session.ownerId !== facilitatorId) throw notFound("session");
    return session;
  }

  async function load(session: SummarySessionRow) {
    const { ownerId: _ownerId, ...header } = session;
    return { session: header, ...(await summaries.loadContents(session.id, provider)) };
  }

  return {
    owned,

    async summary(sessionId: string, facilitatorId: string | null): Promise<SessionSummary> {
      const session = await owned(sessionId, facilitatorId);
      return buildSessionSummary(await load(session), now());
    },

    async export(sessionId: string, facilitatorId: string | null, format: ExportFormat): Promise<ExportFile> {
      const session = await owned(sessionId, facilitatorId);
      const input = await load(session);
      const summary = buildSessionSummary(input, now());
      const info = EXPORT_FORMAT_INFO[format];
      let body: string;
      switch (format) {
        case "md":
          body = formatSummaryMarkdown(summary);
          break;
        case "csv":
          body = formatSummaryCsv(summary);
          break;
        case "responses.csv":
          // each loaded response carries its participant's random number
          body = formatResponsesCsv(buildRawResponses(input, summary));
          break;
        case "json":
          body = formatSummaryJson(summary);
          break;
        case "html":
          body = formatSummaryHtml(summary);
          break;
      }
      return { body, contentType: info.contentType, fileName: exportFileName(summary, info.extension) };
    },
  };
}

export type SummaryService = ReturnType<typeof createSummaryService>;
