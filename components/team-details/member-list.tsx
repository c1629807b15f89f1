"use client";
// The team's members, with what the viewer may do to each: the owner changes
// roles; the owner takes anyone out, an admin only members; anyone but the
// owner may leave.
import { ROLE_LABEL } from "../team-switcher";
import type { TeamActions } from "./use-team-actions";
import type { Role, TeamDetail } from "./types";

export function MemberList({ detail, role, myId, actions }: { detail: TeamDetail; role: Role | undefined; myId: string; actions: TeamActions }) {
  const { setRole, remove } = actions;
  const teamName = detail.team.name;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }}>
      {detail.members.map((m) => {
        const mayRemove = m.id !== myId && m.role !== "owner" && (role === "owner" || (role === "admin" && m.role === "member"));
        return (
          <li key={m.id} className="row" style={{ justifyContent: "space-between" }}>
            <span>
              {m.name || m.email}{" "}
              <span className="muted">
                {m.name && m.name !== m.email ? `· ${m.email} ` : ""}({ROLE_LABEL[m.role]}
                {m.id === myId ? ", you" : ""})
              </span>
            </span>
            <div className="row">
              {role === "owner" && m.role !== "owner" && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={setRole.isPending}
                  onClick={() => setRole.mutate({ id: m.id, role: m.role === "admin" ? "member" : "admin" })}
                >
                  {m.role === "admin" ? "Make a member" : "Make an admin"} <span className="visually-hidden">: {m.name || m.email}</span>
                </button>
              )}
              {mayRemove && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Take ${m.name || m.email} out of ${teamName}? The templates they shared go back to being theirs alone.`)) remove.mutate(m.id);
                  }}
                >
                  Take out <span className="visually-hidden">{m.name || m.email}</span>
                </button>
              )}
              {m.id === myId && m.role !== "owner" && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Leave ${teamName}? Templates you shared with it go back to being yours alone.`)) remove.mutate(m.id);
                  }}
                >
                  Leave the team
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
