"use client";
// The facilitator's moderation panel: its own scrolling list, filtered by
// status (waiting / approved / hidden, with counts) and by a search, so a
// room of 400 never pushes the console's controls out of reach. Keyboard:
// ↑ ↓ move between answers, A approves, H hides, W puts one back to waiting.
// "Approve all waiting" acts on exactly what the filter shows, except answers
// the safety net holds ("may need care"): each of those needs its own
// decision (the server enforces it too).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ConsoleState } from "../lib/events";
import styles from "./moderation-panel.module.css";

type Moderation = NonNullable<ConsoleState["moderation"]>;
export type ModerationEntry = Moderation["entries"][number];
type Status = ModerationEntry["status"];
type Filter = Status | "all";

const FILTERS: { value: Filter; label: string }[] = [
  { value: "pending", label: "Waiting" },
  { value: "approved", label: "Approved" },
  { value: "hidden", label: "Hidden" },
  { value: "all", label: "All" },
];
const STATUS_LABEL: Record<Status, string> = { pending: "Waiting", approved: "Approved", hidden: "Hidden" };

function entryText(entry: ModerationEntry): string {
  return entry.kind === "open_text" ? entry.text : entry.words.join(", ") || "(only filtered words)";
}

export function ModerationPanel({
  moderation,
  threshold,
  onSet,
  onBlock,
}: {
  moderation: Moderation;
  threshold: number;
  /** `individual`: a decision on this one entry (the only kind that approves one that may need care) */
  onSet: (entries: ModerationEntry[], status: Status, individual?: boolean) => void;
  /** block this answer's author (the server finds who; the console never learns it) */
  onBlock?: (entry: ModerationEntry) => void;
}) {
  const headingId = useId();
  const [filter, setFilter] = useState<Filter>("pending");
  const [search, setSearch] = useState("");
  const [focusIndex, setFocusIndex] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  const counts = moderation.counts ?? { pending: 0, approved: 0, hidden: 0 };
  const total = counts.pending + counts.approved + counts.hidden;
  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return moderation.entries.filter((e) => e.responseId && (filter === "all" || e.status === filter) && (!needle || entryText(e).toLocaleLowerCase().includes(needle)));
  }, [moderation.entries, filter, search]);
  const waitingShown = shown.filter((e) => e.status === "pending" && !e.mayNeedCare);
  const held = moderation.entries.filter((e) => e.status === "pending" && e.mayNeedCare).length;
  const current = Math.min(focusIndex, Math.max(0, shown.length - 1));
  // after a decision by key the answer may leave the filtered list: keep the
  // focus at the same place, on the answer that moved up into it
  const refocus = useRef<{ responseId: string; status: Status } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` is a trigger: focus moves once the filtered list has re-rendered
  useEffect(() => {
    const decided = refocus.current;
    if (!decided) return;
    const now = moderation.entries.find((e) => e.responseId === decided.responseId);
    if (now && now.status !== decided.status) return; // the decision has not come back yet
    refocus.current = null;
    (listRef.current?.children[current] as HTMLElement | undefined)?.focus();
  }, [moderation.entries, shown, current]);

  if (moderation.suppressed)
    return (
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          Moderation
        </h2>
        <p className="muted">Answers to moderate appear once at least {threshold} people have answered (anonymity threshold).</p>
      </section>
    );

  const focusEntry = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setFocusIndex(next);
    (listRef.current?.children[next] as HTMLElement | undefined)?.focus();
  };
  const decide = (entry: ModerationEntry, status: Status) => {
    if (entry.responseId) refocus.current = { responseId: entry.responseId, status };
    onSet([entry], status, true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const entry = shown[current];
    const key = event.key.toLowerCase();
    if (event.key === "ArrowDown") focusEntry(current + 1);
    else if (event.key === "ArrowUp") focusEntry(current - 1);
    else if (event.key === "Home") focusEntry(0);
    else if (event.key === "End") focusEntry(shown.length - 1);
    else if (entry && key === "a" && entry.status !== "approved") decide(entry, "approved");
    else if (entry && key === "h" && entry.status !== "hidden") decide(entry, "hidden");
    else if (entry && key === "w" && entry.status !== "pending") decide(entry, "pending");
    else return;
    // the console's own keys (← → O R) are not for this list
    event.preventDefault();
    event.stopPropagation();
  };

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
                setFocusIndex(0);
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
          ref={listRef}
          className={styles.list}
          onKeyDown={onKeyDown}
          aria-label={`Answers (${shown.length}). Up and down arrows move; A approves, H hides, W puts back to waiting.`}
        >
          {shown.map((entry, i) => (
            <li
              key={entry.responseId}
              data-status={entry.status}
              tabIndex={i === current ? 0 : -1}
              aria-label={`${STATUS_LABEL[entry.status]}${entry.mayNeedCare ? ", may need care" : ""}: ${entryText(entry)}`}
              onFocus={() => setFocusIndex(i)}
              className={styles.entry}
            >
              <p className={styles.text}>
                {entryText(entry)}
                {entry.kind === "open_text" && entry.flagged && <strong className={styles.flag}> · flagged by the profanity filter</strong>}
                {entry.mayNeedCare && <strong className={styles.flag}> · may need care</strong>}
              </p>
              <div className={styles.actions}>
                <span className={styles.status}>{STATUS_LABEL[entry.status]}</span>
                {entry.status !== "approved" && (
                  <button className="button secondary" type="button" tabIndex={i === current ? 0 : -1} onClick={() => onSet([entry], "approved", true)}>
                    Approve
                  </button>
                )}
                {entry.status !== "hidden" && (
                  <button className="button quiet" type="button" tabIndex={i === current ? 0 : -1} onClick={() => onSet([entry], "hidden", true)}>
                    Hide
                  </button>
                )}
                {onBlock && (
                  <button className="button quiet" type="button" tabIndex={i === current ? 0 : -1} onClick={() => onBlock(entry)}>
                    Block author
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
