"use client";
// The team's members, with what the viewer may do to each: the owner changes
// roles; the owner takes anyone out, an admin only members; anyone but the
// owner may leave.
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { TeamActions } from "./use-team-actions";
import type { Role, TeamDetail } from "./types";

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function MemberList({ detail, role, myId, actions }: { detail: TeamDetail; role: Role | undefined; myId: string; actions: TeamActions }) {
  const t = useTranslations("teams.members");
  const { setRole, remove } = actions;
  const teamName = detail.team.name;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }}>
      {detail.members.map((m) => {
        const mayRemove = m.id !== myId && m.role !== "owner" && (role === "owner" || (role === "admin" && m.role === "member"));
        const name = m.name || m.email;
        return (
          <li key={m.id} className="row" style={{ justifyContent: "space-between" }}>
            <span>
              {name}{" "}
              <span className="muted">
                {m.name && m.name !== m.email ? `· ${m.email} ` : ""}
                {t("role", { role: m.role, you: m.id === myId ? "yes" : "no" })}
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
                  {t.rich(m.role === "admin" ? "makeMember" : "makeAdmin", { name, hidden })}
                </button>
              )}
              {mayRemove && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("confirmTakeOut", { name, team: teamName }))) remove.mutate(m.id);
                  }}
                >
                  {t.rich("takeOut", { name, hidden })}
                </button>
              )}
              {m.id === myId && m.role !== "owner" && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("confirmLeave", { team: teamName }))) remove.mutate(m.id);
                  }}
                >
                  {t("leave")}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
