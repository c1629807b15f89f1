import type { Logger } from "../logger";
import type { SessionService } from "../services/session-service";
import type { CheckInService } from "../services/check-in-service";
import type { ChangePath } from "./changes";

/**
 * What the socket handlers need; passed in so tests build the real thing.
 * There is no broadcaster nor cluster here on purpose: a handler returns the
 * changes it made and the command runner applies them (./changes.ts), so
 * what the sockets are sent and what the other processes are told cannot
 * drift apart.
 */
export type RealtimeDeps = {
  sessions: SessionService;
  checkIns: CheckInService;
  changes: ChangePath;
  logger: Logger;
};
