// Who runs a session besides its owner, and the one-time invitation links
// (for a co-facilitator, or for a new account while sign-up is by invitation).
// Links are stored only as the SHA-256 hash of their token.
import type { Db } from "../db";

export type InvitationKind = "account" | "co-facilitator";

export type InvitationRecord = {
  id: string;
  kind: InvitationKind;
  sessionId: string | null;
  createdById: string;
  email: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
};

export type FacilitatorSummary = { id: string; name: string; email: string };

export function createCoFacilitatorRepository(prisma: Db) {
  return {
    async isCoFacilitator(sessionId: string, facilitatorId: string): Promise<boolean> {
      const row = await prisma.sessionFacilitator.findUnique({ where: { sessionId_facilitatorId: { sessionId, facilitatorId } }, select: { id: true } });
      return row !== null;
    },
    async list(sessionId: string): Promise<(FacilitatorSummary & { since: Date })[]> {
      const rows = await prisma.sessionFacilitator.findMany({
        where: { sessionId },
        orderBy: { createdAt: "asc" },
        include: { facilitator: { select: { id: true, name: true, email: true } } },
      });
      return rows.map((r) => ({ ...r.facilitator, since: r.createdAt }));
    },
    /** Adds the facilitator (nothing happens if they already co-facilitate). */
    async add(sessionId: string, facilitatorId: string): Promise<void> {
      await prisma.sessionFacilitator.upsert({
        where: { sessionId_facilitatorId: { sessionId, facilitatorId } },
        create: { sessionId, facilitatorId },
        update: {},
      });
    },
    async remove(sessionId: string, facilitatorId: string): Promise<boolean> {
      const { count } = await prisma.sessionFacilitator.deleteMany({ where: { sessionId, facilitatorId } });
      return count > 0;
    },

    async createInvitation(input: { kind: InvitationKind; tokenHash: string; sessionId?: string; createdById: string; email?: string; expiresAt: Date }) {
      const row = await prisma.invitation.create({ data: input });
      return toInvitation(row);
    },
    async findInvitation(tokenHash: string): Promise<InvitationRecord | null> {
      const row = await prisma.invitation.findUnique({ where: { tokenHash } });
      return row ? toInvitation(row) : null;
    },
    /**
     * Marks the invitation used by `usedById`, only if it is still unused and
     * unexpired: one conditional UPDATE, so two people racing for one link
     * cannot both get in.
     */
    async claimInvitation(id: string, usedById: string | null, now: Date): Promise<boolean> {
      const { count } = await prisma.invitation.updateMany({
        where: { id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedById },
      });
      return count === 1;
    },
    async setInvitationUser(id: string, usedById: string): Promise<void> {
      await prisma.invitation.update({ where: { id }, data: { usedById } });
    },
    /** Unused, unexpired invitations to a session (for its owner's list). */
    async pendingInvitations(sessionId: string, now: Date): Promise<InvitationRecord[]> {
      const rows = await prisma.invitation.findMany({ where: { sessionId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "asc" } });
      return rows.map(toInvitation);
    },
    async cancelInvitation(id: string, sessionId: string): Promise<boolean> {
      const { count } = await prisma.invitation.deleteMany({ where: { id, sessionId, usedAt: null } });
      return count > 0;
    },
  };
}

function toInvitation(row: {
  id: string;
  kind: string;
  sessionId: string | null;
  createdById: string;
  email: string | null;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}): InvitationRecord {
  return {
    id: row.id,
    kind: row.kind === "account" ? "account" : "co-facilitator",
    sessionId: row.sessionId,
    createdById: row.createdById,
    email: row.email,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    createdAt: row.createdAt,
  };
}

export type CoFacilitatorRepository = ReturnType<typeof createCoFacilitatorRepository>;
