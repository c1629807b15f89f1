// What a summary is made of below the session record: steps and prompts,
// every answer and reaction, the released breakdowns. Read in bulk (see
// loadSummaryContents) because a large session has 100,000 answers.
import type { ActivityKind } from "../../lib/activities";
import type { Release } from "../../lib/aggregation/release";
import type { PromptState } from "../../lib/events";
import type { SummaryInput } from "../../lib/export/summary-build";
import type { DatabaseProvider, Db } from "../db";

/**
 * Everything below the session record that a summary is made of.
 *
 * A large session has 100,000 responses (5,000 people × 20 prompts), and
 * Prisma spends several microseconds on every row it returns. So answers
 * and reactions come back as one JSON array per prompt (per step),
 * built by the database and parsed natively: ~5× faster. Each response
 * carries the participant's random per-session number — unique within the
 * session, so it also serves as the participant's key — and no ids.
 */
export async function loadSummaryContents(prisma: Db, sessionId: string, provider: DatabaseProvider): Promise<Omit<SummaryInput, "session">> {
  const [steps, responseGroups, reactionGroups, participantCount] = await Promise.all([
    prisma.sessionStep.findMany({
      where: { sessionId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        title: true,
        reactionsEnabled: true,
        imageAlt: true,
        prompt: { select: { id: true, kind: true, question: true, config: true, repeatOfId: true, state: true, release: true } },
      },
    }),
    provider === "postgresql"
      ? prisma.$queryRaw<{ promptId: string; rows: unknown }[]>`
          SELECT r."promptId" AS "promptId",
                 json_agg(json_build_array(p."number", r."passed", r."value", r."moderation"))::text AS "rows"
          FROM "Response" r JOIN "Participant" p ON p."id" = r."participantId"
          WHERE r."sessionId" = ${sessionId}
          GROUP BY r."promptId"`
      : prisma.$queryRaw<{ promptId: string; rows: unknown }[]>`
          SELECT r."promptId" AS "promptId",
                 json_group_array(json_array(p."number", r."passed", json(r."value"), r."moderation")) AS "rows"
          FROM "Response" r JOIN "Participant" p ON p."id" = r."participantId"
          WHERE r."sessionId" = ${sessionId}
          GROUP BY r."promptId"`,
    provider === "postgresql"
      ? prisma.$queryRaw<{ stepId: string; kinds: unknown }[]>`
          SELECT "stepId" AS "stepId", json_agg("kind")::text AS "kinds" FROM "Reaction" WHERE "sessionId" = ${sessionId} GROUP BY "stepId"`
      : prisma.$queryRaw<{ stepId: string; kinds: unknown }[]>`
          SELECT "stepId" AS "stepId", json_group_array("kind") AS "kinds" FROM "Reaction" WHERE "sessionId" = ${sessionId} GROUP BY "stepId"`,
    prisma.participant.count({ where: { sessionId } }),
  ]);

  const responses: SummaryInput["responses"] = [];
  for (const group of responseGroups) {
    for (const [number, passed, value, moderation] of parseJsonArray(group.rows) as [number, unknown, unknown, string | null][]) {
      const participantId = String(number);
      responses.push({ id: "", promptId: group.promptId, participantId, participantNumber: number, passed: passed === true || passed === 1, value, moderation });
    }
  }
  const reactions: SummaryInput["reactions"] = [];
  for (const group of reactionGroups) for (const kind of parseJsonArray(group.kinds) as string[]) reactions.push({ stepId: group.stepId, participantId: "", kind });

  // releases name participants by id; the summary knows them by number
  const numberOf = steps.some((s) => s.prompt?.release)
    ? new Map((await prisma.participant.findMany({ where: { sessionId }, select: { id: true, number: true } })).map((p) => [p.id, String(p.number)]))
    : new Map<string, string>();
  const releaseOf = (text: string | null): Release | null => {
    if (!text) return null;
    try {
      // the cloud's per-participant words are for hiding during the session: the summary has no use for them
      const { cloudWords: _cloudWords, ...release } = JSON.parse(text) as Release;
      const fingerprints: Record<string, string> = {};
      for (const [id, fingerprint] of Object.entries(release.fingerprints)) {
        const number = numberOf.get(id);
        if (number !== undefined) fingerprints[number] = fingerprint;
      }
      return { ...release, fingerprints };
    } catch {
      return null;
    }
  };
  return {
    participantCount,
    steps: steps.map((s) => ({
      ...s,
      prompt: s.prompt ? { ...s.prompt, kind: s.prompt.kind as ActivityKind, state: s.prompt.state as PromptState, release: releaseOf(s.prompt.release) } : null,
    })),
    responses,
    reactions,
  };
}

/** A JSON array from the database: text (SQLite, or PostgreSQL's ::text) or already parsed. */
function parseJsonArray(value: unknown): unknown[] {
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed : [];
}
