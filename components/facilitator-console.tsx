"use client";
// The facilitator's console: steps, prompt controls, live counts, moderation,
// lobby (code, QR, lock), timer, pause requests, end. Keyboard-operable:
// ← → move between steps, O opens/closes the prompt, R reveals/hides results,
// [ ] turn the projector's pages of answers and P pauses their rotation.
// The primary controls sit in a bar that stays in view however long the
// step, the answers or the moderation list are.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { ACTIVITY_LABELS } from "../lib/activities";
import { useConsole } from "../lib/client/live-hooks";
import { REACTIONS, type ReactionKind } from "../lib/reactions";
import { MAX_MODERATION_IDS, type ConsoleState, type WallPageAction } from "../lib/events";
import { AggregateView } from "./aggregate-view";
import { CoFacilitatorsPanel } from "./co-facilitators-panel";
import { ModerationPanel, type ModerationEntry } from "./moderation-panel";
import { ConnectionBadge } from "./connection-badge";
import { StepBody } from "./step-body";
import { CheckInPanel } from "./check-in-panel";
import { SupportCardCheck } from "./support-card-check";
import { TimerDisplay } from "./timer-display";
import styles from "./facilitator-console.module.css";
import { PrivacySettings } from "./privacy-settings";
import { confirmBlockAuthor, WallAnswers } from "./wall-answers";

