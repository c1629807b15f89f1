"use client";
// "I'd like someone to check in with me" on the participant's phone: ask
// privately (an optional note), get a request number, and see when the
// facilitator has seen it. Only the facilitator's console ever shows the
// request, and only as its number and note (lib/check-in.ts).
import { useId, useRef, useState } from "react";
import { CHECK_IN_NOTE_MAX, isOpenCheckIn, requestLabel, type OwnCheckIn } from "../lib/check-in";
import styles from "./check-in-request.module.css";

export type CheckInAction = { ask: { note?: string } } | { update: { note: string } } | "withdraw";

export type CheckInRequestProps = {
  checkIn: OwnCheckIn | null;
  /** false once the session has ended: the request's number and status stay visible, nothing can be sent */
  canAsk: boolean;
  onAction: (action: CheckInAction) => Promise<{ mayNeedCare: boolean }>;
  /** the note matched the safety net: the phone shows its gentle message */
  onMayNeedCare: () => void;
};

export const CHECK_IN_ANCHOR = "check-in";

const STATUS_TEXT: Record<OwnCheckIn["status"], string> = {
  new: "Sent. The facilitator hasn't seen it yet.",
  seen: "The facilitator has seen your request.",
  done: "The facilitator has marked your request as done.",
};

export function CheckInRequest({ checkIn, canAsk, onAction, onMayNeedCare }: CheckInRequestProps) {
  const [editing, setEditing] = useState<"ask" | "update" | null>(null);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const hintId = useId();
  const headingId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const open = checkIn && isOpenCheckIn(checkIn.status) ? checkIn : null;

  if (!canAsk && !checkIn) return null;

  const run = async (action: CheckInAction) => {
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      const saved = await onAction(action);
      setEditing(null);
      if (saved.mayNeedCare) onMayNeedCare();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "That didn't go through. Please try again.");
    } finally {
      setSending(false);
    }
  };

  const startEditing = (mode: "ask" | "update") => {
    setNote(mode === "update" ? (open?.note ?? "") : "");
    setError(null);
    setEditing(mode);
    // after React renders the form
    setTimeout(() => noteRef.current?.focus(), 0);
  };

  return (
    <aside id={CHECK_IN_ANCHOR} tabIndex={-1} className={`card ${styles.box}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {open ? requestLabel(open.number) : "Would you like someone to check in with you?"}
      </h2>
      {open ? (
        <>
          <p role="status" className={styles.status} data-status={open.status}>
            {STATUS_TEXT[open.status]}
          </p>
          <p className={styles.explain}>
            Show this number to the facilitator after the session, or mention it in the chat, if you&apos;d like to talk. You don&apos;t have to — they&apos;ll only see the number.
          </p>
          {open.note ? (
            <p className={styles.note}>
              <span className="visually-hidden">Your note: </span>
              &ldquo;{open.note}&rdquo;
            </p>
          ) : null}
        </>
      ) : (
        <>
          {checkIn?.status === "done" ? (
            <p role="status" className={styles.status} data-status="done">
              {STATUS_TEXT.done} ({requestLabel(checkIn.number)})
            </p>
          ) : null}
          <p className={styles.explain}>Private: only the facilitator sees it, as a number — not who asked.</p>
        </>
      )}

      {canAsk && editing ? (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void run(editing === "ask" ? { ask: { note } } : { update: { note } });
          }}
        >
          <label htmlFor={noteId} className={styles.label}>
            A note for the facilitator <span className={styles.optional}>(optional)</span>
          </label>
          <p id={hintId} className={styles.hint}>
            For example when or where to find you. Leave your name out unless you want them to know it&apos;s you.
          </p>
          <textarea
            ref={noteRef}
            id={noteId}
            aria-describedby={hintId}
            className={styles.textarea}
            rows={3}
            maxLength={CHECK_IN_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className={styles.actions}>
            <button type="submit" className="button" aria-disabled={sending}>
              {sending ? "Sending…" : editing === "ask" ? "Send request" : "Save the note"}
            </button>
            <button type="button" className="button quiet" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : canAsk ? (
        <div className={styles.actions}>
          {open ? (
            <>
              <button type="button" className="button secondary" onClick={() => startEditing("update")}>
                {open.note ? "Change the note" : "Add a note"}
              </button>
              <button type="button" className="button quiet" aria-disabled={sending} onClick={() => void run("withdraw")}>
                Withdraw request
              </button>
            </>
          ) : (
            <button type="button" className={`button secondary ${styles.ask}`} onClick={() => startEditing("ask")}>
              I&apos;d like someone to check in with me
            </button>
          )}
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </aside>
  );
}
