// Socket.IO rooms: one per session and role, so the room never receives what
// only the facilitator may see.
export const rooms = {
  participants: (sessionId: string) => `session:${sessionId}:participants`,
  screens: (sessionId: string) => `session:${sessionId}:screens`,
  console: (sessionId: string) => `session:${sessionId}:console`,
  /** one participant's own sockets (their phone, perhaps in two tabs): what only the asker may see */
  participant: (participantId: string) => `participant:${participantId}`,
  /** a console's or projector's room: what a socket leaves when its facilitator's sign-in ends */
  isFacilitatorRoom: (room: string) => room.startsWith("session:") && (room.endsWith(":console") || room.endsWith(":screens")),
};
