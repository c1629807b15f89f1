import type { Logger } from "../logger";
import type { SessionService } from "../services/session-service";
import type { CheckInService } from "../services/check-in-service";
import type { Broadcaster } from "./broadcaster";
import type { Cluster } from "./cluster";

/** What the socket handlers need; passed in so tests build the real thing. */
export type RealtimeDeps = {
  sessions: SessionService;
  checkIns: CheckInService;
  broadcaster: Broadcaster;
  /** tells the other Hearth processes what changed (a no-op with one process) */
  cluster: Cluster;
  logger: Logger;
};
