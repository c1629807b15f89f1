"use client";
// One step: its title, text, picture, content note, facilitator notes, reactions and prompt, and
// deleting it (with a confirmation that says what goes with it).
import { useContext, useEffect, useId, useRef, useState } from "react";
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

  return (
    <section className={styles.section} aria-labelledby="step-heading" id={domId(base)} tabIndex={-1}>
      <h2 id="step-heading">
        Step {index + 1} <span className="muted">of {draft.steps.length}</span>
      </h2>
      <TextField fieldId={`${base}.title`} label="Step title" maxLength={TEMPLATE_LIMITS.title} value={step.title} onChange={(v) => change((s) => void (s.title = v))} />
      <TextField
        fieldId={`${base}.body`}
        label="Text"
        hint={
          <>
            Markdown: <code>**bold**</code>, <code>*italic*</code>, <code>- list</code>, <code>[link](https://…)</code>. HTML is not shown; add a picture below. Keep it short
            enough to read from the back of a room — the preview shows how it fits.
          </>
        }
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
        label="Content note for this step (optional)"
        hint="For a part that touches something hard (relapse, shame, loss): phones show this note first and keep the text folded until the person chooses “Show this part”; the projector shows it before the text."
        multiline
        rows={2}
        maxLength={TEMPLATE_LIMITS.stepContentNote}
        value={step.contentNote}
        onChange={(v) => change((s) => void (s.contentNote = v))}
      />
      <TextField
        fieldId={`${base}.facilitatorNotes`}
        label="Facilitator notes"
        hint="Only you see these, in the console: talking points, timing, what to watch for."
        multiline
        rows={4}
        maxLength={TEMPLATE_LIMITS.facilitatorNotes}
        value={step.facilitatorNotes}
        onChange={(v) => change((s) => void (s.facilitatorNotes = v))}
      />
      <div className={styles.checkbox}>
        <input id={reactionsId} type="checkbox" checked={step.reactions} onChange={(e) => change((s) => void (s.reactions = e.target.checked))} />
        <label htmlFor={reactionsId}>Let participants react to this step (“This resonates”, “Sending support”, “Made me think”)</label>
      </div>

      <PromptEditor draft={draft} index={index} update={update} repeatedBy={repeatedBy} />

      {!readOnly ? (
        <div className={styles.dangerZone}>
          {confirming ? (
            <div className={styles.confirm} role="group" aria-label="Confirm deleting this step">
              <p style={{ margin: 0 }}>
                <strong>
                  Delete step {index + 1}, “{step.title || "Untitled step"}”?
                </strong>
                {step.prompt ? " Its prompt goes with it." : ""}
                {repeatedBy.length ? ` ${repeatedBy.length === 1 ? "The step that repeats it" : "The steps that repeat it"} will ask a question of their own.` : ""} You can still
                discard all unsaved changes afterwards.
              </p>
              <div className="row">
                <button type="button" className="button danger" onClick={onDelete}>
                  Delete step
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
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button ref={deleteRef} type="button" className="button danger" disabled={draft.steps.length <= TEMPLATE_LIMITS.minSteps} onClick={() => setConfirming(true)}>
              Delete this step
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
