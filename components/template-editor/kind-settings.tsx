"use client";
// The settings of a prompt's activity kind: options (single and multiple choice, ranking), how many
// choices, the scale's range and labels, words per person, the longest open-text answer. One small
// component per kind; each shows the server's problems for its own fields.
import { useTranslations } from "use-intl";
import { LIMITS } from "../../lib/activities";
import type { PromptChange, PromptDraft } from "../../lib/client/template-draft";
import styles from "../template-editor.module.css";
import { FieldErrors, TextField, useField } from "./fields";
import { OptionsEditor } from "./options-editor";

export type { PromptChange };
type KindSettingsProps = { prompt: PromptDraft; base: string; change: PromptChange };

export function KindSettings({ prompt, base, change }: KindSettingsProps) {
  const cfg = `${base}.config`;
  switch (prompt.kind) {
    case "single_choice":
    case "ranking":
      return <OptionsEditor prompt={prompt} base={cfg} change={change} max={prompt.kind === "ranking" ? LIMITS.maxRankingItems : LIMITS.maxOptions} />;
    case "multiple_choice":
      return (
        <>
          <OptionsEditor prompt={prompt} base={cfg} change={change} max={LIMITS.maxOptions} />
          <MaxSelectionsField prompt={prompt} base={cfg} change={change} />
        </>
      );
    case "scale":
      return <ScaleSettings prompt={prompt} base={cfg} change={change} />;
    case "word_cloud":
      return <WordCloudSettings prompt={prompt} base={cfg} change={change} />;
    case "open_text":
      return <OpenTextSettings prompt={prompt} base={cfg} change={change} />;
  }
}

/** `base` is the prompt's config path ("steps.s4.prompt.config") from here on. */
function MaxSelectionsField({ prompt, base: cfg, change }: KindSettingsProps) {
  const maxSelField = useField(`${cfg}.maxSelections`);
  const t = useTranslations("templateEditor");
  return (
    <div className={styles.field}>
      <label htmlFor={maxSelField.id}>{t("settings.maxSelections")}</label>
      <select
        id={maxSelField.id}
        value={prompt.maxSelections}
        onChange={(e) => {
          maxSelField.clear();
          change((p) => void (p.maxSelections = e.target.value));
        }}
        aria-invalid={maxSelField.messages.length ? true : undefined}
        aria-describedby={maxSelField.messages.length ? maxSelField.errorId : undefined}
      >
        <option value="">{t("settings.anyNumber")}</option>
        {Array.from({ length: Math.max(prompt.options.length, Number(prompt.maxSelections) || 0) }, (_, i) => i + 1).map((n) => (
          <option key={n} value={String(n)}>
            {t("settings.atMost", { count: n })}
          </option>
        ))}
      </select>
      <FieldErrors id={maxSelField.errorId} label={t("fields.maxSelections")} messages={maxSelField.messages} />
    </div>
  );
}

function ScaleSettings({ prompt, base: cfg, change }: KindSettingsProps) {
  const maxField = useField(`${cfg}.max`);
  const t = useTranslations("templateEditor");
  return (
    <div className={styles.scaleGrid}>
      <div className={styles.field}>
        <label htmlFor={maxField.id}>{t("settings.scaleTo")}</label>
        <select
          id={maxField.id}
          value={String(prompt.scaleMax)}
          onChange={(e) => {
            maxField.clear();
            change((p) => void (p.scaleMax = Number(e.target.value)));
          }}
          aria-invalid={maxField.messages.length ? true : undefined}
          aria-describedby={maxField.messages.length ? maxField.errorId : undefined}
        >
          {Array.from({ length: LIMITS.scaleMax - LIMITS.scaleMin + 1 }, (_, i) => i + LIMITS.scaleMin).map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        <FieldErrors id={maxField.errorId} label={t("fields.max")} messages={maxField.messages} />
      </div>
      <TextField
        fieldId={`${cfg}.minLabel`}
        label={t("settings.minLabel")}
        placeholder={t("settings.minPlaceholder")}
        maxLength={LIMITS.scaleLabel}
        value={prompt.minLabel}
        onChange={(v) => change((p) => void (p.minLabel = v))}
      />
      <TextField
        fieldId={`${cfg}.maxLabel`}
        label={t("settings.maxLabel", { max: prompt.scaleMax })}
        placeholder={t("settings.maxPlaceholder")}
        maxLength={LIMITS.scaleLabel}
        value={prompt.maxLabel}
        onChange={(v) => change((p) => void (p.maxLabel = v))}
      />
    </div>
  );
}

function WordCloudSettings({ prompt, base: cfg, change }: KindSettingsProps) {
  const maxWordsField = useField(`${cfg}.maxWords`);
  const t = useTranslations("templateEditor");
  return (
    <div className={styles.field}>
      <label htmlFor={maxWordsField.id}>{t("settings.wordsPerPerson")}</label>
      <select
        id={maxWordsField.id}
        value={String(prompt.maxWords)}
        onChange={(e) => {
          maxWordsField.clear();
          change((p) => void (p.maxWords = Number(e.target.value)));
        }}
        aria-describedby={`${maxWordsField.id}-hint${maxWordsField.messages.length ? ` ${maxWordsField.errorId}` : ""}`}
      >
        {Array.from({ length: LIMITS.maxWords }, (_, i) => i + 1).map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
      <p id={`${maxWordsField.id}-hint`} className={styles.hint}>
        {t("settings.wordsHint")}
      </p>
      <FieldErrors id={maxWordsField.errorId} label={t("fields.maxWords")} messages={maxWordsField.messages} />
    </div>
  );
}

function OpenTextSettings({ prompt, base: cfg, change }: KindSettingsProps) {
  const maxLengthField = useField(`${cfg}.maxLength`);
  const t = useTranslations("templateEditor");
  return (
    <div className={styles.field}>
      <label htmlFor={maxLengthField.id}>{t("settings.longestAnswer")}</label>
      <input
        id={maxLengthField.id}
        type="number"
        min={20}
        max={LIMITS.openTextMax}
        step={10}
        value={prompt.maxLength}
        onChange={(e) => {
          maxLengthField.clear();
          change((p) => void (p.maxLength = e.target.value));
        }}
        aria-invalid={maxLengthField.messages.length ? true : undefined}
        aria-describedby={`${maxLengthField.id}-hint${maxLengthField.messages.length ? ` ${maxLengthField.errorId}` : ""}`}
        className={styles.narrowInput}
      />
      <p id={`${maxLengthField.id}-hint`} className={styles.hint}>
        {t("settings.longestHint", { max: LIMITS.openTextMax })}
      </p>
      <FieldErrors id={maxLengthField.errorId} label={t("fields.maxLength")} messages={maxLengthField.messages} />
    </div>
  );
}
