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
import { approvableTogether, entryText, heldForCare, shownEntries, type ModerationEntry, type ModerationFilter, type ModerationStatus } from "../lib/client/moderation-view";
import type { ConsoleState } from "../lib/events";
import { ModerationEntryItem } from "./moderation-panel/moderation-entry";
import { useModerationKeys } from "./moderation-panel/use-moderation-keys";
import styles from "./moderation-panel.module.css";

type Moderation = NonNullable<ConsoleState["moderation"]>;

const FILTERS: { value: ModerationFilter; label: string }[] = [
  { value: "pending", label: "Waiting" },
  { value: "approved", label: "Approved" },
  { value: "hidden", label: "Hidden" },
  { value: "all", label: "All" },
];
const ONLY_FILTERED = "(only filtered words)";

export function ModerationPanel({
  moderation,
  threshold,
  onSet,
  onBlock,
}: {
  moderation: Moderation;
  threshold: number;
  /** `individual`: a decision on this one entry (the only kind that approves one that may need care) */
  onSet: (entries: ModerationEntry[], status: ModerationStatus, individual?: boolean) => void;
  /** block this answer's author (the server finds who; the console never learns it) */
  onBlock?: (entry: ModerationEntry) => void;
}) {
  const headingId = useId();
  const [filter, setFilter] = useState<ModerationFilter>("pending");
  const [search, setSearch] = useState("");

  const counts = moderation.counts ?? { pending: 0, approved: 0, hidden: 0 };
  const total = counts.pending + counts.approved + counts.hidden;
  const shown = useMemo(() => shownEntries(moderation.entries, filter, search, ONLY_FILTERED), [moderation.entries, filter, search]);
  const waitingShown = approvableTogether(shown);
  const held = heldForCare(moderation.entries);
  const keys = useModerationKeys({ entries: moderation.entries, shown, decide: (entry, status) => onSet([entry], status, true) });

  if (moderation.suppressed)
    return (
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          Moderation
        </h2>
        <p className="muted">Answers to moderate appear once at least {threshold} people have answered (anonymity threshold).</p>
      </section>
    );

  return (
    <section className={`card ${styles.panel}`} aria-labelledby={headingId}>
      <div className={styles.top}>
        <h2 id={headingId} className={styles.heading}>
          Moderation
        </h2>
        <button className="button secondary" type="button" disabled={waitingShown.length === 0} onClick={() => onSet(waitingShown, "approved")}>
          {/* answers that may need care are never in "all": compare with the waiting ones that can be approved together */}
          {waitingShown.length === counts.pending - held ? `Approve all waiting (${waitingShown.length})` : `Approve the ${waitingShown.length} waiting shown`}
        </button>
      </div>
      <p className={styles.hint}>
        {moderation.kind === "open_text"
          ? "Only approved answers reach the projector and phones."
          : "Words show in the cloud unless you hide them; the profanity filter drops matched words automatically."}
      </p>
      {held > 0 && (
        <p className={styles.care} role="status">
          {held === 1
            ? "1 answer may need care: it stays out of “Approve all” and off the screen until you decide on it. Its author has privately been shown the support card."
            : `${held} answers may need care: they stay out of “Approve all” and off the screen until you decide on each. Their authors have privately been shown the support card.`}{" "}
          You don&apos;t know who wrote them, and nobody else does.
        </p>
      )}
      <div className={styles.filters}>
        <div role="group" aria-label="Show answers" className={styles.filterGroup}>
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              className={styles.filter}
              aria-pressed={filter === f.value}
              onClick={() => {
                setFilter(f.value);
                keys.setFocusIndex(0);
              }}
            >
              {f.label} <span className={styles.filterCount}>{f.value === "all" ? total : counts[f.value]}</span>
            </button>
          ))}
        </div>
        <label className={styles.search}>
          <span className="visually-hidden">Find in answers</span>
          <input type="search" placeholder="Find in answers" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {shown.length} shown
      </p>
      {shown.length === 0 ? (
        <p className={styles.empty}>{filter === "pending" && !search ? "Nothing is waiting." : "No answers match."}</p>
      ) : (
        <ul
          ref={keys.listRef}
          className={styles.list}
          onKeyDown={keys.onKeyDown}
          aria-label={`Answers (${shown.length}). Up and down arrows move; A approves, H hides, W puts back to waiting.`}
        >
          {shown.map((entry, i) => (
            <ModerationEntryItem
              key={entry.responseId}
              entry={entry}
              text={entryText(entry, ONLY_FILTERED)}
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
