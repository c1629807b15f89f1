// Commands only the session's facilitators (its owner and co-facilitators)
// may send. The socket was authenticated from the Better Auth session cookie
// at the handshake (socket.data.facilitatorId); every command asks
// server/services/session-access.ts again, from the database, so a facilitator
// can never touch another's session and a removed co-facilitator is refused at once.
// After each change, the other Hearth processes (if any) are told what
// changed (./cluster.ts); they re-read state changes from the database.
import { HearthError } from "../services/hearth-error";
import type { LiveSession } from "../services/live-session";
import type { RealtimeDeps } from "./deps";
import { registerCommand, type HearthSocket } from "./command";
import { rooms } from "./rooms";
import type { AuditAction } from "../repositories/audit-repository";
import { audited } from "./audit";

export function registerFacilitatorHandlers(socket: HearthSocket, deps: RealtimeDeps) {
  const { sessions, broadcaster, cluster, logger } = deps;
  const facilitatorId = () => (socket.data.role === "participant" ? null : socket.data.facilitatorId);
  /** every command here is a live one: "run" (owner or co-facilitator) */
  const owned = (sessionId: string) => sessions.authorised(sessionId, facilitatorId(), "run");
  const audit = (session: LiveSession, action: AuditAction, detail?: string) =>
    audited(deps, { sessionId: session.id, actorId: socket.data.facilitatorId!, action, detail });
  const changed = (session: LiveSession) => ({
    data: null,
    after: () => {
      broadcaster.roomChanged(session);
      cluster.sessionChanged(session.id);
    },
  });

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
    if (session.record.ownerId !== facilitatorId && !(await sessions.access.roleOf(session.record, facilitatorId))) {
      await socket.leave(room);
      throw new HearthError("NOT_FOUND", "That session does not exist (or is not yours).");
    }
    return session;
  }

  registerCommand(socket, logger, "console:watch", async ({ sessionId }) => {
    const session = await watch(sessionId, rooms.console(sessionId));
    return { data: session.consoleState() };
  });

  registerCommand(socket, logger, "screen:watch", async ({ sessionId }) => {
    const session = await watch(sessionId, rooms.screens(sessionId));
    return { data: session.roomState() };
  });

  registerCommand(socket, logger, "session:start", async ({ sessionId }) => {
    const session = await owned(sessionId);
    const wasRunning = session.record.status !== "lobby";
    await sessions.start(session);
    if (!wasRunning) await audit(session, "session:start");
    return changed(session);
  });

  registerCommand(socket, logger, "session:end", async ({ sessionId }) => {
    const session = await owned(sessionId);
    const wasEnded = session.record.status === "ended";
    await sessions.end(session);
    if (!wasEnded) await audit(session, "session:end");
    return changed(session);
  });

  registerCommand(socket, logger, "session:lock", async ({ sessionId, locked }) => {
    const session = await owned(sessionId);
    await sessions.setLocked(session, locked);
    return changed(session);
  });

  registerCommand(socket, logger, "session:settings", async ({ sessionId, hideCounts, retentionDays, passphrase }) => {
    // how long the answers are kept and the room's passphrase are the owner's privacy settings
    // (issue 17); hiding counts is part of running the room
    const ownersOnly = retentionDays !== undefined || passphrase !== undefined;
    const session = await sessions.authorised(sessionId, facilitatorId(), ownersOnly ? "change-settings" : "run");
    await sessions.updatePrivacy(session, { hideCounts, retentionDays, passphrase });
    return changed(session);
  });

  registerCommand(socket, logger, "author:block", async ({ sessionId, promptId, responseId }) => {
    const session = await owned(sessionId);
    sessions.requirePrompt(session, promptId);
    const { participantId, hidden } = await sessions.blockAuthor(session, promptId, responseId);
    // the acknowledgement and the console's state carry counts and answer ids, never who it is
    return {
      data: { hidden: [...hidden.values()].reduce((n, ids) => n + ids.length, 0) },
      after: () => {
        broadcaster.participantBlocked(session, participantId, true);
        broadcaster.roomChanged(session);
        for (const [pid, ids] of hidden) {
          broadcaster.aggregateChanged(session, pid);
          cluster.moderated(session.id, pid, ids, "hidden");
        }
        cluster.sessionChanged(session.id);
      },
    };
  });

  registerCommand(socket, logger, "author:unblock", async ({ sessionId, via }) => {
    const session = await owned(sessionId);
    const { participantId, restored } = await sessions.unblockAuthor(session, via);
    return {
      data: { restored: [...restored.values()].reduce((n, groups) => n + groups.length, 0) },
      after: () => {
        if (participantId) broadcaster.participantBlocked(session, participantId, false);
        broadcaster.roomChanged(session);
        for (const [pid, groups] of restored) {
          broadcaster.aggregateChanged(session, pid);
          for (const g of groups) cluster.moderated(session.id, pid, g.ids, g.status);
        }
        cluster.sessionChanged(session.id);
      },
    };
  });

  registerCommand(socket, logger, "step:goto", async ({ sessionId, index }) => {
    const session = await owned(sessionId);
    const leavesLobby = session.record.status === "lobby";
    await sessions.gotoStep(session, index);
    if (leavesLobby) await audit(session, "session:start");
    return changed(session);
  });

  registerCommand(socket, logger, "prompt:open", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setPromptState(session, sessions.requirePrompt(session, promptId), "open");
    return changed(session);
  });

  registerCommand(socket, logger, "prompt:close", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setPromptState(session, sessions.requirePrompt(session, promptId), "closed");
    return changed(session);
  });

  registerCommand(socket, logger, "prompt:reset", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.resetPrompt(session, sessions.requirePrompt(session, promptId));
    return {
      data: null,
      after: () => {
        broadcaster.promptCleared(session, promptId);
        broadcaster.roomChanged(session);
        cluster.promptReset(session.id, promptId);
      },
    };
  });

  registerCommand(socket, logger, "results:reveal", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setRevealed(sessions.requirePrompt(session, promptId), true);
    return {
      data: null,
      after: () => {
        broadcaster.roomChanged(session);
        cluster.sessionChanged(session.id);
        // a release may be due (answers that arrived before the last one was stored)
        broadcaster.aggregateChanged(session, promptId);
      },
    };
  });

  registerCommand(socket, logger, "results:hide", async ({ sessionId, promptId }) => {
    const session = await owned(sessionId);
    await sessions.setRevealed(sessions.requirePrompt(session, promptId), false);
    return changed(session);
  });

  registerCommand(socket, logger, "moderation:set", async ({ sessionId, promptId, responseIds, status, versions, individual }) => {
    if (individual && responseIds.length !== 1) throw new HearthError("BAD_REQUEST", "An individual decision is on one answer.");
    const session = await owned(sessionId);
    const prompt = sessions.requirePrompt(session, promptId);
    const updated = await sessions.moderate(session, prompt, responseIds, status, versions, individual === true);
    // which answers, never what they say
    if (updated.length > 0) await audit(session, "moderation:set", `${status}: ${updated.length} answer${updated.length === 1 ? "" : "s"} to "${prompt.question.slice(0, 80)}"`);
    return {
      data: { updated: updated.length },
      after: () => {
        broadcaster.roomChanged(session);
        // approvals reach the wall in releases of at least k (lib/aggregation/release.ts)
        broadcaster.aggregateChanged(session, promptId);
        if (updated.length > 0) cluster.moderated(session.id, promptId, updated, status);
        // a retraction (hidden answers leave the wall at once) is a new stored release: the others re-read it
        if (updated.length > 0 && status === "hidden") cluster.sessionChanged(session.id);
      },
    };
  });

  registerCommand(socket, logger, "timer:control", async ({ sessionId, action }) => {
    const session = await owned(sessionId);
    await sessions.controlTimer(session, action);
    return changed(session);
  });

  registerCommand(socket, logger, "session:resources", async ({ sessionId, resources, saveToTemplate }) => {
    const session = await owned(sessionId);
    // the template is the owner's: only they save the card to it
    const savedToTemplate = await sessions.setResources(session, resources, saveToTemplate === true && session.record.ownerId === socket.data.facilitatorId);
    return { ...changed(session), data: { savedToTemplate } };
  });

  registerCommand(socket, logger, "pause:reset", async ({ sessionId }) => {
    const session = await owned(sessionId);
    await sessions.resetPauseRequests(session);
    return {
      data: null,
      after: () => {
        broadcaster.consoleChanged(session);
        cluster.sessionChanged(session.id);
      },
    };
  });

  registerCommand(socket, logger, "wall:page", async ({ sessionId, action }) => {
    await owned(sessionId);
    // Nothing to store: each projector pages by itself (it alone knows how
    // many answers fit its screen); the facilitator only steps or pauses it.
    return { data: null, after: () => broadcaster.wallPaged(sessionId, action) };
  });
}
