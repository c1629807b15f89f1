"use client";
// Teams (/teams): create one, see who is in each team you belong to, invite
// facilitators by a one-time link for their e-mail address (owner and admins;
// only the owner invites admins), take people out or leave, and — for the
// owner and admins — the sessions run for the team with their audit trails
// (facilitators' actions only). The server decides (server/services/team-access.ts);
// this only hides what the viewer may not do.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { api } from "../lib/client/api";
import { AuditTrail } from "./audit-trail";
import { ROLE_LABEL, useTeams } from "./team-switcher";
import { linkExpiry, OneTimeLinkNotice } from "./one-time-link-notice";

type Role = "owner" | "admin" | "member";
type TeamDetail = {
  team: { id: string; name: string; role: Role };
  members: { id: string; name: string; email: string; role: Role }[];
  invitations: { id: string; email: string; role: Role; expiresAt: string }[];
};
type TeamSession = { id: string; title: string; status: string; createdAt: string; participantCount: number; ownerName: string };

const STATUS_LABEL: Record<string, string> = { lobby: "Lobby", running: "Running", ended: "Ended" };

export function TeamsPage() {
  const client = useQueryClient();
  const teams = useTeams();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { id: string; email: string } }>("/api/me"), retry: false });
  const [chosen, setChosen] = useState<string | null>(null);
  const selectedId = chosen ?? teams.data?.currentTeamId ?? teams.data?.teams[0]?.id ?? null;
  const create = useMutation({
    mutationFn: (name: string) => api<{ team: { id: string } }>("/api/teams", { method: "POST", json: { name } }),
    onSuccess: ({ team }) => {
      setChosen(team.id);
      void client.invalidateQueries({ queryKey: ["teams"] });
      void client.invalidateQueries({ queryKey: ["templates"] });
    },
  });

  return (
    <main id="main" className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Teams</h1>
        <Link className="button quiet" href="/dashboard">
          Back to your sessions
        </Link>
      </div>
      <p className="muted">
        A team shares session templates: members run and duplicate them, the owner and admins edit them. Your own templates stay yours until you share one. Admins see the sessions
        run for the team and what its facilitators did — never what participants wrote.
      </p>

      {teams.data && teams.data.teams.length > 0 && (
        <section className="stack" aria-labelledby="your-teams-heading">
          <h2 id="your-teams-heading">Your teams</h2>
          <ul className="row" style={{ listStyle: "none", padding: 0, margin: 0, flexWrap: "wrap" }}>
            {teams.data.teams.map((t) => (
              <li key={t.id}>
                <button className={t.id === selectedId ? "button" : "button secondary"} type="button" aria-pressed={t.id === selectedId} onClick={() => setChosen(t.id)}>
                  {t.name} <span className="visually-hidden">({ROLE_LABEL[t.role]})</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {selectedId && me.data && <TeamDetails teamId={selectedId} myId={me.data.facilitator.id} onLeft={() => setChosen(null)} />}

      <section className="card stack" aria-labelledby="create-team-heading">
        <h2 id="create-team-heading">Create a team</h2>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            create.mutate(String(new FormData(form).get("name") ?? ""), { onSuccess: () => form.reset() });
          }}
        >
          <div>
            <label htmlFor="team-name">Team name</label>
            <input id="team-name" name="name" type="text" maxLength={80} required autoComplete="off" />
          </div>
          <button className="button secondary" type="submit" disabled={create.isPending}>
            Create the team
          </button>
        </form>
        {create.error && (
          <p className="error" role="alert">
            {create.error.message}
          </p>
        )}
      </section>
      {teams.error && (
        <p className="error" role="alert">
          {teams.error.message}
        </p>
      )}
    </main>
  );
}

function TeamDetails({ teamId, myId, onLeft }: { teamId: string; myId: string; onLeft: () => void }) {
  const client = useQueryClient();
  const key = ["team", teamId];
  const detail = useQuery({ queryKey: key, queryFn: () => api<TeamDetail>(`/api/teams/${encodeURIComponent(teamId)}`) });
  const role = detail.data?.team.role;
  const oversees = role === "owner" || role === "admin";
  const sessions = useQuery({
    queryKey: ["team-sessions", teamId],
    queryFn: () => api<{ sessions: TeamSession[] }>(`/api/teams/${encodeURIComponent(teamId)}/sessions`),
    enabled: oversees,
  });
  const [link, setLink] = useState<{ url: string; email: string; expiresAt: string } | null>(null);
  const [auditOf, setAuditOf] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: (input: { email: string; role: "admin" | "member" }) =>
      api<{ invitation: { url: string; email: string; expiresAt: string } }>(`/api/teams/${encodeURIComponent(teamId)}/invitations`, { method: "POST", json: input }),
    onSuccess: ({ invitation }) => {
      setLink(invitation);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_data, id) => {
      void client.invalidateQueries({ queryKey: ["teams"] });
      void client.invalidateQueries({ queryKey: ["templates"] });
      if (id === myId) onLeft();
      else void client.invalidateQueries({ queryKey: key });
    },
  });

  const withdraw = useMutation({
    mutationFn: (id: string) => api(`/api/teams/${encodeURIComponent(teamId)}/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const setRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: "admin" | "member" }) =>
      api(`/api/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(id)}`, { method: "PATCH", json: { role } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });

  if (detail.isLoading) return <p aria-live="polite">Loading the team…</p>;
  if (detail.error)
    return (
      <p className="error" role="alert">
        {detail.error.message}
      </p>
    );
  const d = detail.data!;
  const problem = invite.error ?? remove.error ?? sessions.error ?? withdraw.error ?? setRole.error;

  return (
    <>
      <section className="card stack" aria-labelledby="members-heading">
        <h2 id="members-heading">{d.team.name}: members</h2>
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }}>
          {d.members.map((m) => {
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
                        if (window.confirm(`Take ${m.name || m.email} out of ${d.team.name}? The templates they shared go back to being theirs alone.`)) remove.mutate(m.id);
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
                        if (window.confirm(`Leave ${d.team.name}? Templates you shared with it go back to being yours alone.`)) remove.mutate(m.id);
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

        {oversees && (
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
        )}
        {link && (
          <OneTimeLinkNotice
            key={link.url}
            inputId="team-invite-link"
            label={`One-time link for ${link.email} (works once, until ${linkExpiry(link.expiresAt)}). Send it privately:`}
            url={link.url}
          />
        )}
        {oversees && d.invitations.length > 0 && (
          <div className="stack">
            <h3 style={{ fontSize: "1rem", margin: 0 }}>Unused links</h3>
            <ul style={{ listStyle: "none", padding: 0, margin: 0, overflowWrap: "anywhere" }} className="stack">
              {d.invitations.map((i) => (
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
        )}
      </section>

      {oversees && (
        <section className="card stack" aria-labelledby="team-sessions-heading">
          <h2 id="team-sessions-heading">Sessions run for {d.team.name}</h2>
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
      )}
      {oversees && auditOf && <AuditTrail sessionId={auditOf} />}
      {problem && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
    </>
  );
}
