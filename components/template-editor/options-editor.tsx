"use client";
// The options of a choice prompt (or the items of a ranking): edit, reorder, remove, add. Focus follows
// the option that moved, or the neighbour of the one removed, so a keyboard user never loses their place.
import { useContext, useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { LIMITS } from "../../lib/activities";
import { newOption, type OptionDraft, type PromptChange, type PromptDraft } from "../../lib/client/template-draft";
import { domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";
import { EditorContext, FieldErrors, useField } from "./fields";
import { problemText } from "./problem-text";

type OptionsEditorProps = { prompt: PromptDraft; base: string; change: PromptChange; max: number };

export function OptionsEditor({ prompt, base, change, max }: OptionsEditorProps) {
  const { readOnly } = useContext(EditorContext);
  const t = useTranslations("templateEditor.options");
  const ranking = prompt.kind === "ranking";
  const optionsField = useField(`${base}.options`);
  const listRef = useRef<HTMLOListElement>(null);
  /** the element to focus after the next render (an option's field or move button) */
  const focusOption = useRef<string | null>(null);
  useEffect(() => {
    if (!focusOption.current) return;
    document.getElementById(focusOption.current)?.focus();
    focusOption.current = null;
  });

  const move = (from: number, to: number, option: OptionDraft, dir: "up" | "down") => {
    change((p) => {
      const [o] = p.options.splice(from, 1);
      p.options.splice(to, 0, o!);
    });
    const atEdge = to === 0 || to === prompt.options.length - 1;
    focusOption.current = `opt-${atEdge ? (dir === "up" ? "down" : "up") : dir}-${option.uid}`;
  };
  const remove = (i: number) => {
    change((p) => {
      p.options.splice(i, 1);
      if (p.maxSelections !== "" && Number(p.maxSelections) > p.options.length) p.maxSelections = String(p.options.length);
    });
    const next = prompt.options[i + 1] ?? prompt.options[i - 1];
    if (next) focusOption.current = domId(`${base}.options.${next.uid}.label`);
  };

  return (
    <div className={styles.subsection}>
      <h3 className={styles.optionsHeading} id={`${optionsField.id}-heading`}>
        {t(ranking ? "rankingHeading" : "optionsHeading")}
      </h3>
      <p className={styles.hint}>{t(ranking ? "rankingCount" : "count", { count: prompt.options.length, max })}</p>
      <FieldErrors id={optionsField.errorId} label={t(ranking ? "rankingHeading" : "optionsHeading")} messages={optionsField.messages} />
      <ol ref={listRef} className={styles.optionList} id={optionsField.id} tabIndex={-1} aria-labelledby={`${optionsField.id}-heading`}>
        {prompt.options.map((option, i) => (
          <OptionRow
            key={option.uid}
            prompt={prompt}
            base={base}
            option={option}
            index={i}
            onLabel={(value) => {
              optionsField.clear();
              change((p) => void (p.options[i]!.label = value));
            }}
            onMove={(to, dir) => move(i, to, option, dir)}
            onRemove={() => remove(i)}
          />
        ))}
      </ol>
      {!readOnly ? (
        <button
          type="button"
          className="button secondary"
          disabled={prompt.options.length >= max}
          onClick={() => {
            const option = newOption(prompt.options);
            change((p) => void p.options.push(option));
            optionsField.clear();
            focusOption.current = domId(`${base}.options.${option.uid}.label`);
          }}
        >
          {t(ranking ? "addItem" : "addOption")}
        </button>
      ) : null}
    </div>
  );
}

type OptionRowProps = {
  prompt: PromptDraft;
  base: string;
  option: OptionDraft;
  index: number;
  onLabel: (value: string) => void;
  onMove: (to: number, dir: "up" | "down") => void;
  onRemove: () => void;
};

function OptionRow({ prompt, base, option, index: i, onLabel, onMove, onRemove }: OptionRowProps) {
  const { readOnly, problems, clearProblem } = useContext(EditorContext);
  const t = useTranslations("templateEditor");
  const ranking = prompt.kind === "ranking";
  const labelId = domId(`${base}.options.${option.uid}.label`);
  const messages = problems.filter((p) => p.fieldId === `${base}.options.${option.uid}.label` || p.fieldId === `${base}.options.${option.uid}`).map((p) => problemText(t, p));
  const number = i + 1;
  const name = t(ranking ? "options.item" : "options.option", { number });
  return (
    <li className={styles.optionRow}>
      <label htmlFor={labelId} className={styles.optionLabel}>
        {name}
      </label>
      <input
        id={labelId}
        type="text"
        value={option.label}
        placeholder={t(ranking ? "options.itemPlaceholder" : "options.optionPlaceholder")}
        onChange={(e) => {
          clearProblem(`${base}.options.${option.uid}.label`);
          onLabel(e.target.value);
        }}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={messages.length ? `${labelId}-error` : undefined}
      />
      {!readOnly ? (
        <span className={styles.optionButtons}>
          <button
            id={`opt-up-${option.uid}`}
            type="button"
            className={styles.iconButton}
            disabled={i === 0}
            aria-label={t(ranking ? "options.moveItemUp" : "options.moveUp", { number })}
            title={t("options.moveUpShort")}
            onClick={() => onMove(i - 1, "up")}
          >
            ↑
          </button>
          <button
            id={`opt-down-${option.uid}`}
            type="button"
            className={styles.iconButton}
            disabled={i === prompt.options.length - 1}
            aria-label={t(ranking ? "options.moveItemDown" : "options.moveDown", { number })}
            title={t("options.moveDownShort")}
            onClick={() => onMove(i + 1, "down")}
          >
            ↓
          </button>
          <button
            type="button"
            className={`${styles.iconButton} ${styles.iconDanger}`}
            disabled={prompt.options.length <= LIMITS.minOptions}
            aria-label={t(ranking ? "options.removeItem" : "options.remove", { number })}
            title={t("options.removeShort")}
            onClick={onRemove}
          >
            ✕
          </button>
        </span>
      ) : null}
      {messages.length ? (
        <p id={`${labelId}-error`} className={`${styles.fieldError} ${styles.optionError}`}>
          {messages.map((m, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: plain text with no state of its own; two problems may read the same
            <span key={k}>{t("fields.fieldProblem", { field: name, problem: m })}</span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
