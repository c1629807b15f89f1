"use client";
// Open text: a textarea with a visible counter, and a spoken one only near the limit.
import { useEffect, useId, useState } from "react";
import { remainingSpoken } from "../../../lib/client/answer-draft";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function OpenText({ config, draft, setDraft, hintId }: KindEditorProps<"open_text">) {
  const id = useId();
  const counterId = useId();
  const length = draft.text.length;
  const remaining = config.maxLength - length;
  const over = remaining < 0;
  // Screen readers hear how much room is left once typing pauses, and only near the limit.
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setSpoken(remainingSpoken(remaining, config.maxLength)), 900);
    return () => clearTimeout(t);
  }, [remaining, config.maxLength]);
  return (
    <>
      <p id={hintId} className={styles.hint}>
        A few words or a few sentences — whatever feels right. The facilitator reads answers before anything is shown to the room.
      </p>
      <label htmlFor={id} className="visually-hidden">
        Your answer
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        rows={5}
        value={draft.text}
        onChange={(e) => setDraft({ text: e.target.value })}
        aria-describedby={`${hintId} ${counterId}`}
        aria-invalid={over || undefined}
      />
      <p id={counterId} className={`${styles.counter} ${over ? styles.counterOver : ""}`}>
        {over ? `${length} / ${config.maxLength} — ${-remaining} character${remaining === -1 ? "" : "s"} too many` : `${length} / ${config.maxLength} characters`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
