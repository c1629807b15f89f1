"use client";
// The template's details: title, description, the language it is written in, and the content note
// phones show before the first step.
import { useTranslations } from "use-intl";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import type { TemplateDraft } from "../../lib/client/template-draft";
import { isLocale, LOCALE_NAMES, LOCALES } from "../../lib/i18n/locales";
import styles from "../template-editor.module.css";
import { FieldErrors, TextField, type Updater, useField } from "./fields";

export function DetailsEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const t = useTranslations("templateEditor.details");
  return (
    <section className={styles.section} aria-labelledby="details-heading">
      <h2 id="details-heading">{t("heading")}</h2>
      <TextField fieldId="title" label={t("title")} value={draft.title} maxLength={TEMPLATE_LIMITS.title} onChange={(v) => update((d) => void (d.title = v))} />
      <TextField
        fieldId="description"
        label={t("description")}
        hint={t("descriptionHint")}
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.description}
        value={draft.description}
        onChange={(v) => update((d) => void (d.description = v))}
      />
      <LanguageField draft={draft} update={update} />
      <TextField
        fieldId="contentNote"
        label={t("contentNote")}
        hint={t("contentNoteHint")}
        multiline
        rows={8}
        maxLength={TEMPLATE_LIMITS.contentNote}
        value={draft.contentNote}
        onChange={(v) => update((d) => void (d.contentNote = v))}
      />
    </section>
  );
}

/** Which language the template's text is in: each named in its own language, as the phones' switch does. */
function LanguageField({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const t = useTranslations("templateEditor.details");
  const field = useField("language");
  const hintId = `${field.id}-hint`;
  return (
    <div className={styles.field}>
      <label htmlFor={field.id}>{t("language")}</label>
      <p id={hintId} className={styles.hint}>
        {t("languageHint")}
      </p>
      <select
        id={field.id}
        value={draft.language}
        aria-describedby={[hintId, field.messages.length ? field.errorId : ""].filter(Boolean).join(" ")}
        aria-invalid={field.messages.length ? true : undefined}
        className={styles.narrowSelect}
        onChange={(e) => {
          const value = e.target.value;
          field.clear();
          if (isLocale(value)) update((d) => void (d.language = value));
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} label={t("language")} messages={field.messages} />
    </div>
  );
}
