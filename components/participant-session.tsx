"use client";
// The participant's phone: join by code, then follow the session.
// Screens: joining → (error) → content note → lobby → running steps → thank-you.
// Support resources are one tap away on every screen.
//
// An open session's page comes with its content note (firstScreen, lib/participant-first-screen.ts):
// the note and its "Continue" are in the page's HTML, and the page's early script (rendered first,
// lib/client/early-taps.ts) makes "Continue", "Leave quickly" and "Support" work before React has
// arrived; the socket's join follows, and React takes over what the script did.
//
// Which screen shows is decided in lib/client/participant-screen.ts; the screens are in
// components/participant-session/, what the phone remembers in its tab in use-remembered-session.ts.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTranslations } from "use-intl";
import type { SupportResources } from "../lib/events";
import type { Locale } from "../lib/i18n/locales";
import { formatJoinCode } from "../lib/join-code";
import type { FirstScreen } from "../lib/participant-first-screen";
import { EARLY_TAPS_SCRIPT, NOTE_CONTINUED_ATTRIBUTE } from "../lib/client/early-taps";
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
  /** an open session's first screen, in the page's HTML before the join (null: the page waits for the join) */
  firstScreen?: FirstScreen | null;
};

export function ParticipantSession({ code, quickExitUrl, firstScreen = null }: ParticipantSessionProps) {
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
  const shellRef = useRef<HTMLDivElement>(null);
  const remembered = useRememberedSession(code, state?.resources, state?.title);
  const sessionId = state?.sessionId ?? firstScreen?.sessionId;
  const [noteSeen, continuePastNote] = useContentNoteSeen(code, sessionId, firstScreen ? false : null);

  const title = state?.title ?? firstScreen?.title ?? remembered.title ?? "Hearth";
  const language = state?.language ?? firstScreen?.language;
  // shown before the session's own resources are known (e.g. while joining), in the interface's language
  const resources = state?.resources ?? firstScreen?.resources ?? remembered.resources ?? { title: t("fallbackSupport.title"), intro: t("fallbackSupport.intro"), items: [] };
  const errorCode = error instanceof CommandError ? error.code : error ? "UNKNOWN" : null;

  // The page's own <title> ("Session · Hearth") is streamed in by Next.js and can arrive after this
  // effect ran (seen in the end-to-end test): put ours back whenever the head's title changes.
  useEffect(() => {
    const title = state?.title ?? firstScreen?.title;
    const wanted = title ? t("documentTitle", { title }) : t("documentTitleJoining");
    const apply = () => {
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [state, firstScreen, t]);

  useInterfaceFollowsRoom(state);

  const shown = participantScreen({ state, errorCode, noteSeen, retrying: failureCount > 0, noteFirst: firstScreen !== null });
  const screen = screenName(shown, errorCode);
  // the early script hid the note (a tap before React ran): React shows the screen after it now
  useEffect(() => {
    if (shown.kind !== "note") shellRef.current?.removeAttribute(NOTE_CONTINUED_ATTRIBUTE);
  }, [shown.kind]);
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
        contentNote={state?.contentNote ?? firstScreen?.contentNote ?? ""}
        language={language}
        onRetry={() => void refetch()}
        onContinue={continuePastNote}
        early={firstScreen ? { code, sessionId: firstScreen.sessionId } : undefined}
      />
    );
  }

  return (
    <div className={styles.shell} ref={shellRef} data-participant-shell="">
      {/* first, so the buttons below work as soon as they are drawn (lib/client/early-taps.ts); a constant, no user text */}
      <script>{EARLY_TAPS_SCRIPT}</script>
      <header className={styles.header}>
        <QuickExit exitUrl={quickExitUrl} code={code} sessionId={sessionId} />
        <div className={styles.headerText}>
          <p className={styles.sessionTitle} lang={language}>
            {title}
          </p>
          <ConnectionBadge status={connection} className={styles.badge} />
        </div>
        <ResourcesButton resources={resources} label={t("shell.support")} early />
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
  /** the note came in the page's HTML (components/participant-session/screens.tsx) */
  early: { code: string; sessionId: string } | undefined;
};

/** Every screen but a running step. */
function OtherScreen({ shown, code, error, resources, participantCount, contentNote, language, onRetry, onContinue, early }: OtherScreenProps) {
  switch (shown.kind) {
    case "joining":
      return <Joining retrying={shown.retrying} />;
    case "ended":
      return <Ended resources={resources} />;
    case "joinProblem":
      return <JoinProblem code={code} error={error} onRetry={onRetry} />;
    case "note":
      return <ContentNote note={contentNote} language={language} onContinue={onContinue} early={early} />;
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
  /** a screen other than "Joining…" was shown already (the page may start on the content note) */
  const settled = useRef(screen !== "joining");
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (previousScreen.current === screen) return;
    const wasStep = previousScreen.current.startsWith("step-");
    const firstAfterLoading = previousScreen.current === "joining" && !settled.current;
    previousScreen.current = screen;
    if (screen !== "joining") settled.current = true;
    if (screen.startsWith("step-")) {
      window.scrollTo({ top: 0 });
      if (wasStep && stepTitle !== undefined) setAnnouncement(nextPart(stepTitle));
    }
    const active = document.activeElement;
    // not on the first screen after loading: nothing was focused yet, so the first Tab reaches
    // "Leave quickly" (components/quick-exit.tsx) and a screen reader starts at the top anyway
    if ((!active || active === document.body) && firstAfterLoading) return;
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
