"use client";
// The current step as the facilitator reads it: its text, their own notes,
// the room's reactions, and the keys that work here.
import { useTranslations } from "use-intl";
import type { ConsoleState } from "../../lib/events";
import { isReactionKind } from "../../lib/reactions";
import styles from "../facilitator-console.module.css";
import { StepBody } from "../step-body";

export function StepCard({ state }: { state: ConsoleState }) {
  const t = useTranslations("console");
  if (!state.step) return null;
  return (
    <>
      <section className="card stack" aria-labelledby="step-title" lang={state.language}>
        <h2 id="step-title">{state.step.title}</h2>
        <StepBody markdown={state.step.body} />
        {state.facilitatorNotes && (
          <aside className={styles.notes} aria-label={t("step.notes")}>
            <h3>{t("step.yourNotes")}</h3>
            <StepBody markdown={state.facilitatorNotes} />
          </aside>
        )}
      </section>
      {!state.step.prompt && state.step.reactionsEnabled && (
        <p className="muted">
          {t("step.reactions")}{" "}
          {Object.entries(state.reactions)
            .map(([k, n]) => `${isReactionKind(k) ? t(`reactions.${k}`) : k}: ${n}`)
            .join(" · ") || t("step.none")}
        </p>
      )}
    </>
  );
}

export function KeyboardHelp({ wallPages }: { wallPages: boolean }) {
  const t = useTranslations("console.keys");
  return (
    <p className={styles.shortcuts}>
      {t("keyboard")} <span className="kbd">←</span> <span className="kbd">→</span> {t("steps")} · <span className="kbd">O</span> {t("openClose")} · <span className="kbd">R</span>{" "}
      {t("revealHide")}
      {wallPages ? (
        <>
          {" "}
          · <span className="kbd">[</span> <span className="kbd">]</span> {t("pages")} · <span className="kbd">P</span> {t("pause")}
        </>
      ) : null}
    </p>
  );
}
