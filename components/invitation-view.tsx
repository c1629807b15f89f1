"use client";
// Where a one-time link leads (/invite/<token>): to co-facilitate a session
// (accept it signed in, then open the console) or to create an account while
// sign-up is by invitation (on to the sign-up form, which sends the token).
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { api, ApiError } from "../lib/client/api";
import { InvitationOpening, InvitationUnusable } from "./invitation-states";
import { linkExpiry } from "./one-time-link-notice";

type Invitation = { kind: "account" | "co-facilitator"; sessionTitle: string | null; invitedBy: string | null; email: string | null; expiresAt: string };

export function InvitationView({ token }: { token: string }) {
  const router = useRouter();
  const invitation = useQuery({ queryKey: ["invitation", token], queryFn: () => api<{ invitation: Invitation }>(`/api/invitations/${encodeURIComponent(token)}`), retry: false });
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { email: string } }>("/api/me"), retry: false });
  const accept = useMutation({
    mutationFn: () => api<{ sessionId: string }>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: "POST" }),
    onSuccess: ({ sessionId }) => router.push(`/console/${sessionId}`),
  });
  const here = `/invite/${encodeURIComponent(token)}`;

  if (invitation.isLoading || me.isLoading) return <InvitationOpening />;
  if (invitation.error) return <InvitationUnusable message={invitation.error.message} />;
  const i = invitation.data!.invitation;
  const signedIn = me.isSuccess;
  const signedOut = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";
  const expires = linkExpiry(i.expiresAt);

  if (i.kind === "account")
    return (
      <main id="main" className="page narrow stack">
        <h1>You&apos;re invited to Hearth</h1>
        <p>
          {i.invitedBy ? `${i.invitedBy} invited you` : "You are invited"} to create a facilitator account{i.email ? ` for ${i.email}` : ""}. The link works once, until {expires}.
        </p>
        <p>
          <Link className="button" href={`/signup?invitation=${encodeURIComponent(token)}`}>
            Create your account
          </Link>
        </p>
      </main>
    );

  return (
    <main id="main" className="page narrow stack">
      <h1>Co-facilitate “{i.sessionTitle}”</h1>
      <p>
        {i.invitedBy ? `${i.invitedBy} invited you` : "You are invited"} to run this session with them: you can step through it, open and close prompts, reveal results, moderate
        answers, use the timer and see pause and check-in requests, and read the summary. Deleting its data stays with the owner. The link works once, until {expires}
        {i.email ? `, for ${i.email} only` : ""}.
      </p>
      {signedIn && (
        <>
          <p className="muted">Signed in as {me.data!.facilitator.email}.</p>
          <button className="button" type="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {accept.isPending ? "Please wait…" : "Accept and open the console"}
          </button>
        </>
      )}
      {signedOut && (
        <p>
          <Link className="button" href={`/signin?next=${encodeURIComponent(here)}`}>
            Sign in to accept
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
