// Teams: a facilitator creates one (and owns it), invites others by a
// one-time link for one e-mail address (expiring, single use: the same
// tokens as co-facilitator links, ./invitation-token.ts), and switches between
// the teams they are in. The current team decides which shared templates the
// dashboard lists and which team a new session is run for. Who may do what:
// ./team-access.ts.
import { cleanFacilitatorText } from "../../lib/user-text";
import type { Repositories } from "../repositories";
import type { TeamInvitationRecord } from "../repositories/team-repository";
import { HearthError } from "./hearth-error";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { TEAM_FORBIDDEN_MESSAGES, teamMayDo, type TeamAction, type TeamRole } from "./team-access";

export type TeamServiceOptions = { repositories: Repositories; publicUrl: () => string; now?: () => Date };

export const TEAM_NAME_MAX = 80;

const normaliseEmail = (email: string) => email.normalize("NFC").trim().toLowerCase();
const teamNotFound = () => new HearthError("NOT_FOUND", "That team does not exist (or you are not in it).");

export function createTeamService({ repositories: repos, publicUrl, now = () => new Date() }: TeamServiceOptions) {
  const teams = repos.teams;
  const linkFor = (token: string) => `${publicUrl().replace(/\/$/, "")}/team-invite/${token}`;

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

  /** A link that exists, is unused and unexpired; a changed token matches nothing. */
  async function usableInvitation(token: string): Promise<TeamInvitationRecord> {
    const invitation = INVITATION_TOKEN_PATTERN.test(token) ? await teams.findInvitation(hashInvitationToken(token)) : null;
    if (!invitation) throw new HearthError("NOT_FOUND", "This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
    if (invitation.usedAt) throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.");
    if (invitation.expiresAt <= now()) throw new HearthError("FORBIDDEN", "This invitation link has expired. Ask for a new one.");
    return invitation;
  }

  /** The current team, if the facilitator is still in it (leaving one makes them "personal" again). */
  async function currentTeam(facilitatorId: string): Promise<{ id: string; name: string; role: TeamRole } | null> {
    const id = await teams.currentTeamIdOf(facilitatorId);
    if (!id) return null;
    const membership = (await teams.membershipsOf(facilitatorId)).find((m) => m.teamId === id);
    return membership ? { id, name: membership.teamName, role: membership.role } : null;
  }

  return {
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

    async invite(teamId: string, facilitatorId: string, input: { email: string; role: "admin" | "member" }) {
      await authorise(teamId, facilitatorId, input.role === "admin" ? "appoint-admins" : "invite");
      const token = newInvitationToken();
      const expiresAt = new Date(now().getTime() + INVITATION_TTL_MS);
      const invitation = await teams.createInvitation({
        teamId,
        tokenHash: hashInvitationToken(token),
        email: normaliseEmail(input.email),
        role: input.role,
        createdById: facilitatorId,
        expiresAt,
      });
      // the token leaves the server only here, once
      return { id: invitation.id, email: invitation.email, role: invitation.role, url: linkFor(token), expiresAt };
    },

    /** Withdraws an unused link: whoever invites may (an admin link: the owner). */
    async cancelInvitation(teamId: string, facilitatorId: string, invitationId: string) {
      await authorise(teamId, facilitatorId, "invite");
      const pending = (await teams.pendingInvitations(teamId, now())).find((i) => i.id === invitationId);
      if (pending?.role === "admin") await authorise(teamId, facilitatorId, "appoint-admins");
      if (!(await teams.cancelInvitation(invitationId, teamId))) throw new HearthError("NOT_FOUND", "That invitation link does not exist or was already used.");
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

    /** What a link leads to, for the page that shows it (anyone holding the link may ask). */
    async describe(token: string) {
      const invitation = await usableInvitation(token);
      const team = await teams.findById(invitation.teamId);
      const inviter = await repos.facilitators.summary(invitation.createdById);
      return { teamName: team?.name ?? "", invitedBy: inviter?.name || inviter?.email || null, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt };
    },

    /** The signed-in facilitator with the invited e-mail address joins; the team becomes their current one. */
    async accept(token: string, facilitator: { id: string; email: string }) {
      const invitation = await usableInvitation(token);
      if (invitation.email !== normaliseEmail(facilitator.email))
        throw new HearthError("FORBIDDEN", "This invitation is for another account. Sign in with the e-mail address it was sent to.");
      // someone already in the team opening their link does not use it up (nor change their role)
      if (!(await teams.roleOf(invitation.teamId, facilitator.id))) {
        if (!(await teams.claimInvitation(invitation.id, facilitator.id, now())))
          throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.");
        await teams.addMember(invitation.teamId, facilitator.id, invitation.role);
      }
      await teams.setCurrentTeam(facilitator.id, invitation.teamId);
      return { teamId: invitation.teamId };
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
