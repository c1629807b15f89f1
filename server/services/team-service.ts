// Teams: a facilitator creates one (and owns it), invites others by a
// one-time link for one e-mail address (expiring, single use: the same
// tokens as co-facilitator links, ./invitation-token.ts), and switches between
// the teams they are in. The current team decides which shared templates the
// dashboard lists and which team a new session is run for. Who may do what:
// ./team-access.ts. The invitation links are ./team-invitations.ts.
import { cleanFacilitatorText } from "../../lib/user-text";
import type { Repositories } from "../repositories";
import { HearthError } from "./hearth-error";
import { TEAM_FORBIDDEN_MESSAGES, teamMayDo, type TeamAction, type TeamRole } from "./team-access";
import { createTeamInvitations } from "./team-invitations";

export type TeamServiceOptions = { repositories: Repositories; publicUrl: () => string; now?: () => Date };

export const TEAM_NAME_MAX = 80;

const teamNotFound = () => new HearthError("NOT_FOUND", "That team does not exist (or you are not in it).");

export function createTeamService({ repositories: repos, publicUrl, now = () => new Date() }: TeamServiceOptions) {
  const teams = repos.teams;

  /** The facilitator's role if they may do `action` in the team; else NOT_FOUND (not in it) or FORBIDDEN. */
  async function authorise(teamId: string, facilitatorId: string, action: TeamAction): Promise<TeamRole> {
    const role = await teams.roleOf(teamId, facilitatorId);
    if (!role) throw teamNotFound();
    if (!teamMayDo(role, action)) throw new HearthError("FORBIDDEN", TEAM_FORBIDDEN_MESSAGES[action]);
    return role;
  }

  function checkName(raw: unknown): string {
    const name = typeof raw === "string" ? cleanFacilitatorText(raw, false).replace(/\s+/g, " ").trim() : "";
    if (!name) throw new HearthError("BAD_REQUEST", "Give the team a name.");
    if (name.length > TEAM_NAME_MAX) throw new HearthError("BAD_REQUEST", `A team's name is at most ${TEAM_NAME_MAX} characters (this one has ${name.length}).`);
    return name;
  }

  /** The current team, if the facilitator is still in it (leaving one makes them "personal" again). */
  async function currentTeam(facilitatorId: string): Promise<{ id: string; name: string; role: TeamRole } | null> {
    const id = await teams.currentTeamIdOf(facilitatorId);
    if (!id) return null;
    const membership = (await teams.membershipsOf(facilitatorId)).find((m) => m.teamId === id);
    return membership ? { id, name: membership.teamName, role: membership.role } : null;
  }

  const invitations = createTeamInvitations({ repositories: repos, publicUrl, now, authorise });

  return {
    ...invitations,
    authorise,
    currentTeam,
    /** The facilitator's role in a team, or null (for the template rules). */
    roleOf: (teamId: string, facilitatorId: string) => teams.roleOf(teamId, facilitatorId),

    async list(facilitatorId: string) {
      const memberships = await teams.membershipsOf(facilitatorId);
      const current = await currentTeam(facilitatorId);
      return { teams: memberships.map((m) => ({ id: m.teamId, name: m.teamName, role: m.role })), currentTeamId: current?.id ?? null };
    },

    async create(facilitatorId: string, rawName: unknown) {
      const team = await teams.create(checkName(rawName), facilitatorId);
      return { ...team, role: "owner" as const };
    },

    /** Switch the dashboard to a team the facilitator is in, or back to personal (null). */
    async switchTo(facilitatorId: string, teamId: string | null) {
      if (teamId !== null) await authorise(teamId, facilitatorId, "view");
      await teams.setCurrentTeam(facilitatorId, teamId);
      return { currentTeamId: teamId };
    },

    /** The team, its members, and (for those who invite) its pending invitations. */
    async detail(teamId: string, facilitatorId: string) {
      const role = await authorise(teamId, facilitatorId, "view");
      const team = (await teams.findById(teamId))!;
      const members = await teams.members(teamId);
      const invitations = teamMayDo(role, "invite") ? await teams.pendingInvitations(teamId, now()) : [];
      return {
        team: { id: team.id, name: team.name, role },
        members: members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, since: m.since })),
        invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt })),
      };
    },

    /** The owner makes a member an admin, or an admin a member again. */
    async setRole(teamId: string, facilitatorId: string, memberId: string, role: "admin" | "member") {
      await authorise(teamId, facilitatorId, "appoint-admins");
      const theirs = await teams.roleOf(teamId, memberId);
      if (!theirs) throw new HearthError("NOT_FOUND", "That facilitator is not in this team.");
      if (theirs === "owner") throw new HearthError("FORBIDDEN", "The team's owner stays its owner.");
      await teams.setRole(teamId, memberId, role);
      return { role };
    },

    /** An admin takes a member out (only the owner takes an admin out); anyone may leave. */
    async removeMember(teamId: string, facilitatorId: string, memberId: string) {
      if (memberId !== facilitatorId) {
        await authorise(teamId, facilitatorId, "remove-members");
        const theirs = await teams.roleOf(teamId, memberId);
        if (!theirs) throw new HearthError("NOT_FOUND", "That facilitator is not in this team.");
        if (theirs === "admin") await authorise(teamId, facilitatorId, "appoint-admins");
      } else await authorise(teamId, facilitatorId, "view");
      if ((await teams.roleOf(teamId, memberId)) === "owner") throw new HearthError("FORBIDDEN", "The team's owner stays in the team.");
      if (!(await teams.removeMember(teamId, memberId))) throw new HearthError("NOT_FOUND", "That facilitator is not in this team.");
    },

    /** Sessions run for the team, for its owner and admins. */
    async sessions(teamId: string, facilitatorId: string) {
      await authorise(teamId, facilitatorId, "oversee-sessions");
      return teams.sessions(teamId);
    },

    /** Everyone who shares a team with this facilitator: the owner can ask one to co-facilitate. */
    teamMates: (facilitatorId: string) => teams.teamMatesOf(facilitatorId),
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
