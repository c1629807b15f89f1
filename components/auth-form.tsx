"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { api } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";

const MIN_PASSWORD = 10;

type SignUpMode = "open" | "invite" | "closed";

/** Sign in, or sign up (mode="signup"). A fresh install with no account is sent to sign-up. */
export function AuthForm({ mode }: { mode: "signin" | "signup" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [firstAccount, setFirstAccount] = useState(false);
  const [signUp, setSignUp] = useState<SignUpMode | null>(null);
  // from the page's address: ?invitation=<token> (sign-up) and ?next=/path (after sign-in)
  const [invitation, setInvitation] = useState<string | null>(null);
  const [next, setNext] = useState("/dashboard");

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    setInvitation(params.get("invitation"));
    const wanted = params.get("next") ?? "";
    // only a path on this site, never another one ("//evil.example" is another site)
    if (wanted.startsWith("/") && !wanted.startsWith("//") && !wanted.startsWith("/\\")) setNext(wanted);
    api<{ hasFacilitators: boolean; signUp: SignUpMode | "first-account" }>("/api/setup")
      .then(({ hasFacilitators, signUp: current }) => {
        if (!hasFacilitators) {
          setFirstAccount(true);
          if (mode === "signin") router.replace("/signup");
        } else setSignUp(current as SignUpMode);
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
        ? await authClient.signUp.email({
            email,
            password,
            name: String(form.get("name") ?? "").trim() || email.split("@")[0],
            fetchOptions: invitation ? { headers: { "x-hearth-invitation": invitation } } : undefined,
          })
        : await authClient.signIn.email({ email, password });
    setBusy(false);
    if (result.error) {
      setError(result.error.message ?? "That did not work. Please check and try again.");
      return;
    }
    router.push(next);
  }

  // sign-up the operator does not allow right now: say so instead of a form that will be refused
  const refusal =
    mode === "signup" && !firstAccount && signUp === "closed"
      ? "This Hearth is not taking new accounts. Ask the person who runs it."
      : mode === "signup" && !firstAccount && signUp === "invite" && !invitation
        ? "New accounts on this Hearth need an invitation link from the person who runs it. Open the link you were sent."
        : null;
  if (refusal)
    return (
      <main id="main" className="page narrow stack">
        <h1>Create a facilitator account</h1>
        <p className="notice" role="status">
          {refusal}
        </p>
        <p>
          Already have an account? <Link href="/signin">Sign in</Link>
        </p>
      </main>
    );

  return (
    <main id="main" className="page narrow stack">
      <h1>{mode === "signup" ? (firstAccount ? "Welcome to Hearth" : "Create a facilitator account") : "Facilitator sign in"}</h1>
      {firstAccount && mode === "signup" && <p className="notice">No facilitator account exists yet. Create the first one to start running sessions.</p>}
      <form className="card stack" onSubmit={onSubmit} noValidate={false}>
        {mode === "signup" && (
          <div>
            <label htmlFor="name">Your name (shown to you and to the facilitators you run sessions with)</label>
            <input id="name" name="name" type="text" autoComplete="name" maxLength={80} />
          </div>
        )}
        <div>
          <label htmlFor="email">E-mail</label>
          <input id="email" name="email" type="email" autoComplete="email" required />
        </div>
        <div>
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={mode === "signup" ? "new-password" : "current-password"}
            minLength={mode === "signup" ? MIN_PASSWORD : undefined}
            required
            aria-describedby={mode === "signup" ? "password-hint" : undefined}
          />
          {mode === "signup" && (
            <p id="password-hint" className="muted">
              At least {MIN_PASSWORD} characters.
            </p>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button className="button" type="submit" disabled={busy}>
          {busy ? "Please wait…" : mode === "signup" ? "Create account" : "Sign in"}
        </button>
      </form>
      <p>
        {mode === "signup" ? (
          <>
            Already have an account? <Link href="/signin">Sign in</Link>
          </>
        ) : (
          signUp !== "closed" && (
            <>
              New here? <Link href="/signup">Create a facilitator account</Link>
            </>
          )
        )}
      </p>
    </main>
  );
}
