"use client";
// Where a team invitation link leads (/team-invite/<token>): what the team is
// and who invited, then "Join" signed in with the invited e-mail address
// (the server refuses any other account, a used link and an expired one).
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api, ApiError } from "../lib/client/api";
import { InvitationOpening, InvitationUnusable } from "./invitation-states";
import { linkExpiry } from "./one-time-link-notice";

type TeamInvitation = { teamName: string; invitedBy: string | null; email: string; role: "admin" | "member"; expiresAt: string };

export function TeamInvitationView({ token }: { token: string }) {
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
  if (invitation.error) return <InvitationUnusable message={invitation.error.message} />;
  const i = invitation.data!.invitation;
  const signedOut = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";
  const expires = linkExpiry(i.expiresAt);

  return (
    <main id="main" className="page narrow stack">
      <h1>Join the team “{i.teamName}”</h1>
      <p>
        {i.invitedBy ? `${i.invitedBy} invited you` : "You are invited"} as {i.role === "admin" ? "an admin" : "a member"}. Members run and duplicate the templates the team shares
        {i.role === "admin" ? "; admins also edit them, invite others and see the team's sessions and their audit trails" : ""}. Your own templates stay yours. The link works once,
        until {expires}, for {i.email} only.
      </p>
      {me.isSuccess && (
        <>
          <p className="muted">Signed in as {me.data.facilitator.email}.</p>
          <button className="button" type="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {accept.isPending ? "Please wait…" : `Join ${i.teamName}`}
          </button>
        </>
      )}
      {signedOut && (
        <p>
          <Link className="button" href={`/signin?next=${encodeURIComponent(here)}`}>
            Sign in to join
          </Link>
        </p>
      )}
      {accept.error && (
        <p className="error" role="alert">
          {accept.error.message}
        </p>
      )}
    </main>
  );
}
