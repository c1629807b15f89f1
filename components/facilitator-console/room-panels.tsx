"use client";
// The console's side column, about the room: how to join (code, QR, lock),
// the session's language (chosen in the lobby), the step timer, pause
// requests and ending the session.
import { useId } from "react";
import { useTranslations } from "use-intl";
import type { ConsoleState } from "../../lib/events";
import { isLocale, LOCALE_NAMES, LOCALES } from "../../lib/i18n/locales";
import styles from "../facilitator-console.module.css";
import { TimerDisplay } from "../timer-display";
import type { ConsoleControls, ConsoleSend } from "./use-console-controls";

type Props = { state: ConsoleState; run: ConsoleControls["run"]; send: ConsoleSend };

export function JoinPanel({ state, run, send }: Props) {
  const t = useTranslations("console.join");
  const ended = state.status === "ended";
  return (
    <section className="card stack" aria-labelledby="join-heading">
      <h2 id="join-heading">{t("heading")}</h2>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: kept as it was (the code read letter by letter); a visually hidden spelled-out text would be the proper fix */}
      <p className={styles.code} aria-label={t("code", { code: state.joinCode.split("").join(" ") })}>
        {state.joinCode}
      </p>
      <img className={styles.qr} src={`/api/join/${state.joinCode}/qr.svg`} alt={t("qr", { url: state.joinUrl })} width={160} height={160} />
      <p className={styles.url}>{state.joinUrl}</p>
      <p aria-live="polite">{t.rich("joined", { count: state.participantCount, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <button
        className="button secondary"
        type="button"
        disabled={ended}
        onClick={() => void run(() => send("session:lock", { locked: !state.locked }))}
        aria-pressed={state.locked}
      >
        {state.locked ? t("unlock") : t("lock")}
      </button>
      {state.locked && <p className="muted">{t("locked")}</p>}
    </section>
  );
}

/**
 * The session's language: a select while the session is in the lobby (the
 * server refuses a change once it started, with CONFLICT), then read-only.
 * Each language is named in itself, and marked so, for screen readers.
 */
export function LanguagePanel({ state, run, send }: Props) {
  const t = useTranslations("console.language");
  const id = useId();
  const name = LOCALE_NAMES[state.language];
  if (state.status !== "lobby")
    return (
      <section className="card stack" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{t("label")}</h2>
        <p data-session-language={state.language}>
          <span lang={state.language}>{name}</span>
        </p>
        {state.status === "running" && <p className="muted">{t("started", { language: name })}</p>}
      </section>
    );
  return (
    <section className="card stack" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className={styles.sideHeading}>
        {t("label")}
      </label>
      <select
        id={id}
        value={state.language}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const language = event.target.value;
          if (isLocale(language)) void run(() => send("session:language", { language }));
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted">
        {t("hint")}
      </p>
    </section>
  );
}

export function TimerPanel({ state, run, send }: Props) {
  const t = useTranslations("console.timer");
  const ended = state.status === "ended";
  return (
    <section className="card stack" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t("heading")}</h2>
      <TimerDisplay timer={state.timer} />
      <div className="row">
        {state.timer.runningSince === null ? (
          <button className="button secondary" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "start" }))}>
            {t("start")}
          </button>
        ) : (
          <button className="button secondary" type="button" onClick={() => void run(() => send("timer:control", { action: "pause" }))}>
            {t("pause")}
          </button>
        )}
        <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "add_minute" }))}>
          {t("addMinute")}
        </button>
        <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("timer:control", { action: "reset" }))}>
          {t("reset")}
        </button>
      </div>
    </section>
  );
}

export function PauseRequests({ state, onReset }: { state: ConsoleState; onReset: () => void }) {
  const t = useTranslations("console.pause");
  return (
    <section className="card stack" aria-labelledby="pause-heading" data-active={state.pauseRequests > 0}>
      <h2 id="pause-heading">{t("heading")}</h2>
      <p aria-live="polite">{t.rich("asked", { count: state.pauseRequests, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {state.pauseRequests > 0 && <p className="notice">{t("notice")}</p>}
      <button className="button quiet" type="button" onClick={onReset} disabled={state.pauseRequests === 0}>
        {t("reset")}
      </button>
    </section>
  );
}

export function EndPanel({ state, run, send }: Props) {
  const t = useTranslations("console.end");
  return (
    <section className="card stack" aria-labelledby="end-heading">
      <h2 id="end-heading">{t("heading")}</h2>
      {state.status === "ended" ? (
        <p>{t("ended")}</p>
      ) : (
        <button
          className="button danger"
          type="button"
          onClick={() => {
            if (window.confirm(t("confirm"))) void run(() => send("session:end", {}));
          }}
        >
          {t("end")}
        </button>
      )}
    </section>
  );
}
