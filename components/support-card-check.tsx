"use client";
// Before a session starts, the console says plainly when the support card
// still holds the starter placeholders ("Add your local crisis line here")
// and lets the facilitator fill them in right here, for this session and
// optionally for their template. Participants never see a placeholder (the
// server leaves them out), but a card without a local crisis line is a gap
// worth closing before people arrive.
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import { isPlaceholderResource } from "../content/asking-for-help";
import type { ConsoleState, SupportResources } from "../lib/events";
import styles from "./support-card-check.module.css";
import { useErrorText } from "./use-error-text";

type Filled = { label: string; detail: string; url: string };

export function SupportCardCheck({ state, save }: { state: ConsoleState; save: (resources: SupportResources, saveToTemplate: boolean) => Promise<{ savedToTemplate: boolean }> }) {
  const t = useTranslations("console.supportCheck");
  const errorText = useErrorText();
  const placeholders = state.supportCard.items.filter(isPlaceholderResource);
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Filled[]>(() => placeholders.map(() => ({ label: "", detail: "", url: "" })));
  const [toTemplate, setToTemplate] = useState(true);
  const [result, setResult] = useState<"savedBoth" | "savedBuiltIn" | "savedSession" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const baseId = useId();

  if (state.status === "ended" || (placeholders.length === 0 && !result)) return null;

  const submit = async () => {
    setProblem(null);
    setSaving(true);
    let next = 0;
    const items: SupportResources["items"] = [];
    for (const item of state.supportCard.items) {
      if (!isPlaceholderResource(item)) {
        items.push(item);
        continue;
      }
      const filled = values[next++];
      // a placeholder left empty is dropped: better no item than a placeholder
      if (filled?.label.trim())
        items.push({ label: filled.label.trim(), ...(filled.detail.trim() ? { detail: filled.detail.trim() } : {}), ...(filled.url.trim() ? { url: filled.url.trim() } : {}) });
    }
    try {
      const { savedToTemplate } = await save({ ...state.supportCard, items }, toTemplate);
      setEditing(false);
      setResult(savedToTemplate ? "savedBoth" : toTemplate ? "savedBuiltIn" : "savedSession");
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  if (placeholders.length === 0)
    return (
      <section className={`card ${styles.box}`} aria-label={t("region")}>
        <p role="status">{result ? t(result) : null}</p>
      </section>
    );

  return (
    <section className={`card stack ${styles.box} ${styles.warn}`} aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`}>{t("heading")}</h2>
      <p>{t("lead", { count: placeholders.length, label: placeholders[0]!.label })}</p>
      {!editing ? (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t("fill")}
        </button>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {placeholders.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the template's placeholders, a fixed list while this form is open
            <fieldset key={i} className={styles.fieldset}>
              <legend>{t("itemLegend", { label: item.label })}</legend>
              <label htmlFor={`${baseId}-label-${i}`}>{t("name")}</label>
              <input
                id={`${baseId}-label-${i}`}
                className={styles.input}
                maxLength={200}
                value={values[i]?.label ?? ""}
                onChange={(e) => setValues((v) => v.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
              />
              <label htmlFor={`${baseId}-detail-${i}`}>{t("detail")}</label>
              <input
                id={`${baseId}-detail-${i}`}
                className={styles.input}
                maxLength={500}
                value={values[i]?.detail ?? ""}
                onChange={(e) => setValues((v) => v.map((x, j) => (j === i ? { ...x, detail: e.target.value } : x)))}
              />
              <label htmlFor={`${baseId}-url-${i}`}>{t("link")}</label>
              <input
                id={`${baseId}-url-${i}`}
                className={styles.input}
                maxLength={500}
                inputMode="url"
                value={values[i]?.url ?? ""}
                onChange={(e) => setValues((v) => v.map((x, j) => (j === i ? { ...x, url: e.target.value } : x)))}
              />
            </fieldset>
          ))}
          <label className={styles.check}>
            <input type="checkbox" checked={toTemplate} onChange={(e) => setToTemplate(e.target.checked)} /> {t("alsoTemplate")}
          </label>
          <div className="row">
            <button type="submit" className="button" aria-disabled={saving}>
              {saving ? t("saving") : t("save")}
            </button>
            <button type="button" className="button quiet" onClick={() => setEditing(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
