import type { Logger } from "../logger";
import type { SessionService } from "../services/session-service";
import type { Broadcaster } from "./broadcaster";

/** What the socket handlers need; passed in so tests build the real thing. */
export type RealtimeDeps = {
  sessions: SessionService;
  broadcaster: Broadcaster;
  logger: Logger;
};
