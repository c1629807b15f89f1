// The audit trail of a session: which facilitator started, ended, exported,
// moderated, deleted responses, invited or removed whom. Facilitators only —
// nothing a participant does is recorded here. Rows belong to the session and
// are deleted with it (foreign key, ON DELETE CASCADE).
import type { Db } from "../db";

export const AUDIT_ACTIONS = [
  "session:start",
  "session:end",
  "moderation:set",
  "export",
  "responses:delete",
  "co-facilitator:invite",
  "co-facilitator:join",
  "co-facilitator:add",
  "co-facilitator:remove",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntryRecord = { id: string; actorId: string | null; actorName: string; action: AuditAction; detail: string; createdAt: Date };

export function createAuditRepository(prisma: Db) {
  return {
    async record(input: { sessionId: string; actorId: string; action: AuditAction; detail?: string }): Promise<void> {
      const actor = await prisma.facilitator.findUnique({ where: { id: input.actorId }, select: { name: true, email: true } });
      await prisma.auditEntry.create({
        data: {
          sessionId: input.sessionId,
          actorId: input.actorId,
          actorName: actor ? actor.name || actor.email : "a former facilitator",
          action: input.action,
          detail: input.detail ?? "",
        },
      });
    },
    async list(sessionId: string): Promise<AuditEntryRecord[]> {
      const rows = await prisma.auditEntry.findMany({ where: { sessionId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r) => ({ ...r, action: r.action as AuditAction }));
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
