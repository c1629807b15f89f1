"use client";
// The participant's phone: join by code, then follow the session.
// Screens: joining → (error) → content note → lobby → running steps → thank-you.
// Support resources are one tap away on every screen.
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { OwnAnswer, PromptView, RoomState, StepView, SupportResources } from "@/lib/events";
import { formatJoinCode } from "@/lib/join-code";
import { REACTION_KINDS, REACTIONS, type ReactionKind } from "@/lib/reactions";
import { CommandError } from "@/lib/client/socket";
import { useParticipantSession } from "@/lib/client/live-hooks";
import { readStored, removeStored, storageKeys, writeStored } from "@/lib/client/storage-keys";
import { ActivityForm, type ActivityFormProps } from "./activity-form";
import { AggregateView } from "./aggregate-view";
import { ConnectionBadge } from "./connection-badge";
import { ResourcesButton, ResourcesCard } from "./resources-card";
import { CareMessage } from "./care-message";
import { CheckInRequest } from "./check-in-request";
import { QuickExit } from "./quick-exit";
import { StepBody } from "./step-body";
import { PhoneStepPicture } from "./phone-step-picture";
import styles from "./participant-session.module.css";

export type ParticipantSessionProps = {
  /** the canonical join code (see normaliseJoinCode) */
  code: string;
  /** where "Leave quickly" goes (QUICK_EXIT_URL) */
  quickExitUrl: string;
};

/** Shown before the session's own resources are known (e.g. while joining). */
const FALLBACK_RESOURCES: SupportResources = {
  title: "Support",
  intro:
    "If you need support right now, you can speak to the facilitator at any time. If you or someone else is in immediate danger, call your local emergency number.",
  items: [],
};

const PAUSE_COOLDOWN_MS = 60_000;

// sessionStorage can be unavailable (privacy modes, storage disabled): never let that break a screen.
const readStorage = (key: string) => readStored("sessionStorage", key);
const writeStorage = (key: string, value: string) => writeStored("sessionStorage", key, value);

