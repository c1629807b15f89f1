// Writes an audit line after a command persisted. The command already
// happened, so a failed audit write is logged, never turned into a failed
// acknowledgement (the facilitator would retry something that worked).
import type { AuditAction } from "../repositories/audit-repository";
import type { RealtimeDeps } from "./deps";

export async function audited(deps: Pick<RealtimeDeps, "sessions" | "logger">, entry: { sessionId: string; actorId: string; action: AuditAction; detail?: string }) {
  try {
    await deps.sessions.recordAudit(entry);
  } catch (error) {
    deps.logger.error({ err: error, sessionId: entry.sessionId, action: entry.action }, "could not write the audit trail");
  }
}
