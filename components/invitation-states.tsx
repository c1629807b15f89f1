"use client";
// What a one-time link's page shows before it knows the invitation: while it
// is being read, and when it cannot be used (expired, used, withdrawn or
// unknown — said by the error's code, in the page's language). Shared by the
// co-facilitator and account links (invitation-view.tsx) and team links
// (team-invitation-view.tsx); their pages load "sharing".
import Link from "next/link";
import { useTranslations } from "use-intl";
import { ApiError } from "../lib/client/api";
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

/** The refusal's reason, when the server gave one (expired, used, another account's: lib/errors.ts). */
const reasonOf = (error: unknown) => (error instanceof ApiError ? error.reason : null);

/**
 * Why a link cannot be opened: NOT_FOUND is a link that matches nothing (mistyped, withdrawn),
 * FORBIDDEN one that has expired or was used (said by the server's reason); any other code is said
 * as everywhere else.
 */
export function InvitationUnusable({ error }: { error: unknown }) {
  const t = useTranslations("sharing.unusable");
  const refusal = useTranslations("sharing.refusals");
  const errorText = useErrorText();
  const code = errorCodeOf(error);
  const reason = reasonOf(error);
  return (
    <main id="main" className="page narrow stack">
      <h1>{t("heading")}</h1>
      <p className="error" role="alert">
        {reason ? refusal(reason) : code === "NOT_FOUND" || code === "FORBIDDEN" ? t(code) : errorText(error)}
      </p>
      <p>
        <Link href="/dashboard">{t("sessions")}</Link>
      </p>
    </main>
  );
}

/** Why accepting an invitation failed: FORBIDDEN is another account's link, or one used meanwhile (the server's reason says which). */
export function useAcceptErrorText() {
  const t = useTranslations("sharing");
  const errorText = useErrorText();
  return (error: unknown) => {
    const reason = reasonOf(error);
    if (reason) return t(`refusals.${reason}`);
    return errorCodeOf(error) === "FORBIDDEN" ? t("acceptRefused") : errorText(error);
  };
}
