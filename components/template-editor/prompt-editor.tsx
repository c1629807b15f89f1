"use client";
// A step's prompt: the activity (or none), the question, whether it repeats an earlier prompt (for a
// check-in and check-out), where its results show, and its kind's settings.
import { ACTIVITY_KINDS, ACTIVITY_LABELS, LIMITS, type ActivityKind } from "../../lib/activities";
import { blankPrompt, promptKeys, repeatCandidates, repeatTarget, uniqueKey, type PromptDraft, type StepDraft, type TemplateDraft } from "../../lib/client/template-draft";
import styles from "../template-editor.module.css";
import { FieldErrors, TextField, type Updater, useField } from "./fields";
import { KindSettings, type PromptChange } from "./kind-settings";

export function PromptEditor({ draft, index, update, repeatedBy }: { draft: TemplateDraft; index: number; update: Updater; repeatedBy: StepDraft[] }) {
  const step = draft.steps[index]!;
  const prompt = step.prompt;
  const base = `steps.${step.uid}.prompt`;
  const kindField = useField(`${base}.kind`);
  const promptField = useField(base);
  const configField = useField(`${base}.config`);
  const change: PromptChange = (fn) => update((d) => fn(d.steps[index]!.prompt!));

  function setKind(value: string) {
    kindField.clear();
    update((d) => {
      const s = d.steps[index]!;
      if (value === "") {
        if (s.prompt) s.stash = s.prompt;
        s.prompt = null;
        return;
      }
      const kind = value as ActivityKind;
      if (s.prompt) {
        if (s.prompt.kind !== kind) s.prompt.repeatOf = "";
        s.prompt.kind = kind;
      } else if (s.stash) {
        s.prompt = { ...s.stash, kind, repeatOf: s.stash.kind === kind ? s.stash.repeatOf : "" };
        s.stash = null;
      } else {
        s.prompt = blankPrompt(uniqueKey(s.key, promptKeys(d)), kind);
      }
    });
  }

  const candidates = prompt ? repeatCandidates(draft.steps, index) : [];
  const target = prompt ? repeatTarget(draft.steps, index) : null;
  const targetIndex = target ? draft.steps.findIndex((s) => s.prompt?.key === target.key) : -1;

  return (
    <fieldset className={styles.promptBox} id={promptField.id} tabIndex={-1}>
      <legend className={styles.promptLegend}>Prompt</legend>
      <FieldErrors id={promptField.errorId} label="Prompt" messages={promptField.messages} />
      <div className={styles.field}>
        <label htmlFor={kindField.id}>Activity</label>
        <select
          id={kindField.id}
          value={prompt?.kind ?? ""}
          onChange={(e) => setKind(e.target.value)}
          aria-invalid={kindField.messages.length ? true : undefined}
          aria-describedby={kindField.messages.length ? kindField.errorId : undefined}
        >
          <option value="">No prompt — just the text</option>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ACTIVITY_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldErrors id={kindField.errorId} label="Activity" messages={kindField.messages} />
      </div>
      {!prompt ? (
        <p className={styles.hint}>Every prompt offers “Pass”. Answers are anonymous and shown only in aggregate.</p>
      ) : (
        <>
          <TextField
            fieldId={`${base}.question`}
            label="Question"
            maxLength={LIMITS.question}
            value={prompt.question}
            onChange={(v) => change((p) => void (p.question = v))}
            placeholder={prompt.kind === "scale" ? "e.g. How comfortable are you asking for help right now?" : "Ask one clear, gentle question"}
          />
          {candidates.length > 0 || prompt.repeatOf ? <RepeatOfField draft={draft} index={index} update={update} /> : null}
          <ResultsShownOnField prompt={prompt} base={base} change={change} />
          <FieldErrors id={configField.errorId} label="Prompt settings" messages={configField.messages} />
          {target ? (
            <p className="notice" id={configField.id} tabIndex={-1}>
              Uses the same settings as step {targetIndex + 1}&apos;s prompt, so the answers can be compared. Change them there.
            </p>
          ) : (
            <div id={configField.id} tabIndex={-1}>
              <KindSettings prompt={prompt} base={base} change={change} />
            </div>
          )}
          {repeatedBy.length ? (
            <p className={styles.hint}>Repeated by {repeatedBy.map((s) => `step ${draft.steps.indexOf(s) + 1}`).join(", ")}: those use these settings too.</p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

/** For a check-in and a check-out: this prompt asks the same as an earlier one, with its settings. */
function RepeatOfField({ draft, index, update }: { draft: TemplateDraft; index: number; update: Updater }) {
  const step = draft.steps[index]!;
  const prompt = step.prompt!;
  const base = `steps.${step.uid}.prompt`;
  const configField = useField(`${base}.config`);
  const repeatField = useField(`${base}.repeatOf`);
  const candidates = repeatCandidates(draft.steps, index);
  const brokenRepeat = prompt.repeatOf && !repeatTarget(draft.steps, index);
  return (
    <div className={styles.field}>
      <label htmlFor={repeatField.id}>Repeat of an earlier prompt</label>
      <p className={styles.hint} id={`${repeatField.id}-hint`}>
        For a check-in and a check-out: the summary shows how answers moved between the two.
      </p>
      <select
        id={repeatField.id}
        value={prompt.repeatOf}
        aria-describedby={[`${repeatField.id}-hint`, repeatField.messages.length ? repeatField.errorId : ""].filter(Boolean).join(" ")}
        aria-invalid={repeatField.messages.length || brokenRepeat ? true : undefined}
        onChange={(e) => {
          repeatField.clear();
          configField.clear();
          const key = e.target.value;
          update((d) => {
            const p = d.steps[index]!.prompt!;
            p.repeatOf = key;
            const original = d.steps.find((s) => s.prompt?.key === key)?.prompt;
            if (original && !p.question.trim()) p.question = original.question;
          });
        }}
      >
        <option value="">No — a question of its own</option>
        {candidates.map((c) => (
          <option key={c.key} value={c.key}>
            Step {c.stepIndex + 1}: {c.question || "(no question yet)"}
          </option>
        ))}
        {brokenRepeat && !candidates.some((c) => c.key === prompt.repeatOf) ? <option value={prompt.repeatOf}>(no longer available)</option> : null}
      </select>
      <FieldErrors id={repeatField.errorId} label="Repeat of" messages={repeatField.messages} />
      {brokenRepeat ? (
        <p className={styles.fieldError}>The prompt this repeats is no longer an earlier {ACTIVITY_LABELS[prompt.kind].toLowerCase()} prompt. Choose another, or “No”.</p>
      ) : null}
    </div>
  );
}

function ResultsShownOnField({ prompt, base, change }: { prompt: PromptDraft; base: string; change: PromptChange }) {
  return (
    <fieldset className={styles.field}>
      <legend>Where results show</legend>
      <label>
        <input type="radio" name={`${base}.resultsShownOn`} checked={prompt.resultsShownOn !== "screen"} onChange={() => change((p) => void (p.resultsShownOn = "everywhere"))} />{" "}
        On the projector and on phones
      </label>
      <label>
        <input type="radio" name={`${base}.resultsShownOn`} checked={prompt.resultsShownOn === "screen"} onChange={() => change((p) => void (p.resultsShownOn = "screen"))} /> On
        the projector only (phones say the results are on the screen)
      </label>
    </fieldset>
  );
}
