"use client";
// The answer form's views other than the form itself: a question not open yet or closed (with the
// participant's own answer), the saved answer with "Change my answer", and a question this phone
// cannot show, which can still be passed.
import type { ReactNode, RefObject } from "react";
import type { Parsed } from "../../lib/client/answer-draft";
import type { OwnAnswer, PromptState } from "../../lib/events";
import styles from "../activity-form.module.css";
import { AnswerSummary } from "./answer-summary";

export function ClosedView({ heading, state, parsed, own }: { heading: ReactNode; state: "idle" | "closed"; parsed: Parsed; own: OwnAnswer | undefined }) {
  if (state === "idle") {
    return (
      <>
        {heading}
        <p className={styles.closed}>This question isn&apos;t open yet. The facilitator will open it when the group is ready.</p>
      </>
    );
  }
  return (
    <>
      {heading}
      <p className={styles.closed}>This question is closed.</p>
      {own?.passed ? (
        <p className={styles.ownLine}>You passed.</p>
      ) : own?.value ? (
        <div className={styles.ownAnswer}>
          <p className={styles.ownLabel}>Your answer</p>
          <AnswerSummary parsed={parsed} value={own.value} />
        </div>
      ) : (
        <p className={`muted ${styles.ownLine}`}>You didn&apos;t send an answer to this one.</p>
      )}
    </>
  );
}

type SavedViewProps = { heading: ReactNode; parsed: Parsed; own: OwnAnswer; summaryRef: RefObject<HTMLDivElement | null>; onChange: () => void };

export function SavedView({ heading, parsed, own, summaryRef, onChange }: SavedViewProps) {
  return (
    <>
      {heading}
      <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
        <p className={styles.saved}>
          <span className={styles.savedMark}>Saved ✓</span>
        </p>
        {own.passed ? (
          <p className={styles.ownLine}>You passed on this one.</p>
        ) : own.value ? (
          <div className={styles.ownAnswer}>
            <p className={styles.ownLabel}>Your answer</p>
            <AnswerSummary parsed={parsed} value={own.value} />
          </div>
        ) : null}
      </div>
      <div className={styles.actionsSingle}>
        <button type="button" className={`button ${own.passed ? "quiet" : "secondary"} ${styles.action}`} onClick={onChange}>
          {own.passed ? "Answer after all" : "Change my answer"}
        </button>
      </div>
      <p className={`muted ${styles.reassure}`}>You can change this until the question closes.</p>
    </>
  );
}

type UnreadableViewProps = { heading: ReactNode; state: PromptState; notSaved: ReactNode; pending: null | "send" | "pass"; onPass: () => void };

export function UnreadableView({ heading, state, notSaved, pending, onPass }: UnreadableViewProps) {
  return (
    <>
      {heading}
      {state === "open" ? (
        <>
          <p className="notice">This question can&apos;t be shown on this device. You can pass it.</p>
          {notSaved}
          <div className={styles.actions}>
            <button type="button" className={`button secondary ${styles.action}`} aria-disabled={pending !== null} onClick={onPass}>
              {pending === "pass" ? "Saving…" : "Pass"}
            </button>
          </div>
        </>
      ) : (
        <p className={styles.closed}>{state === "closed" ? "This question is closed." : "This question isn't open yet."}</p>
      )}
    </>
  );
}
