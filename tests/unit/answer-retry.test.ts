import { describe, expect, it } from "vitest";
import { RETRY_MAX_MS, retryDelayMs, withRetries, type RetryNotice } from "../../lib/client/answer-retry";
import { CommandError } from "../../lib/client/socket";

const noWait = async () => {};

describe("answers are re-sent while they could not be saved", () => {
  it("re-sends after UNAVAILABLE, TIMEOUT and OFFLINE, then resolves with the server's reply", async () => {
    const failures = [new CommandError("UNAVAILABLE", "Not saved: database"), new CommandError("TIMEOUT", "No answer"), new CommandError("OFFLINE", "Offline")];
    const notices: RetryNotice[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        const failure = failures.shift();
        if (failure) throw failure;
        return "saved";
      },
      (n) => notices.push(n),
      { sleep: noWait, delayMs: (i) => i * 1000 },
    );
    expect(result).toBe("saved");
    expect(calls).toBe(4);
    expect(notices.map((n) => [n.code, n.attempt, n.nextInMs])).toEqual([
      ["UNAVAILABLE", 1, 1000],
      ["TIMEOUT", 2, 2000],
      ["OFFLINE", 3, 3000],
    ]);
  });

  it("shows a refusal that retrying cannot fix at once", async () => {
    let calls = 0;
    const closed = new CommandError("PROMPT_CLOSED", "This question is not taking answers right now.");
    await expect(
      withRetries(
        async () => {
          calls++;
          throw closed;
        },
        undefined,
        { sleep: noWait },
      ),
    ).rejects.toBe(closed);
    expect(calls).toBe(1);
  });

  it("keeps trying for as long as the answer is wanted (no fixed number of attempts), then throws the last failure", async () => {
    let calls = 0;
    const waited: number[] = [];
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new CommandError("UNAVAILABLE", `attempt ${calls}`);
        },
        undefined,
        { sleep: async (ms) => void waited.push(ms), stillWanted: () => calls < 40 },
      ),
    ).rejects.toMatchObject({ code: "UNAVAILABLE", message: "attempt 40" });
    expect(calls).toBe(40);
    // 40 attempts span far more than the old 30 s: a 40 s restart is covered
    expect(waited.reduce((a, b) => a + b, 0)).toBeGreaterThan(60_000);
  });

  it("backs off with jitter: doubling from 1 s, capped at 15 s, each wait between half and all of it", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((i) => retryDelayMs(i, () => 1))).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
    expect([1, 2, 3, 4, 5].map((i) => retryDelayMs(i, () => 0))).toEqual([500, 1000, 2000, 4000, 7500]);
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(5)));
    expect(spread.size).toBeGreaterThan(10); // a room's phones do not all wait the same
    for (const ms of spread) expect(ms).toBeGreaterThanOrEqual(RETRY_MAX_MS / 2);
  });

  it("re-sends at once when the phone re-joins, instead of waiting out the back-off", async () => {
    const listeners = new Set<() => void>();
    let calls = 0;
    const started = Date.now();
    const saved = withRetries(
      async () => {
        calls++;
        if (calls === 1) throw new CommandError("OFFLINE", "Offline");
        return "saved";
      },
      undefined,
      {
        onRejoined: (l) => {
          listeners.add(l);
          return () => void listeners.delete(l);
        },
        delayMs: () => 60_000, // a real timer: only the re-join can end this wait in time
      },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(1);
    for (const l of listeners) l();
    expect(await saved).toBe("saved");
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(listeners.size).toBe(0); // unsubscribed once saved
  });

  it("stops when the question is no longer open", async () => {
    let open = true;
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          if (calls === 3) open = false;
          throw new CommandError("UNAVAILABLE", "down");
        },
        undefined,
        { sleep: noWait, stillWanted: () => open },
      ),
    ).rejects.toMatchObject({ code: "UNAVAILABLE" });
    expect(calls).toBe(3);
  });
});
