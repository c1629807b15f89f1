"use client";
// The facilitator's console: steps, prompt controls, live counts, moderation,
// lobby (code, QR, lock), timer, pause requests, end. Keyboard-operable:
// ← → move between steps, O opens/closes the prompt, R reveals/hides results,
// [ ] turn the projector's pages of answers and P pauses their rotation
// (lib/client/console-keys.ts). The primary controls sit in a bar that stays
// in view however long the step, the answers or the moderation list are.
// The parts are in components/facilitator-console/.
import Link from "next/link";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";
import { useConsole } from "../lib/client/live-hooks";
import { CheckInPanel } from "./check-in-panel";
import { CoFacilitatorsPanel } from "./co-facilitators-panel";
import { ConsoleHeader, StepList } from "./facilitator-console/console-header";
import { PrimaryControls } from "./facilitator-console/primary-controls";
import { BlockedAuthors, PromptCard, PromptModeration } from "./facilitator-console/prompt-card";
import { EndPanel, JoinPanel, LanguagePanel, PauseRequests, TimerPanel } from "./facilitator-console/room-panels";
import { KeyboardHelp, StepCard } from "./facilitator-console/step-card";
import { useConsoleControls } from "./facilitator-console/use-console-controls";
import styles from "./facilitator-console.module.css";
import { PrivacySettings } from "./privacy-settings";
import { SupportCardCheck } from "./support-card-check";

export function FacilitatorConsole({ sessionId }: { sessionId: string }) {
  const { state, error: loadError, isLoading, send, connection, revoked, socket } = useConsole(sessionId);
  // the owner removed this co-facilitator: the console stops at once
  const error = revoked ? new Error(revoked) : loadError;
  const t = useTranslations("console");
  const errors = useTranslations("common.errors");
  const controls = useConsoleControls(state, send);
  /** an error as the person reads it: the message for its code, the server's words only when it has none */
  const explain = (e: unknown) => {
    const code = errorCodeOf(e);
    return code ? errors(code) : e instanceof Error ? e.message : t("unavailable.fallback");
  };
  const { problem, run, prompt, stepIndex, goto, wallPages } = controls;

  if (isLoading)
    return (
      <main id="main" className="page">
        <p aria-live="polite">{t("opening")}</p>
      </main>
    );
  if (error || !state || revoked)
    return (
      <main id="main" className="page stack">
        <h1>{t("unavailable.title")}</h1>
        <p className="error" role="alert">
          {error ? explain(error) : t("unavailable.fallback")}
        </p>
        <p>
          <Link href="/signin">{t("unavailable.signIn")}</Link> · <Link href="/dashboard">{t("unavailable.sessions")}</Link>
        </p>
      </main>
    );

  const panel = { state, run, send };
  return (
    <div className={styles.layout}>
      <ConsoleHeader state={state} sessionId={sessionId} stepIndex={stepIndex} connection={connection} />
      <StepList state={state} stepIndex={stepIndex} goto={goto} />

      <main id="main" className={styles.main}>
        <PrimaryControls state={state} controls={controls} />
        {problem ? (
          <p className="error" role="alert">
            {explain(problem)}
          </p>
        ) : null}
        <SupportCardCheck state={state} save={(resources, saveToTemplate) => send("session:resources", { resources, saveToTemplate })} />
        {state.status === "lobby" && <div className="notice">{t("lobbyNotice")}</div>}
        {prompt && <PromptCard {...panel} prompt={prompt} />}
        {prompt && <PromptModeration {...panel} prompt={prompt} />}
        {prompt && <BlockedAuthors {...panel} />}
        <StepCard state={state} />
        <KeyboardHelp wallPages={wallPages} />
      </main>

      <aside className={styles.side} aria-label={t("room")}>
        <JoinPanel {...panel} />
        <LanguagePanel {...panel} />
        {state.privacy && <PrivacySettings state={state} onChange={(settings) => void run(() => send("session:settings", settings))} />}
        <TimerPanel {...panel} />
        <PauseRequests state={state} onReset={() => void run(() => send("pause:reset", {}))} />
        <CoFacilitatorsPanel sessionId={sessionId} />
        <CheckInPanel socket={socket} sessionId={sessionId} />
        <EndPanel {...panel} />
      </aside>
    </div>
  );
}