export function ParticipantSession({ code, quickExitUrl }: ParticipantSessionProps) {
  const session = useParticipantSession(code);
  const { view, error, submitAnswer, toggleReaction, requestPause, checkIn, connection, refetch, failureCount } = session;
  // the safety net's private message (components/care-message.tsx), shown after this phone's own answer or note matched
  // kept through a reload until closed (lib/client/storage-keys.ts); "restored" shows it without taking focus again
  const [care, setCareState] = useState<false | "new" | "restored">(false);
  useEffect(() => {
    if (readStorage(storageKeys.careMessage(code)) === "1") setCareState((c) => c || "restored");
  }, [code]);
  const setCare = useCallback(
    (open: boolean) => {
      setCareState(open ? "new" : false);
      if (open) writeStorage(storageKeys.careMessage(code), "1");
      else removeStored("sessionStorage", storageKeys.careMessage(code));
    },
    [code],
  );
  const submitAndCare = useCallback<ActivityFormProps["onSubmit"]>(
    async (payload, onRetrying) => {
      const saved = await submitAnswer(payload, onRetrying);
      if (saved.mayNeedCare) setCare(true);
      return saved;
    },
    [submitAnswer, setCare],
  );
  const state = view?.state;
  const mainRef = useRef<HTMLElement>(null);

  // What we last knew, kept for the thank-you screen if the session ends
  // while this phone is away (a rejoin then only says "ended").
  const [remembered, setRemembered] = useState<{ resources: SupportResources | null; title: string | null }>({ resources: null, title: null });
  useEffect(() => {
    let resources: SupportResources | null = null;
    try {
      const raw = readStorage(storageKeys.resources(code));
      resources = raw ? (JSON.parse(raw) as SupportResources) : null;
    } catch {
      resources = null;
    }
    setRemembered({ resources, title: readStorage(storageKeys.title(code)) });
  }, [code]);
  useEffect(() => {
    if (!state) return;
    writeStorage(storageKeys.resources(code), JSON.stringify(state.resources));
    writeStorage(storageKeys.title(code), state.title);
  }, [code, state?.resources, state?.title]); // eslint-disable-line react-hooks/exhaustive-deps

  // The content note: shown first, once per session (per browser tab session).
  const [noteSeen, setNoteSeen] = useState<boolean | null>(null);
  const sessionId = state?.sessionId;
  useEffect(() => {
    if (!sessionId) return;
    setNoteSeen(readStorage(storageKeys.contentNoteSeen(sessionId)) === "1");
  }, [sessionId]);
  const continuePastNote = useCallback(() => {
    if (sessionId) writeStorage(storageKeys.contentNoteSeen(sessionId), "1");
    setNoteSeen(true);
  }, [sessionId]);

  const title = state?.title ?? remembered.title ?? "Hearth";
  const resources = state?.resources ?? remembered.resources ?? FALLBACK_RESOURCES;
  const errorCode = error instanceof CommandError ? error.code : error ? "UNKNOWN" : null;

  useEffect(() => {
    document.title = state?.title ? `${state.title} · Hearth` : "Join · Hearth";
  }, [state?.title]);

  // Which screen is showing: used to move focus and to announce changes.
  let screen: string;
  let content: ReactNode;
  if (!view && !error) {
    screen = "joining";
    content = <Joining retrying={failureCount > 0} />;
  } else if (errorCode === "SESSION_ENDED" || state?.status === "ended") {
    screen = "ended";
    content = <Ended resources={resources} />;
  } else if (!view || !state) {
    screen = `error-${errorCode}`;
    content = <JoinProblem code={code} error={error} onRetry={() => void refetch()} />;
  } else if (state.contentNote.trim() && noteSeen === null) {
    screen = "joining";
    content = <Joining retrying={false} />;
  } else if (state.contentNote.trim() && !noteSeen) {
    screen = "note";
    content = <ContentNote note={state.contentNote} onContinue={continuePastNote} />;
  } else if (state.status === "lobby") {
    screen = "lobby";
    content = <Lobby count={state.participantCount} />;
  } else if (!state.step) {
    screen = "between";
    content = <Between />;
  } else {
    screen = `step-${state.step.id}`;
    content = (
      <RunningStep
        state={state}
        step={state.step}
        answersByPrompt={view.answersByPrompt}
        myReactions={view.myReactions}
        onSubmit={submitAndCare}
        onToggleReaction={toggleReaction}
        requestPause={requestPause}
        blocked={view.blocked === true}
      />
    );
  }

  // When the screen changes (a new step, the lobby opening …): back to the
  // top, and focus the new heading if focus was left on something that went away.
  const previousScreen = useRef(screen);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (previousScreen.current === screen) return;
    const wasStep = previousScreen.current.startsWith("step-");
    const firstScreen = previousScreen.current === "joining";
    previousScreen.current = screen;
    if (screen.startsWith("step-")) {
      window.scrollTo({ top: 0 });
      if (wasStep && state?.step) setAnnouncement(`Next part: ${state.step.title}`);
    }
    const active = document.activeElement;
    // not on the first screen after loading: nothing was focused yet, so the first Tab reaches
    // "Leave quickly" (components/quick-exit.tsx) and a screen reader starts at the top anyway
    if ((!active || active === document.body) && firstScreen) return;
    if (!active || active === document.body || !active.isConnected) {
      mainRef.current?.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
    }
  }, [screen, state?.step]);

  // Back from "Reconnecting…": rejoin, so this phone is in the room again and
  // catches up on whatever happened meanwhile (deduplicated with the hook's own refetch).
  const previousConnection = useRef(connection);
  useEffect(() => {
    const was = previousConnection.current;
    previousConnection.current = connection;
    if (was === "reconnecting" && connection === "live") void refetch({ cancelRefetch: false });
  }, [connection, refetch]);

  const lostTouch = view && error && errorCode !== "SESSION_ENDED";

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <QuickExit exitUrl={quickExitUrl} code={code} sessionId={state?.sessionId} />
        <div className={styles.headerText}>
          <p className={styles.sessionTitle}>{title}</p>
          <ConnectionBadge status={connection} className={styles.badge} />
        </div>
        <ResourcesButton resources={resources} />
      </header>
      <main id="main" ref={mainRef} className={styles.main}>
        {lostTouch ? (
          <div className={`notice ${styles.banner}`} role="alert">
            <p>{error instanceof Error && error.message ? error.message : "We lost touch with the session."}</p>
            <button type="button" className="button secondary" onClick={() => void refetch()}>
              Reconnect
            </button>
          </div>
        ) : null}
        {care && view ? <CareMessage key={String(care)} resources={resources} canCheckIn={state?.status !== "ended"} takeFocus={care === "new"} onClose={() => setCare(false)} /> : null}
        {content}
        {view && state && screen !== "joining" ? (
          <CheckInRequest checkIn={view.checkIn} canAsk={state.status !== "ended"} onAction={checkIn} onMayNeedCare={() => setCare(true)} />
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </main>
      <footer className={styles.footer}>
        <p>
          Session code <span className={styles.code}>{formatJoinCode(code)}</span>
        </p>
      </footer>
    </div>
  );
}

