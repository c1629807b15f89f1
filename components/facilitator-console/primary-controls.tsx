"use client";
// The primary controls: sticky, so they stay in reach however long the
// content below (steps, the prompt, the projector's pages, the live counts).
import { useTranslations } from "use-intl";
import type { ConsoleState } from "../../lib/events";
import styles from "../facilitator-console.module.css";
import { useWhere } from "./console-header";
import type { ConsoleControls } from "./use-console-controls";

export function PrimaryControls({ state, controls }: { state: ConsoleState; controls: ConsoleControls }) {
  const t = useTranslations("console.controls");
  const { prompt, stepIndex, goto, toggleOpen, toggleReveal, wallPages, wallPaused, pageWall } = controls;
  const ended = state.status === "ended";
  const where = useWhere(state, stepIndex, "lobby");
  return (
    <section className={styles.controls} aria-label={t("label")}>
      <p className={styles.where}>
        {where}
        {state.step ? (
          <span className={styles.whereTitle} lang={state.language}>
            {" "}
            · {state.step.title}
          </span>
        ) : null}
      </p>
      <div className={styles.controlRow}>
        {state.status === "running" && (
          <div className="row" role="group" aria-label={t("move")}>
            <button className="button quiet" type="button" disabled={stepIndex === 0} onClick={() => void goto(stepIndex - 1)} aria-keyshortcuts="ArrowLeft">
              {t("previous")}
            </button>
            <button className="button" type="button" disabled={stepIndex >= state.stepCount - 1} onClick={() => void goto(stepIndex + 1)} aria-keyshortcuts="ArrowRight">
              {t("next")}
            </button>
          </div>
        )}
        {state.status === "lobby" && (
          <button className="button" type="button" onClick={() => void goto(0)}>
            {t("start")}
          </button>
        )}
        {prompt && (
          <div className="row" role="group" aria-label={t("prompt")}>
            <button className="button" type="button" onClick={toggleOpen} disabled={ended} aria-keyshortcuts="o">
              {prompt.state === "open" ? t("close") : prompt.state === "closed" ? t("reopen") : t("open")}
            </button>
            <button className="button secondary" type="button" onClick={toggleReveal} aria-keyshortcuts="r">
              {prompt.resultsRevealed ? t("hide") : t("reveal")}
            </button>
          </div>
        )}
        {wallPages && (
          <div className="row" role="group" aria-label={t("pages")}>
            <button className="button quiet" type="button" onClick={() => pageWall("previous")} aria-keyshortcuts="[">
              {t("previousPage")}
            </button>
            <button className="button quiet" type="button" onClick={() => pageWall(wallPaused ? "resume" : "pause")} aria-keyshortcuts="p" aria-pressed={wallPaused}>
              {wallPaused ? t("resumePages") : t("pausePages")}
            </button>
            <button className="button quiet" type="button" onClick={() => pageWall("next")} aria-keyshortcuts="]">
              {t("nextPage")}
            </button>
          </div>
        )}
      </div>
      {prompt && <LiveCounts state={state} />}
    </section>
  );
}

function LiveCounts({ state }: { state: ConsoleState }) {
  const t = useTranslations("console.counts");
  const prompt = state.step?.prompt;
  if (!prompt) return null;
  const aggregate = state.aggregate;
  return (
    <p className={styles.counts} aria-live="polite">
      {t.rich("line", {
        answered: aggregate?.answerCount ?? 0,
        passed: aggregate?.passCount ?? 0,
        participants: state.participantCount,
        strong: (chunks) => <strong>{chunks}</strong>,
      })}
      {prompt.state === "open" ? t("open") : prompt.state === "closed" ? t("closed") : t("idle")}
      {prompt.resultsRevealed ? (prompt.resultsShownOn === "screen" ? t("screenOnly") : t("room")) : t("hidden")}
    </p>
  );
}
