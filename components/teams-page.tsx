"use client";
// Teams (/teams): create one, see who is in each team you belong to, invite
// facilitators by a one-time link for their e-mail address (owner and admins;
// only the owner invites admins), take people out or leave, and — for the
// owner and admins — the sessions run for the team with their audit trails
// (facilitators' actions only). The server decides (server/services/team-access.ts);
// this only hides what the viewer may not do.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type ReactNode, useState } from "react";
import { useTranslations } from "use-intl";
import { api } from "../lib/client/api";
import { TeamDetails } from "./team-details/index";
import { useTeams } from "./team-switcher";
import { useErrorText } from "./use-error-text";

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function TeamsPage() {
  const t = useTranslations("teams");
  const errorText = useErrorText();
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
        <h1>{t("heading")}</h1>
        <Link className="button quiet" href="/dashboard">
          {t("back")}
        </Link>
      </div>
      <p className="muted">{t("intro")}</p>

      {teams.data && teams.data.teams.length > 0 && (
        <section className="stack" aria-labelledby="your-teams-heading">
          <h2 id="your-teams-heading">{t("yourTeams")}</h2>
          <ul className="row" style={{ listStyle: "none", padding: 0, margin: 0, flexWrap: "wrap" }}>
            {teams.data.teams.map((team) => (
              <li key={team.id}>
                <button className={team.id === selectedId ? "button" : "button secondary"} type="button" aria-pressed={team.id === selectedId} onClick={() => setChosen(team.id)}>
                  {t.rich("teamButton", { name: team.name, role: team.role, hidden })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {selectedId && me.data && <TeamDetails teamId={selectedId} myId={me.data.facilitator.id} onLeft={() => setChosen(null)} />}

      <section className="card stack" aria-labelledby="create-team-heading">
        <h2 id="create-team-heading">{t("createHeading")}</h2>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            create.mutate(String(new FormData(form).get("name") ?? ""), { onSuccess: () => form.reset() });
          }}
        >
          <div>
            <label htmlFor="team-name">{t("teamName")}</label>
            <input id="team-name" name="name" type="text" maxLength={80} required autoComplete="off" />
          </div>
          <button className="button secondary" type="submit" disabled={create.isPending}>
            {t("create")}
          </button>
        </form>
        {create.error && (
          <p className="error" role="alert">
            {errorText(create.error)}
          </p>
        )}
      </section>
      {teams.error && (
        <p className="error" role="alert">
          {errorText(teams.error)}
        </p>
      )}
    </main>
  );
}
