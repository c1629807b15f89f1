"use client";
// What the answer form says when an answer is not saved: while the phone re-sends it by itself, and
// when it gave up (with "Try again" where there is something to send again).
import { useTranslations } from "use-intl";
import type { RetryNotice } from "../../lib/client/answer-retry";
import styles from "../activity-form.module.css";

/** "Not saved yet": said plainly, with the reason, while the phone keeps trying by itself. */
export function RetryingNote({ notice }: { notice: RetryNotice }) {
  const t = useTranslations("answer.notSaved");
  const connection = notice.code === "OFFLINE" || notice.code === "TIMEOUT";
  return (
    <div className={styles.retrying} role="status">
      <p className={styles.retryingText}>{connection ? t("connection") : t("server")}</p>
      <p className={styles.errorNote}>{t("keepsTrying")}</p>
    </div>
  );
}

export function ErrorBox({ id, message, onRetry, busy }: { id: string; message: string; onRetry?: () => void; busy: boolean }) {
  const t = useTranslations("answer.notSaved");
  return (
    <div id={id} className={styles.error} role="alert">
      <p className={styles.errorText}>{message}</p>
      {onRetry ? (
        <button type="button" className={`button secondary ${styles.retry}`} onClick={onRetry} aria-disabled={busy}>
          {t("tryAgain")}
        </button>
      ) : null}
      {onRetry ? <p className={styles.errorNote}>{t("stillHere")}</p> : null}
    </div>
  );
}
