"use client";
// A running step on the phone: its text (behind its own content note if it has one), picture and
// reactions, the prompt's answer form, the results where the prompt shows them, and "I need a pause".
import { useId, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { OwnAnswer, PromptView, RoomState, StepView } from "../../lib/events";
import type { ReactionKind } from "../../lib/reactions";
import { ActivityForm, type ActivityFormProps } from "../activity-form";
import { AggregateView } from "../aggregate-view";
import { PhoneStepPicture } from "../phone-step-picture";
import { StepBody } from "../step-body";
import styles from "../participant-session.module.css";
import { PauseRequest } from "./pause-request";
import { Reactions } from "./reactions";

type RunningStepProps = {
  state: RoomState;
  step: StepView;
  answersByPrompt: Record<string, OwnAnswer>;
  myReactions: string[];
  onSubmit: ActivityFormProps["onSubmit"];
  onToggleReaction: (stepId: string, kind: ReactionKind) => Promise<void>;
  requestPause: () => Promise<unknown>;
  /** the facilitator stopped this phone's answers (issue 15): said plainly, and no form */
  blocked?: boolean;
};

export function RunningStep({ state, step, answersByPrompt, myReactions, onSubmit, onToggleReaction, requestPause, blocked = false }: RunningStepProps) {
  const t = useTranslations("participant.step");
  const prompt = step.prompt;
  const aggregate = state.aggregate && prompt && state.aggregate.promptId === prompt.id ? state.aggregate : null;
  const showForm = prompt && prompt.state !== "idle";
  // a picture the facilitator kept to the projector: the server would refuse it anyway
  const picture = step.image?.onPhones ? (
    <PhoneStepPicture key={step.id} sessionId={state.sessionId} joinCode={state.joinCode} stepId={step.id} alt={step.image.alt} altLanguage={state.language} />
  ) : null;
  return (
    <>
      <article className={styles.step} aria-labelledby={`step-${step.id}`}>
        <p className={styles.progress}>{t("progress", { number: step.index + 1, total: state.stepCount })}</p>
        <h1 id={`step-${step.id}`} tabIndex={-1} className={styles.heading} lang={state.language}>
          {step.title}
        </h1>
        {step.contentNote.trim() ? (
          <StepContentNote key={step.id} note={step.contentNote} language={state.language}>
            <StepBody markdown={step.body} headingLevel={1} size="phone" lang={state.language} />
            {picture}
          </StepContentNote>
        ) : (
          <>
            <StepBody markdown={step.body} headingLevel={1} size="phone" lang={state.language} />
            {picture}
          </>
        )}
        {step.reactionsEnabled ? <Reactions stepId={step.id} counts={state.reactions} mine={myReactions} onToggle={onToggleReaction} /> : null}
      </article>
      {blocked ? (
        <p className={`card ${styles.promptCard}`} role="status">
          {t("blocked")}
        </p>
      ) : showForm && prompt ? (
        <div className={`card ${styles.promptCard}`}>
          <ActivityForm key={prompt.id} prompt={prompt} own={answersByPrompt[prompt.id]} onSubmit={onSubmit} headingLevel={2} />
        </div>
      ) : null}
      {prompt?.resultsRevealed && prompt.resultsShownOn === "screen" ? <ResultsOnScreen /> : null}
      {prompt?.resultsRevealed && prompt.resultsShownOn !== "screen" && aggregate ? <Results prompt={prompt} aggregate={aggregate} /> : null}
      <PauseRequest requestPause={requestPause} />
    </>
  );
}

/** A "projector only" prompt: the server sends phones no breakdown, so they point to the shared screen. */
function ResultsOnScreen() {
  const t = useTranslations("participant.step");
  const id = useId();
  return (
    <section className={`card ${styles.results}`} aria-labelledby={id}>
      <h2 id={id} className={styles.subheading}>
        {t("resultsHeading")}
      </h2>
      <p>{t("resultsOnScreen")}</p>
    </section>
  );
}

/**
 * A step with its own content note: the note first, the text collapsed behind
 * "Show this part" until the participant chooses to open it (their choice,
 * never the facilitator's), and closable again.
 */
function StepContentNote({ note, language, children }: { note: string; language: string; children: ReactNode }) {
  const t = useTranslations("participant.step");
  const [open, setOpen] = useState(false);
  const textId = useId();
  return (
    <>
      <div className={`card ${styles.stepNote}`} role="note" aria-label={t("contentNoteRegion")}>
        <p className={styles.stepNoteLabel}>{t("contentNote")}</p>
        <p className={styles.stepNoteText} lang={language}>
          {note}
        </p>
        <button type="button" className="button secondary" aria-expanded={open} aria-controls={textId} onClick={() => setOpen((o) => !o)}>
          {open ? t("hide") : t("show")}
        </button>
      </div>
      <div id={textId} hidden={!open}>
        {children}
      </div>
    </>
  );
}

function Results({ prompt, aggregate }: { prompt: PromptView; aggregate: NonNullable<RoomState["aggregate"]> }) {
  const t = useTranslations("participant.step");
  const id = useId();
  return (
    <section className={`card ${styles.results}`} aria-labelledby={id}>
      <h2 id={id} className={styles.subheading}>
        {t("resultsHeading")}
      </h2>
      <AggregateView aggregate={aggregate} prompt={prompt} size="phone" />
    </section>
  );
}
