"use client";
// Inviting a facilitator (owner and admins; only the owner invites admins):
// a one-time link for one e-mail address, shown once, and the links not used yet.
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { OneTimeLinkNotice, useLinkExpiry } from "../one-time-link-notice";
import type { Role, TeamDetail } from "./types";
import type { TeamActions } from "./use-team-actions";

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function InviteForm({ role, actions }: { role: Role | undefined; actions: TeamActions }) {
  const t = useTranslations("teams.invite");
  const linkExpiry = useLinkExpiry();
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
        <h3 style={{ fontSize: "1rem", margin: 0 }}>{t("heading")}</h3>
        <div>
          <label htmlFor="team-invite-email">{t("email")}</label>
          <input id="team-invite-email" name="email" type="email" required autoComplete="off" />
        </div>
        <div>
          <label htmlFor="team-invite-role">{t("role")}</label>
          <select id="team-invite-role" name="role" defaultValue="member" aria-describedby="team-invite-role-hint">
            <option value="member">{t("member")}</option>
            {role === "owner" && <option value="admin">{t("admin")}</option>}
          </select>
          <p id="team-invite-role-hint" className="muted" style={{ margin: "0.25rem 0 0" }}>
            {t("roleHint")}
            {role === "owner" ? ` ${t("roleHintAdmins")}` : ""}
          </p>
        </div>
        <button className="button secondary" type="submit" disabled={invite.isPending}>
          {t("make")}
        </button>
      </form>
      {link && <OneTimeLinkNotice key={link.url} inputId="team-invite-link" label={t("link", { email: link.email, expires: linkExpiry(link.expiresAt) })} url={link.url} />}
    </>
  );
}

export function UnusedLinks({ detail, role, actions }: { detail: TeamDetail; role: Role | undefined; actions: TeamActions }) {
  const t = useTranslations("teams.invite");
  const linkExpiry = useLinkExpiry();
  const { withdraw } = actions;
  if (detail.invitations.length === 0) return null;
  return (
    <div className="stack">
      <h3 style={{ fontSize: "1rem", margin: 0 }}>{t("unusedHeading")}</h3>
      <ul style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }} className="stack">
        {detail.invitations.map((i) => (
          <li key={i.id} className="row" style={{ justifyContent: "space-between" }}>
            <span className="muted">{t("unused", { email: i.email, role: i.role, expires: linkExpiry(i.expiresAt) })}</span>
            {(i.role === "member" || role === "owner") && (
              <button className="button quiet" type="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate(i.id)}>
                {t.rich("withdraw", { email: i.email, hidden })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
