"use client";
// The projector: what the whole room may see, in large type. Never an
// identity, never unapproved text (the server sends only the room's view).
import { useTranslations } from "use-intl";
import { useScreen } from "../lib/client/live-hooks";
import { errorCodeOf } from "../lib/client/errors";
import { formatJoinCode } from "../lib/join-code";
import { isReactionKind } from "../lib/reactions";
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
  const t = useTranslations("projector");
  const errors = useTranslations("common.errors");
  if (isLoading)
    return (
      <main id="main" className={styles.screen}>
        <p className={styles.lead}>{t("connecting")}</p>
      </main>
    );
  if (error || !state) {
    const code = errorCodeOf(error);
    return (
      <main id="main" className={styles.screen}>
        <h1 className={styles.title}>{t("unavailable.title")}</h1>
        <p className={styles.lead} role="alert">
          {code ? errors(code) : t("unavailable.fallback")} {t("unavailable.signIn")}
        </p>
      </main>
    );
  }
  return (
    <main id="main" className={styles.screen} data-connection={connection}>
      {state.status === "lobby" && <Lobby state={state} />}
      {state.status === "running" && state.step && <Step state={state} wallCommand={wallCommand} />}
      {state.status === "ended" && (
        <div className={styles.center}>
          <h1 className={styles.title}>{t("ended.title")}</h1>
          <p className={styles.lead}>{t("ended.lead")}</p>
        </div>
      )}
      {/* the join bar: always on screen while people can still join */}
      <footer className={styles.footer} data-join-bar>
        {state.status !== "ended" && !state.locked ? (
          <span>
            {t.rich("joinBar.joinAt", {
              address: joinAddress(state.joinUrl),
              joinCode: formatJoinCode(state.joinCode),
              // the address and the code, left to right in every language
              strong: (chunks) => <strong dir="ltr">{chunks}</strong>,
              big: (chunks) => (
                <strong className={styles.footerCode} dir="ltr">
                  {chunks}
                </strong>
              ),
            })}
          </span>
        ) : (
          <span>{state.status === "ended" ? t("joinBar.ended") : t("joinBar.closed")}</span>
        )}
        <span aria-live="polite">{t("joinBar.here", { count: state.participantCount })}</span>
        {connection !== "live" && <span className={styles.offline}>{t("joinBar.reconnecting")}</span>}
      </footer>
    </main>
  );
}

/** The join address as the room types it: no scheme, the join page rather than one session's link. */
function joinAddress(joinUrl: string): string {
  return joinUrl.replace(/^https?:\/\//, "").replace(/\/j\/.*$/, "/join");
}

function Lobby({ state }: { state: RoomState }) {
  const t = useTranslations("projector.lobby");
  return (
    // the session's content (its title, a step's text) is in the session's language: lang says so to screen readers
    <div className={styles.lobby} lang={state.language}>
      <div>
        <h1 className={styles.title}>{state.title}</h1>
        <p className={styles.lead}>{t("lead")}</p>
        {/* an address and a code read left to right in every language: dir on an inline span isolates them,
            while the paragraph keeps the page's alignment */}
        <p className={styles.joinUrl}>
          <span dir="ltr">{joinAddress(state.joinUrl)}</span>
        </p>
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it was (the code read letter by letter); a visually hidden spelled-out text would be the proper fix */}
        <p className={styles.bigCode} aria-label={t("joinCode", { code: state.joinCode.split("").join(" ") })}>
          <span dir="ltr">{formatJoinCode(state.joinCode)}</span>
        </p>
        <p className={styles.lead} aria-live="polite">
          {t("joined", { count: state.participantCount })}
        </p>
      </div>
      <img className={styles.qr} src={`/api/join/${state.joinCode}/qr.svg`} alt={t("qr", { url: state.joinUrl })} />
    </div>
  );
}

function Step({ state, wallCommand }: { state: RoomState; wallCommand: WallCommand | null }) {
  const t = useTranslations("projector");
  const step = state.step!;
  const prompt = step.prompt;
  return (
    <article className={styles.step} key={step.id} lang={state.language}>
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
            {prompt.state === "open" ? `${t("step.open")} ` : prompt.state === "closed" ? `${t("step.closed")} ` : ""}
            {/* "responded": answers and passes together, so nobody's pass shows; nothing while the session hides counts */}
            {typeof state.aggregate?.respondedCount === "number" ? t("step.responded", { count: state.aggregate.respondedCount }) : ""}
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
            .map(([k, n]) => `${isReactionKind(k) ? t(`reactions.${k}`) : k}: ${n}`)
            .join("   ·   ")}
        </p>
      )}
    </article>
  );
}
