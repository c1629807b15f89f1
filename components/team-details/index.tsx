"use client";
// One team on the teams page (components/teams-page.tsx): its members, the
// invitations (owner and admins) and the sessions run for it (owner and
// admins). The server decides (server/services/team-access.ts); this only
// hides what the viewer may not do.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { api } from "../../lib/client/api";
import { useErrorText } from "../use-error-text";
import { InviteForm, UnusedLinks } from "./invitations";
import { MemberList } from "./member-list";
import { TeamSessions } from "./team-sessions";
import type { TeamDetail } from "./types";
import { useTeamActions } from "./use-team-actions";

export function TeamDetails({ teamId, myId, onLeft }: { teamId: string; myId: string; onLeft: () => void }) {
  const t = useTranslations("teams");
  const errorText = useErrorText();
  const detail = useQuery({ queryKey: ["team", teamId], queryFn: () => api<TeamDetail>(`/api/teams/${encodeURIComponent(teamId)}`) });
  const actions = useTeamActions(teamId, myId, onLeft);
  const role = detail.data?.team.role;
  const oversees = role === "owner" || role === "admin";

  if (detail.isLoading) return <p aria-live="polite">{t("loading")}</p>;
  if (detail.error)
    return (
      <p className="error" role="alert">
        {errorText(detail.error)}
      </p>
    );
  const d = detail.data!;
  return (
    <>
      <section className="card stack" aria-labelledby="members-heading">
        <h2 id="members-heading">{t("membersHeading", { name: d.team.name })}</h2>
        <MemberList detail={d} role={role} myId={myId} actions={actions} />
        {oversees && <InviteForm role={role} actions={actions} />}
        {oversees && <UnusedLinks detail={d} role={role} actions={actions} />}
      </section>
      {oversees && <TeamSessions teamId={teamId} teamName={d.team.name} />}
      {actions.error && (
        <p className="error" role="alert">
          {errorText(actions.error)}
        </p>
      )}
    </>
  );
}
