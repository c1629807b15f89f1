// The repositories are the only modules that talk to Prisma.
import { type BatchStatements, prismaBatchStatements } from "../database/batch-statements";
import type { DatabaseProvider, Db } from "../db";
import { createCheckInRepository } from "./check-in-repository";
import { createAuditRepository } from "./audit-repository";
import { createCoFacilitatorRepository } from "./co-facilitator-repository";
import { createFacilitatorRepository } from "./facilitator-repository";
import { createParticipantRepository } from "./participant-repository";
import { createReactionRepository } from "./reaction-repository";
import { createResponseRepository } from "./response-repository";
import { createSessionRepository } from "./session-repository";
import { createSummaryRepository } from "./summary-repository";
import { createTemplateImageRepository } from "./template-image-repository";
import { createTemplateRepository } from "./template-repository";
import { createTeamRepository } from "./team-repository";

/** `batches`: where the hot-path batches go (the Database's own; through `prisma` when not given) */
export function createRepositories(prisma: Db, provider: DatabaseProvider, batches: BatchStatements = prismaBatchStatements(prisma)) {
  return {
    templates: createTemplateRepository(prisma),
    templateImages: createTemplateImageRepository(prisma),
    sessions: createSessionRepository(prisma, provider, batches),
    participants: createParticipantRepository(prisma, batches),
    responses: createResponseRepository(prisma, provider, batches),
    reactions: createReactionRepository(prisma),
    summaries: createSummaryRepository(prisma),
    checkIns: createCheckInRepository(prisma),
    coFacilitators: createCoFacilitatorRepository(prisma),
    audit: createAuditRepository(prisma),
    facilitators: createFacilitatorRepository(prisma),
    teams: createTeamRepository(prisma),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
