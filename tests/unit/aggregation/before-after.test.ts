import { describe, expect, it } from "vitest";
import { compareBeforeAfter, type ScaleAnswer } from "../../../lib/aggregation";

const side = (pairs: [string, number][]): ScaleAnswer[] => pairs.map(([participantId, value]) => ({ participantId, value }));

describe("compareBeforeAfter", () => {
  const before = side([
    ["a", 2],
    ["b", 3],
    ["c", 3],
    ["d", 1],
    ["e", 4],
  ]);
  const after = side([
    ["a", 4],
    ["b", 3],
    ["c", 2],
    ["d", 3],
    ["f", 5],
  ]);

  it("gives only counts: how many moved up, stayed and moved down among those who answered both times", () => {
    // a 2→4 up, b 3→3 stayed, c 3→2 down, d 1→3 up; e answered only before, f only after
    expect(compareBeforeAfter(before, after, 3, { max: 5 })).toEqual({
      threshold: 3,
      suppressed: false,
      beforeCount: 5,
      afterCount: 5,
      pairedCount: 4,
      movement: { movedUp: 2, stayed: 1, movedDown: 1 },
    });
  });

  it("never gives distributions, means, medians or an average change (they let a reader work back to an answer)", () => {
    const text = JSON.stringify(compareBeforeAfter(before, after, 3, { max: 5 }));
    for (const word of ["distribution", "mean", "median", "percent", "change"]) expect(text.toLowerCase()).not.toContain(word);
  });

  it("shows no shift when fewer than the threshold answered both times, even if each side has enough", () => {
    const b = side([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    const a = side([
      ["a", 5],
      ["b", 2],
      ["y", 3],
    ]);
    expect(compareBeforeAfter(b, a, 3, { max: 5 })).toEqual({ threshold: 3, suppressed: true, beforeCount: 3, afterCount: 3, pairedCount: 2, movement: null });
    expect(compareBeforeAfter([], after, 1)).toMatchObject({ suppressed: true, pairedCount: 0, movement: null });
    // at exactly the threshold it is shown
    expect(
      compareBeforeAfter(
        b,
        side([
          ["a", 5],
          ["b", 2],
          ["c", 1],
        ]),
        3,
        { max: 5 },
      ).movement,
    ).toEqual({ movedUp: 1, stayed: 1, movedDown: 1 });
  });

  it("uses a participant's last value when they appear twice on one side", () => {
    const b = side([
      ["a", 1],
      ["a", 3],
      ["b", 3],
      ["c", 3],
    ]);
    const a = side([
      ["a", 3],
      ["b", 3],
      ["c", 3],
    ]);
    const comparison = compareBeforeAfter(b, a, 3, { max: 5 });
    expect(comparison.beforeCount).toBe(3);
    expect(comparison.movement).toEqual({ stayed: 3, movedUp: 0, movedDown: 0 });
  });

  it("ignores values outside 1..max or not whole", () => {
    const b = side([
      ["a", 0],
      ["b", 6],
      ["c", 2.5],
      ["d", 2],
      ["e", 2],
      ["f", 2],
    ]);
    const comparison = compareBeforeAfter(b, b, 3, { max: 5 });
    expect(comparison.beforeCount).toBe(3);
    expect(comparison.pairedCount).toBe(3);
  });

  it("fails closed on a bad threshold or max", () => {
    expect(() => compareBeforeAfter(before, after, 0)).toThrow(RangeError);
    expect(() => compareBeforeAfter(before, after, 3, { max: 0 })).toThrow(RangeError);
  });

  it("never includes participant ids", () => {
    expect(JSON.stringify(compareBeforeAfter(before, after, 3))).not.toMatch(/"(a|b|c|d|e|f)"/);
  });
});
