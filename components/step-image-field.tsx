"use client";
// One picture on a step: chosen in the editor, scaled down in the browser
// (at most 1600 px a side, which also applies a photo's rotation and drops
// its metadata before it leaves the laptop), uploaded, then checked and
// re-encoded again by the server. A picture needs words that describe it
// (alt text): the projector and phones give them to screen readers, and
// exports name the picture by them.
import { useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";
import { templateApi } from "../lib/client/template-api";
import { TEMPLATE_LIMITS } from "../lib/template-schema";
import styles from "./step-image-field.module.css";

const MAX_SIDE = 1600;
const MAX_UPLOAD = 1_000_000;

type Image = { id: string; alt: string; onPhones: boolean };
type Props = { templateId: string; image: Image | null; readOnly: boolean; onChange: (image: Image | null) => void };

/** Why a picture could not be made ready in the browser (its message is one of templateEditor.picture's). */
class PictureError extends Error {
  constructor(readonly reason: "wrongType" | "unreadable" | "tooLarge") {
    super(reason);
  }
}

export function StepImageField({ templateId, image, readOnly, onChange }: Props) {
  const t = useTranslations("templateEditor.picture");
  const errors = useTranslations("common.errors");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), alt: useId(), hint: useId(), error: useId(), phones: useId() };
  const altMissing = image !== null && image.alt.trim() === "";

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      const blob = await scaledDown(file);
      const { image: stored } = await templateApi<{ image: { id: string } }>(`/api/templates/${templateId}/images`, {
        method: "POST",
        body: blob,
        headers: { "Content-Type": blob.type },
      });
      onChange({ id: stored.id, alt: image?.alt ?? "", onPhones: image?.onPhones ?? true });
    } catch (e) {
      const code = errorCodeOf(e);
      setError(e instanceof PictureError ? t(e.reason) : code && code !== "BAD_REQUEST" ? errors(code) : t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className={styles.fieldset}>
      <legend>{t("legend")}</legend>
      {image ? (
        <div className={styles.row}>
          {/* the editor's own copy: a thumbnail */}
          <img className={styles.thumb} src={`/api/images/${image.id}`} alt={image.alt || t("undescribed")} />
          <div className={styles.alt}>
            <label htmlFor={ids.alt}>{t("describe")}</label>
            <p id={ids.hint} className="muted" style={{ margin: 0 }}>
              {t("describeHint")}
            </p>
            <input
              id={ids.alt}
              type="text"
              value={image.alt}
              maxLength={TEMPLATE_LIMITS.imageAlt}
              disabled={readOnly}
              aria-invalid={altMissing || undefined}
              aria-describedby={`${ids.hint}${altMissing ? ` ${ids.error}` : ""}`}
              onChange={(e) => onChange({ ...image, alt: e.target.value })}
            />
            {altMissing ? (
              <p id={ids.error} className="error" style={{ margin: 0 }}>
                {t("missing")}
              </p>
            ) : null}
            {/* off: a picture for the big screen only (large, or nothing a phone needs); phones then load nothing */}
            <div className={styles.phones}>
              <input id={ids.phones} type="checkbox" checked={image.onPhones} disabled={readOnly} onChange={(e) => onChange({ ...image, onPhones: e.target.checked })} />
              <label htmlFor={ids.phones}>{t("onPhones")}</label>
            </div>
          </div>
        </div>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          {t("about")}
        </p>
      )}
      {!readOnly ? (
        <div className="row">
          <input
            ref={fileRef}
            id={ids.file}
            type="file"
            accept="image/png,image/jpeg"
            aria-label={t("file")}
            className="visually-hidden"
            tabIndex={-1}
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = "";
            }}
            data-testid="step-image-input"
          />
          <button type="button" className="button secondary" disabled={busy} onClick={() => fileRef.current?.click()}>
            {t(busy ? "adding" : image ? "replace" : "add")}
          </button>
          {image ? (
            <button type="button" className="button quiet" onClick={() => onChange(null)}>
              {t("remove")}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert" style={{ margin: 0 }}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A PNG stays PNG (diagrams, text) unless it is too big; photos become JPEG. */
async function scaledDown(file: File): Promise<Blob> {
  if (file.type !== "image/png" && file.type !== "image/jpeg") throw new PictureError("wrongType");
  const bitmap = await createImageBitmap(file).catch(() => {
    throw new PictureError("unreadable");
  });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const encode = (type: string, quality?: number) => new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  let blob = file.type === "image/png" ? await encode("image/png") : null;
  if (!blob || blob.size > MAX_UPLOAD) blob = await encode("image/jpeg", 0.85);
  if (!blob || blob.size > MAX_UPLOAD) blob = await encode("image/jpeg", 0.7);
  if (!blob || blob.size > MAX_UPLOAD) throw new PictureError("tooLarge");
  return blob;
}
