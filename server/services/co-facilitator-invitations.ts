// Co-facilitator links: the owner makes one (optionally for one e-mail
// address only) or withdraws it; whoever holds it sees what it leads to; the
// invited facilitator accepts it signed in. One-time tokens like the team
// links (./invitation-token.ts); only their hash is stored.
import type { Repositories } from "../repositories";
import type { SessionRecord } from "../repositories/session-repository";
import { HearthError, notFound } from "./hearth-error";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { mayDo, type SessionAccess, type SessionAction } from "./session-access";
import { auditDetail } from "../../lib/audit-detail";

export type CoFacilitatorInvitationsOptions = {
  repositories: Repositories;
  access: SessionAccess;
  linkFor: (token: string) => string;
  /** the service's check (./co-facilitation-service.ts): the session if this facilitator may do `action` on it */
  sessionFor: (sessionId: string, facilitatorId: string | null, action: SessionAction) => Promise<{ session: SessionRecord }>;
  now: () => Date;
};

const normaliseEmail = (email: string) => email.normalize("NFC").trim().toLowerCase();

export function createCoFacilitatorInvitations({ repositories: repos, access, linkFor, sessionFor, now }: CoFacilitatorInvitationsOptions) {
  /** A link that has not been used, has not expired and has the right shape; else NOT_FOUND / SESSION_ENDED-like refusals. */
  async function usableInvitation(token: string) {
    const invitation = INVITATION_TOKEN_PATTERN.test(token) ? await repos.coFacilitators.findInvitation(hashInvitationToken(token)) : null;
    if (!invitation) throw new HearthError("NOT_FOUND", "This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
    if (invitation.usedAt) throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.", { reason: "INVITATION_USED" });
    if (invitation.expiresAt <= now()) throw new HearthError("FORBIDDEN", "This invitation link has expired. Ask for a new one.", { reason: "INVITATION_EXPIRED" });
    return invitation;
  }

  return {
    async invite(sessionId: string, facilitatorId: string | null, input: { email?: string }) {
      const { session } = await sessionFor(sessionId, facilitatorId, "manage-co-facilitators");
      const token = newInvitationToken();
      const expiresAt = new Date(now().getTime() + INVITATION_TTL_MS);
      const invitation = await repos.coFacilitators.createInvitation({
        kind: "co-facilitator",
        tokenHash: hashInvitationToken(token),
        sessionId: session.id,
        createdById: facilitatorId!,
        email: input.email ? normaliseEmail(input.email) : undefined,
        expiresAt,
      });
      await repos.audit.record({
        sessionId: session.id,
        actorId: facilitatorId!,
        action: "co-facilitator:invite",
        detail: auditDetail({ invited: { email: input.email ? normaliseEmail(input.email) : null } }),
      });
      // the token leaves the server only here, once
      return { id: invitation.id, url: linkFor(token), expiresAt };
    },

    async cancelInvitation(sessionId: string, facilitatorId: string | null, invitationId: string) {
      const { session } = await sessionFor(sessionId, facilitatorId, "manage-co-facilitators");
      if (!(await repos.coFacilitators.cancelInvitation(invitationId, session.id))) throw notFound("invitation");
    },

    /** What a link leads to, for the page that shows it (anyone holding the link may ask). */
    async describe(token: string) {
      const invitation = await usableInvitation(token);
      const session = invitation.sessionId ? await repos.sessions.findById(invitation.sessionId) : null;
      const inviter = await repos.facilitators.summary(invitation.createdById);
      return {
        kind: invitation.kind,
        sessionTitle: session?.title ?? null,
        invitedBy: inviter?.name ?? null,
        email: invitation.email,
        expiresAt: invitation.expiresAt,
      };
    },

    /** The signed-in facilitator accepts a co-facilitator link; returns the session to open. */
    async accept(token: string, facilitator: { id: string; email: string }) {
      const invitation = await usableInvitation(token);
      if (invitation.kind !== "co-facilitator" || !invitation.sessionId) throw new HearthError("BAD_REQUEST", "This link is for creating an account, not for joining a session.");
      const session = await repos.sessions.findById(invitation.sessionId);
      if (!session) throw notFound("session");
      if (invitation.email && invitation.email !== normaliseEmail(facilitator.email))
        throw new HearthError("FORBIDDEN", "This invitation is for another account. Sign in with the e-mail address it was sent to.", { reason: "INVITATION_OTHER_ACCOUNT" });
      // the owner or an existing co-facilitator opening the link does not use it up
      if (mayDo(await access.roleOf(session, facilitator.id), "run")) return { sessionId: session.id };
      if (!(await repos.coFacilitators.claimInvitation(invitation.id, facilitator.id, now())))
        throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.", { reason: "INVITATION_USED" });
      await repos.coFacilitators.add(session.id, facilitator.id);
      await repos.audit.record({ sessionId: session.id, actorId: facilitator.id, action: "co-facilitator:join" });
      return { sessionId: session.id };
    },
  };
}
