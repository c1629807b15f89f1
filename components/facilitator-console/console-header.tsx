"use client";
// The console's top: the session's title and where it is, the links out, and
// the list of steps (each a button to go there).
import Link from "next/link";
import { useTranslations } from "use-intl";
import type { useConsole } from "../../lib/client/live-hooks";
import type { ConsoleState } from "../../lib/events";
import { ConnectionBadge } from "../connection-badge";
import styles from "../facilitator-console.module.css";

/** Where the session is: ended, in the lobby, or at step n of m. */
export function useWhere(state: ConsoleState, stepIndex: number, lobbyKey: "lobby" | "lobbyJoining") {
  const t = useTranslations("console.status");
  return state.status === "ended" ? t("ended") : state.status === "lobby" ? t(lobbyKey) : t("step", { step: stepIndex + 1, count: state.stepCount });
}

export function ConsoleHeader({
  state,
  sessionId,
  stepIndex,
  connection,
}: {
  state: ConsoleState;
  sessionId: string;
  stepIndex: number;
  connection: ReturnType<typeof useConsole>["connection"];
}) {
  const t = useTranslations("console.links");
  const where = useWhere(state, stepIndex, "lobbyJoining");
  return (
    <header className={styles.header}>
      <div>
        <h1 className={styles.title} lang={state.language}>
          {state.title}
        </h1>
        <p className="muted" style={{ margin: 0 }}>
          {where}
        </p>
      </div>
      <div className="row">
        <ConnectionBadge status={connection} />
        <Link className="button quiet" href={`/screen/${sessionId}`} target="_blank">
          {t("projector")}
        </Link>
        <Link className="button quiet" href={`/summary/${sessionId}`}>
          {t("summary")}
        </Link>
        <Link className="button quiet" href="/dashboard">
          {t("sessions")}
        </Link>
      </div>
    </header>
  );
}

export function StepList({ state, stepIndex, goto }: { state: ConsoleState; stepIndex: number; goto: (index: number) => unknown }) {
  const t = useTranslations("console");
  const ended = state.status === "ended";
  return (
    <nav className={styles.steps} aria-label={t("steps.label")}>
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
                <span lang={state.language}>{s.title}</span>
                {s.promptKind && (
                  <span className={styles.stepKind}>
                    {t(`kinds.${s.promptKind}`)}
                    {s.promptState === "open" ? t("steps.open") : s.promptState === "closed" ? t("steps.closed") : ""}
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
