// What Hearth processes tell each other (server/realtime/cluster.ts), in one
// place. Every process keeps its own replica of each live session it serves;
// these messages carry the changes that one process made (after its database
// write succeeded) to the others, which apply them to their replicas and
// broadcast to their own sockets. Incoming messages are validated like any
// other input: Redis is shared infrastructure, not part of this process.
//
// Privacy: an "answers" message carries the answer itself (including free
// text) and internal participant ids — never tokens, names or addresses. It
// crosses Redis pub/sub transiently: pub/sub delivers to the subscribers
// connected at that moment and stores nothing, so no answer is ever kept in
// Redis.
import { z } from "zod";
import type { AnyAnswerValue } from "../../lib/activities";
import { idSchema, moderationStatusSchema } from "../../lib/events";
import { reactionKindSchema } from "../../lib/events";
import type { ModerationStatus, ResponseRecord } from "../repositories/response-repository";

/** The Socket.IO server-side event that carries a batch of sync messages. */
export const SYNC_EVENT = "hearth:sync";

const id = idSchema;
/** response ids in one moderation message; a larger decision goes as several (cluster.ts) */
export const MAX_MODERATION_IDS_PER_MESSAGE = 1000;
const moderationStatus = moderationStatusSchema;

const responseSchema = z.object({
  id,
  promptId: id,
  participantId: id,
  passed: z.boolean(),
  // validated by the process that accepted it (lib/activities checkAnswer); here only carried
  value: z.unknown().transform((v) => (v ?? null) as AnyAnswerValue | null),
  moderation: moderationStatus.nullable(),
}) satisfies z.ZodType<ResponseRecord, unknown>;

export const syncMessageSchema = z.discriminatedUnion("kind", [
  /** participants answered (or changed or passed): apply each, idempotent per (prompt, participant) */
  z.object({ kind: z.literal("answers"), sessionId: id, responses: z.array(responseSchema).max(10_000) }),
  /** a new release of a prompt's breakdown was stored: re-read that release alone (not the whole session) and send the breakdown */
  z.object({ kind: z.literal("released"), sessionId: id, promptId: id }),
  /** the facilitator changed the session or a prompt's state: re-read it from the database */
  z.object({ kind: z.literal("session"), sessionId: id }),
  /** what only consoles show changed (the pause count): re-read it from the database, tell only consoles */
  z.object({ kind: z.literal("console"), sessionId: id }),
  /** the facilitator cleared a prompt's answers */
  z.object({ kind: z.literal("prompt-reset"), sessionId: id, promptId: id }),
  /** the facilitator moderated free-text answers */
  z.object({ kind: z.literal("moderation"), sessionId: id, promptId: id, responseIds: z.array(id).max(MAX_MODERATION_IDS_PER_MESSAGE), status: moderationStatus }),
  /** a participant turned a reaction on or off */
  z.object({ kind: z.literal("reaction"), sessionId: id, stepId: id, participantId: id, reaction: reactionKindSchema, active: z.boolean() }),
  /** a check-in request was asked, changed, withdrawn or answered: consoles re-read the list from the database */
  z.object({ kind: z.literal("check-ins"), sessionId: id }),
  /** the facilitator answered this participant's request: the asker's sockets re-read it from the database */
  z.object({ kind: z.literal("check-in-answered"), sessionId: id, participantId: id }),
  /** someone new joined: recount from the database (the source of truth) */
  z.object({ kind: z.literal("joined"), sessionId: id }),
  /** the session's rows were deleted (retention): drop it from memory */
  z.object({ kind: z.literal("forget"), sessionId: id }),
  /**
   * the sender was cut off from Redis: what it changed in these sessions
   * meanwhile never reached anyone, so reload them from the database
   */
  z.object({ kind: z.literal("resync"), sessionIds: z.array(id).max(10_000) }),
]);

export type SyncMessage = z.infer<typeof syncMessageSchema>;
export type SyncMessageOf<K extends SyncMessage["kind"]> = Extract<SyncMessage, { kind: K }>;

/** One publish carries every message of a short interval, in order. */
export const syncBatchSchema = z.array(syncMessageSchema).min(1).max(10_000);

/** Parse a batch from another process; null (and nothing applied) when it is not one. */
export function parseSyncBatch(input: unknown): SyncMessage[] | null {
  const parsed = syncBatchSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/**
 * Append `message` to a pending batch. Answers for a session are merged into
 * the batch's last answers message for that session when nothing else about
 * that session came after it (order within a session is kept); repeated
 * "joined", "session" and "console" messages for a session collapse into
 * one, since they only make the receiver re-read the database.
 */
export function appendToBatch(batch: SyncMessage[], message: SyncMessage): void {
  if (message.kind === "answers" || message.kind === "joined" || message.kind === "session" || message.kind === "console") {
    for (let i = batch.length - 1; i >= 0; i--) {
      const earlier = batch[i];
      if (!("sessionId" in earlier) || earlier.sessionId !== message.sessionId) continue;
      if (earlier.kind !== message.kind) break;
      if (message.kind === "answers") (earlier as SyncMessageOf<"answers">).responses.push(...message.responses);
      return;
    }
  }
  batch.push(message.kind === "answers" ? { ...message, responses: [...message.responses] } : message);
}

/** How many answers (and other messages) a batch holds: the size a flush is triggered by. */
export function batchWeight(batch: SyncMessage[]): number {
  let weight = 0;
  for (const m of batch) weight += m.kind === "answers" ? m.responses.length : 1;
  return weight;
}

/**
 * A moderation decision as messages: "Approve all" may decide on up to 5,000
 * answers (lib/events.ts), and one message carries at most
 * MAX_MODERATION_IDS_PER_MESSAGE; a larger one would make the receivers drop
 * the whole batch it came in.
 */
export function moderationMessages(sessionId: string, promptId: string, responseIds: string[], status: ModerationStatus): SyncMessageOf<"moderation">[] {
  const messages: SyncMessageOf<"moderation">[] = [];
  for (let i = 0; i < responseIds.length; i += MAX_MODERATION_IDS_PER_MESSAGE)
    messages.push({ kind: "moderation", sessionId, promptId, responseIds: responseIds.slice(i, i + MAX_MODERATION_IDS_PER_MESSAGE), status });
  return messages;
}