// ---------------------------------------------------------------------------
// Screens

function Heading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className={styles.heading}>
      {children}
    </h1>
  );
}

function Joining({ retrying }: { retrying: boolean }) {
  return (
    <section className={styles.center} aria-busy="true">
      <Heading>Joining…</Heading>
      <p role="status" className="muted">
        {retrying ? "Still trying to reach the session. This can take a moment on a slow connection." : "Connecting you to the session."}
      </p>
    </section>
  );
}

/** The room passphrase: said aloud by the facilitator, never on the screen or in the link. */
function PassphraseForm({ code, wrong, onRetry }: { code: string; wrong: boolean; onRetry: () => void }) {
  const [word, setWord] = useState("");
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <section className={styles.center}>
      <Heading>What is the passphrase?</Heading>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          window.sessionStorage.setItem(storageKeys.passphrase(code), word);
          onRetry();
        }}
      >
        <label htmlFor={inputId}>Passphrase</label>
        <p id={hintId} className="muted">
          The facilitator says it in the room. Capital letters do not matter.
        </p>
        {/* type="text" so the form styles apply (a bare input matched none and was a thin box) */}
        <input
          id={inputId}
          type="text"
          name="passphrase"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={word}
          onChange={(e) => setWord(e.target.value)}
          aria-describedby={wrong ? `${hintId} ${errorId}` : hintId}
          aria-invalid={wrong || undefined}
        />
        {wrong && (
          <p id={errorId} className="error" role="alert">
            That is not the passphrase. Check with the facilitator and try again.
          </p>
        )}
        <button type="submit" className="button">
          Join
        </button>
      </form>
    </section>
  );
}

function JoinProblem({ code, error, onRetry }: { code: string; error: unknown; onRetry: () => void }) {
  const errorCode = error instanceof CommandError ? error.code : null;
  const message = error instanceof Error && error.message ? error.message : null;
  if (errorCode === "NOT_FOUND") {
    return (
      <section className={styles.center}>
        <Heading>No session has that code</Heading>
        <p>
          We couldn&apos;t find a session with the code <strong className={styles.code}>{formatJoinCode(code)}</strong>. Check the code on
          the screen and try again.
        </p>
        <Link className="button" href="/join">
          Enter the code again
        </Link>
      </section>
    );
  }
  if (errorCode === "PASSPHRASE_REQUIRED" || errorCode === "PASSPHRASE_WRONG") {
    return <PassphraseForm code={code} wrong={errorCode === "PASSPHRASE_WRONG"} onRetry={onRetry} />;
  }
  if (errorCode === "SESSION_LOCKED") {
    return (
      <section className={styles.center}>
        <Heading>This session is not taking new participants</Heading>
        <p>The facilitator has closed it to new people for now. If you think you should be in it, ask the facilitator.</p>
        <div className={styles.actions}>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
          <Link className="button quiet" href="/">
            Back to the start
          </Link>
        </div>
      </section>
    );
  }
  return (
    <section className={styles.center}>
      <Heading>We couldn&apos;t connect to the session</Heading>
      <p>{message ?? "Something went wrong while joining."}</p>
      <p className="muted">Check your connection, then try again. Nothing you answered is lost.</p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
        <Link className="button quiet" href="/join">
          Enter a different code
        </Link>
      </div>
    </section>
  );
}

function ContentNote({ note, onContinue }: { note: string; onContinue: () => void }) {
  return (
    <section className={styles.note}>
      <Heading>Before we begin</Heading>
      <div className={`card ${styles.noteCard}`}>
        <StepBody markdown={note} headingLevel={2} />
      </div>
      <p className={styles.promises}>
        You can pass any question, and help is always under &ldquo;Support&rdquo; at the top of the screen.
      </p>
      <p className={styles.promises}>
        &ldquo;Leave quickly&rdquo; (or Escape twice) takes you to another website at once and removes this session from this device. It
        can&apos;t erase your browser&apos;s history.
      </p>
      <button type="button" className={`button ${styles.wide}`} onClick={onContinue}>
        Continue when you&apos;re ready
      </button>
    </section>
  );
}

