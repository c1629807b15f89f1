// Teams, their members (owner, admin, member), their one-time invitation
// links (only the SHA-256 hash of a link's token is stored), and the
// facilitator's current team. Who may do what is in
// server/services/team-access.ts.
import type { Db } from "../db";
import type { TeamRole } from "../services/team-access";

export type TeamMembership = { teamId: string; teamName: string; role: TeamRole };
export type TeamMemberRecord = { id: string; name: string; email: string; role: TeamRole; since: Date };
export type TeamInvitationRecord = {
  id: string;
  teamId: string;
  email: string;
  role: Exclude<TeamRole, "owner">;
  createdById: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
};

const asRole = (role: string): TeamRole => (role === "owner" || role === "admin" ? role : "member");

export function createTeamRepository(prisma: Db) {
  return {
    /** A new team with its creator as owner, made their current team. */
    async create(name: string, ownerId: string): Promise<{ id: string; name: string }> {
      return prisma.$transaction(async (tx) => {
        const team = await tx.team.create({ data: { name, members: { create: { facilitatorId: ownerId, role: "owner" } } } });
        await tx.facilitator.update({ where: { id: ownerId }, data: { currentTeamId: team.id } });
        return { id: team.id, name: team.name };
      });
    },
    async findById(id: string): Promise<{ id: string; name: string } | null> {
      return prisma.team.findUnique({ where: { id }, select: { id: true, name: true } });
    },
    /** The facilitator's role in the team, or null: read on every request, never cached. */
    async roleOf(teamId: string, facilitatorId: string): Promise<TeamRole | null> {
      const row = await prisma.teamMember.findUnique({ where: { teamId_facilitatorId: { teamId, facilitatorId } }, select: { role: true } });
      return row ? asRole(row.role) : null;
    },
    async membershipsOf(facilitatorId: string): Promise<TeamMembership[]> {
      const rows = await prisma.teamMember.findMany({ where: { facilitatorId }, include: { team: { select: { name: true } } }, orderBy: { createdAt: "asc" } });
      return rows.map((r) => ({ teamId: r.teamId, teamName: r.team.name, role: asRole(r.role) }));
    },
    async members(teamId: string): Promise<TeamMemberRecord[]> {
      const rows = await prisma.teamMember.findMany({
        where: { teamId },
        orderBy: { createdAt: "asc" },
        include: { facilitator: { select: { id: true, name: true, email: true } } },
      });
      return rows.map((r) => ({ ...r.facilitator, role: asRole(r.role), since: r.createdAt }));
    },
    /** Everyone who shares a team with the facilitator (not themselves), once each. */
    async teamMatesOf(facilitatorId: string): Promise<{ id: string; name: string; email: string }[]> {
      const rows = await prisma.facilitator.findMany({
        where: { id: { not: facilitatorId }, teamMemberships: { some: { team: { members: { some: { facilitatorId } } } } } },
        select: { id: true, name: true, email: true },
        orderBy: { name: "asc" },
      });
      return rows;
    },
    async addMember(teamId: string, facilitatorId: string, role: TeamRole): Promise<void> {
      await prisma.teamMember.upsert({
        where: { teamId_facilitatorId: { teamId, facilitatorId } },
        create: { teamId, facilitatorId, role },
        update: {},
      });
    },
    /**
     * Takes the facilitator out of the team; the templates they shared with
     * it go back to being theirs alone (their sessions keep their history).
     */
    async removeMember(teamId: string, facilitatorId: string): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.teamMember.deleteMany({ where: { teamId, facilitatorId, role: { not: "owner" } } });
        if (count === 0) return false;
        await tx.template.updateMany({ where: { teamId, ownerId: facilitatorId }, data: { teamId: null } });
        await tx.facilitator.updateMany({ where: { id: facilitatorId, currentTeamId: teamId }, data: { currentTeamId: null } });
        return true;
      });
    },

    async currentTeamIdOf(facilitatorId: string): Promise<string | null> {
      const row = await prisma.facilitator.findUnique({ where: { id: facilitatorId }, select: { currentTeamId: true } });
      return row?.currentTeamId ?? null;
    },
    async setCurrentTeam(facilitatorId: string, teamId: string | null): Promise<void> {
      await prisma.facilitator.update({ where: { id: facilitatorId }, data: { currentTeamId: teamId } });
    },

    /** Sessions run for the team, newest first. */
    async sessions(teamId: string) {
      const rows = await prisma.session.findMany({
        where: { teamId },
        orderBy: { createdAt: "desc" },
        include: { _count: { select: { participants: true } }, owner: { select: { name: true, email: true } } },
      });
      return rows.map((s) => ({
        id: s.id,
        title: s.title,
        status: s.status,
        createdAt: s.createdAt,
        participantCount: s._count.participants,
        ownerName: s.owner.name || s.owner.email,
      }));
    },

    async createInvitation(input: { teamId: string; tokenHash: string; email: string; role: "admin" | "member"; createdById: string; expiresAt: Date }) {
      return toInvitation(await prisma.teamInvitation.create({ data: input }));
    },
    async findInvitation(tokenHash: string): Promise<TeamInvitationRecord | null> {
      const row = await prisma.teamInvitation.findUnique({ where: { tokenHash } });
      return row ? toInvitation(row) : null;
    },
    /** One conditional UPDATE: two people racing for one link cannot both get in. */
    async claimInvitation(id: string, usedById: string, now: Date): Promise<boolean> {
      const { count } = await prisma.teamInvitation.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, usedById } });
      return count === 1;
    },
    /** Withdraws an unused link (a used one stays: it records who joined). */
    async cancelInvitation(id: string, teamId: string): Promise<boolean> {
      const { count } = await prisma.teamInvitation.deleteMany({ where: { id, teamId, usedAt: null } });
      return count > 0;
    },
    /** The owner changes an admin to a member or back (never the owner's own role). */
    async setRole(teamId: string, facilitatorId: string, role: "admin" | "member"): Promise<boolean> {
      const { count } = await prisma.teamMember.updateMany({ where: { teamId, facilitatorId, role: { not: "owner" } }, data: { role } });
      return count > 0;
    },
    async pendingInvitations(teamId: string, now: Date): Promise<TeamInvitationRecord[]> {
      const rows = await prisma.teamInvitation.findMany({ where: { teamId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "asc" } });
      return rows.map(toInvitation);
    },
  };
}

function toInvitation(row: {
  id: string;
  teamId: string;
  email: string;
  role: string;
  createdById: string;
  expiresAt: Date;
  usedAt: Date | null;
  createdAt: Date;
}): TeamInvitationRecord {
  return { ...row, role: row.role === "admin" ? "admin" : "member" };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
