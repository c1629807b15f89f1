// Live reaction counts on a text step.
//
// No anonymity threshold: a reaction is a tap on the shared article text, not
// an answer about oneself, and the result is only a count per reaction kind
// — there is no breakdown by anyone or anything that a small count could
// reveal. (Answers to prompts, which can be personal, are what k protects.)
import { REACTION_KINDS, type ReactionKind } from "../reactions";

export type ReactionCounts = Record<ReactionKind, number>;

export interface ReactionInput {
  kind: string;
  /**
   * When given, a participant counts at most once per reaction kind ("one
   * participant counts once"), however often they tap. Without it every
   * reaction given is counted: the caller has already de-duplicated.
   */
  participantId?: string;
}

const KNOWN = new Set<string>(REACTION_KINDS);

/** Counts per reaction kind, every kind present (0 when unused); unknown kinds are ignored. */
export function aggregateReactions(reactions: Iterable<ReactionInput>): ReactionCounts {
  const counts = emptyReactionCounts();
  const seen = new Set<string>();
  for (const { kind, participantId } of reactions) {
    if (!KNOWN.has(kind)) continue;
    if (participantId !== undefined) {
      // JSON of the pair: unambiguous whatever characters the id contains.
      const key = JSON.stringify([participantId, kind]);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    counts[kind as ReactionKind]++;
  }
  return counts;
}

export function emptyReactionCounts(): ReactionCounts {
  return Object.fromEntries(REACTION_KINDS.map((k) => [k, 0])) as ReactionCounts;
}
