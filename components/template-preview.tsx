"use client";
// The editor's preview of what the selected part of a template will look
// like: on a participant's phone (the real answer form, which can be tried
// out; nothing is sent), or on the projector (a 1920×1080 screen drawn to
// scale, with the same type sizes as the projector view).
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { ACTIVITY_LABELS, activityConfigSchemas } from "../lib/activities";
import { promptConfig, repeatTarget, type TemplateDraft } from "../lib/client/template-draft";
import type { PromptView, SupportResources } from "../lib/events";
import { REACTION_KINDS, REACTIONS } from "../lib/reactions";
import { ActivityForm } from "./activity-form";
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
        Larger preview
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop tap is a pointer shortcut; the dialog closes with Escape and its Close button */}
      <dialog
        ref={dialogRef}
        className={styles.projDialog}
        aria-label="Projector preview"
        onClose={() => {
          setLarge(false);
          buttonRef.current?.focus();
        }}
        onClick={(event) => {
          if (event.target === event.currentTarget) dialogRef.current?.close();
        }}
      >
        <div className={styles.projDialogBar}>
          <p className={styles.previewTitle}>Projector preview</p>
          <button type="button" className="button quiet" onClick={() => dialogRef.current?.close()}>
            Close
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
  const resources = resourcesOf(draft);
  const index = draft.steps.findIndex((s) => s.uid === target);
  const step = index >= 0 ? draft.steps[index]! : null;

  let body: ReactNode;
  if (target === "@resources") {
    body = (
      <>
        <p className={styles.phoneNote}>Always one tap away under “Support”, and shown again when the session ends:</p>
        <ResourcesCard resources={resources} headingLevel={3} />
      </>
    );
  } else if (!step) {
    body = (
      <>
        <h3 className={styles.phoneHeading}>Before we begin</h3>
        <div className="card">
          <StepBody markdown={draft.contentNote || "_(The content note is empty.)_"} headingLevel={3} size="phone" />
        </div>
        <p className={styles.phoneSmall}>You can pass any question, and help is always under “Support” at the top of the screen.</p>
        <span className={`button ${styles.fakeButton}`} aria-hidden="true">
          Continue when you&apos;re ready
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
            question: prompt.question.trim() || "(No question yet)",
            config: parsed.data,
            state: "open",
            resultsRevealed: false,
            resultsShownOn: "everywhere",
            repeatOfId: null,
          }
        : null;
    body = (
      <>
        <p className={styles.phoneSmall}>
          Part {index + 1} of {draft.steps.length}
        </p>
        <h3 className={styles.phoneHeading}>{step.title || "(Untitled step)"}</h3>
        {step.contentNote.trim() ? (
          <div className={`card ${styles.phoneStepNote}`}>
            <p className={styles.phoneNote}>Content note</p>
            <p style={{ margin: 0, whiteSpace: "pre-wrap" }}>{step.contentNote}</p>
            <span className={`button secondary ${styles.fakeButton}`} aria-hidden="true">
              Show this part
            </span>
            <p className={styles.phoneSmall}>Phones keep the text below folded until the person chooses to open it.</p>
          </div>
        ) : null}
        <StepBody markdown={step.body} headingLevel={3} size="phone" />
        {/* as on a phone: below the text, the width of the screen (phones get a smaller copy) */}
        <StepPicture image={step.image?.onPhones ? { src: `/api/images/${step.image.id}`, alt: step.image.alt } : null} size="phone" />
        {step.reactions ? (
          <div className={styles.phoneReactions} aria-label="Reactions (preview)" role="group">
            {REACTION_KINDS.map((k) => (
              <span key={k} className={styles.fakeReaction}>
                {REACTIONS[k].label}
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
                The {ACTIVITY_LABELS[prompt.kind].toLowerCase()} question appears here once its settings are complete.
              </p>
            )}
          </div>
        ) : null}
        <span className={`button quiet ${styles.fakeButton}`} aria-hidden="true">
          I need a pause
        </span>
      </>
    );
  }

  return (
    <div className={styles.phoneFrame}>
      <div className={styles.phoneHeader}>
        <p className={styles.phoneTitle}>{draft.title || "Untitled template"}</p>
        <ResourcesButton resources={resources} />
      </div>
      {/* scrolls on its own, so it takes focus: keyboard users can scroll it too */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable) */}
      <div className={styles.phoneScreen} tabIndex={0} role="region" aria-label="Phone screen">
        {body}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Projector: drawn at 1920×1080 and scaled to fit the panel

const STAGE_W = 1920;
const STAGE_H = 1080;

function ProjectorPreview({ draft, target }: { draft: TemplateDraft; target: PreviewTarget }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.2);
  const [overflows, setOverflows] = useState(false);

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
    if (stage) setOverflows(stage.scrollHeight > STAGE_H + 2);
  });

  const index = draft.steps.findIndex((s) => s.uid === target);
  const step = index >= 0 ? draft.steps[index]! : null;

  let content: ReactNode;
  if (target === "@resources") {
    content = (
      <div className={styles.projCenter}>
        <p className={styles.projLead}>The support card is shown on phones only — never on the shared screen.</p>
      </div>
    );
  } else if (!step) {
    content = (
      <div className={styles.projLobby}>
        <p className={styles.projTitle}>{draft.title || "Untitled template"}</p>
        <p className={styles.projLead}>Join on your phone — no name, no account. Your answers are anonymous.</p>
        <p className={styles.projCode}>ABC 234</p>
        <p className={styles.projLead}>(The join code and QR code appear here.)</p>
      </div>
    );
  } else {
    content = (
      <>
        <p className={styles.projProgress}>
          {index + 1} / {draft.steps.length}
        </p>
        <p className={styles.projTitle}>{step.title || "(Untitled step)"}</p>
        {step.prompt ? (
          <>
            <p className={styles.projQuestion}>{step.prompt.question || "(No question yet)"}</p>
            <p className={styles.projLead}>Answer on your phone — or pass, that&apos;s fine too.</p>
          </>
        ) : (
          <div className={styles.projBody}>
            <ProjectorStepNote note={step.contentNote} />
            <StepPicture image={step.image ? { src: `/api/images/${step.image.id}`, alt: step.image.alt } : null} size="preview" />
            <StepBody markdown={step.body} headingLevel={3} />
          </div>
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
        A 1080p screen drawn to scale: the step text is 50 px tall there.
        {step?.prompt ? " A step with a prompt shows its question on the projector instead of its text." : ""}
      </p>
      {overflows ? (
        <p className="notice" role="status">
          This step doesn&apos;t fit on one projector screen. Shorten its text, or split it into two steps.
        </p>
      ) : null}
    </div>
  );
}
