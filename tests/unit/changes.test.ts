// The one change path (server/realtime/changes.ts): what every kind of change
// sends this process's sockets (through the real broadcaster, over a
// recording stand-in for Socket.IO), what it tells the other processes, and
// that a change from a peer is shown the same way but never sent back.
// Whether the clients get it over real sockets, across two processes, is
// tests/integration/live-session.test.ts and cluster.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../../server/logger";
import { createBroadcaster, type HearthServer } from "../../server/realtime/broadcaster";
import { createChangePath, deliveriesOfAll, syncMessagesOf, type Change, type ChangeKind } from "../../server/realtime/changes";
import { parseSyncBatch, type SyncMessage } from "../../server/realtime/sync-messages";
import type { ResponseRecord } from "../../server/repositories/response-repository";
import { liveSessionFixture } from "../helpers/live-session";

const response: ResponseRecord = { id: "r1", promptId: "p1", participantId: "pa", passed: false, value: { optionId: "o1" } as never, moderation: null };

/** One change of every kind; a kind missing here is a compile error. */
const EXAMPLES: Record<ChangeKind, Change> = {
  answers: { kind: "answers", sessionId: "s1", responses: [response, { ...response, id: "r2", participantId: "pb" }] },
  session: { kind: "session", sessionId: "s1" },
  released: { kind: "released", sessionId: "s1", promptId: "p1" },
  console: { kind: "console", sessionId: "s1" },
  revealed: { kind: "revealed", sessionId: "s1", promptId: "p1" },
  "prompt-reset": { kind: "prompt-reset", sessionId: "s1", promptId: "p1" },
  moderation: { kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: ["r1"], status: "approved" },
  reaction: { kind: "reaction", sessionId: "s1", stepId: "st1", participantId: "pa", reaction: "resonates", active: true },
  joined: { kind: "joined", sessionId: "s1" },
  "check-ins": { kind: "check-ins", sessionId: "s1" },
  "check-in-answered": { kind: "check-in-answered", sessionId: "s1", participantId: "pa" },
  "author-blocked": { kind: "author-blocked", sessionId: "s1", participantId: "pa", blocked: true },
  "wall-paged": { kind: "wall-paged", sessionId: "s1", action: "next" },
};

const CONSOLE = "session:s1:console";
const SCREENS = "session:s1:screens";
const PHONES = "session:s1:participants";
const ROOM = [`${SCREENS} room:updated`, `${PHONES} room:updated`, `${CONSOLE} console:updated`];
/** the prompt's results are revealed everywhere, so phones get its breakdown too */
const AGGREGATE = [`${CONSOLE} aggregate:updated`, `${SCREENS} aggregate:updated`, `${CONSOLE} console:updated`, `${PHONES} aggregate:updated`];

/** What the clients expect for each kind: "<room> <event>", "via adapter" when every process's sockets get it from this one emit. */
const EXPECTED: Record<ChangeKind, string[]> = {
  answers: AGGREGATE,
  session: ROOM,
  // another process stored a new breakdown: the breakdown alone, never a full room state for every phone
  released: AGGREGATE,
  console: [`${CONSOLE} console:updated`],
  revealed: [...ROOM, ...AGGREGATE],
  "prompt-reset": [`${PHONES} prompt:cleared`, ...ROOM],
  moderation: [...ROOM, ...AGGREGATE],
  reaction: [`${PHONES},${SCREENS},${CONSOLE} reactions:counted`],
  // screens and consoles at once, phones as often as the room's size allows (broadcaster.ts phoneCountDelayMs)
  joined: [`${SCREENS},${CONSOLE} participants:counted`, `${PHONES} participants:counted`],
  "check-ins": [`${CONSOLE} checkins:updated`],
  "check-in-answered": ["participant:pa checkin:updated"],
  "author-blocked": ["participant:pa participant:blocked via adapter"],
  "wall-paged": [`${SCREENS} wall:paged via adapter`],
};

/** What the other processes are told for each kind. */
const TOLD: Record<ChangeKind, SyncMessage["kind"][]> = {
  answers: ["answers"],
  session: ["session"],
  released: ["released"],
  console: ["console"],
  revealed: ["session"],
  "prompt-reset": ["prompt-reset"],
  moderation: ["moderation"],
  reaction: ["reaction"],
  joined: ["joined"],
  "check-ins": ["check-ins"],
  "check-in-answered": ["check-in-answered"],
  "author-blocked": [],
  "wall-paged": [],
};

function recordingServer() {
  const sent: string[] = [];
  const to = (suffix: string) => (room: string | string[]) => ({
    emit: (event: string) => void sent.push(`${[room].flat().join(",")} ${event}${suffix}`),
  });
  const io = { local: { to: to("") }, to: to(" via adapter") } as unknown as HearthServer;
  return { io, sent };
}

function setUp() {
  const { io, sent } = recordingServer();
  const broadcaster = createBroadcaster(io, { checkIns: { list: async () => [], latestFor: async () => null } });
  const told: SyncMessage[] = [];
  const path = createChangePath({ broadcaster, peers: () => ({ send: (messages) => void told.push(...messages) }), logger: createLogger("silent") });
  return { path, sent, told, session: liveSessionFixture({ resultsRevealed: true }).live };
}

describe("the change path", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  for (const kind of Object.keys(EXAMPLES) as ChangeKind[]) {
    it(`sends "${kind}" to the sockets that expect it, and tells the other processes`, async () => {
      const { path, sent, told, session } = setUp();
      path.apply(session, [EXAMPLES[kind]], "here");
      // coalesced sends (aggregates, counts) and database reads (check-ins) go out within their intervals
      await vi.runAllTimersAsync();
      expect(sent.sort()).toEqual([...EXPECTED[kind]].sort());
      expect(told.map((m) => m.kind)).toEqual(TOLD[kind]);
      // what is told is a message the other processes accept
      if (told.length > 0) expect(parseSyncBatch(JSON.parse(JSON.stringify(told)))).toEqual(told);
    });
  }

  it("shows a change from another process the same way, and never sends it back", async () => {
    for (const kind of Object.keys(TOLD) as ChangeKind[]) {
      const { path, sent, told, session } = setUp();
      path.apply(session, [EXAMPLES[kind]], "peer");
      await vi.runAllTimersAsync();
      expect(sent.sort()).toEqual([...EXPECTED[kind]].sort());
      expect(told).toEqual([]);
    }
  });

  it("sends changes made together once each: one fresh view of the room, however many prompts", () => {
    const hidden = (promptId: string): Change => ({ kind: "moderation", sessionId: "s1", promptId, responseIds: ["r1"], status: "hidden" });
    const deliveries = deliveriesOfAll([EXAMPLES["author-blocked"], hidden("p1"), hidden("p2"), EXAMPLES.session, EXAMPLES.console]);
    expect(deliveries).toEqual([
      { send: "blocked", participantId: "pa", blocked: true },
      { send: "room" },
      { send: "aggregate", promptId: "p1" },
      { send: "aggregate", promptId: "p2" },
    ]);
    // the pause count alone goes to consoles only: the phones learn nothing of it
    expect(deliveriesOfAll([EXAMPLES.console])).toEqual([{ send: "console" }]);
  });

  it("tells the others nothing for an empty decision, and splits a large one into messages they accept", () => {
    expect(syncMessagesOf({ kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: [], status: "approved" })).toEqual([]);
    const ids = Array.from({ length: 2500 }, (_, i) => `r${i}`);
    const messages = syncMessagesOf({ kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: ids, status: "approved" });
    expect(messages.length).toBeGreaterThan(1);
    expect(parseSyncBatch(messages)).toEqual(messages);
  });
});
