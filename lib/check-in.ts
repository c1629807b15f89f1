// Check-in requests: "I'd like someone to check in with me". A participant
// asks privately (with an optional note) and gets a short request number to
// mention later if they want to talk; only the session's facilitator sees the
// request, and marking it seen or done is shown on the asker's phone alone.

export type CheckInStatus = "new" | "seen" | "done";
export const CHECK_IN_STATUSES = ["new", "seen", "done"] as const satisfies readonly CheckInStatus[];

/** new and seen are open: a participant has at most one open request at a time. */
export const isOpenCheckIn = (status: CheckInStatus) => status !== "done";

/** Long enough for "please find me at the break, I'm by the window"; short enough to stay a note. */
export const CHECK_IN_NOTE_MAX = 280;

/** What the asker's phone knows about its own request. */
export type OwnCheckIn = { number: number; note: string; status: CheckInStatus };

/** What the facilitator's console shows: no participant identifier of any kind. */
export type CheckInView = {
  id: string;
  number: number;
  note: string;
  status: CheckInStatus;
  /** ISO time it was asked */
  createdAt: string;
  /** the note matched the safety net's phrase list (lib/distress-phrases.ts) */
  mayNeedCare: boolean;
};

/**
 * A request number nobody else in the session has. Two digits (10–99) while
 * there is room, three (100–999) after: short enough to say out loud or type
 * in a chat, and random rather than counting up, so a number says nothing
 * about who asked or when. `random` returns [0, 1) (Math.random in
 * production; a fixed sequence in tests).
 */
export function pickRequestNumber(taken: ReadonlySet<number>, random: () => number = Math.random): number {
  for (const [low, high] of [
    [10, 99],
    [100, 999],
    [1000, 9999],
  ] as const) {
    const size = high - low + 1;
    let free = 0;
    for (let n = low; n <= high; n++) if (!taken.has(n)) free++;
    // leave a range once it is mostly used: random picks would keep colliding
    if (free < size / 4) continue;
    let skip = Math.floor(random() * free);
    for (let n = low; n <= high; n++) {
      if (taken.has(n)) continue;
      if (skip-- === 0) return n;
    }
  }
  throw new Error("no free request number");
}

/** "Request 47" */
export const requestLabel = (number: number) => `Request ${number}`;
