"use client";
// The moderation list's keyboard: ↑ ↓ Home End move between answers, A
// approves, H hides, W puts one back to waiting. One answer at a time is in
// the tab order (a roving tabindex); after a decision by key the answer may
// leave the filtered list, so the focus stays at the same place, on the
// answer that moved up into it.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { ModerationItem, ModerationStatus } from "../../lib/client/moderation-view";

export function useModerationKeys<E extends ModerationItem>({
  entries,
  shown,
  decide,
}: {
  entries: readonly E[];
  shown: readonly E[];
  decide: (entry: E, status: ModerationStatus) => void;
}) {
  const [focusIndex, setFocusIndex] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const current = Math.min(focusIndex, Math.max(0, shown.length - 1));
  const refocus = useRef<{ responseId: string; status: ModerationStatus } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` is a trigger: focus moves once the filtered list has re-rendered
  useEffect(() => {
    const decided = refocus.current;
    if (!decided) return;
    const now = entries.find((e) => e.responseId === decided.responseId);
    if (now && now.status !== decided.status) return; // the decision has not come back yet
    refocus.current = null;
    (listRef.current?.children[current] as HTMLElement | undefined)?.focus();
  }, [entries, shown, current]);

  const focusEntry = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setFocusIndex(next);
    (listRef.current?.children[next] as HTMLElement | undefined)?.focus();
  };
  const decideByKey = (entry: E, status: ModerationStatus) => {
    if (entry.responseId) refocus.current = { responseId: entry.responseId, status };
    decide(entry, status);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const entry = shown[current];
    const key = event.key.toLowerCase();
    if (event.key === "ArrowDown") focusEntry(current + 1);
    else if (event.key === "ArrowUp") focusEntry(current - 1);
    else if (event.key === "Home") focusEntry(0);
    else if (event.key === "End") focusEntry(shown.length - 1);
    else if (entry && key === "a" && entry.status !== "approved") decideByKey(entry, "approved");
    else if (entry && key === "h" && entry.status !== "hidden") decideByKey(entry, "hidden");
    else if (entry && key === "w" && entry.status !== "pending") decideByKey(entry, "pending");
    else return;
    // the console's own keys (← → O R) are not for this list
    event.preventDefault();
    event.stopPropagation();
  };
  return { listRef, current, setFocusIndex, onKeyDown };
}
