// The one rule for "may this facilitator do X in this team" (teams are
// facilitators who share templates; server/services/team-service.ts).
//
// - Every member sees the team and its members, runs and duplicates the
//   templates shared with it.
// - Admins (and the owner) also edit shared templates, invite facilitators,
//   take members out, and see the sessions run for the team with their audit
//   trails — facilitators' actions only; they never run those sessions or read
//   what participants wrote (that stays with the session's own facilitators).
// - Only the owner makes someone an admin or takes an admin out; the owner
//   cannot be taken out (a team always has one).
// - Someone outside the team gets the same NOT_FOUND as for a team that does
//   not exist; a member asking for an admin's action gets FORBIDDEN.
export const TEAM_ROLES = ["owner", "admin", "member"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TEAM_ACTIONS = [
  "view", // the team, its members
  "use-templates", // run and duplicate the templates shared with it
  "edit-templates", // change the templates shared with it
  "invite", // invitation links (as a member; only the owner invites admins)
  "remove-members", // take a member out (only the owner takes an admin out)
  "appoint-admins", // invite or make an admin
  "oversee-sessions", // the list of sessions run for the team, and their audit trails
] as const;
export type TeamAction = (typeof TEAM_ACTIONS)[number];

const ALLOWED: Record<TeamAction, readonly TeamRole[]> = {
  view: ["owner", "admin", "member"],
  "use-templates": ["owner", "admin", "member"],
  "edit-templates": ["owner", "admin"],
  invite: ["owner", "admin"],
  "remove-members": ["owner", "admin"],
  "appoint-admins": ["owner"],
  "oversee-sessions": ["owner", "admin"],
};

export function teamMayDo(role: TeamRole | null, action: TeamAction): boolean {
  return role !== null && ALLOWED[action].includes(role);
}

export const TEAM_FORBIDDEN_MESSAGES: Record<TeamAction, string> = {
  view: "You are not in this team.",
  "use-templates": "You are not in this team.",
  "edit-templates": "Only the team's owner and admins can change its shared templates — duplicate it to make your own.",
  invite: "Only the team's owner and admins can invite facilitators.",
  "remove-members": "Only the team's owner and admins can take someone out of the team.",
  "appoint-admins": "Only the team's owner can make someone an admin.",
  "oversee-sessions": "Only the team's owner and admins see the team's sessions.",
};
