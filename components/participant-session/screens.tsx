"use client";
// The phone's screens around the session itself: joining, the room passphrase, a join that failed (each
// reason said plainly), the content note before the first step, the lobby, between steps, and the end.
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { Locale } from "../../lib/i18n/locales";
import { errorCodeOf } from "../../lib/client/errors";
import type { SupportResources } from "../../lib/events";
import { formatJoinCode } from "../../lib/join-code";
import { earlyAttributes } from "../../lib/client/early-taps";
import { CommandError } from "../../lib/client/socket";
import { storageKeys } from "../../lib/client/storage-keys";
import { useHydrated } from "../../lib/client/use-hydrated";
import { ResourcesCard } from "../resources-card";
import { StepBody } from "../step-body";
import styles from "../participant-session.module.css";

export function Heading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className={styles.heading}>
      {children}
    </h1>
  );
}

export function Joining({ retrying }: { retrying: boolean }) {
  const t = useTranslations("participant.joining");
  return (
    <section className={styles.center} aria-busy="true">
      <Heading>{t("heading")}</Heading>
      <p role="status" className="muted">
        {retrying ? t("stillTrying") : t("connecting")}
      </p>
    </section>
  );
}

/** The room passphrase: said aloud by the facilitator, never on the screen or in the link. */
export function PassphraseForm({ code, wrong, onRetry }: { code: string; wrong: boolean; onRetry: () => void }) {
  const t = useTranslations("participant.passphrase");
  const [word, setWord] = useState("");
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <section className={styles.center}>
      <Heading>{t("heading")}</Heading>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          window.sessionStorage.setItem(storageKeys.passphrase(code), word);
          onRetry();
        }}
      >
        <label htmlFor={inputId}>{t("label")}</label>
        <p id={hintId} className="muted">
          {t("hint")}
        </p>
        {/* type="text" so the form styles apply (a bare input matched none and was a thin box) */}
        <input
          id={inputId}
          type="text"
          name="passphrase"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={word}
          onChange={(e) => setWord(e.target.value)}
          aria-describedby={wrong ? `${hintId} ${errorId}` : hintId}
          aria-invalid={wrong || undefined}
        />
        {wrong && (
          <p id={errorId} className="error" role="alert">
            {t("wrong")}
          </p>
        )}
        <button type="submit" className="button">
          {t("join")}
        </button>
      </form>
    </section>
  );
}

export function JoinProblem({ code, error, onRetry }: { code: string; error: unknown; onRetry: () => void }) {
  const t = useTranslations("participant.problem");
  const tErrors = useTranslations("common.errors");
  const errorCode = error instanceof CommandError ? error.code : null;
  // the reader's language: the code's message, never the server's English
  const known = errorCodeOf(error);
  const message = known ? tErrors(known) : null;
  if (errorCode === "NOT_FOUND") {
    return (
      <section className={styles.center}>
        <Heading>{t("notFoundHeading")}</Heading>
        <p>
          {t.rich("notFoundText", {
            joinCode: formatJoinCode(code),
            code: (chunks) => (
              <strong className={styles.code} dir="ltr">
                {chunks}
              </strong>
            ),
          })}
        </p>
        <Link className="button" href="/join">
          {t("enterAgain")}
        </Link>
      </section>
    );
  }
  if (errorCode === "PASSPHRASE_REQUIRED" || errorCode === "PASSPHRASE_WRONG") {
    return <PassphraseForm code={code} wrong={errorCode === "PASSPHRASE_WRONG"} onRetry={onRetry} />;
  }
  if (errorCode === "SESSION_LOCKED") {
    return (
      <section className={styles.center}>
        <Heading>{t("lockedHeading")}</Heading>
        <p>{t("lockedText")}</p>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={onRetry}>
            {t("tryAgain")}
          </button>
          <Link className="button quiet" href="/">
            {t("backToStart")}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.center}>
      <Heading>{t("connectHeading")}</Heading>
      <p>{message ?? t("somethingWrong")}</p>
      <p className="muted">{t("checkConnection")}</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={onRetry}>
          {t("tryAgain")}
        </button>
        <Link className="button quiet" href="/join">
          {t("enterDifferent")}
        </Link>
      </div>
    </section>
  );
}

export type ContentNoteProps = {
  note: string;
  language: Locale | undefined;
  onContinue: () => void;
  /**
   * The note came in the page's HTML, before the join (lib/participant-first-screen.ts): until React
   * has hydrated it, "Continue" works through the page's early script (lib/client/early-taps.ts),
   * which then shows the "Joining…" screen rendered beside the note.
   */
  early?: { code: string; sessionId: string };
};

export function ContentNote({ note, language, onContinue, early }: ContentNoteProps) {
  const t = useTranslations("participant.note");
  const hydrated = useHydrated();
  return (
    <>
      <section className={styles.note}>
        <Heading>{t("heading")}</Heading>
        <div className={`card ${styles.noteCard}`} lang={language}>
          <StepBody markdown={note} headingLevel={2} />
        </div>
        <p className={styles.promises}>{t("pass")}</p>
        <p className={styles.promises}>{t("leave")}</p>
        <button
          type="button"
          className={`button ${styles.wide}`}
          onClick={onContinue}
          {...(early ? earlyAttributes(hydrated, "continue", { code: early.code, "session-id": early.sessionId }) : {})}
        >
          {t("continue")}
        </button>
      </section>
      {early ? (
        // shown by the early script's "Continue" (CSS), until React shows the screen after the note
        <div className={styles.earlyNext} data-early-next="">
          <Joining retrying={false} />
        </div>
      ) : null}
    </>
  );
}

export function Lobby({ count }: { count: number }) {
  const t = useTranslations("participant.lobby");
  return (
    <section className={styles.center}>
      <Heading>{t("heading")}</Heading>
      <p className={styles.lead}>{t("lead")}</p>
      <p className="muted" aria-live="polite">
        {count <= 1 ? t("first") : t("count", { count })}
      </p>
      <p className="muted">{t("keepOpen")}</p>
    </section>
  );
}

export function Between() {
  const t = useTranslations("participant.between");
  return (
    <section className={styles.center}>
      <Heading>{t("heading")}</Heading>
      <p className={styles.lead}>{t("lead")}</p>
    </section>
  );
}

export function Ended({ resources }: { resources: SupportResources }) {
  const t = useTranslations("participant.ended");
  return (
    <section className={styles.ended}>
      <Heading>{t("heading")}</Heading>
      <p className={styles.lead}>{t("lead")}</p>
      <p className="muted">{t("anonymous")}</p>
      <ResourcesCard resources={resources} headingLevel={2} />
      <Link className="button quiet" href="/">
        {t("backToStart")}
      </Link>
    </section>
  );
}
