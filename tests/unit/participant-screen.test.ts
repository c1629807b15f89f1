// Which screen the participant's phone shows (lib/client/participant-screen.ts), in the order the
// phone promises: ended over everything, a failed join says why, the content note first and once,
// then the lobby, a moment between steps, or the step.
import { describe, expect, it } from "vitest";
import { participantScreen, screenName, type ScreenInput } from "../../lib/client/participant-screen";
import type { RoomState } from "../../lib/events";

const room = (over: Partial<RoomState> = {}): RoomState =>
  ({ sessionId: "s1", title: "Evening", status: "running", contentNote: "", step: { id: "st1", title: "Checking in" }, ...over }) as RoomState;
const show = (input: Partial<ScreenInput>) => participantScreen({ state: undefined, errorCode: null, noteSeen: true, retrying: false, ...input });

describe("the participant's screen", () => {
  it("joins first, and says when it is trying again", () => {
    expect(show({})).toEqual({ kind: "joining", retrying: false });
    expect(show({ retrying: true })).toEqual({ kind: "joining", retrying: true });
  });

  it("says the session ended, whether the rejoin was refused for it or the room says so", () => {
    expect(show({ errorCode: "SESSION_ENDED" })).toEqual({ kind: "ended" });
    expect(show({ state: room({ status: "ended" }) })).toEqual({ kind: "ended" });
    // even with a content note not yet seen
    expect(show({ state: room({ status: "ended", contentNote: "Hard topics" }), noteSeen: false })).toEqual({ kind: "ended" });
  });

  it("explains a join that failed", () => {
    expect(show({ errorCode: "NOT_FOUND" })).toEqual({ kind: "joinProblem" });
    expect(screenName(show({ errorCode: "PASSPHRASE_WRONG" }), "PASSPHRASE_WRONG")).toBe("error-PASSPHRASE_WRONG");
    // a lost connection after joining keeps the session on screen (the banner says it)
    expect(show({ state: room(), errorCode: "TIMEOUT" })).toEqual({ kind: "step", stepId: "st1" });
  });

  it("shows the content note before anything else, once, and waits rather than flash the lobby", () => {
    const lobby = room({ status: "lobby", contentNote: "We talk about relapse." });
    expect(show({ state: lobby, noteSeen: null })).toEqual({ kind: "joining", retrying: false });
    expect(show({ state: lobby, noteSeen: false })).toEqual({ kind: "note" });
    expect(show({ state: lobby, noteSeen: true })).toEqual({ kind: "lobby" });
    // a note of only spaces is no note
    expect(show({ state: room({ status: "lobby", contentNote: "  " }), noteSeen: false })).toEqual({ kind: "lobby" });
  });

  it("shows the note the page came with while the join is under way, until it is continued", () => {
    expect(show({ noteFirst: true, noteSeen: false })).toEqual({ kind: "note" });
    expect(show({ noteFirst: true, noteSeen: false, retrying: true })).toEqual({ kind: "note" });
    // continued before the join answered: joining, then whatever the join says
    expect(show({ noteFirst: true, noteSeen: true })).toEqual({ kind: "joining", retrying: false });
    expect(show({ noteFirst: true, noteSeen: true, state: room({ status: "lobby", contentNote: "We talk about relapse." }) })).toEqual({ kind: "lobby" });
    // a join refused after all (locked or a passphrase set meanwhile): the refusal replaces the note
    expect(show({ noteFirst: true, noteSeen: false, errorCode: "SESSION_LOCKED" })).toEqual({ kind: "joinProblem" });
    expect(show({ noteFirst: true, noteSeen: false, errorCode: "SESSION_ENDED" })).toEqual({ kind: "ended" });
    // a page without it waits for the join, as before
    expect(show({ noteSeen: false })).toEqual({ kind: "joining", retrying: false });
  });

  it("follows the session: between steps, then each step under its own name", () => {
    expect(show({ state: room({ step: null }) })).toEqual({ kind: "between" });
    const first = show({ state: room() });
    const next = show({ state: room({ step: { id: "st2", title: "Why" } as RoomState["step"] }) });
    expect(screenName(first, null)).toBe("step-st1");
    expect(screenName(next, null)).toBe("step-st2");
  });
});
