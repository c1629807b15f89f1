// What the moderation panel shows: the entries of the current filter and
// search, and which of them "Approve all waiting" may act on. Answers the
// safety net holds ("may need care") are never approved together: each needs
// its own decision (the server enforces it too).

import type { ConsoleState } from "../events";

/** One answer in the console's moderation queue (its own module's type, so the panel's parts share it without importing each other). */
export type ModerationEntry = NonNullable<ConsoleState["moderation"]>["entries"][number];

export type ModerationStatus = "pending" | "approved" | "hidden";
export type ModerationFilter = ModerationStatus | "all";

export type ModerationItem =
  | { kind: "open_text"; text: string; responseId?: string; status: ModerationStatus; mayNeedCare?: boolean }
  | { kind: "word_cloud"; words: string[]; responseId?: string; status: ModerationStatus; mayNeedCare?: boolean };

/** An entry's text as shown and searched; `onlyFiltered` stands in for a word-cloud answer whose every word the filter dropped. */
export function entryText(entry: ModerationItem, onlyFiltered: string): string {
  return entry.kind === "open_text" ? entry.text : entry.words.join(", ") || onlyFiltered;
}

export function shownEntries<E extends ModerationItem>(entries: readonly E[], filter: ModerationFilter, search: string, onlyFiltered: string): E[] {
  const needle = search.trim().toLocaleLowerCase();
  return entries.filter((e) => e.responseId && (filter === "all" || e.status === filter) && (!needle || entryText(e, onlyFiltered).toLocaleLowerCase().includes(needle)));
}

/** The shown entries "Approve all waiting" approves: waiting, and not held by the safety net. */
export function approvableTogether<E extends ModerationItem>(shown: readonly E[]): E[] {
  return shown.filter((e) => e.status === "pending" && !e.mayNeedCare);
}

/** How many waiting answers the safety net holds for a decision of their own. */
export function heldForCare(entries: readonly ModerationItem[]): number {
  return entries.filter((e) => e.status === "pending" && e.mayNeedCare).length;
}
