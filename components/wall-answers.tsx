"use client";
// The wall as the console shows it: the answers the room has been shown (the
// released wall, the same the projector pages through), so the facilitator
// can block the author of one they see up there. The entry carries only the
// answer's id; the server finds the person behind it and never says who.
import { useTranslations } from "use-intl";
import styles from "./wall-answers.module.css";

export type WallEntry = { responseId?: string; text: string };

export function WallAnswers({ entries, disabled, onBlock }: { entries: readonly WallEntry[]; disabled: boolean; onBlock: (responseId: string) => void }) {
  const t = useTranslations("console.wall");
  const blockable = entries.filter((e): e is Required<WallEntry> => typeof e.responseId === "string" && e.responseId !== "");
  if (blockable.length === 0) return null;
  return (
    <details className={styles.wall}>
      <summary>{t("summary", { count: blockable.length })}</summary>
      <p className={styles.hint}>{t("hint")}</p>
      <ul className={styles.list} aria-label={t("list")}>
        {blockable.map((entry) => (
          <li key={entry.responseId} className={styles.entry}>
            <p className={styles.text}>{entry.text}</p>
            <button className="button quiet" type="button" disabled={disabled} onClick={() => onBlock(entry.responseId)}>
              {t.rich("block", {
                text: entry.text.length > 60 ? `${entry.text.slice(0, 60)}…` : entry.text,
                hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
              })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The one question before any block, wherever it is made from. */
export function useConfirmBlockAuthor(): () => boolean {
  const t = useTranslations("console.wall");
  return () => window.confirm(t("confirmBlock"));
}
