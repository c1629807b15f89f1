"use client";
// The current step as the facilitator reads it: its text, their own notes,
// the room's reactions, and the keys that work here.
import { REACTIONS, type ReactionKind } from "../../lib/reactions";
import type { ConsoleState } from "../../lib/events";
import styles from "../facilitator-console.module.css";
import { StepBody } from "../step-body";

export function StepCard({ state }: { state: ConsoleState }) {
  if (!state.step) return null;
  return (
    <>
      <section className="card stack" aria-labelledby="step-title">
        <h2 id="step-title">{state.step.title}</h2>
        <StepBody markdown={state.step.body} />
        {state.facilitatorNotes && (
          <aside className={styles.notes} aria-label="Facilitator notes (only you see these)">
            <h3>Your notes</h3>
            <StepBody markdown={state.facilitatorNotes} />
          </aside>
        )}
      </section>
      {!state.step.prompt && state.step.reactionsEnabled && (
        <p className="muted">
          Reactions:{" "}
          {Object.entries(state.reactions)
            .map(([k, n]) => `${REACTIONS[k as ReactionKind]?.label ?? k}: ${n}`)
            .join(" · ") || "none yet"}
        </p>
      )}
    </>
  );
}

export function KeyboardHelp({ wallPages }: { wallPages: boolean }) {
  return (
    <p className={styles.shortcuts}>
      Keyboard: <span className="kbd">←</span> <span className="kbd">→</span> steps · <span className="kbd">O</span> open/close · <span className="kbd">R</span> reveal/hide
      {wallPages ? (
        <>
          {" "}
          · <span className="kbd">[</span> <span className="kbd">]</span> projector pages · <span className="kbd">P</span> pause page turns
        </>
      ) : null}
    </p>
  );
}
