// Live sessions and their snapshot of a template's steps and prompts.
import type { DatabaseProvider, Db } from "../db";
import type { TemplateContent } from "../../lib/template-schema";
import type { ActivityKind } from "../../lib/activities";
import type { SessionStatus, PromptState, ResultsShownOn, SupportResources } from "../../lib/events";
import type { Release } from "../../lib/aggregation/release";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../lib/i18n/locales";

export type PromptRecord = {
  id: string;
  stepId: string;
  kind: ActivityKind;
  question: string;
  config: unknown;
  repeatOfId: string | null;
  state: PromptState;
  resultsRevealed: boolean;
  /** where revealed results show: "everywhere" (projector and phones) or "screen" (projector only) */
  resultsShownOn: ResultsShownOn;
  /** see lib/aggregation/release.ts: only replaced by a conditional write on this generation */
  releaseGeneration: number;
  release: Release | null;
};

export type StepRecord = {
  id: string;
  position: number;
  title: string;
  body: string;
  facilitatorNotes: string;
  /** this step's own content note; "" for none */
  contentNote: string;
  reactionsEnabled: boolean;
  image: { id: string; alt: string; onPhones: boolean } | null;
  prompt: PromptRecord | null;
};

export type SessionRecord = {
  id: string;
  ownerId: string;
  templateId: string | null;
  title: string;
  joinCode: string;
  status: SessionStatus;
  locked: boolean;
  anonymityThreshold: number;
  currentStepIndex: number;
  contentNote: string;
  resources: SupportResources;
  pauseRequests: number;
  timerStartedAt: Date | null;
  timerElapsedMs: number;
  timerDurationMs: number;
  createdAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  responsesDeletedAt: Date | null;
  /** null: hidden from the room while fewer than 2·k people joined */
  hideCounts: boolean | null;
  /** days after the end when responses are deleted; null: the deployment's default; 0: at the end */
  retentionDays: number | null;
  /** server/services/passphrase.ts; never sent to any client */
  passphraseHash: string | null;
  /** the template's own safety-net phrases, added to the built-in list (lib/distress-phrases.ts); [] for none */
  safetyNetPhrases: string[];
  /** the team it was run for (its admins list it and read its audit trail); null: personal */
  teamId?: string | null;
  /** the language phones and the projector show (from the template; changeable before the start) */
  language: Locale;
};

export type SessionUpdate = Partial<
  Pick<
    SessionRecord,
    | "status"
    | "locked"
    | "hideCounts"
    | "retentionDays"
    | "passphraseHash"
    | "currentStepIndex"
    | "pauseRequests"
    | "timerStartedAt"
    | "timerElapsedMs"
    | "timerDurationMs"
    | "startedAt"
    | "endedAt"
    | "resources"
    | "language"
  >
>;

export function createSessionRepository(prisma: Db, provider: DatabaseProvider = "sqlite") {
  /**
   * A release holds answer text (the open-text wall, cloud words). SQLite
   * keeps the bytes of an overwritten row in free space, so the old release is
   * overwritten with zeros as it is replaced (secure_delete for this write):
   * deleting the responses later leaves nothing of any release behind.
   */
  async function writeRelease(promptId: string, where: { releaseGeneration?: number }, data: { releaseGeneration: number | { increment: number }; release: string | null }) {
    if (provider !== "sqlite") return (await prisma.prompt.updateMany({ where: { id: promptId, ...where }, data })).count;
    return prisma.$transaction(async (tx) => {
      await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
      const { count } = await tx.prompt.updateMany({ where: { id: promptId, ...where }, data });
      await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
      return count;
    });
  }

  return {
    /**
     * Snapshot a template into a new session: steps and prompts are copied,
     * so later edits to the template never change this session.
     */
    async createFromTemplate(input: {
      ownerId: string;
      templateId: string;
      title: string;
      joinCode: string;
      anonymityThreshold: number;
      content: TemplateContent;
      teamId?: string | null;
    }): Promise<SessionRecord> {
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
    },

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

    /**
     * Store a new release if the stored generation is still `expected`: the
     * first of several processes to try wins, the others read what it stored.
     */
    async saveRelease(promptId: string, expected: number, release: Release): Promise<boolean> {
      return (await writeRelease(promptId, { releaseGeneration: expected }, { releaseGeneration: release.generation, release: JSON.stringify(release) })) === 1;
    },

    async readRelease(promptId: string): Promise<{ releaseGeneration: number; release: Release | null } | null> {
      const row = await prisma.prompt.findUnique({ where: { id: promptId }, select: { releaseGeneration: true, release: true } });
      return row ? { releaseGeneration: row.releaseGeneration, release: parseRelease(row.release) } : null;
    },

    /** A reset prompt starts again with no release; the bump keeps a release computed before the reset from landing after it. */
    async clearRelease(promptId: string): Promise<number> {
      await writeRelease(promptId, {}, { release: null, releaseGeneration: { increment: 1 } });
      return (await prisma.prompt.findUniqueOrThrow({ where: { id: promptId }, select: { releaseGeneration: true } })).releaseGeneration;
    },

    async updatePrompt(id: string, data: Partial<Pick<PromptRecord, "state" | "resultsRevealed">>): Promise<void> {
      await prisma.prompt.update({ where: { id }, data });
    },
  };
}

function parseRelease(text: string | null): Release | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Release;
  } catch {
    return null; // unreadable: treated as never released, so nothing is shown until k answers again
  }
}

type SessionRow = Omit<SessionRecord, "status" | "resources" | "safetyNetPhrases" | "language"> & {
  status: string;
  resources: unknown;
  safetyNetPhrases: unknown;
  language: string;
};
function toSession(row: SessionRow): SessionRecord {
  return {
    ...row,
    status: row.status as SessionStatus,
    resources: row.resources as SupportResources,
    safetyNetPhrases: phrasesOf(row.safetyNetPhrases),
    // a value from a later version (a language since removed) reads as the default
    language: isLocale(row.language) ? row.language : DEFAULT_LOCALE,
  };
}

/** The stored phrase list; anything unreadable counts as none (the built-in list still screens). */
function phrasesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string") : [];
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
