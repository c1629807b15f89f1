"use client";
// The answer form's views other than the form itself: a question not open yet or closed (with the
// participant's own answer), the saved answer with "Change my answer", and a question this phone
// cannot show, which can still be passed.
import type { ReactNode, RefObject } from "react";
import { useTranslations } from "use-intl";
import type { Parsed } from "../../lib/client/answer-draft";
import type { OwnAnswer, PromptState } from "../../lib/events";
import styles from "../activity-form.module.css";
import { AnswerSummary } from "./answer-summary";

export function ClosedView({ heading, state, parsed, own }: { heading: ReactNode; state: "idle" | "closed"; parsed: Parsed; own: OwnAnswer | undefined }) {
  const t = useTranslations("answer.views");
  if (state === "idle") {
    return (
      <>
        {heading}
        <p className={styles.closed}>{t("notOpen")}</p>
      </>
    );
  }
  return (
    <>
      {heading}
      <p className={styles.closed}>{t("closed")}</p>
      {own?.passed ? (
        <p className={styles.ownLine}>{t("youPassed")}</p>
      ) : own?.value ? (
        <div className={styles.ownAnswer}>
          <p className={styles.ownLabel}>{t("yourAnswer")}</p>
          <AnswerSummary parsed={parsed} value={own.value} />
        </div>
      ) : (
        <p className={`muted ${styles.ownLine}`}>{t("noAnswer")}</p>
      )}
    </>
  );
}

type SavedViewProps = { heading: ReactNode; parsed: Parsed; own: OwnAnswer; summaryRef: RefObject<HTMLDivElement | null>; onChange: () => void };

export function SavedView({ heading, parsed, own, summaryRef, onChange }: SavedViewProps) {
  const t = useTranslations("answer.views");
  return (
    <>
      {heading}
      <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
        <p className={styles.saved}>
          <span className={styles.savedMark}>{t("saved")}</span>
        </p>
        {own.passed ? (
          <p className={styles.ownLine}>{t("passedOnThis")}</p>
        ) : own.value ? (
          <div className={styles.ownAnswer}>
            <p className={styles.ownLabel}>{t("yourAnswer")}</p>
            <AnswerSummary parsed={parsed} value={own.value} />
          </div>
        ) : null}
      </div>
      <div className={styles.actionsSingle}>
        <button type="button" className={`button ${own.passed ? "quiet" : "secondary"} ${styles.action}`} onClick={onChange}>
          {own.passed ? t("answerAfterAll") : t("change")}
        </button>
      </div>
      <p className={`muted ${styles.reassure}`}>{t("changeUntil")}</p>
    </>
  );
}

type UnreadableViewProps = { heading: ReactNode; state: PromptState; notSaved: ReactNode; pending: null | "send" | "pass"; onPass: () => void };

export function UnreadableView({ heading, state, notSaved, pending, onPass }: UnreadableViewProps) {
  const t = useTranslations("answer");
  return (
    <>
      {heading}
      {state === "open" ? (
        <>
          <p className="notice">{t("views.unreadable")}</p>
          {notSaved}
          <div className={styles.actions}>
            <button type="button" className={`button secondary ${styles.action}`} aria-disabled={pending !== null} onClick={onPass}>
              {pending === "pass" ? t("saving") : t("pass")}
            </button>
          </div>
        </>
      ) : (
        <p className={styles.closed}>{state === "closed" ? t("views.closed") : t("views.notOpenShort")}</p>
      )}
    </>
  );
}
