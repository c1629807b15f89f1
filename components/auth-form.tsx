"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { api } from "../lib/client/api";
import { authErrorText, type AuthErrorText } from "../lib/client/auth-error";
import { authClient } from "../lib/client/auth-client";

const MIN_PASSWORD = 10;

type SignUpMode = "open" | "invite" | "closed";

/** Sign in, or sign up (mode="signup"). A fresh install with no account is sent to sign-up. */
export function AuthForm({ mode }: { mode: "signin" | "signup" }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [error, setError] = useState<AuthErrorText | null>(null);
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
      setError(authErrorText(result.error, MIN_PASSWORD));
      return;
    }
    router.push(next);
  }

  // sign-up the operator does not allow right now: say so instead of a form that will be refused
  const refusal =
    mode === "signup" && !firstAccount && signUp === "closed" ? t("closed") : mode === "signup" && !firstAccount && signUp === "invite" && !invitation ? t("inviteOnly") : null;
  const signInLink = (chunks: ReactNode) => <Link href="/signin">{chunks}</Link>;
  if (refusal)
    return (
      <main id="main" className="page narrow stack">
        <h1>{t("headingSignUp")}</h1>
        <p className="notice" role="status">
          {refusal}
        </p>
        <p>{t.rich("haveAccount", { link: signInLink })}</p>
      </main>
    );

  return (
    <main id="main" className="page narrow stack">
      <h1>{mode === "signup" ? (firstAccount ? t("headingWelcome") : t("headingSignUp")) : t("headingSignIn")}</h1>
      {firstAccount && mode === "signup" && <p className="notice">{t("firstAccount")}</p>}
      <form className="card stack" onSubmit={onSubmit} noValidate={false}>
        {mode === "signup" && (
          <div>
            <label htmlFor="name">{t("name")}</label>
            <input id="name" name="name" type="text" autoComplete="name" maxLength={80} />
          </div>
        )}
        <div>
          <label htmlFor="email">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="email" required />
        </div>
        <div>
          <label htmlFor="password">{t("password")}</label>
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
              {t("passwordHint", { min: MIN_PASSWORD })}
            </p>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {"values" in error ? t(`errors.${error.key}`, error.values) : t(`errors.${error.key}`)}
          </p>
        )}
        <button className="button" type="submit" disabled={busy}>
          {busy ? t("wait") : mode === "signup" ? t("createAccount") : t("signIn")}
        </button>
      </form>
      <p>
        {mode === "signup" ? t.rich("haveAccount", { link: signInLink }) : signUp !== "closed" && t.rich("newHere", { link: (chunks) => <Link href="/signup">{chunks}</Link> })}
      </p>
    </main>
  );
}
