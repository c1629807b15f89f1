// The facilitator's commands that move the room along: which step shows, a
// prompt opened, closed or reset, its results shown or hidden, the timer,
// the answer wall's pages.
import { type HearthSocket, registerCommand } from "./command";
import type { RealtimeDeps } from "./deps";
import type { FacilitatorContext } from "./facilitator-context";

export function registerStepHandlers(socket: HearthSocket, deps: RealtimeDeps, { sessions, owned, audit, changed }: FacilitatorContext) {
  registerCommand(socket, deps, "step:goto", async ({ sessionId, index }) => {
    const session = await owned(sessionId);
    const leavesLobby = session.record.status === "lobby";
    await sessions.gotoStep(session, index);
    if (leavesLobby) await audit(session, "session:start");
    return changed(session);
  });

  registerCommand(socket, deps, "prompt:open", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setPromptState(session, sessions.requirePrompt(session, promptId), "open");
    return changed(session);
  });

  registerCommand(socket, deps, "prompt:close", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setPromptState(session, sessions.requirePrompt(session, promptId), "closed");
    return changed(session);
  });

  registerCommand(socket, deps, "prompt:reset", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.resetPrompt(session, sessions.requirePrompt(session, promptId));
    return { data: null, session, changes: [{ kind: "prompt-reset", sessionId, promptId }] };
  });

  registerCommand(socket, deps, "results:reveal", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setRevealed(sessions.requirePrompt(session, promptId), true);
    return { data: null, session, changes: [{ kind: "revealed", sessionId, promptId }] };
  });

  registerCommand(socket, deps, "results:hide", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setRevealed(sessions.requirePrompt(session, promptId), false);
    return changed(session);
  });

  registerCommand(socket, deps, "timer:control", async ({ sessionId, action }) => {
    const session = await owned(sessionId);
    await sessions.controlTimer(session, action);
    return changed(session);
  });

  registerCommand(socket, deps, "wall:page", async ({ sessionId, action }) => {
    const session = await owned(sessionId);
    // Nothing to store: each projector pages by itself (it alone knows how
    // many answers fit its screen); the facilitator only steps or pauses it.
    return { data: null, session, changes: [{ kind: "wall-paged", sessionId, action }] };
  });
}
