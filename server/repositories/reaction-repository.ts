// Reactions on text steps: one row per (step, participant, kind); counts only leave the server.
import type { Db } from "../db";
import { isUniqueViolation } from "./participant-repository";

export function createReactionRepository(prisma: Db) {
  return {
    /** Turns the reaction on or off; returns whether it is now on. */
    async toggle(input: { sessionId: string; stepId: string; participantId: string; kind: string }): Promise<boolean> {
      const removed = await prisma.reaction.deleteMany({
        where: { stepId: input.stepId, participantId: input.participantId, kind: input.kind },
      });
      if (removed.count > 0) return false;
      try {
        await prisma.reaction.create({ data: input });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error; // a double tap raced us: it is on
      }
      return true;
    },

    async listForSession(sessionId: string): Promise<{ stepId: string; participantId: string; kind: string }[]> {
      return prisma.reaction.findMany({ where: { sessionId }, select: { stepId: true, participantId: true, kind: true } });
    },
  };
}

export type ReactionRepository = ReturnType<typeof createReactionRepository>;
