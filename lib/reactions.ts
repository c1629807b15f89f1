// Reactions: a participant taps one of a few quiet reactions on a text step
// ("this resonates"). They are counted, never attributed, and never ranked.
import { z } from "zod";

export const REACTION_KINDS = ["resonates", "support", "thinking"] as const;
export const reactionKindSchema = z.enum(REACTION_KINDS);
export type ReactionKind = z.infer<typeof reactionKindSchema>;

export interface ReactionInfo {
  /** Button and chart text. Words, not emoji: calm, and unambiguous across platforms. */
  label: string;
  /**
   * What a screen reader announces for the button (`aria-label`): says it is
   * an action and what it means, without emoji names like "red heart".
   */
  accessibleLabel: string;
}

export const REACTIONS: Readonly<Record<ReactionKind, ReactionInfo>> = {
  resonates: { label: "This resonates", accessibleLabel: "React: this resonates with me" },
  support: { label: "Sending support", accessibleLabel: "React: sending support" },
  thinking: { label: "Made me think", accessibleLabel: "React: this made me think" },
};

/** Screen-reader text for a live count, e.g. "This resonates: 3 reactions". */
export function describeReactionCount(kind: ReactionKind, count: number): string {
  return `${REACTIONS[kind].label}: ${count} reaction${count === 1 ? "" : "s"}`;
}
