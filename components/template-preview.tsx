"use client";
// The editor's preview of what the selected part of a template will look
// like: on a participant's phone (the real answer form, which can be tried
// out; nothing is sent), or on the projector (a 1920×1080 screen drawn to
// scale, with the same type sizes as the projector view, and its text shrunk
// by the projector's own rule, FitBox, before it is said not to fit).
// The template's text is marked with its language (lang), the preview's own
// words are in the page's.
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { activityConfigSchemas } from "../lib/activities";
import { promptConfig, repeatTarget, type TemplateDraft } from "../lib/client/template-draft";
import type { PromptView, SupportResources } from "../lib/events";
import { REACTION_KINDS } from "../lib/reactions";
import { ActivityForm } from "./activity-form";
import { FitBox } from "./projector-fit";
import { ResourcesButton, ResourcesCard } from "./resources-card";
import { StepBody } from "./step-body";
import { StepPicture } from "./step-picture";
import { ProjectorStepNote } from "./projector-step-note";
import styles from "./template-editor.module.css";

export type PreviewMode = "phone" | "projector";
/** "@details", "@resources" or a step's uid */
export type PreviewTarget = string;

const noSubmit = () => Promise.resolve();

function resourcesOf(draft: TemplateDraft): SupportResources {
  return {
    title: draft.resources.title,
    intro: draft.resources.intro || undefined,
    items: draft.resources.items.filter((i) => i.label.trim()).map((i) => ({ label: i.label, detail: i.detail || undefined, url: i.url || undefined })),
  };
}

export function TemplatePreview({ draft, target, mode }: { draft: TemplateDraft; target: PreviewTarget; mode: PreviewMode }) {
  return mode === "phone" ? <PhonePreview draft={draft} target={target} /> : <ProjectorPanel draft={draft} target={target} />;
}

/** The small projector preview, and a larger one in a dialog. */
function ProjectorPanel({ draft, target }: { draft: TemplateDraft; target: PreviewTarget }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [large, setLarge] = useState(false);
  const t = useTranslations("templateEditor.preview");
  return (
    <>
      <ProjectorPreview draft={draft} target={target} />
      <button
        ref={buttonRef}
        type="button"
        className="button quiet"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          setLarge(true);
        }}
      >
        {t("larger")}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop tap is a pointer shortcut; the dialog closes with Escape and its Close button */}
      <dialog
        ref={dialogRef}
        className={styles.projDialog}
        aria-label={t("projectorPreview")}
        onClose={() => {
          setLarge(false);
          buttonRef.current?.focus();
        }}
        onClick={(event) => {
          if (event.target === event.currentTarget) dialogRef.current?.close();
        }}
      >
        <div className={styles.projDialogBar}>
          <p className={styles.previewTitle}>{t("projectorPreview")}</p>
          <button type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
            {t("close")}
          </button>
        </div>
        {large ? <ProjectorPreview draft={draft} target={target} /> : null}
      </dialog>
    </>
  );
}

// ---------------------------------------------------------------------------
// Phone

