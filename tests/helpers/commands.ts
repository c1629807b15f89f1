// Which socket commands are whose, from lib/events.ts: a command not named
// here as a participant's is a facilitator's, so a new one lands in every
// facilitator-command suite (security, authorisation matrix) and fails there
// until it has a row.
import { schemas } from "../../lib/events";

/** Commands a participant's phone sends. */
export const PARTICIPANT_COMMANDS = ["participant:join", "answer:submit", "reaction:toggle", "pause:request", "checkin:request", "checkin:update", "checkin:withdraw"];

/** Every other command in lib/events.ts. */
export const FACILITATOR_COMMANDS = Object.keys(schemas).filter((name) => !PARTICIPANT_COMMANDS.includes(name));