function Lobby({ count }: { count: number }) {
  return (
    <section className={styles.center}>
      <Heading>You&apos;re in.</Heading>
      <p className={styles.lead}>The session will begin shortly.</p>
      <p className="muted" aria-live="polite">
        {count <= 1 ? "You're the first one here." : `${count} people are here.`}
      </p>
      <p className="muted">Keep this page open. It will follow along when the facilitator starts.</p>
    </section>
  );
}

function Between() {
  return (
    <section className={styles.center}>
      <Heading>Just a moment</Heading>
      <p className={styles.lead}>The session will continue shortly.</p>
    </section>
  );
}

function Ended({ resources }: { resources: SupportResources }) {
  return (
    <section className={styles.ended}>
      <Heading>Thank you for being here</Heading>
      <p className={styles.lead}>The session has ended. Thank you for being part of it — and for whatever you chose to share, or not.</p>
      <p className="muted">Your answers were anonymous. Take good care of yourself.</p>
      <ResourcesCard resources={resources} headingLevel={2} />
      <Link className="button quiet" href="/">
        Back to the start
      </Link>
    </section>
  );
}

// ---------------------------------------------------------------------------
// A running step

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

function RunningStep({ state, step, answersByPrompt, myReactions, onSubmit, onToggleReaction, requestPause, blocked = false }: RunningStepProps) {
  const prompt = step.prompt;
  const aggregate = state.aggregate && prompt && state.aggregate.promptId === prompt.id ? state.aggregate : null;
  const showForm = prompt && prompt.state !== "idle";
  const picture = step.image ? <PhoneStepPicture key={step.id} sessionId={state.sessionId} joinCode={state.joinCode} stepId={step.id} alt={step.image.alt} /> : null;
  return (
    <>
      <article className={styles.step} aria-labelledby={`step-${step.id}`}>
        <p className={styles.progress}>
          Part {step.index + 1} of {state.stepCount}
        </p>
        <h1 id={`step-${step.id}`} tabIndex={-1} className={styles.heading}>
          {step.title}
        </h1>
        {step.contentNote.trim() ? (
          <StepContentNote key={step.id} note={step.contentNote}>
            <StepBody markdown={step.body} headingLevel={1} size="phone" />
            {picture}
          </StepContentNote>
        ) : (
          <>
            <StepBody markdown={step.body} headingLevel={1} size="phone" />
            {picture}
          </>
        )}
        {step.reactionsEnabled ? (
          <Reactions stepId={step.id} counts={state.reactions} mine={myReactions} onToggle={onToggleReaction} />
        ) : null}
      </article>
      {blocked ? (
        <p className={`card ${styles.promptCard}`} role="status">
          The facilitator has stopped answers from this phone for this session, and hidden what it wrote. You can still follow along and use the support card.
        </p>
      ) : showForm && prompt ? (
        <div className={`card ${styles.promptCard}`}>
          <ActivityForm key={prompt.id} prompt={prompt} own={answersByPrompt[prompt.id]} onSubmit={onSubmit} headingLevel={2} />
        </div>
      ) : null}
      {prompt && prompt.resultsRevealed && prompt.resultsShownOn === "screen" ? <ResultsOnScreen /> : null}
      {prompt && prompt.resultsRevealed && prompt.resultsShownOn !== "screen" && aggregate ? <Results prompt={prompt} aggregate={aggregate} /> : null}
      <PauseRequest requestPause={requestPause} />
    </>
  );
}

/** A "projector only" prompt: the server sends phones no breakdown, so they point to the shared screen. */
function ResultsOnScreen() {
  const id = useId();
  return (
    <section className={`card ${styles.results}`} aria-labelledby={id}>
      <h2 id={id} className={styles.subheading}>
        What the group said
      </h2>
      <p>The results are on the screen at the front of the room.</p>
    </section>
  );
}

/**
 * A step with its own content note: the note first, the text collapsed behind
 * "Show this part" until the participant chooses to open it (their choice,
 * never the facilitator's), and closable again.
 */
