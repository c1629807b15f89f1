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
import { ROLE_LABEL, useTeams } from "./team-switcher";
import { TeamDetails } from "./team-details/index";

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
