import { describe, expect, it } from "vitest";
import { percentOf, percentsOfWhole, ratio2 } from "../../../lib/aggregation";
import { seeded } from "./fixtures";

describe("percentsOfWhole (largest remainder)", () => {
  it("gives exact shares unchanged", () => {
    expect(percentsOfWhole([1, 1, 2], 4)).toEqual([25, 25, 50]);
    expect(percentsOfWhole([5, 0], 5)).toEqual([100, 0]);
  });

  it("hands the missing points to the largest remainders", () => {
    expect(percentsOfWhole([1, 1, 1], 3)).toEqual([34, 33, 33]);
    expect(percentsOfWhole([2, 2, 2, 1], 7)).toEqual([29, 29, 28, 14]);
    // 1/6 = 16.67, 5/6 = 83.33: floors 16 + 83 = 99, the 0.67 remainder wins.
    expect(percentsOfWhole([1, 5], 6)).toEqual([17, 83]);
  });

  it("breaks equal remainders by larger count, then earlier item", () => {
    // 1/3 each for a and c → equal remainders; earlier item wins.
    expect(percentsOfWhole([1, 0, 1, 1], 3)).toEqual([34, 0, 33, 33]);
  });

  it("keeps zero at zero and returns zeros for an empty total", () => {
    expect(percentsOfWhole([0, 3, 0, 4], 7)).toEqual([0, 43, 0, 57]);
    expect(percentsOfWhole([0, 0], 0)).toEqual([0, 0]);
    expect(percentsOfWhole([], 0)).toEqual([]);
  });

  it("always sums to 100 and stays within one point of the exact share (random)", () => {
    const rng = seeded(42);
    for (let round = 0; round < 2000; round++) {
      const counts = Array.from({ length: 1 + rng.int(12) }, () => rng.int(50));
      const total = counts.reduce((a, b) => a + b, 0);
      const percents = percentsOfWhole(counts, total);
      if (total === 0) {
        expect(percents.every((p) => p === 0)).toBe(true);
        continue;
      }
      expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
      percents.forEach((p, i) => {
        const exact = (counts[i]! * 100) / total;
        expect(Math.abs(p - exact)).toBeLessThan(1);
        if (counts[i] === 0) expect(p).toBe(0);
      });
    }
  });
});

describe("percentOf", () => {
  it("rounds each share on its own, halves up", () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 8)).toBe(13); // 12.5
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe("ratio2", () => {
  it("rounds to 2 decimals, halves away from zero, without float drift", () => {
    expect(ratio2(4, 3)).toBe(1.33);
    expect(ratio2(5, 3)).toBe(1.67);
    expect(ratio2(107, 40)).toBe(2.68); // 2.675
    expect(ratio2(-107, 40)).toBe(-2.68);
    expect(ratio2(1, 8)).toBe(0.13);
    expect(ratio2(-1, 8)).toBe(-0.13);
    expect(ratio2(7, 7)).toBe(1);
  });

  it("never returns -0", () => {
    expect(Object.is(ratio2(-1, 1000), 0)).toBe(true);
    expect(Object.is(ratio2(0, 5), 0)).toBe(true);
  });
});
