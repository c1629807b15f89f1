// What every facilitator command shares: who is asking, the session if they
// may run it (asked again from the database on every command), the audit
// trail, and joining a console or projector room. Built once per socket by
// registerFacilitatorHandlers (./facilitator-handlers.ts).
import type { AuditAction } from "../repositories/audit-repository";
import { HearthError } from "../services/hearth-error";
import type { LiveSession } from "../services/live-session";
import { mayDo } from "../services/session-access";
import { audited } from "./audit";
import type { Change } from "./changes";
import type { HearthSocket } from "./command";
import type { RealtimeDeps } from "./deps";

export function createFacilitatorContext(socket: HearthSocket, deps: RealtimeDeps) {
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

  return { sessions, facilitatorId, owned, audit, changed, watch };
}

export type FacilitatorContext = ReturnType<typeof createFacilitatorContext>;
