"use client";
// The steps an article makes, before anything is saved: each step's title and
// size, and a field for each .docx picture's description.
import { useId } from "react";
import { useTranslations } from "use-intl";
import type { importMarkdownArticle } from "../../lib/markdown-import";
import { wordCount } from "../../lib/client/word-count";
import styles from "../article-import.module.css";

type PreviewProps = {
  preview: ReturnType<typeof importMarkdownArticle>;
  proposed: boolean;
  pictures: { id: string; alt: string }[];
  onDescribe: (id: string, alt: string) => void;
};

export function StepsPreview({ preview, proposed, pictures, onDescribe }: PreviewProps) {
  const t = useTranslations("articleImport.preview");
  const headingId = useId();
  const altOf = new Map(pictures.map((p) => [p.id, p.alt]));
  if (!preview.ok) {
    return (
      <div className={styles.errorBox}>
        <p className="error" style={{ margin: 0 }}>
          {t("cannotImport", { problems: preview.errors.map((e) => `${e.path} ${e.message}`).join("; ") })}
        </p>
      </div>
    );
  }
  const steps = preview.content.steps;
  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {t(proposed ? "proposed" : "heading", { count: steps.length })}
      </h3>
      <ol className={styles.steps}>
        {steps.map((s) => (
          <li key={s.key}>
            <strong>{s.title}</strong>
            <span className="muted">
              {" "}
              — {s.body.trim() === "" ? (s.image ? t("picture") : t("titleOnly")) : t("words", { count: wordCount(s.body) })}
              {s.body.trim() !== "" && s.image ? t("andPicture") : ""}
              {s.contentNote ? t("withNote") : ""}
            </span>
            {s.image ? <PictureDescription id={s.image.id} alt={altOf.get(s.image.id) ?? ""} stepTitle={s.title} onDescribe={onDescribe} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Shown in the preview for a picture not described yet; never stored (the import needs a real description). */
export const STAND_IN_ALT = "a picture still to be described";

function PictureDescription({ id, alt, stepTitle, onDescribe }: { id: string; alt: string; stepTitle: string; onDescribe: (id: string, alt: string) => void }) {
  const t = useTranslations("articleImport.preview");
  const inputId = useId();
  const missing = alt.trim() === "";
  return (
    <div className={styles.picture}>
      {/* the facilitator's own picture, stored when the document was read; its description is written just beside */}
      <img src={`/api/images/${id}`} alt="" className={styles.thumbnail} loading="lazy" decoding="async" />
      <div className={styles.pictureField}>
        <label htmlFor={inputId}>{t("describeLabel", { step: stepTitle })}</label>
        <input
          id={inputId}
          type="text"
          value={alt}
          maxLength={300}
          required
          aria-invalid={missing}
          aria-describedby={missing ? `${inputId}-missing` : undefined}
          onChange={(e) => onDescribe(id, e.target.value)}
        />
        {missing ? (
          <p id={`${inputId}-missing`} className="error" style={{ margin: "0.25rem 0 0" }}>
            {t("noDescription")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
