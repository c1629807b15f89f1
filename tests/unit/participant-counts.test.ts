// Participant counts while a room fills (server/realtime/broadcaster.ts):
// screens and consoles every PHONE_FLUSH_MS, phones less often the larger the
// room, and whoever is sent a count is last sent the exact one.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBroadcaster, type HearthServer, PHONE_FLUSH_MS, phoneCountDelayMs } from "../../server/realtime/broadcaster";
import { liveSessionFixture } from "../helpers/live-session";

function recordingServer() {
  const sent: { at: number; to: string; count: number }[] = [];
  const to = (room: string | string[]) => ({
    emit: (_event: string, payload: { count: number }) => void sent.push({ at: Date.now(), to: [room].flat().join(","), count: payload.count }),
  });
  return { io: { local: { to }, to } as unknown as HearthServer, sent };
}

describe("participant counts", () => {
  beforeEach(() => void vi.useFakeTimers({ now: 0 }));
  afterEach(() => void vi.useRealTimers());

  it("waits PHONE_FLUSH_MS in a small room and 0.2 ms per participant in a large one", () => {
    expect(phoneCountDelayMs(5)).toBe(PHONE_FLUSH_MS);
    expect(phoneCountDelayMs(1_250)).toBe(PHONE_FLUSH_MS);
    expect(phoneCountDelayMs(10_000)).toBe(2_000);
  });

  it("tells screens at once and phones of a 10,000-person room every 2 s, ending on the exact count", async () => {
    const { io, sent } = recordingServer();
    const broadcaster = createBroadcaster(io);
    const session = liveSessionFixture().live;
    session.participantCount = 10_000;
    // a join every 10 ms for 2.5 s
    for (let i = 0; i < 250; i++) {
      session.participantCount += 1;
      broadcaster.participantsCounted(session);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.runAllTimersAsync();
    const phones = sent.filter((s) => s.to === "session:s1:participants");
    const screens = sent.filter((s) => s.to === "session:s1:screens,session:s1:console");
    expect(screens.length).toBe(10); // every 250 ms over 2.5 s
    // the first join starts a 2 s wait; the join right after that count (10,201 people) a 2,040 ms one
    expect(phones.map((s) => s.at)).toEqual([2_000, 4_040]);
    expect(phones.at(-1)?.count).toBe(10_250);
    expect(screens.at(-1)?.count).toBe(10_250);
  });
});
