// Co-facilitators: the owner invites with a one-time link (optionally for one
// e-mail address only) and removes them; the invited facilitator accepts the
// link signed in. Removal cuts the co-facilitator's open consoles at once
// (`onAccessRevoked`, wired to the sockets in server/app.ts); every later
// command is refused anyway, since each one asks ./session-access.ts again.
import type { Repositories } from "../repositories";
import { HearthError, notFound } from "./hearth-error";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { mayDo, type SessionAccess } from "./session-access";

export type CoFacilitationOptions = {
  repositories: Repositories;
  access: SessionAccess;
  publicUrl: () => string;
  /** cut the facilitator's open consoles and projectors of this session (every process) */
  onAccessRevoked?: (sessionId: string, facilitatorId: string) => Promise<void>;
  /** everyone who shares a team with the facilitator: the owner may choose one instead of sending a link */
  teamMates?: (facilitatorId: string) => Promise<{ id: string; name: string; email: string }[]>;
  now?: () => Date;
};

const normaliseEmail = (email: string) => email.normalize("NFC").trim().toLowerCase();

export function createCoFacilitationService({
  repositories: repos,
  access,
  publicUrl,
  onAccessRevoked,
  teamMates = async () => [],
  now = () => new Date(),
}: CoFacilitationOptions) {
  const linkFor = (token: string) => `${publicUrl().replace(/\/$/, "")}/invite/${token}`;

  async function sessionFor(sessionId: string, facilitatorId: string | null, action: Parameters<SessionAccess["authorise"]>[2]) {
    const session = await repos.sessions.findById(sessionId);
    const role = await access.authorise(session, facilitatorId, action);
    return { session: session!, role };
  }

  /** A link that has not been used, has not expired and has the right shape; else NOT_FOUND / SESSION_ENDED-like refusals. */
  async function usableInvitation(token: string) {
    const invitation = INVITATION_TOKEN_PATTERN.test(token) ? await repos.coFacilitators.findInvitation(hashInvitationToken(token)) : null;
    if (!invitation) throw new HearthError("NOT_FOUND", "This invitation link is not valid. Check that you copied all of it, or ask for a new one.");
    if (invitation.usedAt) throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.");
    if (invitation.expiresAt <= now()) throw new HearthError("FORBIDDEN", "This invitation link has expired. Ask for a new one.");
    return invitation;
  }

  return {
    linkFor,

    /** Who runs the session; for the owner also pending invitations and the team mates they could choose. */
    async facilitators(sessionId: string, facilitatorId: string | null) {
      const { session, role } = await sessionFor(sessionId, facilitatorId, "read-summary");
      const owner = await repos.facilitators.summary(session.ownerId);
      const coFacilitators = await repos.coFacilitators.list(session.id);
      const invitations = role === "owner" ? await repos.coFacilitators.pendingInvitations(session.id, now()) : [];
      const already = new Set(coFacilitators.map((c) => c.id));
      const mates = role === "owner" ? (await teamMates(session.ownerId)).filter((m) => !already.has(m.id)) : [];
      return {
        role,
        owner,
        coFacilitators,
        invitations: invitations.map((i) => ({ id: i.id, email: i.email, expiresAt: i.expiresAt, createdAt: i.createdAt })),
        teamMates: mates,
      };
    },

    /** The owner makes someone from one of their teams a co-facilitator, without a link. */
    async addTeamMate(sessionId: string, facilitatorId: string | null, mateId: string) {
      const { session } = await sessionFor(sessionId, facilitatorId, "manage-co-facilitators");
      const mate = (await teamMates(session.ownerId)).find((m) => m.id === mateId);
      if (!mate) throw new HearthError("NOT_FOUND", "That facilitator is not in any of your teams.");
      if (await repos.coFacilitators.isCoFacilitator(session.id, mate.id)) return;
      await repos.coFacilitators.add(session.id, mate.id);
      await repos.audit.record({ sessionId: session.id, actorId: facilitatorId!, action: "co-facilitator:add", detail: mate.name || mate.email });
    },

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
        detail: input.email ? `for ${normaliseEmail(input.email)}` : "a link for anyone",
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
        throw new HearthError("FORBIDDEN", "This invitation is for another account. Sign in with the e-mail address it was sent to.");
      // the owner or an existing co-facilitator opening the link does not use it up
      if (mayDo(await access.roleOf(session, facilitator.id), "run")) return { sessionId: session.id };
      if (!(await repos.coFacilitators.claimInvitation(invitation.id, facilitator.id, now())))
        throw new HearthError("FORBIDDEN", "This invitation link has already been used. Ask for a new one.");
      await repos.coFacilitators.add(session.id, facilitator.id);
      await repos.audit.record({ sessionId: session.id, actorId: facilitator.id, action: "co-facilitator:join" });
      return { sessionId: session.id };
    },

    async remove(sessionId: string, facilitatorId: string | null, coFacilitatorId: string) {
      const { session } = await sessionFor(sessionId, facilitatorId, "manage-co-facilitators");
      const removed = await repos.coFacilitators.remove(session.id, coFacilitatorId);
      if (!removed) throw notFound("co-facilitator");
      const who = await repos.facilitators.summary(coFacilitatorId);
      await repos.audit.record({ sessionId: session.id, actorId: facilitatorId!, action: "co-facilitator:remove", detail: who ? who.name || who.email : "" });
      await onAccessRevoked?.(session.id, coFacilitatorId);
    },

    async auditTrail(sessionId: string, facilitatorId: string | null) {
      const { session } = await sessionFor(sessionId, facilitatorId, "read-audit");
      return repos.audit.list(session.id);
    },
  };
}

export type CoFacilitationService = ReturnType<typeof createCoFacilitationService>;
