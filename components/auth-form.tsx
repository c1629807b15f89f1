"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";

const MIN_PASSWORD = 10;

/** Sign in, or sign up (mode="signup"). A fresh install with no account is sent to sign-up. */
export function AuthForm({ mode }: { mode: "signin" | "signup" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [firstAccount, setFirstAccount] = useState(false);

  useEffect(() => {
    api<{ hasFacilitators: boolean }>("/api/setup")
      .then(({ hasFacilitators }) => {
        if (!hasFacilitators) {
          setFirstAccount(true);
          if (mode === "signin") router.replace("/signup");
        }
      })
      .catch(() => {});
  }, [mode, router]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    setBusy(true);
    setError(null);
    const result =
      mode === "signup"
        ? await authClient.signUp.email({ email, password, name: String(form.get("name") ?? "").trim() || email.split("@")[0] })
        : await authClient.signIn.email({ email, password });
    setBusy(false);
    if (result.error) {
      setError(result.error.message ?? "That did not work. Please check and try again.");
      return;
    }
    router.push("/dashboard");
  }

  return (
    <main id="main" className="page narrow stack">
      <h1>{mode === "signup" ? (firstAccount ? "Welcome to Hearth" : "Create a facilitator account") : "Facilitator sign in"}</h1>
      {firstAccount && mode === "signup" && <p className="notice">No facilitator account exists yet. Create the first one to start running sessions.</p>}
      <form className="card stack" onSubmit={onSubmit} noValidate={false}>
        {mode === "signup" && (
          <div>
            <label htmlFor="name">Your name (shown only to you)</label>
            <input id="name" name="name" type="text" autoComplete="name" maxLength={80} />
          </div>
        )}
        <div>
          <label htmlFor="email">E-mail</label>
          <input id="email" name="email" type="email" autoComplete="email" required />
        </div>
        <div>
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete={mode === "signup" ? "new-password" : "current-password"} minLength={mode === "signup" ? MIN_PASSWORD : undefined} required aria-describedby={mode === "signup" ? "password-hint" : undefined} />
          {mode === "signup" && <p id="password-hint" className="muted">At least {MIN_PASSWORD} characters.</p>}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <button className="button" type="submit" disabled={busy}>
          {busy ? "Please wait…" : mode === "signup" ? "Create account" : "Sign in"}
        </button>
      </form>
      <p>
        {mode === "signup" ? (
          <>Already have an account? <Link href="/signin">Sign in</Link></>
        ) : (
          <>New here? <Link href="/signup">Create a facilitator account</Link></>
        )}
      </p>
    </main>
  );
}
