"use client";
// Open text: a textarea with a visible counter, and a spoken one only near the limit.
import { useEffect, useId, useState } from "react";
import { remainingSpoken } from "../../../lib/client/answer-draft";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function OpenText({ config, draft, setDraft, hintId }: KindEditorProps<"open_text">) {
  const t = useTranslations("answer");
  const id = useId();
  const counterId = useId();
  const length = draft.text.length;
  const remaining = config.maxLength - length;
  const over = remaining < 0;
  // Screen readers hear how much room is left once typing pauses, and only near the limit.
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(remainingSpoken(remaining, config.maxLength, t)), 900);
    return () => clearTimeout(timer);
  }, [remaining, config.maxLength, t]);
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {t("openText.hint")}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t("openText.label")}
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
        {over ? t("openText.tooMany", { length, max: config.maxLength, over: -remaining }) : t("openText.characters", { length, max: config.maxLength })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
