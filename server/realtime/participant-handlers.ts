// Commands a participant's phone may send. A participant is anonymous: the
// socket becomes one by presenting a join code (and, when rejoining, the
// token its device kept), and then acts only within that one session.
import { HearthError } from "../services/hearth-error";
import { answerMayNeedCare } from "../../lib/distress-phrases";
import type { RealtimeDeps } from "./deps";
import { registerCommand, type HearthSocket } from "./command";
import { rooms } from "./rooms";

export function registerParticipantHandlers(socket: HearthSocket, deps: RealtimeDeps) {
  const { sessions, checkIns } = deps;

  function requireParticipant() {
    const participant = socket.data.participant;
    if (!participant) throw new HearthError("UNAUTHENTICATED", "Join the session with its code first.");
    return participant;
  }

  // This connection's participant token, in this process's memory for the
  // connection's lifetime only (never in socket.data, which the cluster
  // adapter can serialise): a second join on the connection is the same participant.
  let ownToken: string | null = null;

  registerCommand(socket, deps, "participant:join", async (input) => {
    if (socket.data.role === "facilitator") throw new HearthError("FORBIDDEN", "This connection belongs to a facilitator console.");
    const current = socket.data.participant && ownToken ? { ...socket.data.participant, token: ownToken } : null;
    const joined = await sessions.joinParticipant(input, current);
    const { participantId, created: wasNew, ...rest } = joined;
    // someone new has asked for nothing yet: a room filling up is spared a read per join
    const data = { ...rest, checkIn: wasNew ? null : await checkIns.latestFor(participantId) };
    ownToken = data.participantToken;
    const previous = socket.data.participant;
    if (previous && previous.sessionId !== data.sessionId) socket.leave(rooms.participants(previous.sessionId));
    if (previous && previous.id !== participantId) socket.leave(rooms.participant(previous.id));
    socket.data.role = "participant";
    socket.data.participant = { id: participantId, sessionId: data.sessionId };
    await socket.join([rooms.participants(data.sessionId), rooms.participant(participantId)]);
    if (!wasNew) return { data, changes: [] };
    return { data, session: await sessions.get(data.sessionId), changes: [{ kind: "joined", sessionId: data.sessionId }] };
  });

  registerCommand(socket, deps, "answer:submit", async (input) => {
    const participant = requireParticipant();
    const { session, response } = await sessions.submitAnswer(participant, input);
    return {
      // the safety net's answer goes to the author alone, in the acknowledgement: nobody else learns who wrote it
      data: {
        promptId: response.promptId,
        passed: response.passed,
        value: response.value,
        ...(response.moderation !== null && answerMayNeedCare(response.value, session.safetyNet) ? { mayNeedCare: true } : {}),
      },
      session,
      changes: [{ kind: "answers", sessionId: session.id, responses: [response] }],
    };
  });

  registerCommand(socket, deps, "reaction:toggle", async (input) => {
    const participant = requireParticipant();
    const { session, active } = await sessions.toggleReaction(participant, input);
    return {
      data: { active },
      session,
      changes: [{ kind: "reaction", sessionId: session.id, stepId: input.stepId, participantId: participant.id, reaction: input.kind, active }],
    };
  });

  registerCommand(socket, deps, "pause:request", async () => {
    const participant = requireParticipant();
    const session = await sessions.requestPause(participant);
    // only the facilitator ever learns of a pause request, and only as a count
    // the count is in the database: the others re-read it (and tell their consoles, never the phones)
    return { data: { received: true as const }, session, changes: [{ kind: "console", sessionId: session.id }] };
  });
}
