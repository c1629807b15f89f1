"use client";
// The participant's own saved answer, as text: shown under "Saved ✓" and once the question closes.
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { AnswerValue, AnyAnswerValue } from "../../lib/activities";
import type { Parsed } from "../../lib/client/answer-draft";
import styles from "../activity-form.module.css";

export function AnswerSummary({ parsed, value }: { parsed: Parsed; value: AnyAnswerValue }): ReactNode {
  const t = useTranslations("answer.views");
  const v = value as Partial<Record<string, unknown>>;
  const labelOf = (options: { id: string; label: string }[], id: string) => options.find((o) => o.id === id)?.label ?? t("optionChanged");
  switch (parsed.kind) {
    case "single_choice":
      return <p className={styles.ownValue}>{labelOf(parsed.config.options, (v as AnswerValue["single_choice"]).optionId)}</p>;
    case "multiple_choice":
      return (
        <ul className={styles.ownList}>
          {((v as AnswerValue["multiple_choice"]).optionIds ?? []).map((id) => (
            <li key={id}>{labelOf(parsed.config.options, id)}</li>
          ))}
        </ul>
      );
    case "scale": {
      const n = (v as AnswerValue["scale"]).value;
      const end = n === 1 ? parsed.config.minLabel : n === parsed.config.max ? parsed.config.maxLabel : "";
      return (
        <p className={styles.ownValue}>{end ? t("scaleValueEnd", { value: n, max: parsed.config.max, label: end }) : t("scaleValue", { value: n, max: parsed.config.max })}</p>
      );
    }
    case "word_cloud":
      return (
        <ul className={styles.ownList}>
          {((v as AnswerValue["word_cloud"]).words ?? []).map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a saved answer's words, shown as text and never reordered
            <li key={i}>{w}</li>
          ))}
        </ul>
      );
    case "open_text":
      return <p className={`${styles.ownValue} ${styles.ownText}`}>{(v as AnswerValue["open_text"]).text}</p>;
    case "ranking":
      return (
        <ol className={styles.ownList}>
          {((v as AnswerValue["ranking"]).order ?? []).map((id) => (
            <li key={id}>{labelOf(parsed.config.options, id)}</li>
          ))}
        </ol>
      );
  }
}
