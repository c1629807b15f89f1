"use client";
// Where a one-time link leads (/invite/<token>): to co-facilitate a session
// (accept it signed in, then open the console) or to create an account while
// sign-up is by invitation (on to the sign-up form, which sends the token).
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { api, ApiError } from "../lib/client/api";
import { InvitationOpening, InvitationUnusable, useAcceptErrorText } from "./invitation-states";
import { useLinkExpiry } from "./one-time-link-notice";

type Invitation = { kind: "account" | "co-facilitator"; sessionTitle: string | null; invitedBy: string | null; email: string | null; expiresAt: string };

export function InvitationView({ token }: { token: string }) {
  const t = useTranslations("sharing.invitation");
  const acceptErrorText = useAcceptErrorText();
  const linkExpiry = useLinkExpiry();
  const router = useRouter();
  const invitation = useQuery({ queryKey: ["invitation", token], queryFn: () => api<{ invitation: Invitation }>(`/api/invitations/${encodeURIComponent(token)}`), retry: false });
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { email: string } }>("/api/me"), retry: false });
  const accept = useMutation({
    mutationFn: () => api<{ sessionId: string }>(`/api/invitations/${encodeURIComponent(token)}/accept`, { method: "POST" }),
    onSuccess: ({ sessionId }) => router.push(`/console/${sessionId}`),
  });
  const here = `/invite/${encodeURIComponent(token)}`;

  if (invitation.isLoading || me.isLoading) return <InvitationOpening />;
  if (invitation.error) return <InvitationUnusable error={invitation.error} />;
  const i = invitation.data!.invitation;
  const signedIn = me.isSuccess;
  const signedOut = me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED";
  const who = { inviter: i.invitedBy ? "known" : "nobody", name: i.invitedBy ?? "", bound: i.email ? "yes" : "no", email: i.email ?? "", expires: linkExpiry(i.expiresAt) };

  if (i.kind === "account")
    return (
      <main id="main" className="page narrow stack">
        <h1>{t("accountHeading")}</h1>
        <p>{t("account", who)}</p>
        <p>
          <Link className="button" href={`/signup?invitation=${encodeURIComponent(token)}`}>
            {t("createAccount")}
          </Link>
        </p>
      </main>
    );

  return (
    <main id="main" className="page narrow stack">
      <h1>{t("heading", { title: i.sessionTitle ?? "" })}</h1>
      <p>{t("coFacilitate", who)}</p>
      {signedIn && (
        <>
          <p className="muted">{t("signedInAs", { email: me.data!.facilitator.email })}</p>
          <button className="button" type="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
            {accept.isPending ? t("wait") : t("accept")}
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
