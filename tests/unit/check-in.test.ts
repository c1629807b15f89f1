import { describe, expect, it } from "vitest";
import { isOpenCheckIn, pickRequestNumber, requestLabel } from "../../lib/check-in";

describe("request numbers", () => {
  it("are two digits while there is room, and never one already taken", () => {
    const taken = new Set<number>();
    for (let i = 0; i < 60; i++) {
      const n = pickRequestNumber(taken);
      expect(taken.has(n)).toBe(false);
      expect(n).toBeGreaterThanOrEqual(10);
      taken.add(n);
    }
    expect([...taken].every((n) => n <= 99)).toBe(true);
  });

  it("move to three digits once two-digit numbers are mostly used", () => {
    const taken = new Set<number>();
    for (let n = 10; n <= 90; n++) taken.add(n);
    const n = pickRequestNumber(taken, () => 0.5);
    expect(n).toBeGreaterThanOrEqual(100);
    expect(n).toBeLessThanOrEqual(999);
  });

  it("follow the random source across the free numbers", () => {
    expect(pickRequestNumber(new Set(), () => 0)).toBe(10);
    expect(pickRequestNumber(new Set([10, 11]), () => 0)).toBe(12);
    expect(pickRequestNumber(new Set(), () => 0.999999)).toBe(99);
  });

  it("read as 'Request 47'; new and seen are open, done is not", () => {
    expect(requestLabel(47)).toBe("Request 47");
    expect([isOpenCheckIn("new"), isOpenCheckIn("seen"), isOpenCheckIn("done")]).toEqual([true, true, false]);
  });
});
