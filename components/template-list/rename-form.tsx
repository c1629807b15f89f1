"use client";
// Renaming a template in place on the list; Escape or Cancel leaves it as it was.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { templateApi, TemplateApiError, type TemplateDetail, type TemplateSummary } from "../../lib/client/template-api";
import { useTranslations } from "use-intl";
import styles from "../template-list.module.css";
import { useErrorText } from "../use-error-text";

export function RenameForm({ template, onDone }: { template: TemplateSummary; onDone: (renamed: string | null) => void }) {
  const t = useTranslations("templates");
  const errorText = useErrorText();
  const [title, setTitle] = useState(template.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === template.title) return onDone(null);
    setSaving(true);
    setError(null);
    try {
      const { template: renamed } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}`, { method: "PATCH", json: { title } });
      onDone(renamed.title);
    } catch (e) {
      const field = e instanceof TemplateApiError ? e.fields.find((f) => f.path === "title") : undefined;
      setError(field ? t("rename.problem", { problem: field.message }) : t("notice.withReason", { headline: t("failed.rename"), reason: errorText(e) }));
      setSaving(false);
    }
  }

  return (
    <form className={styles.rename} onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && onDone(null)}>
      <label htmlFor={inputId}>{t("rename.label", { title: template.title })}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t("rename.saving") : t("rename.save")}
        </button>
        <button type="button" className="button quiet" onClick={() => onDone(null)}>
          {t("rename.cancel")}
        </button>
      </div>
    </form>
  );
}
