"use client";
// Reactions on a text step ("This resonates", …): a toggle each, with the room's count.
import { useState, useId } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../../lib/client/errors";
import { REACTION_KINDS, type ReactionKind } from "../../lib/reactions";
import styles from "../participant-session.module.css";

export function Reactions({
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
  const t = useTranslations("participant.reactions");
  const tErrors = useTranslations("common.errors");
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
      const code = errorCodeOf(e);
      setError(code ? tErrors(code) : t("failed"));
    } finally {
      setPending(null);
    }
  };
  return (
    <div className={styles.reactions}>
      <p id={`${baseId}-label`} className={styles.reactionsLabel}>
        {t("label")}
      </p>
      <div role="group" aria-labelledby={`${baseId}-label`} className={styles.reactionButtons}>
        {REACTION_KINDS.map((kind) => {
          const active = mine.includes(kind);
          const count = counts[kind] ?? 0;
          return (
            <button key={kind} type="button" className={styles.reaction} aria-pressed={active} aria-busy={pending === kind} onClick={() => void toggle(kind)}>
              <span className={styles.reactionMark} aria-hidden="true">
                {active ? "✓" : "+"}
              </span>
              <span>
                <span className="visually-hidden">{`${t("react")} `}</span>
                {t(kind)}
              </span>
              <span className={styles.reactionCount}>
                {count}
                <span className="visually-hidden">{` ${t("count", { count })}`}</span>
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
