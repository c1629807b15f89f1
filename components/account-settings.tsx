"use client";
// The facilitator's account: who is signed in, and changing the password
// (Better Auth's change-password endpoint; other devices are signed out by default).
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { api, ApiError } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";
import type { Locale } from "../lib/i18n/locales";
import { AccountLanguage } from "./account-language";
import { useErrorText } from "./use-error-text";

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 128;

type PasswordProblem = "tooShort" | "differ" | "same" | "wrongCurrent" | "failed";
type Status = { kind: "idle" } | { kind: "busy" } | { kind: "error"; problem: PasswordProblem } | { kind: "done"; signedOutOthers: boolean };

export function AccountSettings() {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const router = useRouter();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { name: string; email: string; locale: Locale | null } }>("/api/me"), retry: false });
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    if (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [me.error, router]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("current") ?? "");
    const newPassword = String(form.get("new") ?? "");
    const confirm = String(form.get("confirm") ?? "");
    const revokeOtherSessions = form.get("revoke") === "on";
    if (newPassword.length < MIN_PASSWORD) return setStatus({ kind: "error", problem: "tooShort" });
    if (newPassword !== confirm) return setStatus({ kind: "error", problem: "differ" });
    if (newPassword === currentPassword) return setStatus({ kind: "error", problem: "same" });
    setStatus({ kind: "busy" });
    const result = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions });
    if (result.error) return setStatus({ kind: "error", problem: result.error.code === "INVALID_PASSWORD" ? "wrongCurrent" : "failed" });
    formElement.reset();
    setStatus({ kind: "done", signedOutOthers: revokeOtherSessions });
  }

  if (me.isLoading || (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED"))
    return (
      <main id="main" className="page narrow">
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  if (me.error)
    return (
      <main id="main" className="page narrow">
        <p className="error" role="alert">
          {errorText(me.error)}
        </p>
      </main>
    );

  const busy = status.kind === "busy";
  return (
    <main id="main" className="page narrow stack">
      <p>
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("signedInAs", { email: me.data?.facilitator.email ?? "" })}</p>

      <section aria-labelledby="password-heading" className="card stack">
        <h2 id="password-heading">{t("password.heading")}</h2>
        <form className="stack" onSubmit={onSubmit} aria-describedby={status.kind === "error" ? errorId : undefined}>
          <div>
            <label htmlFor="current-password">{t("password.current")}</label>
            <input id="current-password" name="current" type="password" autoComplete="current-password" required maxLength={MAX_PASSWORD} />
          </div>
          <div>
            <label htmlFor="new-password">{t("password.new")}</label>
            <input id="new-password" name="new" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} maxLength={MAX_PASSWORD} aria-describedby={hintId} />
            <p id={hintId} className="muted">
              {t("password.hint", { min: MIN_PASSWORD })}
            </p>
          </div>
          <div>
            <label htmlFor="confirm-password">{t("password.confirm")}</label>
            <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} maxLength={MAX_PASSWORD} />
          </div>
          <div className="row">
            <input id="revoke-others" name="revoke" type="checkbox" defaultChecked />
            <label htmlFor="revoke-others">{t("password.revokeOthers")}</label>
          </div>
          {status.kind === "error" && (
            <p id={errorId} className="error" role="alert">
              {status.problem === "tooShort" ? t("password.tooShort", { min: MIN_PASSWORD }) : t(`password.${status.problem}`)}
            </p>
          )}
          {status.kind === "done" && (
            <p className="notice" role="status">
              {status.signedOutOthers ? t("password.changedSignedOut") : t("password.changed")}
            </p>
          )}
          <button className="button" type="submit" disabled={busy}>
            {busy ? t("password.changing") : t("password.submit")}
          </button>
        </form>
      </section>

      <AccountLanguage saved={me.data?.facilitator.locale ?? null} />

      <section aria-labelledby="forgot-heading" className="stack">
        <h2 id="forgot-heading">{t("forgot.heading")}</h2>
        <p className="muted">{t.rich("forgot.text", { code: (chunks) => <code>{chunks}</code> })}</p>
      </section>
    </main>
  );
}
