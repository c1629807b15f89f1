"use client";
// One step: its title, text, picture, content note, facilitator notes, reactions and prompt, and
// deleting it (with a confirmation that says what goes with it).
import { useContext, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import type { StepDraft, TemplateDraft } from "../../lib/client/template-draft";
import { domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";
import { StepImageField } from "../step-image-field";
import { EditorContext, TextField, type Updater } from "./fields";
import { PromptEditor } from "./prompt-editor";

export function StepEditor({ draft, index, update, onDelete }: { draft: TemplateDraft; index: number; update: Updater; onDelete: () => void }) {
  const { readOnly, templateId } = useContext(EditorContext);
  const step = draft.steps[index]!;
  const base = `steps.${step.uid}`;
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const change = (fn: (s: StepDraft) => void) => update((d) => fn(d.steps[index]!));
  const repeatedBy = step.prompt ? draft.steps.filter((s) => s.prompt?.repeatOf === step.prompt!.key) : [];
  const reactionsId = useId();
  const t = useTranslations("templateEditor.step");

  return (
    <section className={styles.section} aria-labelledby="step-heading" id={domId(base)} tabIndex={-1}>
      <h2 id="step-heading">{t.rich("heading", { number: index + 1, count: draft.steps.length, muted: (chunks) => <span className="muted">{chunks}</span> })}</h2>
      <TextField fieldId={`${base}.title`} label={t("title")} maxLength={TEMPLATE_LIMITS.title} value={step.title} onChange={(v) => change((s) => void (s.title = v))} />
      <TextField
        fieldId={`${base}.body`}
        label={t("text")}
        hint={t.rich("textHint", { code: (chunks) => <code>{chunks}</code> })}
        multiline
        monospace
        rows={10}
        maxLength={TEMPLATE_LIMITS.body}
        value={step.body}
        onChange={(v) => change((s) => void (s.body = v))}
      />
      <StepImageField templateId={templateId} image={step.image} readOnly={readOnly} onChange={(image) => change((s) => void (s.image = image))} />
      <TextField
        fieldId={`${base}.contentNote`}
        label={t("contentNote")}
        hint={t("contentNoteHint")}
        multiline
        rows={2}
        maxLength={TEMPLATE_LIMITS.stepContentNote}
        value={step.contentNote}
        onChange={(v) => change((s) => void (s.contentNote = v))}
      />
      <TextField
        fieldId={`${base}.facilitatorNotes`}
        label={t("facilitatorNotes")}
        hint={t("facilitatorNotesHint")}
        multiline
        rows={4}
        maxLength={TEMPLATE_LIMITS.facilitatorNotes}
        value={step.facilitatorNotes}
        onChange={(v) => change((s) => void (s.facilitatorNotes = v))}
      />
      <div className={styles.checkbox}>
        <input id={reactionsId} type="checkbox" checked={step.reactions} onChange={(e) => change((s) => void (s.reactions = e.target.checked))} />
        <label htmlFor={reactionsId}>{t("reactions")}</label>
      </div>

      <PromptEditor draft={draft} index={index} update={update} repeatedBy={repeatedBy} />

      {!readOnly ? (
        <div className={styles.dangerZone}>
          {confirming ? (
            <div className={styles.confirm} role="group" aria-label={t("confirmLabel")}>
              <p style={{ margin: 0 }}>
                <strong>{t("confirmQuestion", { number: index + 1, title: step.title || t("untitled") })}</strong>
                {step.prompt ? t("promptGoes") : ""}
                {repeatedBy.length ? t("repeatsOwn", { count: repeatedBy.length }) : ""}
                {t("canDiscard")}
              </p>
              <div className="row">
                <button type="button" className="button danger" onClick={onDelete}>
                  {t("delete")}
                </button>
                <button
                  ref={cancelRef}
                  type="button"
                  className="button quiet"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => deleteRef.current?.focus());
                  }}
                >
                  {t("cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button ref={deleteRef} type="button" className="button danger" disabled={draft.steps.length <= TEMPLATE_LIMITS.minSteps} onClick={() => setConfirming(true)}>
              {t("deleteThis")}
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
