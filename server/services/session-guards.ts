// Two checks every set of session rules uses (./participant-rules.ts,
// ./facilitator-rules.ts), in one place so their messages are one.
import type { PromptRecord } from "../repositories/session-repository";
import { HearthError, notFound } from "./hearth-error";
import type { LiveSession } from "./live-session";

/**
 * What an ended session still takes, command by command: watching it (console
 * and projector), ending it again (a no-op), closing prompts, revealing and
 * hiding results and moderating (the room and the summary may still look at
 * what was said), and clearing the pause count. Everything that would change
 * the live session itself — starting, moving, opening, locking, the timer,
 * resetting a prompt, answers, reactions, pause requests — is SESSION_ENDED.
 */
export function refuseIfEnded(session: LiveSession) {
  if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
}

export function requirePrompt(session: LiveSession, promptId: string): PromptRecord {
  const prompt = session.findPrompt(promptId);
  if (!prompt) throw notFound("prompt");
  return prompt;
}
