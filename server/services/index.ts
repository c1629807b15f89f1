// Every service of one Hearth process, built once (server/app.ts calls this)
// and handed to both the HTTP API (server/http) and the sockets
// (server/realtime): a route or a handler reaches a service, and only
// services reach the repositories (server/repositories), which alone talk
// to Prisma.
import type { Auth } from "../auth";
import type { Logger } from "../logger";
import type { Repositories } from "../repositories";
import type { Limiter } from "../security/limiter";
import { createAccountAdmin } from "./account-admin";
import { createCheckInService } from "./check-in-service";
import { createCoFacilitationService } from "./co-facilitation-service";
import { createRetentionService, DEFAULT_RETENTION_DAYS } from "./retention-service";
import { createRoomPictureService } from "./room-picture-service";
import { createSessionService } from "./session-service";
import type { SignUpPolicy } from "./sign-up-policy";
import { createSummaryService } from "./summary-service";
import { createTeamService } from "./team-service";
import { createTemplateService } from "./template-service";

import { createLanguageService } from "./language-service";
export type ServicesOptions = {
  repositories: Repositories;
  provider: "sqlite" | "postgresql";
  auth: Auth;
  signUpPolicy: SignUpPolicy;
  /** where participants join (known once the server listens) */
  publicUrl: () => string;
  logger: Logger;
  /** how often one participant's pause request counts (default one minute; tests use 0) */
  pauseRequestIntervalMs?: number;
  /** answer batches written at once (server/services/answer-writer.ts) */
  answerBatchesInFlight: number;
  /** participants' check-in commands (one budget across processes with Redis: server/security) */
  checkInLimiter: Pick<Limiter, "consume">;
  /** automatic deletion: the deployment's days and the clock */
  retention?: { days?: number; now?: () => Date };
  /** the sockets' side of two services, bound once the sockets exist (server/realtime/index.ts) */
  realtime: {
    /** a removed co-facilitator's consoles and projectors, on every process, leave the session */
    accessRevoked: (sessionId: string, facilitatorId: string) => Promise<void>;
    /** a disabled account's sockets, on every process, are closed */
    signedOut: (facilitatorId: string) => Promise<void>;
  };
};

export function createServices(options: ServicesOptions) {
  const { repositories, provider, publicUrl, logger } = options;
  const retentionDays = options.retention?.days ?? DEFAULT_RETENTION_DAYS;
  const sessions = createSessionService({
    repositories,
    publicUrl,
    pauseRequestIntervalMs: options.pauseRequestIntervalMs,
    answerBatchesInFlight: options.answerBatchesInFlight,
    retentionDays,
  });
  const teams = createTeamService({ repositories, publicUrl });
  return {
    sessions,
    teams,
    checkIns: createCheckInService({ repositories, sessions, limiter: options.checkInLimiter }),
    retention: createRetentionService({
      summaries: repositories.summaries,
      sessions,
      provider,
      defaultDays: retentionDays,
      now: options.retention?.now,
      logger,
      pictures: repositories.templateImages,
    }),
    summaries: createSummaryService({ summaries: repositories.summaries, provider, access: sessions.access, retentionDays: sessions.retentionDays }),
    // a deleted template's pictures are timed by the clock automatic deletion reads (tests inject it)
    templates: createTemplateService({
      templates: repositories.templates,
      images: repositories.templateImages,
      coFacilitators: repositories.coFacilitators,
      sessions: repositories.sessions,
      teams,
      now: options.retention?.now,
    }),
    roomPictures: createRoomPictureService({ participants: repositories.participants, pictures: repositories.templateImages }),
    coFacilitation: createCoFacilitationService({
      repositories,
      access: sessions.access,
      publicUrl,
      onAccessRevoked: options.realtime.accessRevoked,
      teamMates: teams.teamMates,
    }),
    admin: createAccountAdmin({ auth: options.auth, repositories, publicUrl, onSignedOut: options.realtime.signedOut }),
    signUpPolicy: options.signUpPolicy,
    languages: createLanguageService({ repositories }),
  };
}

export type Services = ReturnType<typeof createServices>;
