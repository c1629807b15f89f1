"use client";
// The participant's phone: join by code, then follow the session.
// Screens: joining → (error) → content note → lobby → running steps → thank-you.
// Support resources are one tap away on every screen.
//
// Which screen shows is decided in lib/client/participant-screen.ts; the screens are in
// components/participant-session/, what the phone remembers in its tab in use-remembered-session.ts.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTranslations } from "use-intl";
import type { SupportResources } from "../lib/events";
import type { Locale } from "../lib/i18n/locales";
import { formatJoinCode } from "../lib/join-code";
import { errorCodeOf } from "../lib/client/errors";
import { CommandError } from "../lib/client/socket";
import { useParticipantSession } from "../lib/client/live-hooks";
import { participantScreen, screenName, type ParticipantScreen } from "../lib/client/participant-screen";
import type { ActivityFormProps } from "./activity-form";
import { ConnectionBadge } from "./connection-badge";
import { ResourcesButton } from "./resources-card";
import { CareMessage } from "./care-message";
import { CheckInRequest } from "./check-in-request";
import { useContentLocale } from "./intl-client-provider";
import { hasOwnLanguageChoice, LanguageSwitch } from "./language-switch";
import { QuickExit } from "./quick-exit";
import { RunningStep } from "./participant-session/running-step";
import { Between, ContentNote, Ended, Joining, JoinProblem, Lobby } from "./participant-session/screens";
import { useCareMessage, useContentNoteSeen, useRememberedSession } from "./participant-session/use-remembered-session";
import styles from "./participant-session.module.css";

export type ParticipantSessionProps = {
  /** the canonical join code (see normaliseJoinCode) */
  code: string;
  /** where "Leave quickly" goes (QUICK_EXIT_URL) */
  quickExitUrl: string;
};

export function ParticipantSession({ code, quickExitUrl }: ParticipantSessionProps) {
  const t = useTranslations("participant");
  const tErrors = useTranslations("common.errors");
  const session = useParticipantSession(code);
  const { view, error, submitAnswer, toggleReaction, requestPause, checkIn, connection, refetch, failureCount } = session;
  const [care, setCare] = useCareMessage(code);
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
  const remembered = useRememberedSession(code, state?.resources, state?.title);
  const [noteSeen, continuePastNote] = useContentNoteSeen(state?.sessionId);

  const title = state?.title ?? remembered.title ?? "Hearth";
  // shown before the session's own resources are known (e.g. while joining), in the interface's language
  const resources = state?.resources ?? remembered.resources ?? { title: t("fallbackSupport.title"), intro: t("fallbackSupport.intro"), items: [] };
  const errorCode = error instanceof CommandError ? error.code : error ? "UNKNOWN" : null;

  useEffect(() => {
    document.title = state?.title ? t("documentTitle", { title: state.title }) : t("documentTitleJoining");
  }, [state?.title, t]);

  useInterfaceFollowsRoom(state);

  const shown = participantScreen({ state, errorCode, noteSeen, retrying: failureCount > 0 });
  const screen = screenName(shown, errorCode);
  const announcement = useScreenChange(screen, state?.step?.title, mainRef, (stepTitle) => t("shell.nextPart", { title: stepTitle }));

  // Back from "Reconnecting…": rejoin, so this phone is in the room again and
  // catches up on whatever happened meanwhile (deduplicated with the hook's own refetch).
  const previousConnection = useRef(connection);
  useEffect(() => {
    const was = previousConnection.current;
    previousConnection.current = connection;
    if (was === "reconnecting" && connection === "live") void refetch({ cancelRefetch: false });
  }, [connection, refetch]);

  const lostTouch = view && error && errorCode !== "SESSION_ENDED";
  let content: ReactNode;
  if (shown.kind === "step" && view && state?.step) {
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
  } else {
    content = (
      <OtherScreen
        shown={shown}
        code={code}
        error={error}
        resources={resources}
        participantCount={state?.participantCount ?? 0}
        contentNote={state?.contentNote ?? ""}
        language={state?.language}
        onRetry={() => void refetch()}
        onContinue={continuePastNote}
      />
    );
  }

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <QuickExit exitUrl={quickExitUrl} code={code} sessionId={state?.sessionId} />
        <div className={styles.headerText}>
          <p className={styles.sessionTitle} lang={state?.language}>
            {title}
          </p>
          <ConnectionBadge status={connection} className={styles.badge} />
        </div>
        <ResourcesButton resources={resources} label={t("shell.support")} />
      </header>
      <main id="main" ref={mainRef} className={styles.main}>
        {lostTouch ? (
          <div className={`notice ${styles.banner}`} role="alert">
            <p>{errorCodeOf(error) ? tErrors(errorCodeOf(error)!) : t("shell.lostTouch")}</p>
            <button type="button" className="button secondary" onClick={() => void refetch()}>
              {t("shell.reconnect")}
            </button>
          </div>
        ) : null}
        {care && view ? (
          <CareMessage key={String(care)} resources={resources} canCheckIn={state?.status !== "ended"} takeFocus={care === "new"} onClose={() => setCare(false)} />
        ) : null}
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
          {t.rich("shell.sessionCode", {
            joinCode: formatJoinCode(code),
            code: (chunks) => (
              <span className={styles.code} dir="ltr">
                {chunks}
              </span>
            ),
          })}
        </p>
        {state ? <LanguageSwitch fallback={{ kind: "session", language: state.language }} /> : null}
      </footer>
    </div>
  );
}

