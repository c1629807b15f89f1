"use client";
// The projector: what the whole room may see, in large type. Never an
// identity, never unapproved text (the server sends only the room's view).
import { useScreen } from "../lib/client/live-hooks";
import { formatJoinCode } from "../lib/join-code";
import { REACTIONS, type ReactionKind } from "../lib/reactions";
import type { RoomState } from "../lib/events";
import { AggregateView } from "./aggregate-view";
import { FitBox } from "./projector-fit";
import type { WallCommand } from "./projector-wall";
import { StepBody } from "./step-body";
import { StepPicture } from "./step-picture";
import { TimerDisplay } from "./timer-display";
import { ProjectorStepNote } from "./projector-step-note";
import styles from "./projector-screen.module.css";

export function ProjectorScreen({ sessionId }: { sessionId: string }) {
  const { state, error, isLoading, connection, wallCommand } = useScreen(sessionId);
  if (isLoading)
    return (
      <main id="main" className={styles.screen}>
        <p className={styles.lead}>Connecting…</p>
      </main>
    );
  if (error || !state)
    return (
      <main id="main" className={styles.screen}>
        <h1 className={styles.title}>Projector view unavailable</h1>
        <p className={styles.lead} role="alert">
          {(error as Error | null)?.message ?? "This session could not be loaded."} Sign in as the session&apos;s facilitator on this device.
        </p>
      </main>
    );
  return (
    <main id="main" className={styles.screen} data-connection={connection}>
      {state.status === "lobby" && <Lobby state={state} />}
      {state.status === "running" && state.step && <Step state={state} wallCommand={wallCommand} />}
      {state.status === "ended" && (
        <div className={styles.center}>
          <h1 className={styles.title}>Thank you for being here</h1>
          <p className={styles.lead}>The support resources are on your phone whenever you need them.</p>
        </div>
      )}
      {/* the join bar: always on screen while people can still join */}
      <footer className={styles.footer} data-join-bar>
        {state.status !== "ended" && !state.locked ? (
          <span>
            Join at <strong>{state.joinUrl.replace(/^https?:\/\//, "").replace(/\/j\/.*$/, "/join")}</strong> with code{" "}
            <strong className={styles.footerCode}>{formatJoinCode(state.joinCode)}</strong>
          </span>
        ) : (
          <span>{state.status === "ended" ? "The session has ended" : "Joining is closed"}</span>
        )}
        <span aria-live="polite">{state.participantCount} here</span>
        {connection !== "live" && <span className={styles.offline}>Reconnecting…</span>}
      </footer>
    </main>
  );
}

function Lobby({ state }: { state: RoomState }) {
  return (
    <div className={styles.lobby}>
      <div>
        <h1 className={styles.title}>{state.title}</h1>
        <p className={styles.lead}>Join on your phone — no name, no account. Your answers are anonymous.</p>
        <p className={styles.joinUrl}>{state.joinUrl.replace(/^https?:\/\//, "").replace(/\/j\/.*$/, "/join")}</p>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it was (the code read letter by letter); a visually hidden spelled-out text would be the proper fix */}
        <p className={styles.bigCode} aria-label={`Join code ${state.joinCode.split("").join(" ")}`}>
          {formatJoinCode(state.joinCode)}
        </p>
        <p className={styles.lead} aria-live="polite">
          {state.participantCount} {state.participantCount === 1 ? "person has" : "people have"} joined
        </p>
      </div>
      <img className={styles.qr} src={`/api/join/${state.joinCode}/qr.svg`} alt={`QR code: scan to join at ${state.joinUrl}`} />
    </div>
  );
}

function Step({ state, wallCommand }: { state: RoomState; wallCommand: WallCommand | null }) {
  const step = state.step!;
  const prompt = step.prompt;
  return (
    <article className={styles.step} key={step.id}>
      <header className={styles.stepHeader}>
        <span className={styles.progress}>
          {step.index + 1} / {state.stepCount}
        </span>
        {(state.timer.runningSince !== null || state.timer.elapsedMs > 0) && <TimerDisplay timer={state.timer} className={styles.timer} />}
      </header>
      {/* on a prompt step the question is the headline; the step's title steps back to leave room for the answers */}
      <h1 className={prompt ? styles.kicker : styles.title}>{step.title}</h1>
      {prompt ? (
        <section className={styles.prompt} aria-labelledby="projector-question">
          <h2 id="projector-question" className={styles.question}>
            {prompt.question}
          </h2>
          <p className={styles.lead} aria-live="polite">
            {prompt.state === "open" ? "Answer on your phone — or pass, that's fine too. " : prompt.state === "closed" ? "Responses are closed. " : ""}
            {/* "responded": answers and passes together, so nobody's pass shows; nothing while the session hides counts */}
            {typeof state.aggregate?.respondedCount === "number" ? `${state.aggregate.respondedCount} responded` : ""}
          </p>
          {prompt.resultsRevealed && state.aggregate && <AggregateView aggregate={state.aggregate} prompt={prompt} size="projector" wallCommand={wallCommand} />}
        </section>
      ) : (
        <FitBox contentKey={`${step.contentNote}|${step.body}|${step.image?.src ?? ""}`} className={styles.body}>
          {/* the step's own content note comes before its text (phones keep the text behind it) */}
          <ProjectorStepNote note={step.contentNote} />
          <StepPicture image={step.image} size="projector" />
          <StepBody markdown={step.body} />
        </FitBox>
      )}
      {step.reactionsEnabled && Object.keys(state.reactions).length > 0 && (
        <p className={styles.reactions}>
          {Object.entries(state.reactions)
            .filter(([, n]) => n > 0)
            .map(([k, n]) => `${REACTIONS[k as ReactionKind]?.label ?? k}: ${n}`)
            .join("   ·   ")}
        </p>
      )}
    </article>
  );
}
