"use client";
// The sessions run for the team (owner and admins), each with its audit trail.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../lib/client/api";
import { AuditTrail } from "../audit-trail";
import type { TeamSession } from "./types";

const STATUS_LABEL: Record<string, string> = { lobby: "Lobby", running: "Running", ended: "Ended" };

export function TeamSessions({ teamId, teamName }: { teamId: string; teamName: string }) {
  const sessions = useQuery({
    queryKey: ["team-sessions", teamId],
    queryFn: () => api<{ sessions: TeamSession[] }>(`/api/teams/${encodeURIComponent(teamId)}/sessions`),
  });
  const [auditOf, setAuditOf] = useState<string | null>(null);
  return (
    <>
      <section className="card stack" aria-labelledby="team-sessions-heading">
        <h2 id="team-sessions-heading">Sessions run for {teamName}</h2>
        {sessions.data?.sessions.length === 0 && <p className="muted">None yet. Sessions a member starts while this team is current appear here.</p>}
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {sessions.data?.sessions.map((s) => (
            <li key={s.id} className="row" style={{ justifyContent: "space-between" }}>
              <span>
                {s.title}{" "}
                <span className="muted">
                  · {s.ownerName} · {STATUS_LABEL[s.status] ?? s.status} · {s.participantCount} participants · {new Date(s.createdAt).toLocaleString()}
                </span>
              </span>
              <button className="button quiet" type="button" aria-expanded={auditOf === s.id} onClick={() => setAuditOf(auditOf === s.id ? null : s.id)}>
                Audit trail <span className="visually-hidden">of {s.title}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {auditOf && <AuditTrail sessionId={auditOf} />}
      {sessions.error && (
        <p className="error" role="alert">
          {sessions.error.message}
        </p>
      )}
    </>
  );
}
