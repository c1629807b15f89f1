// Commands only the session's facilitators (its owner and co-facilitators)
// may send. The socket was authenticated from the Better Auth session cookie
// at the handshake (socket.data.facilitatorId); every command asks
// server/services/session-access.ts again, from the database, so a facilitator
// can never touch another's session and a removed co-facilitator is refused at once.
// Each handler returns the changes it made; the command runner sends them to
// this process's sockets and to the other Hearth processes (./changes.ts).
import { HearthError } from "../services/hearth-error";
import { mayDo } from "../services/session-access";
import type { LiveSession } from "../services/live-session";
import type { Change } from "./changes";
import type { RealtimeDeps } from "./deps";
import { registerCommand, type HearthSocket } from "./command";
import { rooms } from "./rooms";
import type { AuditAction } from "../repositories/audit-repository";
import { audited } from "./audit";

export function registerFacilitatorHandlers(socket: HearthSocket, deps: RealtimeDeps) {
  const { sessions } = deps;
  const facilitatorId = () => (socket.data.role === "participant" ? null : socket.data.facilitatorId);
  /** every command here is a live one: "run" (owner or co-facilitator) */
  const owned = (sessionId: string) => sessions.authorised(sessionId, facilitatorId(), "run");
  const audit = (session: LiveSession, action: AuditAction, detail?: string) => audited(deps, { sessionId: session.id, actorId: socket.data.facilitatorId!, action, detail });
  /** the session or a prompt's state changed: everyone gets a fresh view, the others re-read it */
  const changed = (session: LiveSession) => ({ data: null, session, changes: [{ kind: "session", sessionId: session.id }] as Change[] });

  /**
   * Join a console or projector room only if the sign-in that was checked is
   * still this socket's after the awaits (loading the session can take a
   * database round trip, during which the periodic re-check may sign it out).
   */
  async function watch(sessionId: string, room: string) {
    const facilitatorId = socket.data.facilitatorId;
    const session = await owned(sessionId);
    if (!facilitatorId || socket.data.facilitatorId !== facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as the session's facilitator first.");
    socket.data.role = "facilitator";
    await socket.join(room);
    // a co-facilitator removed while this watch was on its way joined after the
    // removal told the rooms (server/realtime/index.ts revokeAccess): ask again
    if (session.record.ownerId !== facilitatorId && !mayDo(await sessions.access.roleOf(session.record, facilitatorId), "run")) {
      await socket.leave(room);
      throw new HearthError("NOT_FOUND", "That session does not exist (or is not yours).");
    }
    return session;
  }

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

  registerCommand(socket, deps, "author:block", async ({ sessionId, promptId, responseId }) => {
    const session = await owned(sessionId);
    sessions.requirePrompt(session, promptId);
    const { participantId, hidden } = await sessions.blockAuthor(session, promptId, responseId);
    // the acknowledgement and the console's state carry counts and answer ids, never who it is
    return {
      data: { hidden: [...hidden.values()].reduce((n, ids) => n + ids.length, 0) },
      session,
      changes: [
        { kind: "author-blocked", sessionId, participantId, blocked: true },
        ...[...hidden].map(([pid, ids]): Change => ({ kind: "moderation", sessionId, promptId: pid, responseIds: ids, status: "hidden" })),
        { kind: "session", sessionId },
      ],
    };
  });

  registerCommand(socket, deps, "author:unblock", async ({ sessionId, via }) => {
    const session = await owned(sessionId);
    const { participantId, restored } = await sessions.unblockAuthor(session, via);
    return {
      data: { restored: [...restored.values()].reduce((n, groups) => n + groups.length, 0) },
      session,
      changes: [
        ...(participantId ? [{ kind: "author-blocked", sessionId, participantId, blocked: false } satisfies Change] : []),
        ...[...restored].flatMap(([pid, groups]) => groups.map((g): Change => ({ kind: "moderation", sessionId, promptId: pid, responseIds: g.ids, status: g.status }))),
        { kind: "session", sessionId },
      ],
    };
  });

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

  registerCommand(socket, deps, "moderation:set", async ({ sessionId, promptId, responseIds, status, versions, individual }) => {
    if (individual && responseIds.length !== 1) throw new HearthError("BAD_REQUEST", "An individual decision is on one answer.");
    const session = await owned(sessionId);
    const prompt = sessions.requirePrompt(session, promptId);
    const updated = await sessions.moderate({ session, prompt, responseIds, status, versions, individual: individual === true });
    // which answers, never what they say
    if (updated.length > 0) await audit(session, "moderation:set", `${status}: ${updated.length} answer${updated.length === 1 ? "" : "s"} to "${prompt.question.slice(0, 80)}"`);
    return {
      data: { updated: updated.length },
      session,
      changes: [
        // an empty decision changed nothing the others hold, and this room still gets a fresh view
        { kind: "moderation", sessionId, promptId, responseIds: updated, status },
        // a retraction (hidden answers leave the wall at once) is a new stored release: the others re-read it
        ...(updated.length > 0 && status === "hidden" ? [{ kind: "session", sessionId } satisfies Change] : []),
      ],
    };
  });

  registerCommand(socket, deps, "timer:control", async ({ sessionId, action }) => {
    const session = await owned(sessionId);
    await sessions.controlTimer(session, action);
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

  registerCommand(socket, deps, "wall:page", async ({ sessionId, action }) => {
    const session = await owned(sessionId);
    // Nothing to store: each projector pages by itself (it alone knows how
    // many answers fit its screen); the facilitator only steps or pauses it.
    return { data: null, session, changes: [{ kind: "wall-paged", sessionId, action }] };
  });
}
