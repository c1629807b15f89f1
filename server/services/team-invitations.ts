// A team's invitations: one-time links for one e-mail address (expiring,
// single use: the same tokens as co-facilitator links, ./invitation-token.ts),
// made and withdrawn by those who invite, opened and accepted by the invited.
import type { Repositories } from "../repositories";
import type { TeamInvitationRecord } from "../repositories/team-repository";
import { HearthError } from "./hearth-error";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import type { TeamAction, TeamRole } from "./team-access";

export type TeamInvitationsOptions = {
  repositories: Repositories;
  publicUrl: () => string;
  now: () => Date;
  /** the team service's check (./team-service.ts): the role if allowed, else NOT_FOUND or FORBIDDEN */
  authorise: (teamId: string, facilitatorId: string, action: TeamAction) => Promise<TeamRole>;
};

const normaliseEmail = (email: string) => email.normalize("NFC").trim().toLowerCase();

export function createTeamInvitations({ repositories: repos, publicUrl, now, authorise }: TeamInvitationsOptions) {
  const teams = repos.teams;
  const linkFor = (token: string) => `${publicUrl().replace(/\/$/, "")}/team-invite/${token}`;

  /** A link that exists, is unused and unexpired; a changed token matches nothing. */
  async function usableInvitation(token: string): Promise<TeamInvitationRecord> {
    const invitation = INVITATION_TOKEN_PATTERN.test(token) ? await teams.findInvitation(hashInvitationToken(token)) : null;
    if (!invitation) throw new HearthError("NOT_FOUND", "This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
    if (invitation.usedAt) throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.", { reason: "INVITATION_USED" });
    if (invitation.expiresAt <= now()) throw new HearthError("FORBIDDEN", "This invitation link has expired. Ask for a new one.", { reason: "INVITATION_EXPIRED" });
    return invitation;
  }

  return {
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
        throw new HearthError("FORBIDDEN", "This invitation is for another account. Sign in with the e-mail address it was sent to.", { reason: "INVITATION_OTHER_ACCOUNT" });
      // someone already in the team opening their link does not use it up (nor change their role)
      if (!(await teams.roleOf(invitation.teamId, facilitator.id))) {
        if (!(await teams.claimInvitation(invitation.id, facilitator.id, now())))
          throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.", { reason: "INVITATION_USED" });
        await teams.addMember(invitation.teamId, facilitator.id, invitation.role);
      }
      await teams.setCurrentTeam(facilitator.id, invitation.teamId);
      return { teamId: invitation.teamId };
    },
  };
}
