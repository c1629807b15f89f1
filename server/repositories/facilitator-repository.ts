// Facilitator accounts as Hearth sees them (Better Auth owns creating them,
// their passwords and sessions): names for co-facilitation, and the
// administrator's view — role and whether the account is disabled.
import type { Db } from "../db";
import type { FacilitatorSummary } from "./co-facilitator-repository";

export type FacilitatorRole = "admin" | "facilitator";

export type FacilitatorAccount = FacilitatorSummary & { role: FacilitatorRole; disabled: boolean; createdAt: Date };

export function createFacilitatorRepository(prisma: Db) {
  return {
    async summary(id: string): Promise<FacilitatorSummary | null> {
      return prisma.facilitator.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
    },
    async account(id: string): Promise<FacilitatorAccount | null> {
      const row = await prisma.facilitator.findUnique({ where: { id } });
      return row ? toAccount(row) : null;
    },
    async list(): Promise<FacilitatorAccount[]> {
      const rows = await prisma.facilitator.findMany({ orderBy: { createdAt: "asc" } });
      return rows.map(toAccount);
    },
    count: () => prisma.facilitator.count(),
    /** The language this facilitator chose for their pages; null: follow the browser. */
    async locale(id: string): Promise<string | null> {
      const row = await prisma.facilitator.findUnique({ where: { id }, select: { locale: true } });
      return row?.locale ?? null;
    },
    async setLocale(id: string, locale: string | null): Promise<void> {
      await prisma.facilitator.update({ where: { id }, data: { locale } });
    },
    async isDisabled(id: string): Promise<boolean> {
      const row = await prisma.facilitator.findUnique({ where: { id }, select: { disabledAt: true } });
      return row?.disabledAt != null;
    },
    /** Disabling also ends every sign-in of the account (its AuthSession rows). */
    async setDisabled(id: string, disabled: boolean): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.facilitator.updateMany({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
        if (count && disabled) await tx.authSession.deleteMany({ where: { userId: id } });
        return count > 0;
      });
    },
    /**
     * An install that had accounts before there were administrators (upgraded
     * from an earlier Hearth): its oldest account becomes the administrator.
     * Returns that account's id, or null when nothing changed.
     */
    async ensureAdministrator(): Promise<string | null> {
      return prisma.$transaction(async (tx) => {
        if ((await tx.facilitator.count({ where: { role: "admin" } })) > 0) return null;
        const oldest = await tx.facilitator.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
        if (!oldest) return null;
        await tx.facilitator.update({ where: { id: oldest.id }, data: { role: "admin" } });
        return oldest.id;
      });
    },
    /** Makes the account the administrator if the instance has none yet (the first account). */
    async promoteIfNoAdmin(id: string): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        if ((await tx.facilitator.count({ where: { role: "admin" } })) > 0) return false;
        await tx.facilitator.update({ where: { id }, data: { role: "admin" } });
        return true;
      });
    },
  };
}

function toAccount(row: { id: string; name: string; email: string; role: string; disabledAt: Date | null; createdAt: Date }): FacilitatorAccount {
  return { id: row.id, name: row.name, email: row.email, role: row.role === "admin" ? "admin" : "facilitator", disabled: row.disabledAt !== null, createdAt: row.createdAt };
}

export type FacilitatorRepository = ReturnType<typeof createFacilitatorRepository>;
