"use client";
// "Join a session": one big code field. The code is normalised (case,
// spaces, dashes), checked for shape, then checked with the server so a
// wrong or ended code gets a clear message before anything connects.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { codeOfResponse } from "../lib/client/errors";
import { storageKeys } from "../lib/client/storage-keys";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "../lib/join-code";
import styles from "./join-form.module.css";

export type JoinFormProps = {
  /** prefill, e.g. from /join?code=… */
  initialCode?: string;
  /** check a prefilled code straight away (from a link or QR code) */
  checkInitial?: boolean;
  autoFocus?: boolean;
  /** the visible label (default: the messages' "Session code") */
  label?: string;
};

const EXAMPLE = "ABC 234";

/** Why a typed code cannot be a join code, as the message (components say it in the reader's language) that helps a participant act on it. */
export type CodeProblem = { key: "empty" | "notLettersOrNumbers" } | { key: "lookalikes"; lookalikes: string[] } | { key: "length"; typed: number };

export function describeCodeProblem(input: string): CodeProblem | null {
  const stripped = input
    .normalize("NFKC")
    .replace(/[\s\-\u2010-\u2015\u2212_.]/gu, "")
    .toUpperCase();
  if (stripped === "") return { key: "empty" };
  const invalid = [...new Set([...stripped].filter((ch) => !JOIN_CODE_ALPHABET.includes(ch)))];
  if (invalid.length > 0) {
    const lookalikes = invalid.filter((ch) => "01ILOU".includes(ch));
    if (lookalikes.length > 0) return { key: "lookalikes", lookalikes };
    return { key: "notLettersOrNumbers" };
  }
  if (stripped.length !== JOIN_CODE_LENGTH) return { key: "length", typed: stripped.length };
  return null;
}

type ApiError = { error?: { code?: unknown; message?: string } };

export function JoinForm({ initialCode = "", checkInitial = false, autoFocus = false, label }: JoinFormProps) {
  const t = useTranslations("join");
  const tErrors = useTranslations("common.errors");
  const format = useFormatter();
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initialCode.toUpperCase());
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const checkedInitial = useRef(false);

  function problemText(problem: CodeProblem | null): string {
    if (!problem) return t("problems.notACode");
    switch (problem.key) {
      case "lookalikes": {
        const characters = format.list(
          problem.lookalikes.map((character) => t("problems.quoted", { character })),
          { type: "disjunction" },
        );
        return t("problems.lookalikes", { characters });
      }
      case "length":
        return t("problems.length", { length: JOIN_CODE_LENGTH, example: EXAMPLE, typed: problem.typed });
      default:
        return t(`problems.${problem.key}`);
    }
  }

  async function join(raw: string) {
    if (checking) return;
    const code = normaliseJoinCode(raw);
    if (!code) {
      setError(problemText(describeCodeProblem(raw)));
      inputRef.current?.focus();
      return;
    }
    setError(null);
    setChecking(true);
    try {
      const response = await fetch(`/api/join/${encodeURIComponent(code)}`, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.ok) {
        const body = (await response.json().catch(() => null)) as { session?: { locked?: boolean } } | null;
        // a device that joined before may rejoin a locked session
        const known = typeof window !== "undefined" && window.localStorage.getItem(storageKeys.participantToken(code)) !== null;
        if (body?.session?.locked && !known) {
          setError(t("problems.locked"));
          setChecking(false);
          inputRef.current?.focus();
          return;
        }
        // replace, not push: after "Leave quickly" (components/quick-exit.tsx) Back must not lead to a Hearth page
        router.replace(`/s/${code}`);
        return; // keep "Joining…" while the next page loads
      }
      const body = (await response.json().catch(() => null)) as ApiError | null;
      const errorCode = codeOfResponse(response.status, body?.error?.code);
      if (errorCode === "NOT_FOUND" || errorCode === "SESSION_ENDED") {
        // the reader's language, not the server's English message
        setError(errorCode === "NOT_FOUND" ? t("problems.notFound") : tErrors("SESSION_ENDED"));
        setChecking(false);
        inputRef.current?.focus();
        return;
      }
      // The check is only a courtesy: on any other answer, go and let the session page explain.
      router.replace(`/s/${code}`);
    } catch {
      // offline or the check failed: the session page retries and explains
      router.replace(`/s/${code}`);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void join(value);
  }

  // A code that arrived in the link is checked at once (only once).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount, with the code the link brought
  useEffect(() => {
    if (!checkInitial || !initialCode || checkedInitial.current) return;
    checkedInitial.current = true;
    void join(initialCode);
  }, []);

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId} className={styles.label}>
        {label ?? t("form.label")}
      </label>
      <p id={hintId} className={styles.hint}>
        {t("form.hint", { length: JOIN_CODE_LENGTH, example: EXAMPLE })}
      </p>
      <div className={styles.row}>
        <input
          ref={inputRef}
          id={inputId}
          name="code"
          type="text"
          className={styles.input}
          value={value}
          onChange={(e) => {
            setValue(e.target.value.toUpperCase());
            if (error) setError(null);
          }}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          enterKeyHint="go"
          maxLength={20}
          placeholder={EXAMPLE}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          aria-invalid={error ? true : undefined}
          // biome-ignore lint/a11y/noAutofocus: only on /join, whose one job is this field (the caller opts in)
          autoFocus={autoFocus}
        />
        <button type="submit" className={`button ${styles.submit}`} aria-disabled={checking} aria-busy={checking}>
          {checking ? t("form.joining") : t("form.submit")}
        </button>
      </div>
      <div aria-live="assertive">
        {error ? (
          <p id={errorId} className={`error ${styles.error}`}>
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}

export default JoinForm;
