"use client";
// The phone's screens around the session itself: joining, the room passphrase, a join that failed (each
// reason said plainly), the content note before the first step, the lobby, between steps, and the end.
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";
import type { SupportResources } from "../../lib/events";
import { formatJoinCode } from "../../lib/join-code";
import { CommandError } from "../../lib/client/socket";
import { storageKeys } from "../../lib/client/storage-keys";
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
  return (
    <section className={styles.center} aria-busy="true">
      <Heading>Joining…</Heading>
      <p role="status" className="muted">
        {retrying ? "Still trying to reach the session. This can take a moment on a slow connection." : "Connecting you to the session."}
      </p>
    </section>
  );
}

/** The room passphrase: said aloud by the facilitator, never on the screen or in the link. */
export function PassphraseForm({ code, wrong, onRetry }: { code: string; wrong: boolean; onRetry: () => void }) {
  const [word, setWord] = useState("");
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <section className={styles.center}>
      <Heading>What is the passphrase?</Heading>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          window.sessionStorage.setItem(storageKeys.passphrase(code), word);
          onRetry();
        }}
      >
        <label htmlFor={inputId}>Passphrase</label>
        <p id={hintId} className="muted">
          The facilitator says it in the room. Capital letters do not matter.
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
            That is not the passphrase. Check with the facilitator and try again.
          </p>
        )}
        <button type="submit" className="button">
          Join
        </button>
      </form>
    </section>
  );
}

export function JoinProblem({ code, error, onRetry }: { code: string; error: unknown; onRetry: () => void }) {
  const errorCode = error instanceof CommandError ? error.code : null;
  const message = error instanceof Error && error.message ? error.message : null;
  if (errorCode === "NOT_FOUND") {
    return (
      <section className={styles.center}>
        <Heading>No session has that code</Heading>
        <p>
          We couldn&apos;t find a session with the code <strong className={styles.code}>{formatJoinCode(code)}</strong>. Check the code on the screen and try again.
        </p>
        <Link className="button" href="/join">
          Enter the code again
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
        <Heading>This session is not taking new participants</Heading>
        <p>The facilitator has closed it to new people for now. If you think you should be in it, ask the facilitator.</p>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
          <Link className="button quiet" href="/">
            Back to the start
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.center}>
      <Heading>We couldn&apos;t connect to the session</Heading>
      <p>{message ?? "Something went wrong while joining."}</p>
      <p className="muted">Check your connection, then try again. Nothing you answered is lost.</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
        <Link className="button quiet" href="/join">
          Enter a different code
        </Link>
      </div>
    </section>
  );
}

export function ContentNote({ note, onContinue }: { note: string; onContinue: () => void }) {
  return (
    <section className={styles.note}>
      <Heading>Before we begin</Heading>
      <div className={`card ${styles.noteCard}`}>
        <StepBody markdown={note} headingLevel={2} />
      </div>
      <p className={styles.promises}>You can pass any question, and help is always under &ldquo;Support&rdquo; at the top of the screen.</p>
      <p className={styles.promises}>
        &ldquo;Leave quickly&rdquo; (or Escape twice) takes you to another website at once and removes this session from this device. It can&apos;t erase your browser&apos;s
        history.
      </p>
      <button type="button" className={`button ${styles.wide}`} onClick={onContinue}>
        Continue when you&apos;re ready
      </button>
    </section>
  );
}

export function Lobby({ count }: { count: number }) {
  return (
    <section className={styles.center}>
      <Heading>You&apos;re in.</Heading>
      <p className={styles.lead}>The session will begin shortly.</p>
      <p className="muted" aria-live="polite">
        {count <= 1 ? "You're the first one here." : `${count} people are here.`}
      </p>
      <p className="muted">Keep this page open. It will follow along when the facilitator starts.</p>
    </section>
  );
}

export function Between() {
  return (
    <section className={styles.center}>
      <Heading>Just a moment</Heading>
      <p className={styles.lead}>The session will continue shortly.</p>
    </section>
  );
}

export function Ended({ resources }: { resources: SupportResources }) {
  return (
    <section className={styles.ended}>
      <Heading>Thank you for being here</Heading>
      <p className={styles.lead}>The session has ended. Thank you for being part of it — and for whatever you chose to share, or not.</p>
      <p className="muted">Your answers were anonymous. Take good care of yourself.</p>
      <ResourcesCard resources={resources} headingLevel={2} />
      <Link className="button quiet" href="/">
        Back to the start
      </Link>
    </section>
  );
}