function StepContentNote({ note, children }: { note: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const textId = useId();
  return (
    <>
      <div className={`card ${styles.stepNote}`} role="note" aria-label="Content note for this part">
        <p className={styles.stepNoteLabel}>Content note</p>
        <p className={styles.stepNoteText}>{note}</p>
        <button type="button" className="button secondary" aria-expanded={open} aria-controls={textId} onClick={() => setOpen((o) => !o)}>
          {open ? "Hide this part" : "Show this part"}
        </button>
      </div>
      <div id={textId} hidden={!open}>
        {children}
      </div>
    </>
  );
}

function Results({ prompt, aggregate }: { prompt: PromptView; aggregate: NonNullable<RoomState["aggregate"]> }) {
  const id = useId();
  return (
    <section className={`card ${styles.results}`} aria-labelledby={id}>
      <h2 id={id} className={styles.subheading}>
        What the group said
      </h2>
      <AggregateView aggregate={aggregate} prompt={prompt} size="phone" />
    </section>
  );
}

function Reactions({
  stepId,
  counts,
  mine,
  onToggle,
}: {
  stepId: string;
  counts: Partial<Record<string, number>>;
  mine: string[];
  onToggle: (stepId: string, kind: ReactionKind) => Promise<void>;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  const toggle = async (kind: ReactionKind) => {
    if (pending) return;
    setPending(kind);
    setError(null);
    try {
      await onToggle(stepId, kind);
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "That reaction didn't go through. Please try again.");
    } finally {
      setPending(null);
    }
  };
  return (
    <div className={styles.reactions}>
      <p id={`${baseId}-label`} className={styles.reactionsLabel}>
        React, if you like
      </p>
      <div role="group" aria-labelledby={`${baseId}-label`} className={styles.reactionButtons}>
        {REACTION_KINDS.map((kind) => {
          const active = mine.includes(kind);
          const count = counts[kind] ?? 0;
          return (
            <button
              key={kind}
              type="button"
              className={styles.reaction}
              aria-pressed={active}
              aria-busy={pending === kind}
              onClick={() => void toggle(kind)}
            >
              <span className={styles.reactionMark} aria-hidden="true">
                {active ? "✓" : "+"}
              </span>
              <span>
                <span className="visually-hidden">React: </span>
                {REACTIONS[kind].label}
              </span>
              <span className={styles.reactionCount}>
                {count}
                <span className="visually-hidden">{count === 1 ? " reaction" : " reactions"}</span>
              </span>
            </button>
          );
        })}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function PauseRequest({ requestPause }: { requestPause: () => Promise<unknown> }) {
  // The cooldown survives the step changing (this component is re-mounted per screen).
  const [sentAt, setSentAt] = usePauseSentAt();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const explainId = useId();
  const coolingDown = sentAt !== null;

  const send = async () => {
    if (sending || coolingDown) return;
    setSending(true);
    setError(null);
    try {
      await requestPause();
      setSentAt(Date.now());
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "That didn't go through. Please try again.");
    } finally {
      setSending(false);
    }
  };

  return (
    <aside className={styles.pause} aria-label="Ask for a pause">
      <button
        type="button"
        className={`button quiet ${styles.pauseButton}`}
        aria-describedby={explainId}
        aria-disabled={sending || coolingDown}
        onClick={() => void send()}
      >
        {sending ? "Sending…" : "I need a pause"}
      </button>
      <p id={explainId} className={styles.pauseNote}>
        Only the facilitator sees a count — nobody knows it was you.
      </p>
      <p role="status" className={styles.pauseStatus}>
        {coolingDown ? "Sent. Take the time you need." : ""}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </aside>
  );
}

// One cooldown per page, shared across re-mounts.
let pauseSentAtGlobal: number | null = null;
function usePauseSentAt(): [number | null, (t: number) => void] {
  const [sentAt, setSentAtState] = useState<number | null>(() =>
    pauseSentAtGlobal !== null && Date.now() - pauseSentAtGlobal < PAUSE_COOLDOWN_MS ? pauseSentAtGlobal : null,
  );
  useEffect(() => {
    if (sentAt === null) return;
    const left = PAUSE_COOLDOWN_MS - (Date.now() - sentAt);
    const t = setTimeout(() => setSentAtState(null), Math.max(0, left));
    return () => clearTimeout(t);
  }, [sentAt]);
  const set = useCallback((t: number) => {
    pauseSentAtGlobal = t;
    setSentAtState(t);
  }, []);
  return [sentAt, set];
}

export default ParticipantSession;
