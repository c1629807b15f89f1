// "I need a pause": one participant's request counts once per interval, so
// the count the facilitator sees means "how many people", not "how many
// taps". The server enforces it (server/services/participant-rules.ts); the
// phone's button waits as long before it offers to ask again.
export const PAUSE_REQUEST_INTERVAL_MS = 60_000;
