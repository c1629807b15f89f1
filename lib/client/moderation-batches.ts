// A moderation decision as moderation:set messages: a whole wall goes in
// several (each under the socket's size limit), each applied whole.
import { MAX_MODERATION_IDS } from "../events";

export type DecidedEntry = { responseId?: string; version?: string };

/** well under MAX_MODERATION_IDS, so a batch of the longest ids still fits one socket message */
export const MODERATION_BATCH = Math.min(500, MAX_MODERATION_IDS);

/**
 * The answers a decision is about, each with the version shown here: the
 * server leaves alone an answer edited since, so it is never approved unseen.
 * As moderation:set payloads of at most `size` answers each.
 */
export function decisionBatches(entries: readonly DecidedEntry[], size = MODERATION_BATCH) {
  const decided = entries.filter((e): e is DecidedEntry & { responseId: string } => Boolean(e.responseId));
  const batches: { responseIds: string[]; versions: Record<string, string> }[] = [];
  for (let i = 0; i < decided.length; i += size) {
    const some = decided.slice(i, i + size);
    batches.push({
      responseIds: some.map((e) => e.responseId),
      versions: Object.fromEntries(some.filter((e) => e.version).map((e) => [e.responseId, e.version!])),
    });
  }
  return batches;
}
