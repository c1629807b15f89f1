"use client";
// Multiple choice: checkboxes, at most the prompt's limit (the rest disabled once it is reached, and said).
import { toggleOption } from "../../../lib/client/answer-draft";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function MultipleChoice({ config, draft, setDraft, hintId }: KindEditorProps<"multiple_choice">) {
  const t = useTranslations("answer.choice");
  const max = config.maxSelections;
  const chosen = draft.optionIds.length;
  const atMax = max !== undefined && chosen >= max;
  const toggle = (id: string, on: boolean) => setDraft({ optionIds: toggleOption(config.options, draft.optionIds, id, on) });
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {max === undefined ? t("chooseAny") : max === 1 ? t("chooseOne") : t("chooseUpTo", { max })}
      </p>
      <div className={styles.options}>
        {config.options.map((option) => {
          const checked = draft.optionIds.includes(option.id);
          return (
            <label key={option.id} className={styles.option}>
              <input type="checkbox" value={option.id} checked={checked} disabled={!checked && atMax} onChange={(e) => toggle(option.id, e.target.checked)} />
              <span className={styles.optionLabel}>{option.label}</span>
            </label>
          );
        })}
      </div>
      <p className={styles.counter} aria-live="polite">
        {max === undefined ? t("chosen", { count: chosen }) : atMax ? t("chosenAtMax", { count: chosen, max }) : t("chosenOf", { count: chosen, max })}
      </p>
    </>
  );
}
