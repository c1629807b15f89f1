// The one rule for "may this facilitator do X on this session". Every socket
// command and every HTTP route about a session asks it, through
// `SessionService.authorised` (live commands) or `authorise` here (the
// summary, exports, deletion, co-facilitators, the audit trail).
//
// - The owner may do everything.
// - A co-facilitator runs the session live and reads its summary and exports,
//   but never deletes data, changes the session's privacy settings, manages
//   who co-facilitates, or reads the audit trail (that is the owner's record
//   of what everyone did).
// - A team admin (or the team's owner) of the team a session was run for
//   reads its audit trail — facilitators' actions only — and nothing else:
//   they do not run it or read what participants wrote.
// - Anyone else gets the same NOT_FOUND as for a session that does not exist,
//   so a session's existence is not revealed; a co-facilitator asking for an
//   owner's action gets FORBIDDEN (they know the session exists).
import { HearthError, notFound } from "./hearth-error";

export type SessionRole = "owner" | "co-facilitator" | "team-admin";

export const SESSION_ACTIONS = [
  "run", // every live command: step, open/close, reveal/hide, moderate, timer, lock, pause count, watch
  "read-summary", // the summary, and who runs the session
  "export", // export files of the summary
  "delete-data", // delete the responses, or the whole session
  "change-settings", // the session's privacy settings (threshold, passphrase…)
  "manage-co-facilitators", // invite, remove
  "read-audit", // the audit trail
] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

const ALLOWED: Record<SessionAction, readonly SessionRole[]> = {
  run: ["owner", "co-facilitator"],
  "read-summary": ["owner", "co-facilitator"],
  export: ["owner", "co-facilitator"],
  "delete-data": ["owner"],
  "change-settings": ["owner"],
  "manage-co-facilitators": ["owner"],
  "read-audit": ["owner", "team-admin"],
};

/** Whether `role` may do `action` (pure: the table above). */
export function mayDo(role: SessionRole | null, action: SessionAction): boolean {
  return role !== null && ALLOWED[action].includes(role);
}

type SessionRef = { id: string; ownerId: string; teamId?: string | null };

export function createSessionAccess(
  coFacilitators: { isCoFacilitator(sessionId: string, facilitatorId: string): Promise<boolean> },
  teams?: { roleOf(teamId: string, facilitatorId: string): Promise<"owner" | "admin" | "member" | null> },
) {
  /** Every role the facilitator has on the session (a team admin may also co-facilitate it). */
  async function rolesOf(session: SessionRef, facilitatorId: string): Promise<SessionRole[]> {
    if (session.ownerId === facilitatorId) return ["owner"];
    const roles: SessionRole[] = [];
    // read from the database on every command (never cached), so a removal
    // takes effect at once, on every process
    if (await coFacilitators.isCoFacilitator(session.id, facilitatorId)) roles.push("co-facilitator");
    if (session.teamId && teams) {
      const teamRole = await teams.roleOf(session.teamId, facilitatorId);
      if (teamRole === "owner" || teamRole === "admin") roles.push("team-admin");
    }
    return roles;
  }
  /** The facilitator's first role (owner, else co-facilitator, else team admin), or null. */
  async function roleOf(session: SessionRef, facilitatorId: string): Promise<SessionRole | null> {
    return (await rolesOf(session, facilitatorId))[0] ?? null;
  }

  return {
    roleOf,
    /**
     * The facilitator's role if they may do `action` on the session; throws
     * UNAUTHENTICATED (signed out), NOT_FOUND (no role: like a missing
     * session) or FORBIDDEN (a role without this right).
     */
    async authorise(session: SessionRef | null, facilitatorId: string | null, action: SessionAction): Promise<SessionRole> {
      if (!facilitatorId) throw new HearthError("UNAUTHENTICATED", "Sign in as one of the session's facilitators first.");
      if (!session) throw notFound("session");
      const roles = await rolesOf(session, facilitatorId);
      if (roles.length === 0) throw notFound("session");
      const role = roles.find((r) => mayDo(r, action));
      if (!role) throw new HearthError("FORBIDDEN", FORBIDDEN_MESSAGES[action]);
      return role;
    },
  };
}

const FORBIDDEN_MESSAGES: Record<SessionAction, string> = {
  run: "You can't run this session.",
  "read-summary": "You can't read this session's summary.",
  export: "You can't export this session.",
  "delete-data": "Only the session's owner can delete its data.",
  "change-settings": "Only the session's owner can change its privacy settings.",
  "manage-co-facilitators": "Only the session's owner can invite or remove co-facilitators.",
  "read-audit": "Only the session's owner and its team's admins can read its audit trail.",
};

export type SessionAccess = ReturnType<typeof createSessionAccess>;
