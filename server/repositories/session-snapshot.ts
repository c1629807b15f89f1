// A new session as a snapshot of a template: its steps and prompts copied in
// one transaction, so later edits to the template never change the session.
import type { TemplateContent } from "../../lib/template-schema";
import type { Db } from "../db";
import { type SessionRecord, toSession } from "./session-records";

export type NewSessionFromTemplate = {
  ownerId: string;
  templateId: string;
  title: string;
  joinCode: string;
  anonymityThreshold: number;
  content: TemplateContent;
  teamId?: string | null;
};

/**
 * Snapshot a template into a new session: steps and prompts are copied,
 * so later edits to the template never change this session.
 */
export async function createSessionFromTemplate(prisma: Db, input: NewSessionFromTemplate): Promise<SessionRecord> {
  return prisma.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: {
        ownerId: input.ownerId,
        templateId: input.templateId,
        title: input.title,
        joinCode: input.joinCode,
        anonymityThreshold: input.anonymityThreshold,
        teamId: input.teamId ?? null,
        contentNote: input.content.contentNote,
        language: input.content.language,
        resources: input.content.resources as object,
        ...(input.content.safetyNetPhrases?.length ? { safetyNetPhrases: input.content.safetyNetPhrases } : {}),
      },
    });
    const promptIdsByKey = new Map<string, string>();
    for (const [position, step] of input.content.steps.entries()) {
      const row = await tx.sessionStep.create({
        data: {
          sessionId: session.id,
          position,
          title: step.title,
          body: step.body,
          facilitatorNotes: step.facilitatorNotes ?? "",
          contentNote: step.contentNote ?? "",
          reactionsEnabled: step.reactions,
          imageId: step.image?.id ?? null,
          imageAlt: step.image?.alt ?? null,
          imageOnPhones: step.image?.onPhones ?? true,
        },
      });
      if (step.prompt) {
        const prompt = await tx.prompt.create({
          data: {
            sessionId: session.id,
            stepId: row.id,
            kind: step.prompt.kind,
            question: step.prompt.question,
            config: step.prompt.config as object,
            repeatOfId: step.prompt.repeatOf ? (promptIdsByKey.get(step.prompt.repeatOf) ?? null) : null,
            resultsShownOn: step.prompt.resultsShownOn ?? "everywhere",
          },
        });
        promptIdsByKey.set(step.prompt.key, prompt.id);
      }
    }
    return toSession(session);
  });
}
