// Bringing a LiveSession that is already in memory up to date with the
// database, in place: handlers and the broadcaster hold references to the
// object, so it is never replaced. Used when several Hearth processes serve
// one session (server/realtime/cluster.ts): another process changed the
// session, or messages were lost while Redis was unreachable.
//
// The database read takes a few milliseconds, and this process may change
// the session meanwhile (its own facilitator command, written to the
// database and then to memory). So the merge is three-way, field by field:
// a value this process changed during the read is kept (it is at least as
// new as the read); every other value is taken from the database.
import type { ResponseRecord } from "../repositories/response-repository";
import type { SessionRecord, StepRecord } from "../repositories/session-repository";
import type { LiveSession } from "./live-session";

type PromptFlags = { state: string; resultsRevealed: boolean };

/** The parts of a session that facilitator commands change, as they are now. */
export type LiveStateBase = { record: SessionRecord; prompts: Map<string, PromptFlags> };

export function captureLiveState(session: LiveSession): LiveStateBase {
  const prompts = new Map<string, PromptFlags>();
  for (const step of session.steps) if (step.prompt) prompts.set(step.prompt.id, { state: step.prompt.state, resultsRevealed: step.prompt.resultsRevealed });
  return { record: { ...session.record }, prompts };
}

/** Merge the database's record and prompt states into `session` (see the header). */
export function mergeLiveState(session: LiveSession, base: LiveStateBase, record: SessionRecord, steps: StepRecord[]): void {
  const target = session.record as Record<string, unknown>;
  const before = base.record as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!sameValue(target[key], before[key])) continue; // changed here during the read: ours is newer
    if (!sameValue(target[key], value)) target[key] = value;
  }
  const fresh = new Map<string, StepRecord["prompt"] & object>();
  for (const step of steps) if (step.prompt) fresh.set(step.prompt.id, step.prompt);
  for (const step of session.steps) {
    const prompt = step.prompt;
    const db = prompt && fresh.get(prompt.id);
    const was = prompt && base.prompts.get(prompt.id);
    if (!prompt || !db || !was) continue;
    if (prompt.state === was.state) prompt.state = db.state as typeof prompt.state;
    if (prompt.resultsRevealed === was.resultsRevealed) prompt.resultsRevealed = db.resultsRevealed;
    // releases only move forward (a conditional write per generation), so a newer stored one always wins
    if (db.releaseGeneration > prompt.releaseGeneration) {
      prompt.releaseGeneration = db.releaseGeneration;
      prompt.release = db.release;
    }
  }
}

/**
 * Replace every answer and reaction held in memory with the database's, and
 * rebuild the running tallies. Changes this process made during the read are
 * not merged here: the caller re-applies them afterwards (cluster.ts replays
 * the changes it saw meanwhile; re-applying an answer or a reaction is
 * idempotent).
 */
export function replaceAnswersAndReactions(session: LiveSession, responses: ResponseRecord[], reactions: { stepId: string; participantId: string; kind: string }[]): void {
  for (const promptId of [...session.responses.keys()]) session.forgetResponses(promptId);
  for (const step of session.steps) if (step.prompt) session.forgetResponses(step.prompt.id);
  for (const response of responses) session.rememberResponse(response);
  session.reactions.clear();
  for (const r of reactions) session.setReaction({ stepId: r.stepId, participantId: r.participantId, kind: r.kind, active: true });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a && b && typeof a === "object" && typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
