"use client";
// Scale: one big radio button per number, the end labels said to screen readers with their number.
import { useId } from "react";
import { scaleColumns } from "../../../lib/client/answer-draft";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function Scale({ config, draft, setDraft, hintId }: KindEditorProps<"scale">) {
  const t = useTranslations("answer.scale");
  const name = useId();
  const values = Array.from({ length: config.max }, (_, i) => i + 1);
  const columns = scaleColumns(config.max);
  const endLabel = (v: number) => (v === 1 ? config.minLabel : v === config.max ? config.maxLabel : "");
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {t("hint", { max: config.max })}
      </p>
      {config.minLabel || config.maxLabel ? (
        <div className={styles.scaleEnds} aria-hidden="true">
          <span>{config.minLabel ? t("end", { number: 1, label: config.minLabel }) : ""}</span>
          <span className={styles.scaleEndRight}>{config.maxLabel ? t("end", { number: config.max, label: config.maxLabel }) : ""}</span>
        </div>
      ) : null}
      <div className={styles.scale} style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {values.map((v) => {
          const end = endLabel(v);
          return (
            <label key={v} className={styles.scaleOption}>
              <input type="radio" name={name} value={v} checked={draft.value === v} onChange={() => setDraft({ value: v })} />
              <span className={styles.scaleNumber}>{v}</span>
              {end ? <span className="visually-hidden">{`: ${end}`}</span> : null}
            </label>
          );
        })}
      </div>
    </>
  );
}