function PhonePreview({ draft, target }: { draft: TemplateDraft; target: PreviewTarget }) {
  const t = useTranslations("templateEditor.preview");
  const lang = draft.language;
  const resources = resourcesOf(draft);
  const index = draft.steps.findIndex((s) => s.uid === target);
  const step = index >= 0 ? draft.steps[index]! : null;

  let body: ReactNode;
  if (target === "@resources") {
    body = (
      <>
        <p className={styles.phoneNote}>{t("supportNote")}</p>
        <div lang={lang}>
          <ResourcesCard resources={resources} headingLevel={3} />
        </div>
      </>
    );
  } else if (!step) {
    body = (
      <>
        <h3 className={styles.phoneHeading}>{t("beforeWeBegin")}</h3>
        <div className="card" lang={draft.contentNote ? lang : undefined}>
          <StepBody markdown={draft.contentNote || t("emptyContentNote")} headingLevel={3} size="phone" />
        </div>
        <p className={styles.phoneSmall}>{t("passAnything")}</p>
        <span className={`button ${styles.fakeButton}`} aria-hidden="true">
          {t("continue")}
        </span>
      </>
    );
  } else {
    const prompt = step.prompt;
    const config = prompt ? promptConfig(repeatTarget(draft.steps, index) ?? prompt) : null;
    const parsed = prompt ? activityConfigSchemas[prompt.kind].safeParse(config) : null;
    const view: PromptView | null =
      prompt && parsed?.success
        ? {
            id: `preview-${step.uid}`,
            kind: prompt.kind,
            question: prompt.question.trim() || t("noQuestion"),
            config: parsed.data,
            state: "open",
            resultsRevealed: false,
            resultsShownOn: "everywhere",
            repeatOfId: null,
          }
        : null;
    body = (
      <>
        <p className={styles.phoneSmall}>{t("part", { number: index + 1, count: draft.steps.length })}</p>
        <h3 className={styles.phoneHeading} lang={step.title ? lang : undefined}>
          {step.title || t("untitledStep")}
        </h3>
        {step.contentNote.trim() ? (
          <div className={`card ${styles.phoneStepNote}`}>
            <p className={styles.phoneNote}>{t("contentNote")}</p>
            <p style={{ margin: 0, whiteSpace: "pre-wrap" }} lang={lang}>
              {step.contentNote}
            </p>
            <span className={`button secondary ${styles.fakeButton}`} aria-hidden="true">
              {t("showPart")}
            </span>
            <p className={styles.phoneSmall}>{t("foldedNote")}</p>
          </div>
        ) : null}
        <div lang={lang} className={styles.phoneContent}>
          <StepBody markdown={step.body} headingLevel={3} size="phone" />
          {/* as on a phone: below the text, the width of the screen (phones get a smaller copy) */}
          <StepPicture image={step.image?.onPhones ? { src: `/api/images/${step.image.id}`, alt: step.image.alt } : null} size="phone" />
        </div>
        {step.reactions ? (
          <div className={styles.phoneReactions} aria-label={t("reactions")} role="group">
            {REACTION_KINDS.map((k) => (
              <span key={k} className={styles.fakeReaction}>
                {t(`reaction.${k}`)}
              </span>
            ))}
          </div>
        ) : null}
        {prompt ? (
          <div className="card">
            {view ? (
              <ActivityForm key={JSON.stringify([view.kind, view.config, view.question])} prompt={view} own={undefined} onSubmit={noSubmit} headingLevel={3} />
            ) : (
              <p className={styles.phoneSmall} style={{ margin: 0 }}>
                {t("incomplete", { kind: prompt.kind })}
              </p>
            )}
          </div>
        ) : null}
        <span className={`button quiet ${styles.fakeButton}`} aria-hidden="true">
          {t("needPause")}
        </span>
      </>
    );
  }

  return (
    <div className={styles.phoneFrame}>
      <div className={styles.phoneHeader}>
        <p className={styles.phoneTitle} lang={draft.title ? lang : undefined}>
          {draft.title || t("untitledTemplate")}
        </p>
        <ResourcesButton resources={resources} />
      </div>
      {/* scrolls on its own, so it takes focus: keyboard users can scroll it too */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable) */}
      <div className={styles.phoneScreen} tabIndex={0} role="region" aria-label={t("phoneScreen")}>
        {body}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Projector: drawn at 1920×1080 and scaled to fit the panel

const STAGE_W = 1920;
/** a join code's shape, as the lobby shows one (the same in every language) */
const SAMPLE_JOIN_CODE = "ABC 234";
const STAGE_H = 1080;

function ProjectorPreview({ draft, target }: { draft: TemplateDraft; target: PreviewTarget }) {
  const t = useTranslations("templateEditor.preview");
  const lang = draft.language;
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.2);
  // the stage itself (a long question), or a step's text even at FitBox's smallest size
  const [stageOverflows, setStageOverflows] = useState(false);
  const [textFits, setTextFits] = useState(true);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setScale(box.clientWidth / STAGE_W);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (stage) setStageOverflows(stage.scrollHeight > STAGE_H + 2);
  });

  const index = draft.steps.findIndex((s) => s.uid === target);
  const step = index >= 0 ? draft.steps[index]! : null;
  const textStep = step !== null && !step.prompt;
  const overflows = stageOverflows || (textStep && !textFits);

  let content: ReactNode;
  if (target === "@resources") {
    content = (
      <div className={styles.projCenter}>
        <p className={styles.projLead}>{t("cardPhonesOnly")}</p>
      </div>
    );
  } else if (!step) {
    content = (
      <div className={styles.projLobby}>
        <p className={styles.projTitle} lang={draft.title ? lang : undefined}>
          {draft.title || t("untitledTemplate")}
        </p>
        <p className={styles.projLead}>{t("joinLead")}</p>
        <p className={styles.projCode}>{SAMPLE_JOIN_CODE}</p>
        <p className={styles.projLead}>{t("joinCodeNote")}</p>
      </div>
    );
  } else {
    content = (
      <>
        <p className={styles.projProgress}>
          {index + 1} / {draft.steps.length}
        </p>
        <p className={styles.projTitle} lang={step.title ? lang : undefined}>
          {step.title || t("untitledStep")}
        </p>
        {step.prompt ? (
          <>
            <p className={styles.projQuestion} lang={step.prompt.question ? lang : undefined}>
              {step.prompt.question || t("noQuestion")}
            </p>
            <p className={styles.projLead}>{t("answerLead")}</p>
          </>
        ) : (
          // shrunk as the projector shrinks a step's text (down to 70%), so "doesn't fit" means what it will mean there
          <FitBox contentKey={`${step.contentNote}|${step.body}|${step.image?.id ?? ""}`} className={styles.projBody} onSettled={setTextFits}>
            <div lang={lang}>
              <ProjectorStepNote note={step.contentNote} />
              <StepPicture image={step.image ? { src: `/api/images/${step.image.id}`, alt: step.image.alt } : null} size="preview" />
              <StepBody markdown={step.body} headingLevel={3} />
            </div>
          </FitBox>
        )}
      </>
    );
  }

  return (
    <div>
      <div ref={boxRef} className={styles.projBox} style={{ height: STAGE_H * scale }}>
        <div ref={stageRef} className={styles.projStage} style={{ width: STAGE_W, height: STAGE_H, transform: `scale(${scale})` }}>
          {content}
        </div>
      </div>
      <p className={styles.previewHint}>
        {t("scaleHint")}
        {step?.prompt ? t("promptHint") : ""}
      </p>
      {overflows ? (
        <p className="notice" role="status">
          {t("doesNotFit")}
        </p>
      ) : null}
    </div>
  );
}
