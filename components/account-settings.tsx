"use client";
// The facilitator's account: who is signed in, and changing the password
// (Better Auth's change-password endpoint; other devices are signed out by default).
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import { api, ApiError } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";
import type { Locale } from "../lib/i18n/locales";
import { AccountLanguage } from "./account-language";

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 128;

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string } | { kind: "done"; signedOutOthers: boolean };

export function AccountSettings() {
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
    if (newPassword.length < MIN_PASSWORD) return setStatus({ kind: "error", message: `The new password needs at least ${MIN_PASSWORD} characters.` });
    if (newPassword !== confirm) return setStatus({ kind: "error", message: "The new password and its confirmation differ. Please type them again." });
    if (newPassword === currentPassword) return setStatus({ kind: "error", message: "The new password is the same as the current one." });
    setStatus({ kind: "busy" });
    const result = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions });
    if (result.error) {
      const message =
        result.error.code === "INVALID_PASSWORD"
          ? "The current password is not right. Nothing was changed."
          : (result.error.message ?? "The password could not be changed. Please try again.");
      return setStatus({ kind: "error", message });
    }
    formElement.reset();
    setStatus({ kind: "done", signedOutOthers: revokeOtherSessions });
  }

  if (me.isLoading || (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED"))
    return (
      <main id="main" className="page narrow">
        <p aria-live="polite">Loading…</p>
      </main>
    );
  if (me.error)
    return (
      <main id="main" className="page narrow">
        <p className="error" role="alert">
          {me.error.message}
        </p>
      </main>
    );

  const busy = status.kind === "busy";
  return (
    <main id="main" className="page narrow stack">
      <p>
        <Link href="/dashboard">← Your sessions</Link>
      </p>
      <h1>Account</h1>
      <p className="muted">Signed in as {me.data?.facilitator.email}</p>

      <section aria-labelledby="password-heading" className="card stack">
        <h2 id="password-heading">Change password</h2>
        <form className="stack" onSubmit={onSubmit} aria-describedby={status.kind === "error" ? errorId : undefined}>
          <div>
            <label htmlFor="current-password">Current password</label>
            <input id="current-password" name="current" type="password" autoComplete="current-password" required maxLength={MAX_PASSWORD} />
          </div>
          <div>
            <label htmlFor="new-password">New password</label>
            <input id="new-password" name="new" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} maxLength={MAX_PASSWORD} aria-describedby={hintId} />
            <p id={hintId} className="muted">
              At least {MIN_PASSWORD} characters. A few unrelated words make a strong one.
            </p>
          </div>
          <div>
            <label htmlFor="confirm-password">New password again</label>
            <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD} maxLength={MAX_PASSWORD} />
          </div>
          <div className="row">
            <input id="revoke-others" name="revoke" type="checkbox" defaultChecked />
            <label htmlFor="revoke-others">Sign out everywhere else (other browsers and devices)</label>
          </div>
          {status.kind === "error" && (
            <p id={errorId} className="error" role="alert">
              {status.message}
            </p>
          )}
          {status.kind === "done" && (
            <p className="notice" role="status">
              Your password has been changed{status.signedOutOthers ? ", and every other device has been signed out" : ""}.
            </p>
          )}
          <button className="button" type="submit" disabled={busy}>
            {busy ? "Changing…" : "Change password"}
          </button>
        </form>
      </section>

      <AccountLanguage saved={me.data?.facilitator.locale ?? null} />

      <section aria-labelledby="forgot-heading" className="stack">
        <h2 id="forgot-heading">Forgotten passwords</h2>
        <p className="muted">
          Hearth sends no e-mail. If a facilitator forgets their password, whoever runs this Hearth server can set a new one with{" "}
          <code>npm run user:reset-password -- their@e-mail</code>.
        </p>
      </section>
    </main>
  );
}
