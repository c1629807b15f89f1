"use client";
// Which team the dashboard works in: the templates shared with it are listed,
// and sessions started now are run for it (its admins see them). "Just me"
// lists only the built-in and one's own templates. The server keeps the
// choice (PUT /api/teams/current), so it follows the facilitator to the console.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { api } from "../lib/client/api";
import { useErrorText } from "./use-error-text";

export type TeamsList = { teams: { id: string; name: string; role: "owner" | "admin" | "member" }[]; currentTeamId: string | null };

export function useTeams(enabled = true) {
  return useQuery({ queryKey: ["teams"], queryFn: () => api<TeamsList>("/api/teams"), enabled });
}

export function TeamSwitcher() {
  const t = useTranslations("dashboard.team");
  const errorText = useErrorText();
  const client = useQueryClient();
  const teams = useTeams();
  const change = useMutation({
    mutationFn: (teamId: string | null) => api("/api/teams/current", { method: "PUT", json: { teamId } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["teams"] });
      void client.invalidateQueries({ queryKey: ["templates"] });
    },
  });
  const data = teams.data;
  const current = data?.teams.find((t) => t.id === data.currentTeamId) ?? null;

  return (
    <section className="card row" aria-labelledby="team-heading" style={{ justifyContent: "space-between" }}>
      <div className="stack" style={{ gap: "0.25rem" }}>
        <h2 id="team-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
          {current ? t("heading", { name: current.name }) : t("alone")}
        </h2>
        <p className="muted" style={{ margin: 0 }}>
          {current ? t("inTeam", { role: current.role }) : t("aloneHint")}
        </p>
      </div>
      <div className="row">
        {data && data.teams.length > 0 && (
          <>
            <label htmlFor="current-team">{t("current")}</label>
            <select id="current-team" value={data.currentTeamId ?? ""} disabled={change.isPending} onChange={(e) => change.mutate(e.currentTarget.value || null)}>
              <option value="">{t("justMe")}</option>
              {data.teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </>
        )}
        <Link className="button quiet" href="/teams">
          {data && data.teams.length > 0 ? t("teamsLink") : t("createTeam")}
        </Link>
      </div>
      {(teams.error ?? change.error) && (
        <p className="error" role="alert">
          {errorText(teams.error ?? change.error)}
        </p>
      )}
    </section>
  );
}
