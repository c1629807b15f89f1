import { describe, expect, it } from "vitest";
import { connectionEventLimits } from "../../server/security/connection-events";

describe("events per connection", () => {
  it("counts within a fixed window and starts again after it", () => {
    const limits = connectionEventLimits({ points: 2, duration: 10, disconnectAfter: 3 });
    expect(limits).toMatchObject({ softLimit: 2, disconnectAfter: 3 });
    const count = limits.newCounter();
    expect([count(1_000), count(2_000), count(10_999)]).toEqual([1, 2, 3]);
    // the window opened at the first event: 10 s later it starts afresh
    expect(count(11_000)).toBe(1);
  });

  it("keeps one count per connection", () => {
    const limits = connectionEventLimits({ points: 60, duration: 10, disconnectAfter: 300 });
    const a = limits.newCounter();
    const b = limits.newCounter();
    a(0);
    a(1);
    expect(b(2)).toBe(1);
    expect(a(3)).toBe(3);
  });
});
