"use client";
// The sessions run for the team (owner and admins), each with its audit trail.
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { api } from "../../lib/client/api";
import { AuditTrail } from "../audit-trail";
import { useErrorText } from "../use-error-text";
import type { TeamSession } from "./types";

const STATUSES = ["lobby", "running", "ended"] as const;
const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function TeamSessions({ teamId, teamName }: { teamId: string; teamName: string }) {
  const t = useTranslations("teams.sessions");
  const format = useFormatter();
  const errorText = useErrorText();
  const sessions = useQuery({
    queryKey: ["team-sessions", teamId],
    queryFn: () => api<{ sessions: TeamSession[] }>(`/api/teams/${encodeURIComponent(teamId)}/sessions`),
  });
  const [auditOf, setAuditOf] = useState<string | null>(null);
  const statusText = (status: string) => ((STATUSES as readonly string[]).includes(status) ? t(`status.${status as (typeof STATUSES)[number]}`) : status);
  return (
    <>
      <section className="card stack" aria-labelledby="team-sessions-heading">
        <h2 id="team-sessions-heading">{t("heading", { team: teamName })}</h2>
        {sessions.data?.sessions.length === 0 && <p className="muted">{t("none")}</p>}
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {sessions.data?.sessions.map((s) => (
            <li key={s.id} className="row" style={{ justifyContent: "space-between" }}>
              <span>
                {s.title}{" "}
                <span className="muted">
                  {t("meta", {
                    owner: s.ownerName,
                    status: statusText(s.status),
                    participants: s.participantCount,
                    created: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </span>
              </span>
              <button className="button quiet" type="button" aria-expanded={auditOf === s.id} onClick={() => setAuditOf(auditOf === s.id ? null : s.id)}>
                {t.rich("audit", { title: s.title, hidden })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {auditOf && <AuditTrail sessionId={auditOf} />}
      {sessions.error && (
        <p className="error" role="alert">
          {errorText(sessions.error)}
        </p>
      )}
    </>
  );
}
