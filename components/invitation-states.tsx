"use client";
// What a one-time link's page shows before it knows the invitation: while it
// is being read, and when it cannot be used (expired, used, withdrawn or
// unknown — said by the error's code, in the page's language). Shared by the
// co-facilitator and account links (invitation-view.tsx) and team links
// (team-invitation-view.tsx); their pages load "sharing".
import Link from "next/link";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";
import { useErrorText } from "./use-error-text";

export function InvitationOpening() {
  const t = useTranslations("sharing");
  return (
    <main id="main" className="page narrow">
      <p aria-live="polite">{t("opening")}</p>
    </main>
  );
}

/**
 * Why a link cannot be opened: NOT_FOUND is a link that matches nothing (mistyped, withdrawn),
 * FORBIDDEN one that has expired or was used (the server says which only in English); any
 * other code is said as everywhere else.
 */
export function InvitationUnusable({ error }: { error: unknown }) {
  const t = useTranslations("sharing.unusable");
  const errorText = useErrorText();
  const code = errorCodeOf(error);
  return (
    <main id="main" className="page narrow stack">
      <h1>{t("heading")}</h1>
      <p className="error" role="alert">
        {code === "NOT_FOUND" || code === "FORBIDDEN" ? t(code) : errorText(error)}
      </p>
      <p>
        <Link href="/dashboard">{t("sessions")}</Link>
      </p>
    </main>
  );
}

/** Why accepting an invitation failed: FORBIDDEN is another account's link, or one used meanwhile. */
export function useAcceptErrorText() {
  const t = useTranslations("sharing");
  const errorText = useErrorText();
  return (error: unknown) => (errorCodeOf(error) === "FORBIDDEN" ? t("acceptRefused") : errorText(error));
}
