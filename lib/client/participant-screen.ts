// Which screen the participant's phone shows, decided from what it knows. Pure: no React.
//
// The order matters and is the phone's promise: an ended session says so even if the rejoin was refused
// for it; a join that failed says why; the content note comes before anything else of the session, once
// per tab — for an open session already before the join answered, since the page's HTML carries it
// (lib/participant-first-screen.ts); then the lobby, a moment between steps, or the step. The screen's name is also how the phone
// notices a change (to scroll to the top, move focus and announce the next part): a new step is a new
// name. Used by components/participant-session.tsx; tested in tests/unit/participant-screen.test.ts.
import type { RoomState } from "../events";
import type { ClientErrorCode } from "./errors";

export type ParticipantScreen =
  | { kind: "joining"; retrying: boolean }
  | { kind: "ended" }
  | { kind: "joinProblem" }
  | { kind: "note" }
  | { kind: "lobby" }
  | { kind: "between" }
  | { kind: "step"; stepId: string };

export type ScreenInput = {
  /** the room as this phone last heard it (undefined before the first join answered) */
  state: RoomState | undefined;
  /** the join failed (and why, when it was a refusal with a code; "UNKNOWN" for anything else) */
  errorCode: ClientErrorCode | "UNKNOWN" | null;
  /** whether the session's content note was seen in this tab; null while not yet read from storage */
  noteSeen: boolean | null;
  /** the join is being tried again */
  retrying: boolean;
  /** the page came with the session's content note (an open session's first screen): it shows while the join is under way */
  noteFirst?: boolean;
};

export function participantScreen({ state, errorCode, noteSeen, retrying, noteFirst = false }: ScreenInput): ParticipantScreen {
  if (!state && !errorCode) return noteFirst && noteSeen === false ? { kind: "note" } : { kind: "joining", retrying };
  if (errorCode === "SESSION_ENDED" || state?.status === "ended") return { kind: "ended" };
  if (!state) return { kind: "joinProblem" };
  const hasNote = state.contentNote.trim() !== "";
  // the note's "seen" flag is not read yet: wait rather than flash the lobby first
  if (hasNote && noteSeen === null) return { kind: "joining", retrying: false };
  if (hasNote && !noteSeen) return { kind: "note" };
  if (state.status === "lobby") return { kind: "lobby" };
  if (!state.step) return { kind: "between" };
  return { kind: "step", stepId: state.step.id };
}

/** The screen's name: a change of name is a change of screen. */
export function screenName(screen: ParticipantScreen, errorCode: ClientErrorCode | "UNKNOWN" | null): string {
  switch (screen.kind) {
    case "joining":
      return "joining";
    case "ended":
      return "ended";
    case "joinProblem":
      return `error-${errorCode}`;
    case "note":
      return "note";
    case "lobby":
      return "lobby";
    case "between":
      return "between";
    case "step":
      return `step-${screen.stepId}`;
  }
}
