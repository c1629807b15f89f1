"use client";
// Inviting a facilitator (owner and admins; only the owner invites admins):
// a one-time link for one e-mail address, shown once, and the links not used yet.
import { linkExpiry, OneTimeLinkNotice } from "../one-time-link-notice";
import { ROLE_LABEL } from "../team-switcher";
import type { Role, TeamDetail } from "./types";
import type { TeamActions } from "./use-team-actions";

export function InviteForm({ role, actions }: { role: Role | undefined; actions: TeamActions }) {
  const { invite, link } = actions;
  return (
    <>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          invite.mutate({ email: String(data.get("email") ?? "").trim(), role: data.get("role") === "admin" ? "admin" : "member" });
        }}
      >
        <h3 style={{ fontSize: "1rem", margin: 0 }}>Invite a facilitator</h3>
        <div>
          <label htmlFor="team-invite-email">Their e-mail (only that account can use the link)</label>
          <input id="team-invite-email" name="email" type="email" required autoComplete="off" />
        </div>
        <div>
          <label htmlFor="team-invite-role">Role</label>
          <select id="team-invite-role" name="role" defaultValue="member" aria-describedby="team-invite-role-hint">
            <option value="member">Member</option>
            {role === "owner" && <option value="admin">Admin</option>}
          </select>
          <p id="team-invite-role-hint" className="muted" style={{ margin: "0.25rem 0 0" }}>
            Members run and duplicate shared templates.{role === "owner" ? " Admins also edit them, invite others and see the team's sessions and their audit trails." : ""}
          </p>
        </div>
        <button className="button secondary" type="submit" disabled={invite.isPending}>
          Make an invitation link
        </button>
      </form>
      {link && (
        <OneTimeLinkNotice
          key={link.url}
          inputId="team-invite-link"
          label={`One-time link for ${link.email} (works once, until ${linkExpiry(link.expiresAt)}). Send it privately:`}
          url={link.url}
        />
      )}
    </>
  );
}

export function UnusedLinks({ detail, role, actions }: { detail: TeamDetail; role: Role | undefined; actions: TeamActions }) {
  const { withdraw } = actions;
  if (detail.invitations.length === 0) return null;
  return (
    <div className="stack">
      <h3 style={{ fontSize: "1rem", margin: 0 }}>Unused links</h3>
      <ul style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }} className="stack">
        {detail.invitations.map((i) => (
          <li key={i.id} className="row" style={{ justifyContent: "space-between" }}>
            <span className="muted">
              {i.email} as {ROLE_LABEL[i.role]}, until {linkExpiry(i.expiresAt)}
            </span>
            {(i.role === "member" || role === "owner") && (
              <button className="button quiet" type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate(i.id)}>
                Withdraw <span className="visually-hidden">the link for {i.email}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
