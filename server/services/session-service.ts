// A live session's service, as the sockets and the HTTP routes see it: one
// object composed of
// - the registry of live sessions (./live-sessions.ts: load once, share, keep in step),
// - who may do what (./session-access.ts, asked by `authorised`),
// - the rules: ./participant-rules.ts, ./facilitator-rules.ts, ./moderation-rules.ts.
// Every rule persists first and updates the in-memory LiveSession only after
// the write succeeded; callers acknowledge and then apply the change
// (server/realtime/changes.ts).
import { formatJoinCode, generateJoinCode, normaliseJoinCode } from "../../lib/join-code";
import { DEFAULT_ANONYMITY_THRESHOLD } from "../../lib/aggregation/threshold";
import { PAUSE_REQUEST_INTERVAL_MS } from "../../lib/pause";
import { templateContentSchema } from "../../lib/template-schema";
import type { Repositories } from "../repositories";
import type { AuditAction } from "../repositories/audit-repository";
import { createAnswerWriter } from "./answer-writer";
import { createBatchWriter } from "./batch-writer";
import { createFacilitatorRules } from "./facilitator-rules";
import { createModerationRules } from "./moderation-rules";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";
import { createLiveSessions } from "./live-sessions";
import { createParticipantRules } from "./participant-rules";
import { createSessionAccess, type SessionAction } from "./session-access";
import { requirePrompt } from "./session-guards";

export { DEFAULT_ANONYMITY_THRESHOLD, PAUSE_REQUEST_INTERVAL_MS };

/** New participants stored in one statement at most (five values each: well within every database's limits). */
const MAX_JOIN_BATCH = 200;

export type SessionServiceOptions = {
  repositories: Repositories;
  /** where participants join, e.g. http://192.168.1.20:3000 — used for the join link and QR code */
  publicUrl: () => string;
  /** how often one participant's "I need a pause" counts (default one minute) */
  pauseRequestIntervalMs?: number;
  /** answer batches written at once (server/services/answer-writer.ts): 1 for SQLite, a few for PostgreSQL */
  answerBatchesInFlight?: number;
  /** the deployment's retention in days (server/services/retention-service.ts): a session may choose fewer, never more */
  retentionDays?: number;
};

export function createSessionService({
  repositories: repos,
  publicUrl,
  pauseRequestIntervalMs = PAUSE_REQUEST_INTERVAL_MS,
  answerBatchesInFlight = 1,
  retentionDays = 30,
}: SessionServiceOptions) {
  const registry = createLiveSessions({ repositories: repos, publicUrl, retentionDays });
  const { get } = registry;
  const access = createSessionAccess(repos.coFacilitators, repos.teams);
  // answers are stored in batches; each one settles when its batch committed
  const answers = createAnswerWriter(repos.responses, { concurrency: answerBatchesInFlight });
  // and so are new participants: a large room fills up within seconds
  const newParticipants = createBatchWriter(repos.participants.createMany, { maxBatch: MAX_JOIN_BATCH, concurrency: answerBatchesInFlight });

  /**
   * The session, if `facilitatorId` may do `action` on it (the rule is in
   * ./session-access.ts); otherwise UNAUTHENTICATED, FORBIDDEN, or the same
   * NOT_FOUND as a missing session.
   */
  async function authorised(sessionId: string, facilitatorId: string | null, action: SessionAction): Promise<LiveSession> {
    if (!facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as one of the session's facilitators first.");
    const session = await get(sessionId).catch((error) => {
      if (error instanceof HearthError && error.code === "NOT_FOUND") throw notFound("session");
      throw error;
    });
    await access.authorise(session.record, facilitatorId, action);
    return session;
  }

  /** Owner-only actions (settings): what a new command gets unless it asks for less. */
  const getOwned = (sessionId: string, facilitatorId: string | null) => authorised(sessionId, facilitatorId, "change-settings");

  async function uniqueJoinCode(): Promise<string> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = generateJoinCode();
      if (!(await repos.sessions.joinCodeExists(code))) return code;
    }
    throw new HearthError("INTERNAL", "Could not find a free join code; please try again.");
  }

  return {
    /** the deployment's retention in days */
    retentionDays,
    ...registry,
    getOwned,
    authorised,
    access,
    requirePrompt,
    /** The dashboard's list: sessions this facilitator owns or co-facilitates. */
    listForFacilitator: (facilitatorId: string) => repos.sessions.listForFacilitator(facilitatorId),
    /** The session a join code (as typed: any case, spaces, dashes) leads to, or null. */
    async findByJoinCode(typed: string) {
      const code = normaliseJoinCode(typed);
      return code ? repos.sessions.findByJoinCode(code) : null;
    },
    formatJoinCode,
    /** One line in the session's audit trail (facilitators' actions only). */
    recordAudit: (entry: { sessionId: string; actorId: string; action: AuditAction; detail?: string }) => repos.audit.record(entry),
    /** Wait for every answer already received to be stored (graceful shutdown). */
    flushAnswers: () => Promise.all([answers.flush(), newParticipants.flush()]).then(() => undefined),

    /** `teamId`: the team it is run for (the owner's current team, checked by the caller), listed for its admins. */
    async createSession(input: { ownerId: string; templateId: string; title?: string; anonymityThreshold?: number; teamId?: string | null }) {
      const template = await repos.templates.findVisible(input.templateId, input.ownerId);
      if (!template) throw notFound("template");
      const content = templateContentSchema.parse(template.content);
      const record = await repos.sessions.createFromTemplate({
        ownerId: input.ownerId,
        templateId: template.id,
        title: input.title?.trim() || content.title,
        joinCode: await uniqueJoinCode(),
        anonymityThreshold: input.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
        content,
        teamId: input.teamId ?? null,
      });
      return record;
    },

    ...createParticipantRules({ repositories: repos, sessions: registry, answers, newParticipants, pauseRequestIntervalMs }),
    ...createFacilitatorRules({ repositories: repos, retentionDays }),
    ...createModerationRules({ repositories: repos }),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
