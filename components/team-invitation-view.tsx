"use client";
// Where a team invitation link leads (/team-invite/<token>): what the team is
// and who invited, then "Join" signed in with the invited e-mail address
// (the server refuses any other account, a used link and an expired one).
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { api, ApiError } from "../lib/client/api";
import { InvitationOpening, InvitationUnusable, useAcceptErrorText } from "./invitation-states";
import { useLinkExpiry } from "./one-time-link-notice";

type TeamInvitation = { teamName: string; invitedBy: string | null; email: string; role: "admin" | "member"; expiresAt: string };

export function TeamInvitationView({ token }: { token: string }) {
  const t = useTranslations("teams.invitation");
  const acceptErrorText = useAcceptErrorText();
  const linkExpiry = useLinkExpiry();
  const router = useRouter();
  const invitation = useQuery({
    queryKey: ["team-invitation", token],
    queryFn: () => api<{ invitation: TeamInvitation }>(`/api/team-invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { email: string } }>("/api/me"), retry: false });
  const accept = useMutation({
    mutationFn: () => api<{ teamId: string }>(`/api/team-invitations/${encodeURIComponent(token)}/accept`, { method: "POST" }),
    onSuccess: () => router.push("/teams"),
  });
  const here = `/team-invite/${encodeURIComponent(token)}`;

  if (invitation.isLoading || me.isLoading) return <InvitationOpening />;
  if (invitation.error) return <InvitationUnusable error={invitation.error} />;
  const i = invitation.data!.invitation;
  const signedOut = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";

  return (
    <main id="main" className="page narrow stack">
      <h1>{t("heading", { team: i.teamName })}</h1>
      <p>{t("lead", { inviter: i.invitedBy ? "known" : "nobody", name: i.invitedBy ?? "", role: i.role, expires: linkExpiry(i.expiresAt), email: i.email })}</p>
      {me.isSuccess && (
        <>
          <p className="muted">{t("signedInAs", { email: me.data.facilitator.email })}</p>
          <button className="button" type="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {accept.isPending ? t("wait") : t("join", { team: i.teamName })}
          </button>
        </>
      )}
      {signedOut && (
        <p>
          <Link className="button" href={`/signin?next=${encodeURIComponent(here)}`}>
            {t("signIn")}
          </Link>
        </p>
      )}
      {accept.error && (
        <p className="error" role="alert">
          {acceptErrorText(accept.error)}
        </p>
      )}
    </main>
  );
}