export function FacilitatorConsole({ sessionId }: { sessionId: string }) {
  const { state, error: loadError, isLoading, send, connection, revoked, socket } = useConsole(sessionId);
  // the owner removed this co-facilitator: the console stops at once
  const error = revoked ? new Error(revoked) : loadError;
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback(async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const prompt = state?.step?.prompt ?? null;
  const stepIndex = state?.step?.index ?? 0;

  const goto = useCallback((index: number) => run(() => send("step:goto", { index })), [run, send]);
  const toggleOpen = useCallback(() => {
    if (!prompt) return;
    void run(() => send(prompt.state === "open" ? "prompt:close" : "prompt:open", { promptId: prompt.id }));
  }, [prompt, run, send]);
  const toggleReveal = useCallback(() => {
    if (!prompt) return;
    void run(() => send(prompt.resultsRevealed ? "results:hide" : "results:reveal", { promptId: prompt.id }));
  }, [prompt, run, send]);

  // whether this console last paused the projector's rotation (the projector keeps the real state)
  const [wallPaused, setWallPaused] = useState(false);
  const pageWall = useCallback(
    (action: WallPageAction) => {
      if (action === "pause" || action === "resume") setWallPaused(action === "pause");
      void run(() => send("wall:page", { action }));
    },
    [run, send],
  );
  const wallPages = prompt?.kind === "open_text" && prompt.resultsRevealed;

  useEffect(() => {
    if (!state || state.status === "ended") return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]") || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === "ArrowRight" && stepIndex < state.stepCount - 1) void goto(stepIndex + 1);
      else if (event.key === "ArrowLeft" && stepIndex > 0) void goto(stepIndex - 1);
      else if (event.key.toLowerCase() === "o") toggleOpen();
      else if (event.key.toLowerCase() === "r") toggleReveal();
      else if (wallPages && event.key === "]") pageWall("next");
      else if (wallPages && event.key === "[") pageWall("previous");
      else if (wallPages && event.key.toLowerCase() === "p") pageWall(wallPaused ? "resume" : "pause");
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state, stepIndex, goto, toggleOpen, toggleReveal, wallPages, wallPaused, pageWall]);

  if (isLoading)
    return (
      <main id="main" className="page">
        <p aria-live="polite">Opening the console…</p>
      </main>
    );
  if (error || !state || revoked)
    return (
      <main id="main" className="page stack">
        <h1>Console unavailable</h1>
        <p className="error" role="alert">
          {(error as Error | null)?.message ?? "This session could not be loaded."}
        </p>
        <p>
          <Link href="/signin">Sign in</Link> · <Link href="/dashboard">Your sessions</Link>
        </p>
      </main>
    );

  const ended = state.status === "ended";
  const aggregate = state.aggregate;

  return (
    <div className={styles.layout}>
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

      <main id="main" className={styles.main}>
        {/* the primary controls: sticky, so they stay in reach however long the content below */}
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
          {prompt && (
            <p className={styles.counts} aria-live="polite">
              <strong>{aggregate?.answerCount ?? 0}</strong> answered · <strong>{aggregate?.passCount ?? 0}</strong> passed · of <strong>{state.participantCount}</strong>{" "}
              participants
              {prompt.state === "open" ? " · responses open" : prompt.state === "closed" ? " · responses closed" : " · not opened yet"}
              {prompt.resultsRevealed
                ? prompt.resultsShownOn === "screen"
                  ? " · results shown on the projector only"
                  : " · results shown to the room"
                : " · results hidden from the room"}
            </p>
          )}
        </section>

        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        <SupportCardCheck state={state} save={(resources, saveToTemplate) => send("session:resources", { resources, saveToTemplate })} />
        {state.status === "lobby" && <div className="notice">The room sees the lobby (join code and QR). When you are ready, start with the first step.</div>}

        {prompt && (
          <section className="card stack" aria-labelledby="prompt-title">
            <div className="row" style={{ justifyContent: "space-between" }}>
              <h2 id="prompt-title" style={{ margin: 0 }}>
                {prompt.question}
              </h2>
              <span className="muted">
                {ACTIVITY_LABELS[prompt.kind]} · results {prompt.resultsShownOn === "screen" ? "on the projector only" : "on the projector and phones"}
              </span>
            </div>
            {aggregate && aggregate.kind === "open_text" && !aggregate.suppressed ? (
              // the wall itself is on the projector; here only how many are on it (the answers are in Moderation)
              <>
                <p className={styles.wallSummary}>
                  <strong>{aggregate.result?.entries.length ?? moderationCount(state, "approved")}</strong> approved{" "}
                  {(aggregate.result?.entries.length ?? 0) === 1 ? "answer is" : "answers are"} on the wall
                  {prompt.resultsRevealed ? "; the projector shows them a page at a time." : " (shown once you reveal the results)."}
                </p>
                <WallAnswers
                  entries={aggregate.result?.entries ?? []}
                  disabled={ended}
                  onBlock={(responseId) => {
                    if (confirmBlockAuthor()) void run(() => send("author:block", { promptId: prompt.id, responseId }));
                  }}
                />
              </>
            ) : aggregate ? (
              <AggregateView aggregate={aggregate} prompt={prompt} size="console" />
            ) : null}
            <div className="row">
              <button
                className="button danger"
                type="button"
                onClick={() => {
                  if (window.confirm("Reset this prompt? Every answer to it will be deleted. This cannot be undone."))
                    void run(() => send("prompt:reset", { promptId: prompt.id }));
                }}
              >
                Reset responses
              </button>
            </div>
          </section>
        )}
        {prompt && state.moderation && (
          <ModerationPanel
            key={prompt.id}
            moderation={state.moderation}
            threshold={state.anonymityThreshold}
            onSet={(entries, status, individual) =>
              run(async () => {
                // a whole wall goes in several messages (each under the socket's size limit); each is applied whole
                for (const batch of decisionBatches(entries))
                  await send("moderation:set", { promptId: prompt.id, status, ...batch, ...(individual ? { individual: true as const } : {}) });
              })
            }
            onBlock={(entry) => {
              if (confirmBlockAuthor()) void run(() => send("author:block", { promptId: prompt.id, responseId: entry.responseId! }));
            }}
          />
        )}
        {prompt && state.blockedAuthors && state.blockedAuthors.length > 0 && (
          <section aria-label="Blocked authors" className="card stack">
            {state.blockedAuthors.map((b, i) => (
              <p key={b.via}>
                Blocked author {i + 1} ({b.hidden} answer{b.hidden === 1 ? "" : "s"} hidden){" "}
                <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("author:unblock", { via: b.via }))}>
                  Undo
                </button>
              </p>
            ))}
          </section>
        )}
        {state.step && (
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
        )}
        {state.step && !prompt && state.step.reactionsEnabled && (
          <p className="muted">
            Reactions:{" "}
            {Object.entries(state.reactions)
              .map(([k, n]) => `${REACTIONS[k as ReactionKind]?.label ?? k}: ${n}`)
              .join(" · ") || "none yet"}
          </p>
        )}
        <p className={styles.shortcuts}>
          Keyboard: <span className="kbd">←</span> <span className="kbd">→</span> steps · <span className="kbd">O</span> open/close · <span className="kbd">R</span> reveal/hide
          {wallPages ? (
            <>
              {" "}
              · <span className="kbd">[</span> <span className="kbd">]</span> projector pages · <span className="kbd">P</span> pause page turns
            </>
          ) : null}
        </p>
      </main>

      <aside className={styles.side} aria-label="Room">
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

        {state.privacy && <PrivacySettings state={state} onChange={(settings) => void run(() => send("session:settings", settings))} />}

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

        <PauseRequests state={state} onReset={() => void run(() => send("pause:reset", {}))} />

        <CoFacilitatorsPanel sessionId={sessionId} />

        <CheckInPanel socket={socket} sessionId={sessionId} />

        <section className="card stack" aria-labelledby="end-heading">
          <h2 id="end-heading">Session</h2>
          {ended ? (
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
      </aside>
    </div>
  );
}

function PauseRequests({ state, onReset }: { state: ConsoleState; onReset: () => void }) {
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

/**
 * The answers a decision is about, each with the version shown here: the
 * server leaves alone an answer edited since, so it is never approved unseen.
 * As moderation:set payloads of at most MODERATION_BATCH answers each.
 */
function decisionBatches(entries: ModerationEntry[]) {
  const decided = entries.filter((e) => e.responseId);
  const batches = [];
  for (let i = 0; i < decided.length; i += MODERATION_BATCH) {
    const some = decided.slice(i, i + MODERATION_BATCH);
    batches.push({
      responseIds: some.map((e) => e.responseId!),
      versions: Object.fromEntries(some.filter((e) => e.version).map((e) => [e.responseId!, e.version!])),
    });
  }
  return batches;
}

/** well under MAX_MODERATION_IDS, so a batch of the longest ids still fits one socket message */
const MODERATION_BATCH = Math.min(500, MAX_MODERATION_IDS);

function moderationCount(state: ConsoleState, status: "approved" | "pending" | "hidden"): number {
  return state.moderation?.counts?.[status] ?? 0;
}
