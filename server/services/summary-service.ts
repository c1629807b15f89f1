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
import { exportTranslator } from "../../lib/export/export-text";
import { DEFAULT_LOCALE } from "../../lib/i18n/locales";
import type { DatabaseProvider } from "../db";
import { loadMessages } from "../i18n/load-messages";
import type { SummaryRepository, SummarySessionRow } from "../repositories/summary-repository";
import { HearthError } from "./hearth-error";
import { DEFAULT_RETENTION_DAYS, responsesDeleteAt } from "./retention-service";
import { createSessionAccess, type SessionAccess, type SessionAction } from "./session-access";

export type SummaryServiceOptions = {
  summaries: SummaryRepository;
  provider: DatabaseProvider;
  /** who may read what (./session-access.ts); without it, only the owner */
  access?: SessionAccess;
  now?: () => Date;
  /** the deployment's retention in days: the summary says when the responses will be deleted */
  retentionDays?: number;
};

const OWNER_ONLY = createSessionAccess({ isCoFacilitator: async () => false });

export type ExportFile = { body: string; contentType: string; fileName: string };

export function createSummaryService({ summaries, provider, access = OWNER_ONLY, now = () => new Date(), retentionDays = DEFAULT_RETENTION_DAYS }: SummaryServiceOptions) {
  /** The session's record if `facilitatorId` may do `action` on it (else UNAUTHENTICATED, FORBIDDEN or NOT_FOUND). */
  async function authorised(sessionId: string, facilitatorId: string | null, action: SessionAction): Promise<SummarySessionRow> {
    if (!facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as one of the session's facilitators first.");
    const session = await summaries.findSession(sessionId);
    await access.authorise(session, facilitatorId, action);
    return session!;
  }

  async function load(session: SummarySessionRow) {
    const { ownerId: _ownerId, teamId: _teamId, retentionDays: sessionDays, ...header } = session;
    const deleteAt = header.endedAt && !header.responsesDeletedAt ? responsesDeleteAt(header.endedAt, sessionDays, retentionDays) : null;
    const [contents, checkIns] = await Promise.all([summaries.loadContents(session.id, provider), summaries.countCheckIns(session.id)]);
    return { session: { ...header, responsesDeleteAt: deleteAt, checkIns }, ...contents };
  }

  return {
    authorised,

    async summary(sessionId: string, facilitatorId: string | null): Promise<SessionSummary> {
      const session = await authorised(sessionId, facilitatorId, "read-summary");
      return buildSessionSummary(await load(session), now());
    },

    async export(sessionId: string, facilitatorId: string | null, format: ExportFormat): Promise<ExportFile> {
      const session = await authorised(sessionId, facilitatorId, "export");
      const input = await load(session);
      const summary = buildSessionSummary(input, now());
      const info = EXPORT_FORMAT_INFO[format];
      // the file speaks the session's language (headers, labels, notes); its name stays ASCII (exportFileName)
      const language = input.session.language ?? DEFAULT_LOCALE;
      const t = exportTranslator(language, (await loadMessages(language, ["export"])).export);
      let body: string;
      switch (format) {
        case "md":
          body = formatSummaryMarkdown(summary, t);
          break;
        case "csv":
          body = formatSummaryCsv(summary, t);
          break;
        case "responses.csv":
          // each loaded response carries its participant's random number
          body = formatResponsesCsv(buildRawResponses(input, summary), t);
          break;
        case "json":
          body = formatSummaryJson(summary);
          break;
        case "html":
          body = formatSummaryHtml(summary, t, language);
          break;
      }
      return { body, contentType: info.contentType, fileName: exportFileName(summary, info.extension) };
    },
  };
}

export type SummaryService = ReturnType<typeof createSummaryService>;
