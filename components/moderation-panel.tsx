"use client";
// The facilitator's moderation panel: its own scrolling list, filtered by
// status (waiting / approved / hidden, with counts) and by a search, so a
// room of 400 never pushes the console's controls out of reach. Keyboard:
// ↑ ↓ move between answers, A approves, H hides, W puts one back to waiting
// (moderation-panel/use-moderation-keys.ts).
// "Approve all waiting" acts on exactly what the filter shows, except answers
// the safety net holds ("may need care"): each of those needs its own
// decision (the server enforces it too; lib/client/moderation-view.ts).
import { useId, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import { approvableTogether, entryText, heldForCare, shownEntries, type ModerationEntry, type ModerationFilter, type ModerationStatus } from "../lib/client/moderation-view";
import type { ConsoleState } from "../lib/events";
import { ModerationEntryItem } from "./moderation-panel/moderation-entry";
import { useModerationKeys } from "./moderation-panel/use-moderation-keys";
import styles from "./moderation-panel.module.css";

type Moderation = NonNullable<ConsoleState["moderation"]>;

const FILTERS: ModerationFilter[] = ["pending", "approved", "hidden", "all"];

export function ModerationPanel({
  moderation,
  threshold,
  language,
  onSet,
  onBlock,
}: {
  moderation: Moderation;
  threshold: number;
  /** the session's language (the answers' lang) */
  language: string;
  /** `individual`: a decision on this one entry (the only kind that approves one that may need care) */
  onSet: (entries: ModerationEntry[], status: ModerationStatus, individual?: boolean) => void;
  /** block this answer's author (the server finds who; the console never learns it) */
  onBlock?: (entry: ModerationEntry) => void;
}) {
  const t = useTranslations("console.moderation");
  const onlyFiltered = t("onlyFiltered");
  const headingId = useId();
  const [filter, setFilter] = useState<ModerationFilter>("pending");
  const [search, setSearch] = useState("");

  const counts = moderation.counts ?? { pending: 0, approved: 0, hidden: 0 };
  const total = counts.pending + counts.approved + counts.hidden;
  const shown = useMemo(() => shownEntries(moderation.entries, filter, search, onlyFiltered), [moderation.entries, filter, search, onlyFiltered]);
  const waitingShown = approvableTogether(shown);
  const held = heldForCare(moderation.entries);
  const keys = useModerationKeys({ entries: moderation.entries, shown, decide: (entry, status) => onSet([entry], status, true) });

  if (moderation.suppressed)
    return (
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {t("heading")}
        </h2>
        <p className="muted">{t("suppressed", { threshold })}</p>
      </section>
    );

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          {t("heading")}
        </h2>
        <button className="button secondary" type="button" disabled={waitingShown.length === 0} onClick={() => onSet(waitingShown, "approved")}>
          {/* answers that may need care are never in "all": compare with the waiting ones that can be approved together */}
          {waitingShown.length === counts.pending - held ? t("approveAll", { count: waitingShown.length }) : t("approveShown", { count: waitingShown.length })}
        </button>
      </div>
      <p className={styles.hint}>{moderation.kind === "open_text" ? t("openTextHint") : t("cloudHint")}</p>
      {held > 0 && (
        <p className={styles.care} role="status">
          {t("care", { count: held })} {t("careNobody")}
        </p>
      )}
      <div className={styles.filters}>
        <div role="group" aria-label={t("show")} className={styles.filterGroup}>
          {FILTERS.map((f) => (
            <button
              key={f}
              type="button"
              className={styles.filter}
              aria-pressed={filter === f}
              onClick={() => {
                setFilter(f);
                keys.setFocusIndex(0);
              }}
            >
              {t(`filters.${f}`)} <span className={styles.filterCount}>{f === "all" ? total : counts[f]}</span>
            </button>
          ))}
        </div>
        <label className={styles.search}>
          <span className="visually-hidden">{t("find")}</span>
          <input type="search" placeholder={t("find")} value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {t("shown", { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className={styles.empty}>{filter === "pending" && !search ? t("nothingWaiting") : t("noMatch")}</p>
      ) : (
        <ul ref={keys.listRef} className={styles.list} onKeyDown={keys.onKeyDown} aria-label={t("list", { count: shown.length })}>
          {shown.map((entry, i) => (
            <ModerationEntryItem
              key={entry.responseId}
              entry={entry}
              text={entryText(entry, onlyFiltered)}
              language={language}
              focused={i === keys.current}
              onFocus={() => keys.setFocusIndex(i)}
              onSet={(status) => onSet([entry], status, true)}
              onBlock={onBlock ? () => onBlock(entry) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
