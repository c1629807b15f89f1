// The participant page's first screen (issue 19): which sessions' pages may carry their content note
// (server/pages/participant-first-screen.ts), the note-seen cookie (lib/participant-first-screen.ts,
// lib/client/note-seen.ts) and the header the custom server hands the page, which refuses anything
// that is not a first screen.
import { describe, expect, it } from "vitest";
import { decodeFirstScreen, encodeFirstScreen, noteSeenIn, type FirstScreen } from "../../lib/participant-first-screen";
import { noteSeenCookie } from "../../lib/client/note-seen";
import { firstScreenOf, participantPageCode, type FirstScreenSession } from "../../server/pages/participant-first-screen";

const open: FirstScreenSession = {
  id: "s-1",
  title: "Tuesday group",
  status: "lobby",
  locked: false,
  passphraseHash: null,
  contentNote: "We talk about loss.",
  language: "en",
  resources: { title: "Support", items: [{ label: "Add your local crisis line here" }, { label: "Talk to the facilitator" }] },
};

describe("the participant page's first screen", () => {
  it("is an open session's note, with the support card's placeholders left out", () => {
    expect(firstScreenOf(open, undefined)).toEqual({
      sessionId: "s-1",
      title: "Tuesday group",
      language: "en",
      contentNote: "We talk about loss.",
      resources: { title: "Support", items: [{ label: "Talk to the facilitator" }] },
    });
    expect(firstScreenOf({ ...open, status: "running" }, undefined)).not.toBeNull();
  });

  it("is nothing for a passphrase, a lock, an end, no note, or a phone that continued past the note", () => {
    expect(firstScreenOf({ ...open, passphraseHash: "ab".repeat(32) }, undefined)).toBeNull();
    expect(firstScreenOf({ ...open, locked: true }, undefined)).toBeNull();
    expect(firstScreenOf({ ...open, status: "ended" }, undefined)).toBeNull();
    expect(firstScreenOf({ ...open, contentNote: "  \n" }, undefined)).toBeNull();
    expect(firstScreenOf(open, "hearth-lang=de; hearth-note-seen=s-1")).toBeNull();
    // another session's cookie is not this one's
    expect(firstScreenOf(open, "hearth-note-seen=s-2")).not.toBeNull();
  });

  it("reads only canonical participant pages", () => {
    expect(participantPageCode("/s/ABC234")).toBe("ABC234");
    expect(participantPageCode("/s/ABC234?_rsc=1x")).toBe("ABC234");
    // the page redirects these: nothing of a session
    expect(participantPageCode("/s/abc-234")).toBeNull();
    expect(participantPageCode("/s/not%20a%20code")).toBeNull();
    expect(participantPageCode("/j/ABC234")).toBeUndefined();
    expect(participantPageCode("/screen/s-1")).toBeUndefined();
  });

  it("round-trips through the header, and refuses anything else", () => {
    const screen = firstScreenOf(open, undefined) as FirstScreen;
    expect(decodeFirstScreen(encodeFirstScreen(screen))).toEqual(screen);
    expect(decodeFirstScreen(null)).toBeNull();
    expect(decodeFirstScreen("%E0%A4%A")).toBeNull();
    expect(decodeFirstScreen(encodeURIComponent(JSON.stringify({ ...screen, language: "xx" })))).toBeNull();
    expect(decodeFirstScreen(encodeURIComponent(JSON.stringify({ ...screen, contentNote: " " })))).toBeNull();
    expect(decodeFirstScreen(encodeURIComponent(JSON.stringify({ ...screen, resources: null })))).toBeNull();
  });

  it("writes the note-seen cookie for the session's page only, for this browser session, and forgets it", () => {
    expect(noteSeenCookie("abc234", "s-1", false)).toBe("hearth-note-seen=s-1; Path=/s/ABC234; SameSite=Lax");
    expect(noteSeenCookie("ABC234", "s-1", true)).toBe("hearth-note-seen=s-1; Path=/s/ABC234; SameSite=Lax; Secure");
    expect(noteSeenCookie("ABC234", null, false)).toBe("hearth-note-seen=; Path=/s/ABC234; SameSite=Lax; Max-Age=0");
    expect(noteSeenCookie("ABC234", "s-1", false)).not.toMatch(/Max-Age|Expires/);
    expect(noteSeenIn("a=1; hearth-note-seen=s-1", "s-1")).toBe(true);
    expect(noteSeenIn("hearth-note-seen=s-10", "s-1")).toBe(false);
    expect(noteSeenIn(undefined, "s-1")).toBe(false);
  });
});
