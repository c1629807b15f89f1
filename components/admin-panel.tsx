"use client";
// The instance administrator's page: the accounts on this Hearth, one-time
// links for new facilitators (while sign-up is by invitation), disabling an
// account, and resetting a forgotten password (Hearth sends no e-mail).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api, ApiError } from "../lib/client/api";
import { InviteEmailForm } from "./invite-email-form";

type Account = { id: string; name: string; email: string; role: "admin" | "facilitator"; disabled: boolean; createdAt: string };

const SIGN_UP_TEXT: Record<string, string> = {
  open: "Anyone who reaches this Hearth can create an account (HEARTH_SIGNUP=open).",
  invite: "New facilitators need a one-time link from you (HEARTH_SIGNUP=invite).",
  closed: "Nobody can create an account, with or without a link (HEARTH_SIGNUP=closed).",
};

export function AdminPanel() {
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
        <p aria-live="polite">Loading…</p>
      </main>
    );
  if (accounts.error)
    return (
      <main id="main" className="page stack">
        <h1>Administration</h1>
        <p className="error" role="alert">
          {accounts.error.message}
        </p>
        <p>
          <Link href="/dashboard">Your sessions</Link>
        </p>
      </main>
    );
  const data = accounts.data!;
  const problem = invite.error ?? disable.error ?? reset.error;

  return (
    <main id="main" className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Administration</h1>
        <Link className="button quiet" href="/dashboard">
          Your sessions
        </Link>
      </div>

      <section className="card stack" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite a facilitator</h2>
        <p className="muted">{SIGN_UP_TEXT[data.signUp] ?? data.signUp}</p>
        <InviteEmailForm
          inputId="admin-invite-email"
          label="Their e-mail (optional: only that address can use the link)"
          submitLabel="Make a sign-up link"
          disabled={invite.isPending || data.signUp === "closed"}
          onInvite={(email) => invite.mutate(email)}
        />
        {link && (
          <div className="notice stack" role="status">
            <label htmlFor="admin-invite-link">One-time link, until {new Date(link.expiresAt).toLocaleString()}. Send it privately:</label>
            <input id="admin-invite-link" type="text" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
          </div>
        )}
      </section>

      {password && (
        <div className="notice stack" role="status">
          <p>
            New password for {password.email}: <strong style={{ fontFamily: "monospace" }}>{password.password}</strong>
          </p>
          <p className="muted">Shown only now. Give it to them privately; they can change it under Account. They were signed out everywhere.</p>
        </div>
      )}

      <section className="stack" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {data.facilitators.map((a) => (
            <li key={a.id} className="card row" style={{ justifyContent: "space-between" }}>
              <div>
                <h3 style={{ marginBottom: 4 }}>{a.name || a.email}</h3>
                <p className="muted" style={{ margin: 0 }}>
                  {a.email} · {a.role === "admin" ? "administrator" : "facilitator"}
                  {a.disabled && <strong> · disabled</strong>}
                </p>
              </div>
              {a.role !== "admin" && (
                <div className="row">
                  <button
                    className="button quiet"
                    type="button"
                    disabled={reset.isPending}
                    onClick={() => {
                      if (window.confirm(`Set a new password for ${a.email}? They are signed out everywhere.`)) reset.mutate(a);
                    }}
                  >
                    Reset password <span className="visually-hidden">of {a.email}</span>
                  </button>
                  <button
                    className={a.disabled ? "button secondary" : "button danger"}
                    type="button"
                    disabled={disable.isPending}
                    onClick={() => {
                      if (
                        a.disabled ||
                        window.confirm(`Disable ${a.email}? They are signed out at once and cannot sign in; their sessions keep running for their co-facilitators.`)
                      )
                        disable.mutate({ id: a.id, disabled: !a.disabled });
                    }}
                  >
                    {a.disabled ? "Enable" : "Disable"} <span className="visually-hidden">{a.email}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {problem && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
    </main>
  );
}
