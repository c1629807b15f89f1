"use client";
// The template editor's fields: the context every field reads (the server's problems, read-only, the
// template), and the text field that shows its own problems, hint and length counter.
import { createContext, useContext, type ChangeEvent, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { FieldProblem } from "../../lib/client/template-editor-state";
import { domId } from "../../lib/client/template-field-names";
import type { TemplateDraft } from "../../lib/client/template-draft";
import styles from "../template-editor.module.css";
import { problemText } from "./problem-text";

export type EditorContextValue = {
  problems: FieldProblem[];
  clearProblem: (fieldId: string) => void;
  readOnly: boolean;
  templateId: string;
};
export const EditorContext = createContext<EditorContextValue>({ problems: [], clearProblem: () => undefined, readOnly: false, templateId: "" });

/** Changes the draft (a structured clone of it: the change may mutate). */
export type Updater = (change: (d: TemplateDraft) => void) => void;

export function useField(fieldId: string) {
  const { problems, clearProblem } = useContext(EditorContext);
  const t = useTranslations("templateEditor");
  const messages = problems.filter((p) => p.fieldId === fieldId).map((p) => problemText(t, p));
  const id = domId(fieldId);
  return {
    id,
    errorId: `${id}-error`,
    messages,
    clear: () => clearProblem(fieldId),
  };
}

export function FieldErrors({ id, label, messages }: { id: string; label: string; messages: string[] }) {
  const t = useTranslations("templateEditor.fields");
  if (!messages.length) return null;
  return (
    <p id={id} className={styles.fieldError}>
      {messages.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: plain text with no state of its own; two problems may read the same
        <span key={i}>{t("fieldProblem", { field: label, problem: m })}</span>
      ))}
    </p>
  );
}

type TextFieldProps = {
  fieldId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  monospace?: boolean;
  type?: "text" | "url";
  /** shown to screen readers as the label, when the visible one is short */
  ariaLabel?: string;
  hideLabel?: boolean;
};

export function TextField({ fieldId, label, value, onChange, hint, multiline, rows = 4, maxLength, placeholder, monospace, type = "text", ariaLabel, hideLabel }: TextFieldProps) {
  const field = useField(fieldId);
  const t = useTranslations("templateEditor.fields");
  const hintId = `${field.id}-hint`;
  const describedBy = [hint ? hintId : null, field.messages.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id: field.id,
    value,
    placeholder,
    "aria-invalid": field.messages.length ? true : undefined,
    "aria-describedby": describedBy,
    "aria-label": ariaLabel,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      onChange(e.target.value);
      field.clear();
    },
  };
  const over = maxLength !== undefined && value.length > maxLength;
  return (
    <div className={styles.field}>
      <label htmlFor={field.id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} className={monospace ? styles.mono : undefined} />
      ) : (
        <input {...common} type="text" inputMode={type === "url" ? "url" : undefined} autoComplete="off" spellCheck={type === "url" ? false : undefined} />
      )}
      {maxLength !== undefined && value.length > maxLength * 0.8 ? (
        <p className={over ? styles.fieldError : styles.hint} aria-live="polite">
          {t(over ? "tooLong" : "characters", { length: value.length, max: maxLength })}
        </p>
      ) : null}
      <FieldErrors id={field.errorId} label={label} messages={field.messages} />
    </div>
  );
}
