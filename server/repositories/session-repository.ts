// Live sessions and their snapshot of a template's steps and prompts. The
// snapshot is written by session-snapshot.ts, a prompt's stored release by
// release-store.ts; the record shapes are session-records.ts.
import type { ActivityKind } from "../../lib/activities";
import type { PromptState } from "../../lib/events";
import { type BatchStatements, prismaBatchStatements } from "../database/batch-statements";
import type { DatabaseProvider, Db } from "../db";
import { createReleaseStore, parseRelease } from "./release-store";
import { type PromptRecord, type SessionRecord, type SessionUpdate, type StepRecord, toSession } from "./session-records";
import { createSessionFromTemplate, type NewSessionFromTemplate } from "./session-snapshot";

export type { PromptRecord, SessionRecord, SessionUpdate, StepRecord } from "./session-records";

export function createSessionRepository(prisma: Db, provider: DatabaseProvider = "sqlite", batches: BatchStatements = prismaBatchStatements(prisma)) {
  const releases = createReleaseStore(prisma, provider, batches);

  return {
    /**
     * Snapshot a template into a new session: steps and prompts are copied,
     * so later edits to the template never change this session.
     */
    createFromTemplate: (input: NewSessionFromTemplate): Promise<SessionRecord> => createSessionFromTemplate(prisma, input),

    async findById(id: string): Promise<SessionRecord | null> {
      const row = await prisma.session.findUnique({ where: { id } });
      return row ? toSession(row) : null;
    },

    async findByJoinCode(joinCode: string): Promise<SessionRecord | null> {
      const row = await prisma.session.findUnique({ where: { joinCode } });
      return row ? toSession(row) : null;
    },

    /** Only the language, for choosing a page's language before anything else is read. */
    async languageOf(where: { id: string } | { joinCode: string }): Promise<string | null> {
      const row = await prisma.session.findUnique({ where, select: { language: true } });
      return row?.language ?? null;
    },

    async joinCodeExists(joinCode: string): Promise<boolean> {
      return (await prisma.session.count({ where: { joinCode } })) > 0;
    },

    /** Sessions the facilitator owns or co-facilitates, newest first, each with their role in it. */
    async listForFacilitator(facilitatorId: string) {
      const rows = await prisma.session.findMany({
        where: { OR: [{ ownerId: facilitatorId }, { coFacilitators: { some: { facilitatorId } } }] },
        orderBy: { createdAt: "desc" },
        include: { _count: { select: { participants: true } }, owner: { select: { name: true, email: true } } },
      });
      return rows.map(({ owner, ...row }) => ({
        ...toSession(row),
        participantCount: row._count.participants,
        role: row.ownerId === facilitatorId ? ("owner" as const) : ("co-facilitator" as const),
        ownerName: owner.name || owner.email,
      }));
    },

    async loadSteps(sessionId: string): Promise<StepRecord[]> {
      const rows = await prisma.sessionStep.findMany({
        where: { sessionId },
        orderBy: { position: "asc" },
        include: { prompt: true },
      });
      return rows.map((s) => ({
        id: s.id,
        position: s.position,
        title: s.title,
        body: s.body,
        facilitatorNotes: s.facilitatorNotes,
        reactionsEnabled: s.reactionsEnabled,
        contentNote: s.contentNote,
        image: s.imageId && s.imageAlt ? { id: s.imageId, alt: s.imageAlt, onPhones: s.imageOnPhones } : null,
        prompt: s.prompt
          ? {
              id: s.prompt.id,
              stepId: s.id,
              kind: s.prompt.kind as ActivityKind,
              question: s.prompt.question,
              config: s.prompt.config,
              repeatOfId: s.prompt.repeatOfId,
              state: s.prompt.state as PromptState,
              resultsRevealed: s.prompt.resultsRevealed,
              resultsShownOn: s.prompt.resultsShownOn === "screen" ? "screen" : "everywhere",
              releaseGeneration: s.prompt.releaseGeneration,
              release: parseRelease(s.prompt.release),
            }
          : null,
      }));
    },

    async update(id: string, data: SessionUpdate): Promise<void> {
      await prisma.session.update({ where: { id }, data });
    },

    async incrementPauseRequests(id: string): Promise<number> {
      const row = await prisma.session.update({ where: { id }, data: { pauseRequests: { increment: 1 } }, select: { pauseRequests: true } });
      return row.pauseRequests;
    },

    async updatePrompt(id: string, data: Partial<Pick<PromptRecord, "state" | "resultsRevealed">>): Promise<void> {
      await prisma.prompt.update({ where: { id }, data });
    },

    ...releases,
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
