// The facilitator's commands on the session as a whole: watching it from a
// console or projector, starting and ending it, its lock, settings and
// language, the support card, the pause requests.
import { type HearthSocket, registerCommand } from "./command";
import type { RealtimeDeps } from "./deps";
import type { FacilitatorContext } from "./facilitator-context";
import { rooms } from "./rooms";

export function registerSessionHandlers(socket: HearthSocket, deps: RealtimeDeps, { sessions, facilitatorId, owned, audit, changed, watch }: FacilitatorContext) {
  registerCommand(socket, deps, "console:watch", async ({ sessionId }) => {
    const session = await watch(sessionId, rooms.console(sessionId));
    return { data: session.consoleState(), changes: [] };
  });

  registerCommand(socket, deps, "screen:watch", async ({ sessionId }) => {
    const session = await watch(sessionId, rooms.screens(sessionId));
    return { data: session.roomState(), changes: [] };
  });

  registerCommand(socket, deps, "session:start", async ({ sessionId }) => {
    const session = await owned(sessionId);
    const wasRunning = session.record.status !== "lobby";
    await sessions.start(session);
    if (!wasRunning) await audit(session, "session:start");
    return changed(session);
  });

  registerCommand(socket, deps, "session:end", async ({ sessionId }) => {
    const session = await owned(sessionId);
    const wasEnded = session.record.status === "ended";
    await sessions.end(session);
    if (!wasEnded) await audit(session, "session:end");
    return changed(session);
  });

  registerCommand(socket, deps, "session:lock", async ({ sessionId, locked }) => {
    const session = await owned(sessionId);
    await sessions.setLocked(session, locked);
    return changed(session);
  });

  registerCommand(socket, deps, "session:settings", async ({ sessionId, hideCounts, retentionDays, passphrase }) => {
    // how long the answers are kept and the room's passphrase are the owner's privacy settings
    // (issue 17); hiding counts is part of running the room
    const ownersOnly = retentionDays !== undefined || passphrase !== undefined;
    const session = await sessions.authorised(sessionId, facilitatorId(), ownersOnly ? "change-settings" : "run");
    await sessions.updatePrivacy(session, { hideCounts, retentionDays, passphrase });
    return changed(session);
  });

  registerCommand(socket, deps, "session:language", async ({ sessionId, language }) => {
    // the room's language is part of preparing the room: a co-facilitator may set it too
    const session = await sessions.authorised(sessionId, facilitatorId(), "run");
    await sessions.setLanguage(session, language);
    return changed(session);
  });

  registerCommand(socket, deps, "session:resources", async ({ sessionId, resources, saveToTemplate }) => {
    const session = await owned(sessionId);
    // the template is the owner's: only they save the card to it
    const savedToTemplate = await sessions.setResources(session, resources, saveToTemplate === true && session.record.ownerId === socket.data.facilitatorId);
    return { ...changed(session), data: { savedToTemplate } };
  });

  registerCommand(socket, deps, "pause:reset", async ({ sessionId }) => {
    const session = await owned(sessionId);
    await sessions.resetPauseRequests(session);
    return { data: null, session, changes: [{ kind: "console", sessionId }] };
  });
}
