import { describe, expect, it } from "vitest";
import { compareBeforeAfter, type ScaleAnswer } from "@/lib/aggregation";

const side = (pairs: [string, number][]): ScaleAnswer[] => pairs.map(([participantId, value]) => ({ participantId, value }));

describe("compareBeforeAfter", () => {
  const before = side([["a", 2], ["b", 3], ["c", 3], ["d", 1], ["e", 4]]);
  const after = side([["a", 4], ["b", 3], ["c", 2], ["d", 3], ["f", 5]]);

  it("gives both distributions, the movement of those who answered twice, and who was left out", () => {
    const comparison = compareBeforeAfter(before, after, 3, { max: 5 });
    expect(comparison).toMatchObject({
      threshold: 3,
      suppressed: false,
      beforeCount: 5,
      afterCount: 5,
      pairedCount: 4,
      excludedCount: 2, // e answered only before, f only after
    });
    const result = comparison.result!;
    expect(result.before).toEqual({
      distribution: [
        { value: 1, count: 1, percent: 20 },
        { value: 2, count: 1, percent: 20 },
        { value: 3, count: 2, percent: 40 },
        { value: 4, count: 1, percent: 20 },
        { value: 5, count: 0, percent: 0 },
      ],
      mean: 2.6,
      median: 3,
    });
    expect(result.after.mean).toBe(3.4);
    expect(result.after.median).toBe(3);
    // a 2→4 up, b 3→3 stayed, c 3→2 down, d 1→3 up: changes +2, 0, −1, +2.
    expect(result.movement).toEqual({ movedUp: 2, stayed: 1, movedDown: 1, meanChange: 0.75 });
  });

  it("is suppressed when either side has fewer than the threshold", () => {
    const comparison = compareBeforeAfter(before, after.slice(0, 2), 3, { max: 5 });
    expect(comparison).toEqual({
      threshold: 3,
      suppressed: true,
      beforeCount: 5,
      afterCount: 2,
      pairedCount: 2,
      excludedCount: 3,
      result: null,
    });
    expect(compareBeforeAfter([], after, 1).suppressed).toBe(true);
  });

  it("withholds the movement when fewer than the threshold answered both times", () => {
    const b = side([["a", 1], ["b", 2], ["c", 3]]);
    const a = side([["a", 5], ["x", 2], ["y", 3]]);
    const comparison = compareBeforeAfter(b, a, 3, { max: 5 });
    expect(comparison.suppressed).toBe(false);
    expect(comparison.pairedCount).toBe(1);
    expect(comparison.result!.movement).toBeNull();
    expect(comparison.result!.before.mean).toBe(2);
  });

  it("reports a negative mean change when people moved down", () => {
    const b = side([["a", 5], ["b", 4], ["c", 3]]);
    const a = side([["a", 4], ["b", 4], ["c", 1]]);
    expect(compareBeforeAfter(b, a, 3, { max: 5 }).result!.movement).toEqual({ movedUp: 0, stayed: 1, movedDown: 2, meanChange: -1 });
  });

  it("uses a participant's last value when they appear twice on one side", () => {
    const b = side([["a", 1], ["a", 3], ["b", 3], ["c", 3]]);
    const a = side([["a", 3], ["b", 3], ["c", 3]]);
    const comparison = compareBeforeAfter(b, a, 3, { max: 5 });
    expect(comparison.beforeCount).toBe(3);
    expect(comparison.result!.movement).toMatchObject({ stayed: 3, movedUp: 0, movedDown: 0, meanChange: 0 });
  });

  it("ignores values outside 1..max or not whole", () => {
    const b = side([["a", 0], ["b", 6], ["c", 2.5], ["d", 2], ["e", 2], ["f", 2]]);
    const comparison = compareBeforeAfter(b, b, 3, { max: 5 });
    expect(comparison.beforeCount).toBe(3);
    expect(comparison.pairedCount).toBe(3);
  });

  it("infers the range from the data when max is not given", () => {
    const b = side([["a", 1], ["b", 7], ["c", 3]]);
    const comparison = compareBeforeAfter(b, b, 3);
    expect(comparison.result!.before.distribution).toHaveLength(7);
    const small = side([["a", 1], ["b", 1], ["c", 1]]);
    expect(compareBeforeAfter(small, small, 3).result!.before.distribution).toHaveLength(2);
  });

  it("fails closed on a bad threshold or max", () => {
    expect(() => compareBeforeAfter(before, after, 0)).toThrow(RangeError);
    expect(() => compareBeforeAfter(before, after, 3, { max: 0 })).toThrow(RangeError);
  });

  it("never includes participant ids", () => {
    expect(JSON.stringify(compareBeforeAfter(before, after, 3))).not.toMatch(/"(a|b|c|d|e|f)"/);
  });
});
