"use client";
// One answer in the moderation list: its text, what the filters noticed, its
// status and the decisions it can still take. Only the focused answer is in
// the tab order (the list's roving tabindex).
import type { ModerationEntry } from "../../lib/client/moderation-view";
import styles from "../moderation-panel.module.css";
import type { ModerationStatus } from "../../lib/client/moderation-view";

export const STATUS_LABEL: Record<ModerationStatus, string> = { pending: "Waiting", approved: "Approved", hidden: "Hidden" };

export function ModerationEntryItem({
  entry,
  text,
  focused,
  onFocus,
  onSet,
  onBlock,
}: {
  entry: ModerationEntry;
  text: string;
  focused: boolean;
  onFocus: () => void;
  onSet: (status: ModerationStatus) => void;
  onBlock?: () => void;
}) {
  const tabIndex = focused ? 0 : -1;
  return (
    <li
      data-status={entry.status}
      tabIndex={tabIndex}
      aria-label={`${STATUS_LABEL[entry.status]}${entry.mayNeedCare ? ", may need care" : ""}: ${text}`}
      onFocus={onFocus}
      className={styles.entry}
    >
      <p className={styles.text}>
        {text}
        {entry.kind === "open_text" && entry.flagged && <strong className={styles.flag}> · flagged by the profanity filter</strong>}
        {entry.mayNeedCare && <strong className={styles.flag}> · may need care</strong>}
      </p>
      <div className={styles.actions}>
        <span className={styles.status}>{STATUS_LABEL[entry.status]}</span>
        {entry.status !== "approved" && (
          <button className="button secondary" type="button" tabIndex={tabIndex} onClick={() => onSet("approved")}>
            Approve
          </button>
        )}
        {entry.status !== "hidden" && (
          <button className="button quiet" type="button" tabIndex={tabIndex} onClick={() => onSet("hidden")}>
            Hide
          </button>
        )}
        {onBlock && (
          <button className="button quiet" type="button" tabIndex={tabIndex} onClick={onBlock}>
            Block author
          </button>
        )}
      </div>
    </li>
  );
}
