// The releases of a prompt's breakdown (no differencing:
// lib/aggregation/release.ts): a new one stored when it is due, and hidden
// answers taken out of the one the room sees at once. Several processes may
// store a release at once; the one stored first wins everywhere.
import { retractFromRelease } from "../../lib/aggregation";
import type { Repositories } from "../repositories";
import type { PromptRecord } from "../repositories/session-repository";
import type { LiveSession } from "./live-session";

export function createReleaseRules({ repositories: repos }: { repositories: Repositories }) {
  // prompts whose release is being stored right now (one attempt at a time per prompt)
  const releasing = new Set<string>();
  // prompts asked for a release while one was being stored: looked at again once it is done
  const lookAgain = new Set<string>();

  /** Read the stored release and adopt it if it is newer than ours. */
  async function rereadRelease(session: LiveSession, prompt: PromptRecord) {
    const stored = await repos.sessions.readRelease(prompt.id);
    if (stored) session.adoptRelease(prompt, stored.releaseGeneration, stored.release);
  }

  /**
   * Hidden answers leave the breakdown the room sees at once, not at the next
   * release: the facilitator decided it, and nothing new about anyone is shown.
   */
  async function retract(session: LiveSession, prompt: PromptRecord, responseIds: string[]) {
    const ids = new Set(responseIds);
    const retracted: { participantId: string; responseId: string; words?: string[] }[] = [];
    for (const r of session.responsesFor(prompt.id).values()) {
      if (!ids.has(r.id)) continue;
      const raw = (r.value as { words?: unknown } | null)?.words;
      const words = Array.isArray(raw) ? session.cloudWordsIn(raw) : undefined;
      retracted.push({ participantId: r.participantId, responseId: r.id, words });
    }
    // another process may store a release meanwhile: then retract from that one
    for (let attempt = 0; attempt < 3 && prompt.release; attempt++) {
      const next = retractFromRelease(prompt.kind, prompt.release, retracted);
      if (next === prompt.release) return;
      const generation = prompt.releaseGeneration + 1;
      if (await repos.sessions.saveRelease(prompt.id, prompt.releaseGeneration, { ...next, generation })) {
        session.adoptRelease(prompt, generation, { ...next, generation });
        return;
      }
      await rereadRelease(session, prompt);
    }
  }

  return {
    /**
     * No differencing (lib/aggregation/release.ts): if a new release of this
     * prompt's breakdown is due, store it — only if nobody stored another
     * since ours (several processes) — and adopt it, or adopt the one that
     * won. Nothing is shown that was not stored first. True when the prompt's
     * release changed.
     */
    async releaseIfDue(session: LiveSession, prompt: PromptRecord): Promise<boolean> {
      // a call while one is storing is not dropped: that one looks again when it is done (else
      // a decision made meanwhile would wait for the next answer to reach the wall)
      if (releasing.has(prompt.id)) {
        lookAgain.add(prompt.id);
        return false;
      }
      releasing.add(prompt.id);
      const before = prompt.releaseGeneration;
      try {
        do {
          lookAgain.delete(prompt.id);
          const candidate = session.releaseCandidate(prompt);
          if (!candidate) continue;
          if (await repos.sessions.saveRelease(prompt.id, candidate.generation - 1, candidate)) session.adoptRelease(prompt, candidate.generation, candidate);
          else await rereadRelease(session, prompt);
        } while (lookAgain.has(prompt.id));
        return prompt.releaseGeneration !== before;
      } finally {
        releasing.delete(prompt.id);
        lookAgain.delete(prompt.id);
      }
    },

    retract,

    /**
     * Another process stored a new release of this prompt: adopt it from the
     * database (nothing else about the session changed). True when this
     * process's release changed.
     */
    async adoptStoredRelease(session: LiveSession, promptId: string): Promise<boolean> {
      const prompt = session.findPrompt(promptId);
      if (!prompt) return false;
      const before = prompt.releaseGeneration;
      await rereadRelease(session, prompt);
      return prompt.releaseGeneration !== before;
    },
  };
}
