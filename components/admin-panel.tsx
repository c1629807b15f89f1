"use client";
// The instance administrator's page: the accounts on this Hearth, one-time
// links for new facilitators (while sign-up is by invitation), disabling an
// account, and resetting a forgotten password (Hearth sends no e-mail).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import { api, ApiError } from "../lib/client/api";
import { errorCodeOf } from "../lib/client/errors";
import { InviteEmailForm } from "./invite-email-form";
import { useLinkExpiry } from "./one-time-link-notice";
import { useErrorText } from "./use-error-text";

type Account = { id: string; name: string; email: string; role: "admin" | "facilitator"; disabled: boolean; createdAt: string };

/** HEARTH_SIGNUP's values, each said in admin.signUp */
const SIGN_UP_MODES = ["open", "invite", "closed"] as const;
type SignUpMode = (typeof SIGN_UP_MODES)[number];
const isSignUpMode = (value: string): value is SignUpMode => (SIGN_UP_MODES as readonly string[]).includes(value);

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
const secret = (chunks: ReactNode) => <strong style={{ fontFamily: "monospace" }}>{chunks}</strong>;

export function AdminPanel() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const linkExpiry = useLinkExpiry();
  const router = useRouter();
  const client = useQueryClient();
  const accounts = useQuery({ queryKey: ["admin", "facilitators"], queryFn: () => api<{ facilitators: Account[]; signUp: string }>("/api/admin/facilitators"), retry: false });
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [password, setPassword] = useState<{ email: string; password: string } | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: ["admin", "facilitators"] });
  const invite = useMutation({
    mutationFn: (email: string) => api<{ invitation: { url: string; expiresAt: string } }>("/api/admin/invitations", { method: "POST", json: email ? { email } : {} }),
    onSuccess: ({ invitation }) => setLink(invitation),
  });
  const disable = useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) => api(`/api/admin/facilitators/${encodeURIComponent(id)}`, { method: "PATCH", json: { disabled } }),
    onSuccess: refresh,
  });
  const reset = useMutation({
    mutationFn: (account: Account) =>
      api<{ password: string }>(`/api/admin/facilitators/${encodeURIComponent(account.id)}/password`, { method: "POST" }).then((r) => ({
        email: account.email,
        password: r.password,
      })),
    onSuccess: setPassword,
  });

  useEffect(() => {
    if (accounts.error instanceof ApiError && accounts.error.code === "UNAUTHENTICATED") router.replace("/signin?next=/admin");
  }, [accounts.error, router]);

  if (accounts.isLoading)
    return (
      <main id="main" className="page">
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  if (accounts.error)
    return (
      <main id="main" className="page stack">
        <h1>{t("heading")}</h1>
        <p className="error" role="alert">
          {errorCodeOf(accounts.error) === "FORBIDDEN" ? t("forbidden") : errorText(accounts.error)}
        </p>
        <p>
          <Link href="/dashboard">{t("sessions")}</Link>
        </p>
      </main>
    );
  const data = accounts.data!;
  const problem = invite.error ?? disable.error ?? reset.error;

  return (
    <main id="main" className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("heading")}</h1>
        <Link className="button quiet" href="/dashboard">
          {t("sessions")}
        </Link>
      </div>

      <section className="card stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("invite.heading")}</h2>
        <p className="muted">{isSignUpMode(data.signUp) ? t(`signUp.${data.signUp}`) : data.signUp}</p>
        <InviteEmailForm
          inputId="admin-invite-email"
          label={t("invite.email")}
          submitLabel={t("invite.make")}
          disabled={invite.isPending || data.signUp === "closed"}
          onInvite={(email) => invite.mutate(email)}
        />
        {link && (
          <div className="notice stack" role="status">
            <label htmlFor="admin-invite-link">{t("invite.link", { expires: linkExpiry(link.expiresAt) })}</label>
            <input id="admin-invite-link" type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
      </section>

      {password && (
        <div className="notice stack" role="status">
          <p>{t.rich("password.new", { email: password.email, password: password.password, strong: secret })}</p>
          <p className="muted">{t("password.note")}</p>
        </div>
      )}

      <section className="stack" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t("accounts.heading")}</h2>
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {data.facilitators.map((a) => (
            <li key={a.id} className="card row" style={{ justifyContent: "space-between" }}>
              <div>
                <h3 style={{ marginBottom: 4 }}>{a.name || a.email}</h3>
                <p className="muted" style={{ margin: 0 }}>
                  {t("accounts.meta", { email: a.email, role: a.role })}
                  {a.disabled && <strong>{t("accounts.disabled")}</strong>}
                </p>
              </div>
              {a.role !== "admin" && (
                <div className="row">
                  <button
                    className="button quiet"
                    type="button"
                    disabled={reset.isPending}
                    onClick={() => {
                      if (window.confirm(t("accounts.confirmReset", { email: a.email }))) reset.mutate(a);
                    }}
                  >
                    {t.rich("accounts.reset", { email: a.email, hidden })}
                  </button>
                  <button
                    className={a.disabled ? "button secondary" : "button danger"}
                    type="button"
                    disabled={disable.isPending}
                    onClick={() => {
                      if (a.disabled || window.confirm(t("accounts.confirmDisable", { email: a.email }))) disable.mutate({ id: a.id, disabled: !a.disabled });
                    }}
                  >
                    {t.rich(a.disabled ? "accounts.enable" : "accounts.disable", { email: a.email, hidden })}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {problem && (
        <p className="error" role="alert">
          {errorText(problem)}
        </p>
      )}
    </main>
  );
}