type OtherScreenProps = {
  shown: ParticipantScreen;
  code: string;
  error: unknown;
  resources: SupportResources;
  participantCount: number;
  contentNote: string;
  language: Locale | undefined;
  onRetry: () => void;
  onContinue: () => void;
};

/** Every screen but a running step. */
function OtherScreen({ shown, code, error, resources, participantCount, contentNote, language, onRetry, onContinue }: OtherScreenProps) {
  switch (shown.kind) {
    case "joining":
      return <Joining retrying={shown.retrying} />;
    case "ended":
      return <Ended resources={resources} />;
    case "joinProblem":
      return <JoinProblem code={code} error={error} onRetry={onRetry} />;
    case "note":
      return <ContentNote note={contentNote} language={language} onContinue={onContinue} />;
    case "lobby":
      return <Lobby count={participantCount} />;
    case "between":
    case "step":
      return <Between />;
  }
}

/**
 * When the screen changes (a new step, the lobby opening …): back to the top, and focus the new heading
 * if focus was left on something that went away. Returns what the polite live region says.
 */
function useScreenChange(screen: string, stepTitle: string | undefined, mainRef: RefObject<HTMLElement | null>, nextPart: (title: string) => string): string {
  const previousScreen = useRef(screen);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (previousScreen.current === screen) return;
    const wasStep = previousScreen.current.startsWith("step-");
    const firstScreen = previousScreen.current === "joining";
    previousScreen.current = screen;
    if (screen.startsWith("step-")) {
      window.scrollTo({ top: 0 });
      if (wasStep && stepTitle !== undefined) setAnnouncement(nextPart(stepTitle));
    }
    const active = document.activeElement;
    // not on the first screen after loading: nothing was focused yet, so the first Tab reaches
    // "Leave quickly" (components/quick-exit.tsx) and a screen reader starts at the top anyway
    if ((!active || active === document.body) && firstScreen) return;
    if (!active || active === document.body || !active.isConnected) {
      mainRef.current?.querySelector<HTMLElement>("h1")?.focus({ preventScroll: true });
    }
  }, [screen, stepTitle, mainRef, nextPart]);
  return announcement;
}

/**
 * The phone's interface follows the room's language while it waits in the lobby: when the facilitator
 * changes the session's language before the start, the page (served in the old one) is rendered again in
 * the new one, unless the person chose a language of their own on this device.
 */
function useInterfaceFollowsRoom(state: { status: string; language: string } | undefined) {
  const router = useRouter();
  const served = useContentLocale();
  const language = state?.language;
  const inLobby = state?.status === "lobby";
  useEffect(() => {
    if (!inLobby || !language || !served || language === served || hasOwnLanguageChoice()) return;
    router.refresh();
  }, [inLobby, language, served, router]);
}

export default ParticipantSession;
