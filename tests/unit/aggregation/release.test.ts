// No differencing (lib/aggregation/release.ts): what counts as a change, and when a release is due.
import { describe, expect, it } from "vitest";
import { changedSince, fingerprintsOf, releaseDue, retractFromRelease, visibleFingerprint, type Release } from "../../../lib/aggregation/release";

const answer = (participantId: string, value: unknown, moderation: string | null = null) => ({ participantId, passed: false, value, moderation }) as never;

describe("release fingerprints", () => {
  it("gives nothing for passes, unapproved open text and hidden cloud words", () => {
    expect(visibleFingerprint("scale", { participantId: "a", passed: true, value: null })).toBeNull();
    expect(visibleFingerprint("open_text", answer("a", { text: "x" }, "pending"))).toBeNull();
    expect(visibleFingerprint("open_text", answer("a", { text: "x" }, "hidden"))).toBeNull();
    expect(visibleFingerprint("open_text", answer("a", { text: "x" }, "approved"))).not.toBeNull();
    expect(visibleFingerprint("word_cloud", answer("a", { words: ["x"] }, "hidden"))).toBeNull();
    expect(visibleFingerprint("word_cloud", answer("a", { words: ["x"] }, "pending"))).not.toBeNull();
  });

  it("tells different answers apart and equal ones not", () => {
    expect(visibleFingerprint("scale", answer("a", { value: 2 }))).toBe(visibleFingerprint("scale", answer("b", { value: 2 })));
    expect(visibleFingerprint("scale", answer("a", { value: 2 }))).not.toBe(visibleFingerprint("scale", answer("a", { value: 3 })));
  });

  it("counts each participant who differs from the release once: new, changed, withdrawn", () => {
    const release = { fingerprints: { a: "1", b: "2", c: "3" } };
    const now = new Map<string, string | null>([
      ["a", "1"], // unchanged
      ["b", "9"], // changed
      ["d", "4"], // new
      ["e", null], // passed: adds nothing, as before
    ]); // c gone (reset or deleted)
    expect(changedSince(release, now)).toBe(3);
    expect(changedSince(null, now)).toBe(3);
    expect(fingerprintsOf(now)).toEqual({ a: "1", b: "9", d: "4" });
  });

  it("is due first at k answers, then at k participants changed, never fewer", () => {
    expect(releaseDue(null, 2, 2, 3)).toBe(false);
    expect(releaseDue(null, 3, 3, 3)).toBe(true);
    // the first release shows nobody (an empty wall) or at least k: 7 answers, 1 approved is not a wall
    expect(releaseDue(null, 7, 0, 3)).toBe(true);
    expect(releaseDue(null, 7, 1, 3)).toBe(false);
    expect(releaseDue(null, 7, 2, 3)).toBe(false);
    expect(releaseDue(null, 7, 3, 3)).toBe(true);
    const release = { generation: 1, result: {}, shownCount: 3, fingerprints: {} } as Release;
    expect(releaseDue(release, 5, 2, 3)).toBe(false);
    expect(releaseDue(release, 6, 3, 3)).toBe(true);
  });

  it("takes hidden answers out of a release at once", () => {
    const wall: Release<"open_text"> = {
      generation: 2,
      result: {
        entries: [
          { responseId: "r1", text: "one" },
          { responseId: "r2", text: "two" },
          { responseId: "r3", text: "three" },
        ],
      },
      shownCount: 3,
      fingerprints: { a: "x", b: "y", c: "z" },
    };
    const next = retractFromRelease("open_text", wall as Release, [{ participantId: "b", responseId: "r2" }]) as Release<"open_text">;
    expect(next.result.entries.map((e) => e.text)).toEqual(["one", "three"]);
    expect(next).toMatchObject({ shownCount: 2, fingerprints: { a: "x", c: "z" } });
    expect(retractFromRelease("open_text", wall as Release, [{ participantId: "q", responseId: "r9" }])).toBe(wall);

    const cloud: Release<"word_cloud"> = {
      generation: 1,
      result: {
        words: [
          { word: "hope", count: 2 },
          { word: "relief", count: 1 },
        ],
        distinctWords: 2,
      },
      shownCount: 3,
      fingerprints: { a: "x", b: "y", c: "z" },
    };
    const fewer = retractFromRelease("word_cloud", cloud as Release, [{ participantId: "c", responseId: "r3", words: ["hope"] }]) as Release<"word_cloud">;
    expect(fewer.result.words).toEqual([
      { word: "hope", count: 1 },
      { word: "relief", count: 1 },
    ]);
  });

  it("takes out a cloud answer's released words, not the ones it was edited to since", () => {
    const cloud: Release<"word_cloud"> = {
      generation: 1,
      result: {
        words: [
          { word: "hope", count: 2 },
          { word: "calm", count: 1 },
        ],
        distinctWords: 2,
      },
      shownCount: 3,
      fingerprints: { a: "x", b: "y", c: "z" },
      cloudWords: { a: ["hope"], b: ["hope"], c: ["calm"] },
    };
    // c answered "calm", then changed it to "storm" (not shown: fewer than k changed), then was hidden
    const next = retractFromRelease("word_cloud", cloud as Release, [{ participantId: "c", responseId: "r3", words: ["storm"] }]) as Release<"word_cloud">;
    expect(next.result).toEqual({ words: [{ word: "hope", count: 2 }], distinctWords: 1 });
    expect(next).toMatchObject({ shownCount: 2, fingerprints: { a: "x", b: "y" }, cloudWords: { a: ["hope"], b: ["hope"] } });
  });
});
