"use client";
// The console's side column, about the room: how to join (code, QR, lock),
// the step timer, pause requests and ending the session.
import type { ConsoleState } from "../../lib/events";
import styles from "../facilitator-console.module.css";
import { TimerDisplay } from "../timer-display";
import type { ConsoleControls, ConsoleSend } from "./use-console-controls";

type Props = { state: ConsoleState; run: ConsoleControls["run"]; send: ConsoleSend };

export function JoinPanel({ state, run, send }: Props) {
  const ended = state.status === "ended";
  return (
    <section className="card stack" aria-labelledby="join-heading">
      <h2 id="join-heading">Join</h2>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it was (the code read letter by letter); a visually hidden spelled-out text would be the proper fix */}
      <p className={styles.code} aria-label={`Join code ${state.joinCode.split("").join(" ")}`}>
        {state.joinCode}
      </p>
      <img className={styles.qr} src={`/api/join/${state.joinCode}/qr.svg`} alt={`QR code for ${state.joinUrl}`} width={160} height={160} />
      <p className={styles.url}>{state.joinUrl}</p>
      <p aria-live="polite">
        <strong>{state.participantCount}</strong> participant{state.participantCount === 1 ? "" : "s"} joined
      </p>
      <button
        className="button secondary"
        type="button"
        disabled={ended}
        onClick={() => void run(() => send("session:lock", { locked: !state.locked }))}
        aria-pressed={state.locked}
      >
        {state.locked ? "Unlock joining" : "Lock joining"}
      </button>
      {state.locked && <p className="muted">New participants are refused; people already in can rejoin.</p>}
    </section>
  );
}

export function TimerPanel({ state, run, send }: Props) {
  const ended = state.status === "ended";
  return (
    <section className="card stack" aria-labelledby="timer-heading">
      <h2 id="timer-heading">Step timer</h2>
      <TimerDisplay timer={state.timer} />
      <div className="row">
        {state.timer.runningSince === null ? (
          <button className="button secondary" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "start" }))}>
            Start
          </button>
        ) : (
          <button className="button secondary" type="button" onClick={() => void run(() => send("timer:control", { action: "pause" }))}>
            Pause
          </button>
        )}
        <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "add_minute" }))}>
          +1 minute
        </button>
        <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "reset" }))}>
          Reset
        </button>
      </div>
    </section>
  );
}

export function PauseRequests({ state, onReset }: { state: ConsoleState; onReset: () => void }) {
  return (
    <section className="card stack" aria-labelledby="pause-heading" data-active={state.pauseRequests > 0}>
      <h2 id="pause-heading">Pause requests</h2>
      <p aria-live="polite">
        <strong>{state.pauseRequests}</strong> {state.pauseRequests === 1 ? "person has" : "people have"} asked for a pause.
      </p>
      {state.pauseRequests > 0 && <p className="notice">Consider a short break, or gently check in with the room. Nobody knows who asked.</p>}
      <button className="button quiet" type="button" onClick={onReset} disabled={state.pauseRequests === 0}>
        Reset count
      </button>
    </section>
  );
}

export function EndPanel({ state, run, send }: Props) {
  return (
    <section className="card stack" aria-labelledby="end-heading">
      <h2 id="end-heading">Session</h2>
      {state.status === "ended" ? (
        <p>This session has ended. Participants see the thank-you screen with the support resources.</p>
      ) : (
        <button
          className="button danger"
          type="button"
          onClick={() => {
            if (window.confirm("End the session for everyone? Participants will see the thank-you screen.")) void run(() => send("session:end", {}));
          }}
        >
          End session
        </button>
      )}
    </section>
  );
}
