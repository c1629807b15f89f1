// The repositories are the only modules that talk to Prisma.
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

export function createRepositories(prisma: Db, provider: DatabaseProvider) {
  return {
    templates: createTemplateRepository(prisma),
    templateImages: createTemplateImageRepository(prisma),
    sessions: createSessionRepository(prisma, provider),
    participants: createParticipantRepository(prisma),
    responses: createResponseRepository(prisma, provider),
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
