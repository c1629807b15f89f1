"use client";
// The console's top: the session's title and where it is, the links out, and
// the list of steps (each a button to go there).
import Link from "next/link";
import { ACTIVITY_LABELS } from "../../lib/activities";
import type { ConsoleState } from "../../lib/events";
import type { useConsole } from "../../lib/client/live-hooks";
import { ConnectionBadge } from "../connection-badge";
import styles from "../facilitator-console.module.css";

export function ConsoleHeader({
  state,
  sessionId,
  stepIndex,
  connection,
}: {
  state: ConsoleState;
  sessionId: string;
  stepIndex: number;
  connection: ReturnType<typeof useConsole>["connection"];
}) {
  const ended = state.status === "ended";
  return (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title}>{state.title}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {ended ? "Ended" : state.status === "lobby" ? "Lobby — participants are joining" : `Step ${stepIndex + 1} of ${state.stepCount}`}
        </p>
      </div>
      <div className="row">
        <ConnectionBadge status={connection} />
        <Link className="button quiet" href={`/screen/${sessionId}`} target="_blank">
          Open projector view
        </Link>
        <Link className="button quiet" href={`/summary/${sessionId}`}>
          Summary
        </Link>
        <Link className="button quiet" href="/dashboard">
          Sessions
        </Link>
      </div>
    </header>
  );
}

export function StepList({ state, stepIndex, goto }: { state: ConsoleState; stepIndex: number; goto: (index: number) => unknown }) {
  const ended = state.status === "ended";
  return (
    <nav className={styles.steps} aria-label="Steps">
      <ol>
        {state.steps.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={styles.stepButton}
              aria-current={s.index === stepIndex && state.status === "running" ? "step" : undefined}
              data-current={s.index === stepIndex}
              disabled={ended}
              onClick={() => void goto(s.index)}
            >
              <span className={styles.stepNumber}>{s.index + 1}</span>
              <span>
                {s.title}
                {s.promptKind && (
                  <span className={styles.stepKind}>
                    {ACTIVITY_LABELS[s.promptKind]}
                    {s.promptState === "open" ? " · open" : s.promptState === "closed" ? " · closed" : ""}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
