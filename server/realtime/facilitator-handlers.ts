// Commands only the session's facilitators (its owner and co-facilitators)
// may send. The socket was authenticated from the Better Auth session cookie
// at the handshake (socket.data.facilitatorId); every command asks
// server/services/session-access.ts again, from the database, so a facilitator
// can never touch another's session and a removed co-facilitator is refused at once.
// Each handler returns the changes it made; the command runner sends them to
// this process's sockets and to the other Hearth processes (./changes.ts).
//
// By concern: facilitator-session-handlers.ts (watching, start, end, lock,
// settings, support card, pauses), facilitator-step-handlers.ts (steps,
// prompts, results, timer, wall), facilitator-moderation-handlers.ts
// (moderation, blocking an author); what they share is facilitator-context.ts.
import { type HearthSocket, refuseCommands } from "./command";
import type { RealtimeDeps } from "./deps";
import { createFacilitatorContext } from "./facilitator-context";
import { registerModerationHandlers } from "./facilitator-moderation-handlers";
import { registerSessionHandlers } from "./facilitator-session-handlers";
import { registerStepHandlers } from "./facilitator-step-handlers";

export function registerFacilitatorHandlers(socket: HearthSocket, deps: RealtimeDeps) {
  const context = createFacilitatorContext(socket, deps);
  registerSessionHandlers(socket, deps, context);
  registerStepHandlers(socket, deps, context);
  registerModerationHandlers(socket, deps, context);
}

/**
 * The names of the commands registerFacilitatorHandlers registers, read off
 * the registration itself (on a stand-in that only records names), so this
 * list cannot fall out of step with it.
 */
const FACILITATOR_COMMANDS = (() => {
  const names: string[] = [];
  const recorder = { on: (name: string) => void names.push(name), data: {} } as unknown as HearthSocket;
  registerFacilitatorHandlers(recorder, {} as RealtimeDeps);
  return names as Parameters<typeof refuseCommands>[1][number][];
})();

/**
 * A socket with no facilitator's sign-in at the handshake (every phone; a
 * sign-in is never added to a connection later) gets the facilitator's
 * commands as refusals shared by all such sockets (./command.ts refuseCommands).
 */
export function refuseFacilitatorCommands(socket: HearthSocket) {
  refuseCommands(socket, FACILITATOR_COMMANDS, "Sign in as one of the session's facilitators first.");
}
