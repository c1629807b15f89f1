// Co-facilitators: the owner invites with a one-time link (optionally for one
// e-mail address only) and removes them; the invited facilitator accepts the
// link signed in. Removal cuts the co-facilitator's open consoles at once
// (`onAccessRevoked`, wired to the sockets in server/app.ts); every later
// command is refused anyway, since each one asks ./session-access.ts again.
// The links themselves: ./co-facilitator-invitations.ts.
import type { Repositories } from "../repositories";
import { createCoFacilitatorInvitations } from "./co-facilitator-invitations";
import { HearthError, notFound } from "./hearth-error";
import type { SessionAccess } from "./session-access";

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

  return {
    linkFor,
    ...createCoFacilitatorInvitations({ repositories: repos, access, linkFor, sessionFor, now }),

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
