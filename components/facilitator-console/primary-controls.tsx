"use client";
// The primary controls: sticky, so they stay in reach however long the
// content below (steps, the prompt, the projector's pages, the live counts).
import type { ConsoleState } from "../../lib/events";
import styles from "../facilitator-console.module.css";
import type { ConsoleControls } from "./use-console-controls";

export function PrimaryControls({ state, controls }: { state: ConsoleState; controls: ConsoleControls }) {
  const { prompt, stepIndex, goto, toggleOpen, toggleReveal, wallPages, wallPaused, pageWall } = controls;
  const ended = state.status === "ended";
  return (
    <section className={styles.controls} aria-label="Primary controls">
      <p className={styles.where}>
        {ended ? "Ended" : state.status === "lobby" ? "Lobby" : `Step ${stepIndex + 1} of ${state.stepCount}`}
        {state.step ? <span className={styles.whereTitle}> · {state.step.title}</span> : null}
      </p>
      <div className={styles.controlRow}>
        {state.status === "running" && (
          <div className="row" role="group" aria-label="Move between steps">
            <button className="button quiet" type="button" disabled={stepIndex === 0} onClick={() => void goto(stepIndex - 1)} aria-keyshortcuts="ArrowLeft">
              ← Previous
            </button>
            <button className="button" type="button" disabled={stepIndex >= state.stepCount - 1} onClick={() => void goto(stepIndex + 1)} aria-keyshortcuts="ArrowRight">
              Next step →
            </button>
          </div>
        )}
        {state.status === "lobby" && (
          <button className="button" type="button" onClick={() => void goto(0)}>
            Start the session
          </button>
        )}
        {prompt && (
          <div className="row" role="group" aria-label="Prompt controls">
            <button className="button" type="button" onClick={toggleOpen} disabled={ended} aria-keyshortcuts="o">
              {prompt.state === "open" ? "Close responses" : prompt.state === "closed" ? "Reopen responses" : "Open responses"}
            </button>
            <button className="button secondary" type="button" onClick={toggleReveal} aria-keyshortcuts="r">
              {prompt.resultsRevealed ? "Hide results" : "Reveal results"}
            </button>
          </div>
        )}
        {wallPages && (
          <div className="row" role="group" aria-label="Projector pages of answers">
            <button className="button quiet" type="button" onClick={() => pageWall("previous")} aria-keyshortcuts="[">
              ‹ Page
            </button>
            <button className="button quiet" type="button" onClick={() => pageWall(wallPaused ? "resume" : "pause")} aria-keyshortcuts="p" aria-pressed={wallPaused}>
              {wallPaused ? "Resume page turns" : "Pause page turns"}
            </button>
            <button className="button quiet" type="button" onClick={() => pageWall("next")} aria-keyshortcuts="]">
              Page ›
            </button>
          </div>
        )}
      </div>
      {prompt && <LiveCounts state={state} />}
    </section>
  );
}

function LiveCounts({ state }: { state: ConsoleState }) {
  const prompt = state.step?.prompt;
  if (!prompt) return null;
  const aggregate = state.aggregate;
  return (
    <p className={styles.counts} aria-live="polite">
      <strong>{aggregate?.answerCount ?? 0}</strong> answered · <strong>{aggregate?.passCount ?? 0}</strong> passed · of <strong>{state.participantCount}</strong> participants
      {prompt.state === "open" ? " · responses open" : prompt.state === "closed" ? " · responses closed" : " · not opened yet"}
      {prompt.resultsRevealed
        ? prompt.resultsShownOn === "screen"
          ? " · results shown on the projector only"
          : " · results shown to the room"
        : " · results hidden from the room"}
    </p>
  );
}
