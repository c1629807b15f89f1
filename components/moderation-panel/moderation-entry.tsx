"use client";
// One answer in the moderation list: its text, what the filters noticed, its
// status and the decisions it can still take. Only the focused answer is in
// the tab order (the list's roving tabindex).
import { useTranslations } from "use-intl";
import type { ModerationEntry, ModerationStatus } from "../../lib/client/moderation-view";
import styles from "../moderation-panel.module.css";

export function ModerationEntryItem({
  entry,
  text,
  language,
  focused,
  onFocus,
  onSet,
  onBlock,
}: {
  entry: ModerationEntry;
  text: string;
  /** the session's language, which answers are usually written in */
  language: string;
  focused: boolean;
  onFocus: () => void;
  onSet: (status: ModerationStatus) => void;
  onBlock?: () => void;
}) {
  const t = useTranslations("console.moderation");
  const tabIndex = focused ? 0 : -1;
  const status = t(`filters.${entry.status}`);
  return (
    <li data-status={entry.status} tabIndex={tabIndex} aria-label={t("entry", { status, care: entry.mayNeedCare ? "yes" : "no", text })} onFocus={onFocus} className={styles.entry}>
      <p className={styles.text}>
        <span lang={language}>{text}</span>
        {entry.kind === "open_text" && entry.flagged && <strong className={styles.flag}>{t("flagged")}</strong>}
        {entry.mayNeedCare && <strong className={styles.flag}>{t("mayNeedCare")}</strong>}
      </p>
      <div className={styles.actions}>
        <span className={styles.status}>{status}</span>
        {entry.status !== "approved" && (
          <button className="button secondary" type="button" tabIndex={tabIndex} onClick={() => onSet("approved")}>
            {t("approve")}
          </button>
        )}
        {entry.status !== "hidden" && (
          <button className="button quiet" type="button" tabIndex={tabIndex} onClick={() => onSet("hidden")}>
            {t("hide")}
          </button>
        )}
        {onBlock && (
          <button className="button quiet" type="button" tabIndex={tabIndex} onClick={onBlock}>
            {t("block")}
          </button>
        )}
      </div>
    </li>
  );
}
