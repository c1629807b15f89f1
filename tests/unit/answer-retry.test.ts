import { describe, expect, it } from "vitest";
import { RETRY_DELAYS_MS, withRetries, type RetryNotice } from "../../lib/client/answer-retry";
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
      RETRY_DELAYS_MS,
      noWait,
    );
    expect(result).toBe("saved");
    expect(calls).toBe(4);
    expect(notices.map((n) => [n.code, n.attempt, n.nextInMs])).toEqual([
      ["UNAVAILABLE", 1, 1000],
      ["TIMEOUT", 2, 2000],
      ["OFFLINE", 3, 4000],
    ]);
  });

  it("shows a refusal that retrying cannot fix at once", async () => {
    let calls = 0;
    const closed = new CommandError("PROMPT_CLOSED", "This question is not taking answers right now.");
    await expect(
      withRetries(async () => {
        calls++;
        throw closed;
      }, undefined, RETRY_DELAYS_MS, noWait),
    ).rejects.toBe(closed);
    expect(calls).toBe(1);
  });

  it("gives up after the last delay and throws the last failure", async () => {
    let calls = 0;
    const waited: number[] = [];
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new CommandError("UNAVAILABLE", `attempt ${calls}`);
        },
        undefined,
        [10, 20],
        async (ms) => void waited.push(ms),
      ),
    ).rejects.toMatchObject({ code: "UNAVAILABLE", message: "attempt 3" });
    expect(calls).toBe(3);
    expect(waited).toEqual([10, 20]);
  });
});
