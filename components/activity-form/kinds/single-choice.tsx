"use client";
// Single choice: one radio button per option.
import { useId } from "react";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function SingleChoice({ config, draft, setDraft, hintId }: KindEditorProps<"single_choice">) {
  const t = useTranslations("answer.choice");
  const name = useId();
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {t("chooseOne")}
      </p>
      <div className={styles.options}>
        {config.options.map((option) => (
          <label key={option.id} className={styles.option}>
            <input type="radio" name={name} value={option.id} checked={draft.optionId === option.id} onChange={() => setDraft({ optionId: option.id })} />
            <span className={styles.optionLabel}>{option.label}</span>
          </label>
        ))}
      </div>
    </>
  );
}
