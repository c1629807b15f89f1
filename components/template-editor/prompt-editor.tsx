"use client";
// A step's prompt: the activity (or none), the question, whether it repeats an earlier prompt (for a
// check-in and check-out), where its results show, and its kind's settings.
import { useTranslations } from "use-intl";
import { ACTIVITY_KINDS, LIMITS, type ActivityKind } from "../../lib/activities";
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
  const t = useTranslations("templateEditor");

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
      <legend className={styles.promptLegend}>{t("prompt.legend")}</legend>
      <FieldErrors id={promptField.errorId} label={t("prompt.legend")} messages={promptField.messages} />
      <div className={styles.field}>
        <label htmlFor={kindField.id}>{t("prompt.activity")}</label>
        <select
          id={kindField.id}
          value={prompt?.kind ?? ""}
          onChange={(e) => setKind(e.target.value)}
          aria-invalid={kindField.messages.length ? true : undefined}
          aria-describedby={kindField.messages.length ? kindField.errorId : undefined}
        >
          <option value="">{t("prompt.none")}</option>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={kindField.errorId} label={t("prompt.activity")} messages={kindField.messages} />
      </div>
      {!prompt ? (
        <p className={styles.hint}>{t("prompt.noneHint")}</p>
      ) : (
        <>
          <TextField
            fieldId={`${base}.question`}
            label={t("prompt.question")}
            maxLength={LIMITS.question}
            value={prompt.question}
            onChange={(v) => change((p) => void (p.question = v))}
            placeholder={t(prompt.kind === "scale" ? "prompt.scalePlaceholder" : "prompt.questionPlaceholder")}
          />
          {candidates.length > 0 || prompt.repeatOf ? <RepeatOfField draft={draft} index={index} update={update} /> : null}
          <ResultsShownOnField prompt={prompt} base={base} change={change} />
          <FieldErrors id={configField.errorId} label={t("fields.config")} messages={configField.messages} />
          {target ? (
            <p className="notice" id={configField.id} tabIndex={-1}>
              {t("prompt.sameSettings", { number: targetIndex + 1 })}
            </p>
          ) : (
            <div id={configField.id} tabIndex={-1}>
              <KindSettings prompt={prompt} base={base} change={change} />
            </div>
          )}
          {repeatedBy.length ? (
            <p className={styles.hint}>{t("prompt.repeatedBy", { steps: repeatedBy.map((s) => t("prompt.stepRef", { number: draft.steps.indexOf(s) + 1 })).join(", ") })}</p>
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
  const t = useTranslations("templateEditor");
  return (
    <div className={styles.field}>
      <label htmlFor={repeatField.id}>{t("prompt.repeatLabel")}</label>
      <p className={styles.hint} id={`${repeatField.id}-hint`}>
        {t("prompt.repeatHint")}
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
        <option value="">{t("prompt.repeatNone")}</option>
        {candidates.map((c) => (
          <option key={c.key} value={c.key}>
            {t("prompt.repeatOption", { number: c.stepIndex + 1, question: c.question || t("prompt.noQuestionYet") })}
          </option>
        ))}
        {brokenRepeat && !candidates.some((c) => c.key === prompt.repeatOf) ? <option value={prompt.repeatOf}>{t("prompt.noLongerAvailable")}</option> : null}
      </select>
      <FieldErrors id={repeatField.errorId} label={t("fields.repeatOf")} messages={repeatField.messages} />
      {brokenRepeat ? <p className={styles.fieldError}>{t("prompt.brokenRepeat", { kind: prompt.kind })}</p> : null}
    </div>
  );
}

function ResultsShownOnField({ prompt, base, change }: { prompt: PromptDraft; base: string; change: PromptChange }) {
  const t = useTranslations("templateEditor.prompt");
  return (
    <fieldset className={styles.field}>
      <legend>{t("resultsLegend")}</legend>
      <label>
        <input type="radio" name={`${base}.resultsShownOn`} checked={prompt.resultsShownOn !== "screen"} onChange={() => change((p) => void (p.resultsShownOn = "everywhere"))} />{" "}
        {t("everywhere")}
      </label>
      <label>
        <input type="radio" name={`${base}.resultsShownOn`} checked={prompt.resultsShownOn === "screen"} onChange={() => change((p) => void (p.resultsShownOn = "screen"))} />{" "}
        {t("screenOnly")}
      </label>
    </fieldset>
  );
}
