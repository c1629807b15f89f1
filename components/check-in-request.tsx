"use client";
// "I'd like someone to check in with me" on the participant's phone: ask
// privately (an optional note), get a request number, and see when the
// facilitator has seen it. Only the facilitator's console ever shows the
// request, and only as its number and note (lib/check-in.ts).
import { useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";
import { CHECK_IN_NOTE_MAX, isOpenCheckIn, type OwnCheckIn } from "../lib/check-in";
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

const STATUS_KEY = { new: "statusNew", seen: "statusSeen", done: "statusDone" } as const satisfies Record<OwnCheckIn["status"], string>;

export function CheckInRequest({ checkIn, canAsk, onAction, onMayNeedCare }: CheckInRequestProps) {
  const t = useTranslations("care.checkIn");
  const tErrors = useTranslations("common.errors");
  const requestLabel = (number: number) => t("request", { number });
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
      const code = errorCodeOf(e);
      setError(code ? tErrors(code) : t("failed"));
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
        {open ? requestLabel(open.number) : t("heading")}
      </h2>
      {open ? (
        <>
          <p role="status" className={styles.status} data-status={open.status}>
            {t(STATUS_KEY[open.status])}
          </p>
          <p className={styles.explain}>{t("explain")}</p>
          {open.note ? (
            <p className={styles.note}>
              <span className="visually-hidden">{`${t("yourNote")} `}</span>
              {t("quoted", { note: open.note })}
            </p>
          ) : null}
        </>
      ) : (
        <>
          {checkIn?.status === "done" ? (
            <p role="status" className={styles.status} data-status="done">
              {t("statusDone")} ({requestLabel(checkIn.number)})
            </p>
          ) : null}
          <p className={styles.explain}>{t("private")}</p>
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
            {t("noteLabel")} <span className={styles.optional}>{t("optional")}</span>
          </label>
          <p id={hintId} className={styles.hint}>
            {t("hint")}
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
              {sending ? t("sending") : editing === "ask" ? t("send") : t("save")}
            </button>
            <button type="button" className="button quiet" onClick={() => setEditing(null)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : canAsk ? (
        <div className={styles.actions}>
          {open ? (
            <>
              <button type="button" className="button secondary" onClick={() => startEditing("update")}>
                {open.note ? t("change") : t("add")}
              </button>
              <button type="button" className="button quiet" aria-disabled={sending} onClick={() => void run("withdraw")}>
                {t("withdraw")}
              </button>
            </>
          ) : (
            <button type="button" className={`button secondary ${styles.ask}`} onClick={() => startEditing("ask")}>
              {t("ask")}
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
