"use client";
// The participant's answer form for one prompt, for each activity kind.
//
// Promises kept here:
// - "Pass" is always offered, beside "Send", at the same size: an equal choice.
// - "Saved ✓" is shown only once the server has acknowledged the answer.
// - Nothing typed is lost: on an error the input stays, the server's message
//   is shown, and the same answer can be sent again.
// - Every control is a native input or button (keyboard and screen-reader
//   operable), at least 48px tall, and fits a 360px-wide phone.
//
// This file holds the form's state (one reducer: lib/client/answer-form-state.ts) and chooses the view;
// each kind's editor is in components/activity-form/kinds/, the drafts and their checks in
// lib/client/answer-draft.ts.
import { useCallback, useEffect, useId, useReducer, useRef, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { RetryNotice } from "../lib/client/answer-retry";
import { answerErrorMessage, draftToValue, parsePrompt, type AnswerPayload, type Draft } from "../lib/client/answer-draft";
import { answerFormReducer, initialAnswerForm } from "../lib/client/answer-form-state";
import type { OwnAnswer, PromptView } from "../lib/events";
import { AnswerEditor } from "./activity-form/answer-editor";
import { ErrorBox, RetryingNote } from "./activity-form/answer-notes";
import { ClosedView, SavedView, UnreadableView } from "./activity-form/answer-views";
import styles from "./activity-form.module.css";

export type { AnswerPayload } from "../lib/client/answer-draft";

export type ActivityFormProps = {
  prompt: PromptView;
  /** the participant's answer as last acknowledged by the server */
  own: OwnAnswer | undefined;
  /**
   * send an answer or a pass; resolves once the server has saved it, rejects
   * with its message; calls `onRetrying` each time it is about to send again
   * by itself (lib/client/answer-retry.ts)
   */
  onSubmit: (payload: AnswerPayload, onRetrying?: (notice: RetryNotice) => void) => Promise<unknown>;
  /** level of the question's heading (default 2) */
  headingLevel?: 2 | 3;
  className?: string;
};

export function ActivityForm({ prompt, own, onSubmit, headingLevel = 2, className }: ActivityFormProps) {
  const t = useTranslations("answer");
  const tErrors = useTranslations("common.errors");
  const parsed = parsePrompt(prompt);
  const Heading = `h${headingLevel}` as const;
  const questionId = useId();
  const hintId = useId();
  const errorId = useId();

  const [state, dispatch] = useReducer(answerFormReducer, undefined, () => initialAnswerForm(parsed, own));
  const { draft, editing, pending, error, retrying, lastAttempt, announcement } = state;
  const busy = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<"summary" | "editor" | null>(null);

  // Keep the draft in step with the server's copy when it changes while the
  // participant is not editing (a reset clears it, a rejoin restores it).
  const ownKey = own ? JSON.stringify(own) : "";
  const seenOwnKey = useRef(ownKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the server's copy changes (ownKey is its content), with that render's prompt and answer
  useEffect(() => {
    if (seenOwnKey.current === ownKey) return;
    seenOwnKey.current = ownKey;
    if (parsed) dispatch({ type: "ownChanged", parsed, own });
  }, [ownKey]);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target === "summary") summaryRef.current?.focus();
    else editorRef.current?.querySelector<HTMLElement>("input:not(:disabled), textarea, button:not(:disabled)")?.focus();
  });

  const submit = useCallback(
    async (payload: AnswerPayload) => {
      if (busy.current) return;
      busy.current = true;
      dispatch({ type: "sending", payload });
      try {
        await onSubmit(payload, (notice) => dispatch({ type: "retrying", notice }));
        dispatch({ type: "saved", payload });
        focusAfterRender.current = "summary";
      } catch (e) {
        dispatch({ type: "failed", message: answerErrorMessage(e, t, (code) => tErrors(code)) });
      } finally {
        busy.current = false;
      }
    },
    [onSubmit, t, tErrors],
  );

  const questionHeading = (
    <Heading id={questionId} className={styles.question}>
      {prompt.question}
    </Heading>
  );
  const rootClass = [styles.root, className].filter(Boolean).join(" ");
  // One stable frame for every view, so the status live region stays in the
  // page (and is announced) when the view switches from the form to "Saved".
  const frame = (body: ReactNode) => (
    <section className={rootClass} aria-labelledby={questionId}>
      {body}
      <p role="status" className="visually-hidden">
        {announcement === "saved" ? t("announceSaved") : announcement === "passed" ? t("announcePassed") : ""}
      </p>
    </section>
  );
  const notSaved = (
    <>
      {retrying ? <RetryingNote notice={retrying} /> : null}
      {error ? <ErrorBox id={errorId} message={error} onRetry={lastAttempt ? () => void submit(lastAttempt) : undefined} busy={pending !== null} /> : null}
    </>
  );
  const pass = () => void submit({ promptId: prompt.id, pass: true });

  // A prompt whose configuration could not be read can still be passed.
  if (!parsed || !draft) return frame(<UnreadableView heading={questionHeading} state={prompt.state} notSaved={notSaved} pending={pending} onPass={pass} />);
  if (prompt.state !== "open") return frame(<ClosedView heading={questionHeading} state={prompt.state} parsed={parsed} own={own} />);
  // Open: show the saved answer (with a way to change it), or the form.
  if (own && !editing) {
    const change = () => {
      dispatch({ type: "change" });
      focusAfterRender.current = "editor";
    };
    return frame(<SavedView heading={questionHeading} parsed={parsed} own={own} summaryRef={summaryRef} onChange={change} />);
  }

  const onSend = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const check = draftToValue(parsed, draft, t);
    if (!check.ok) dispatch({ type: "incomplete", message: check.message });
    else void submit({ promptId: prompt.id, value: check.value });
  };
  const keepSaved = () => {
    if (busy.current) return;
    dispatch({ type: "keepSaved", parsed, own });
    focusAfterRender.current = "summary";
  };
  const setDraft = (next: Draft) => dispatch({ type: "draft", draft: next });

  return frame(
    <form onSubmit={onSend} noValidate>
      <fieldset className={styles.fieldset} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
        <legend className={styles.legend}>{questionHeading}</legend>
        <div ref={editorRef} className={styles.editor}>
          <AnswerEditor parsed={parsed} draft={draft} setDraft={setDraft} hintId={hintId} questionId={questionId} />
        </div>
      </fieldset>
      {notSaved}
      <div className={styles.actions}>
        <button type="submit" className={`button ${styles.action}`} aria-disabled={pending !== null} aria-busy={pending === "send"}>
          {pending === "send" ? t("sending") : own && !own.passed ? t("update") : t("send")}
        </button>
        <button type="button" className={`button secondary ${styles.action}`} aria-disabled={pending !== null} aria-busy={pending === "pass"} onClick={pass}>
          {pending === "pass" ? t("saving") : t("pass")}
        </button>
      </div>
      {own && editing ? (
        <button type="button" className={`button quiet ${styles.keep}`} aria-disabled={pending !== null} onClick={keepSaved}>
          {own.passed ? t("keepPass") : t("keepSaved")}
        </button>
      ) : null}
      <p className={`muted ${styles.reassure}`}>{t("reassure")}</p>
    </form>,
  );
}

export default ActivityForm;
