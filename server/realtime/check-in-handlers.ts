// Check-in requests over the socket (lib/check-in.ts). Participants ask,
// change the note and withdraw; only the session's facilitators (owner and
// co-facilitators) list and answer them. Validate → authorise → persist → acknowledge → broadcast, as
// everywhere: the list goes to the session's consoles only, an answer to the
// asker's own sockets only (rooms.participant), and the other Hearth
// processes are told so that their sockets get the same (./cluster.ts).
// Notes are never logged: registerCommand logs only the event name and errors.
import { toCheckInView } from "../repositories/check-in-repository";
import { ownCheckIn } from "../services/check-in-service";
import { HearthError } from "../services/hearth-error";
import type { LiveSession } from "../services/live-session";
import type { Change } from "./changes";
import { registerCommand, type HearthSocket } from "./command";
import type { RealtimeDeps } from "./deps";

export function registerCheckInHandlers(socket: HearthSocket, deps: RealtimeDeps) {
  const { sessions, checkIns } = deps;

  function requireParticipant() {
    const participant = socket.data.participant;
    if (!participant || socket.data.role !== "participant") throw new HearthError("UNAUTHENTICATED", "Join the session with its code first.");
    return participant;
  }
  // a participant's socket is never a facilitator's, whatever cookie came with it;
  // check-ins are part of running the session: co-facilitators see and answer them too
  const owned = (sessionId: string) => sessions.authorised(sessionId, socket.data.role === "participant" ? null : socket.data.facilitatorId, "run");

  /** the list changed: the session's consoles, on every process, re-read it */
  const consolesLearn = (session: LiveSession) => ({ session, changes: [{ kind: "check-ins", sessionId: session.id }] as Change[] });

  registerCommand(socket, deps, "checkin:request", async (input) => {
    const participant = requireParticipant();
    const { session, record } = await checkIns.request(participant, input);
    return { data: { checkIn: ownCheckIn(record), mayNeedCare: record.mayNeedCare }, ...consolesLearn(session) };
  });

  registerCommand(socket, deps, "checkin:update", async (input) => {
    const participant = requireParticipant();
    const { session, record } = await checkIns.updateNote(participant, input);
    return { data: { checkIn: ownCheckIn(record), mayNeedCare: record.mayNeedCare }, ...consolesLearn(session) };
  });

  registerCommand(socket, deps, "checkin:withdraw", async () => {
    const participant = requireParticipant();
    const { session } = await checkIns.withdraw(participant);
    return { data: { withdrawn: true as const }, ...consolesLearn(session) };
  });

  registerCommand(socket, deps, "checkin:list", async ({ sessionId }) => {
    const session = await owned(sessionId);
    const requests = await checkIns.list(session);
    return { data: { requests: requests.map(toCheckInView) }, changes: [] };
  });

  registerCommand(socket, deps, "checkin:set", async ({ sessionId, requestId, status }) => {
    const session = await owned(sessionId);
    const request = await checkIns.setStatus(session, requestId, status);
    return {
      data: { request: toCheckInView(request) },
      session,
      changes: [
        { kind: "check-ins", sessionId: session.id },
        { kind: "check-in-answered", sessionId: session.id, participantId: request.participantId },
      ],
    };
  });
}
