"use client";
// What the answer form says when an answer is not saved: while the phone re-sends it by itself, and
// when it gave up (with "Try again" where there is something to send again).
import type { RetryNotice } from "../../lib/client/answer-retry";
import styles from "../activity-form.module.css";

/** "Not saved yet": said plainly, with the reason, while the phone keeps trying by itself. */
export function RetryingNote({ notice }: { notice: RetryNotice }) {
  const reason = notice.code === "OFFLINE" || notice.code === "TIMEOUT" ? "the connection is not getting through" : "the server could not store it just now";
  return (
    <div className={styles.retrying} role="status">
      <p className={styles.retryingText}>Not saved yet: {reason}.</p>
      <p className={styles.errorNote}>Your phone keeps trying by itself and sends it the moment the session is back. What you entered is still here.</p>
    </div>
  );
}

export function ErrorBox({ id, message, onRetry, busy }: { id: string; message: string; onRetry?: () => void; busy: boolean }) {
  return (
    <div id={id} className={styles.error} role="alert">
      <p className={styles.errorText}>{message}</p>
      {onRetry ? (
        <button type="button" className={`button secondary ${styles.retry}`} onClick={onRetry} aria-disabled={busy}>
          Try again
        </button>
      ) : null}
      {onRetry ? <p className={styles.errorNote}>What you entered is still here.</p> : null}
    </div>
  );
}
