// Reactions: a participant taps one of a few quiet reactions on a text step
// ("this resonates"). They are counted, never attributed, and never ranked.
// No zod here: phones import this (the schema is lib/events.ts's reactionKindSchema).

export const REACTION_KINDS = ["resonates", "support", "thinking"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];

/** A known reaction kind (the rest, from an older client or a hostile one, are ignored). */
export const isReactionKind = (kind: string): kind is ReactionKind => (REACTION_KINDS as readonly string[]).includes(kind);

// The words for each kind are messages, in every language: participant.reactions (the buttons),
// projector.reactions and console.reactions (the counts). Words, not emoji: calm, and unambiguous
// across platforms (tests/unit/reactions.test.ts checks every locale).
