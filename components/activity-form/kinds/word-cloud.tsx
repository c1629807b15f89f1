"use client";
// Word cloud: one field per allowed word, the first required, each with its own length check.
import { useId } from "react";
import { LIMITS } from "../../../lib/activity-limits";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function WordCloud({ config, draft, setDraft, hintId }: KindEditorProps<"word_cloud">) {
  const t = useTranslations("answer.wordCloud");
  const baseId = useId();
  const setWord = (index: number, word: string) => setDraft({ words: draft.words.map((w, i) => (i === index ? word : w)) });
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {config.maxWords === 1 ? t("oneWord") : t("upTo", { max: config.maxWords })}
      </p>
      <div className={styles.words}>
        {draft.words.map((word, index) => {
          const id = `${baseId}-${index}`;
          const tooLong = word.trim().length > LIMITS.wordLength;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one slot per allowed word; a slot is its position
            <div key={index} className={styles.wordField}>
              <label htmlFor={id} className={styles.wordLabel}>
                {config.maxWords === 1 ? t("yourWord") : t("wordNumber", { number: index + 1 })}
                {index > 0 ? <span className={styles.optional}> {t("optional")}</span> : null}
              </label>
              <input
                id={id}
                type="text"
                value={word}
                onChange={(e) => setWord(index, e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck
                enterKeyHint={index === draft.words.length - 1 ? "send" : "next"}
                aria-describedby={tooLong ? `${id}-long` : hintId}
                aria-invalid={tooLong || undefined}
              />
              {tooLong ? (
                <p id={`${id}-long`} className={styles.fieldError}>
                  {t("tooLong", { over: word.trim().length - LIMITS.wordLength, max: LIMITS.wordLength })}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </>
  );
}
