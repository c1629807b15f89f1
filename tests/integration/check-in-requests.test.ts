// Check-in requests through the real server with real clients, on SQLite and
// PostgreSQL: a request reaches the facilitator's console and nobody else
// (checked on the projector's and other phones' raw payloads); seen/done
// reaches the asker alone; one open request per participant; the rate limit;
// the number kept through a rejoin; participant sockets and other
// facilitators cannot read or change requests; deleting the session's
// responses removes them. Two processes: tests/integration/cluster.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckInView } from "../../lib/check-in";
import { DEFAULT_RATE_LIMITS } from "../../server/security";

const CHECK_IN_COMMANDS_PER_WINDOW = DEFAULT_RATE_LIMITS.checkInCommandsPerParticipant.points;
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";
import * as rooms from "../helpers/room";

type Room = { cookie: string; facilitator: TestClient; screen: TestClient; sessionId: string; joinCode: string };

/** Every event a client receives, as [name, payload]. */
function recordAll(client: TestClient) {
  const seen: [string, unknown][] = [];
  client.onAny((event: string, payload: unknown) => seen.push([event, payload]));
  return seen;
}

describe.each(await providersUnderTest())("check-in requests on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const openRoom = (): Promise<Room> => rooms.openRoom(hearth, { screen: true });
  const join = (room: Room, token?: string) => rooms.joinRoom(hearth, room, token);

  const list = async (room: Room) => {
    const listed = await send<{ requests: CheckInView[] }>(room.facilitator, "checkin:list", { sessionId: room.sessionId });
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.data.requests;
  };

  it("reaches the facilitator's console only; seen and done reach the asker only; the number survives a rejoin", async () => {
    const room = await openRoom();
    const asker = await join(room);
    const other = await join(room);
    const [screenSaw, otherSaw, consoleSaw] = [recordAll(room.screen), recordAll(other.phone), recordAll(room.facilitator)];
    expect(asker.joined.checkIn).toBeNull();

    const note = "PRIVATE-CHECKIN-NOTE I'd like to talk at the break";
    const toConsole = nextEvent<{ requests: CheckInView[] }>(room.facilitator, "checkins:updated");
    const asked = await send<any>(asker.phone, "checkin:request", { note });
    expect(asked).toMatchObject({ ok: true, data: { checkIn: { note, status: "new" }, mayNeedCare: false } });
    const number: number = asked.ok ? asked.data.checkIn.number : -1;
    expect(number).toBeGreaterThanOrEqual(10);
    expect(number).toBeLessThanOrEqual(99);
    const update = await toConsole;
    expect(update.requests).toEqual([{ id: expect.any(String), number, note, status: "new", createdAt: expect.any(String), mayNeedCare: false }]);
    // the console's view names no participant in any form
    expect(Object.keys(update.requests[0]).sort()).toEqual(["createdAt", "id", "mayNeedCare", "note", "number", "status"]);
    expect(await list(room)).toEqual(update.requests);

    // the facilitator marks it seen: the asker hears it, nobody else does
    const heard = nextEvent<any>(asker.phone, "checkin:updated");
    const seen = await send<any>(room.facilitator, "checkin:set", { sessionId: room.sessionId, requestId: update.requests[0].id, status: "seen" });
    expect(seen).toMatchObject({ ok: true, data: { request: { status: "seen", number } } });
    expect(await heard).toEqual({ sessionId: room.sessionId, checkIn: { number, note, status: "seen" } });

    // a refresh: the phone rejoins with its token and gets its request back
    asker.phone.disconnect();
    const back = await join(room, asker.joined.participantToken);
    expect(back.joined.checkIn).toEqual({ number, note, status: "seen" });

    const done = nextEvent<any>(back.phone, "checkin:updated");
    expect((await send(room.facilitator, "checkin:set", { sessionId: room.sessionId, requestId: update.requests[0].id, status: "done" })).ok).toBe(true);
    expect((await done).checkIn.status).toBe("done");
    // done is final: "seen" afterwards changes nothing
    expect(await send(room.facilitator, "checkin:set", { sessionId: room.sessionId, requestId: update.requests[0].id, status: "seen" })).toMatchObject({
      ok: true,
      data: { request: { status: "done" } },
    });

    await new Promise((r) => setTimeout(r, 200));
    for (const [who, events] of [
      ["the projector", screenSaw],
      ["another phone", otherSaw],
    ] as const) {
      expect(
        events.map(([e]) => e),
        who,
      ).not.toContain("checkins:updated");
      expect(
        events.map(([e]) => e),
        who,
      ).not.toContain("checkin:updated");
      expect(JSON.stringify(events), who).not.toContain("PRIVATE-CHECKIN-NOTE");
      expect(JSON.stringify(events), who).not.toContain(`"number":${number}`);
    }
    // the console had the list, never an asker's status event
    expect(consoleSaw.map(([e]) => e)).not.toContain("checkin:updated");
  });

  it("allows one open request per participant: change its note or withdraw it, then ask again", async () => {
    const room = await openRoom();
    const { phone } = await join(room);
    const first = await send<any>(phone, "checkin:request", {});
    expect(first).toMatchObject({ ok: true, data: { checkIn: { note: "", status: "new" } } });
    const number = first.ok ? first.data.checkIn.number : 0;
    expect(await send(phone, "checkin:request", { note: "again" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: expect.stringContaining(`Request ${number}`) },
    });

    expect(await send(phone, "checkin:update", { note: "  by the window \u202E " })).toMatchObject({ ok: true, data: { checkIn: { number, note: "by the window" } } });
    expect((await list(room)).map((r) => [r.number, r.note])).toEqual([[number, "by the window"]]);
    expect(await send(phone, "checkin:update", { note: "x".repeat(281) })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });
    expect(await send(phone, "checkin:update", { note: 42 })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });

    // withdrawing deletes it, note and all
    expect(await send(phone, "checkin:withdraw", {})).toEqual({ ok: true, data: { withdrawn: true } });
    expect(await list(room)).toEqual([]);
    expect(await hearth.database.prisma.checkInRequest.count({ where: { sessionId: room.sessionId } })).toBe(0);
    expect(await send(phone, "checkin:withdraw", {})).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await send(phone, "checkin:update", { note: "hm" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    const again = await send<any>(phone, "checkin:request", { note: "after all" });
    expect(again.ok).toBe(true);
    // a done request no longer counts as open
    const [request] = await list(room);
    expect((await send(room.facilitator, "checkin:set", { sessionId: room.sessionId, requestId: request.id, status: "done" })).ok).toBe(true);
    expect((await send(phone, "checkin:request", {})).ok).toBe(true);
    const numbers = (await list(room)).map((r) => r.number);
    expect(new Set(numbers).size).toBe(2);
  });

  it("limits how often one participant sends check-in commands", async () => {
    const room = await openRoom();
    const { phone } = await join(room);
    const { phone: neighbour } = await join(room);
    expect((await send(phone, "checkin:request", {})).ok).toBe(true);
    for (let i = 1; i < CHECK_IN_COMMANDS_PER_WINDOW; i++) expect((await send(phone, "checkin:update", { note: `note ${i}` })).ok).toBe(true);
    expect(await send(phone, "checkin:update", { note: "one more" })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    expect((await list(room))[0].note).toBe(`note ${CHECK_IN_COMMANDS_PER_WINDOW - 1}`);
    // the limit is per participant: someone else in the room can still ask
    expect((await send(neighbour, "checkin:request", {})).ok).toBe(true);
  });

  it("refuses participant sockets and other facilitators anything but their own request", async () => {
    const room = await openRoom();
    const { phone } = await join(room);
    expect((await send(phone, "checkin:request", { note: "mine" })).ok).toBe(true);
    const [request] = await list(room);

    // a phone cannot list or answer requests, not even with the facilitator's cookie on its connection
    const phoneWithCookie = await hearth.connect({ cookie: room.cookie });
    expect((await send(phoneWithCookie, "participant:join", { code: room.joinCode })).ok).toBe(true);
    for (const socket of [phone, phoneWithCookie]) {
      expect(await send(socket, "checkin:list", { sessionId: room.sessionId })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
      expect(await send(socket, "checkin:set", { sessionId: room.sessionId, requestId: request.id, status: "done" })).toMatchObject({
        ok: false,
        error: { code: "UNAUTHENTICATED" },
      });
    }
    // another facilitator: as if the session did not exist
    const stranger = await hearth.signUp();
    const strangerSocket = await hearth.connect({ cookie: stranger.cookie });
    expect(await send(strangerSocket, "checkin:list", { sessionId: room.sessionId })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await send(strangerSocket, "checkin:set", { sessionId: room.sessionId, requestId: request.id, status: "seen" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    // a request id from another session is not found in this one
    const otherRoom = await openRoom();
    expect(await send(otherRoom.facilitator, "checkin:set", { sessionId: otherRoom.sessionId, requestId: request.id, status: "seen" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    // a socket that never joined cannot ask
    const nobody = await hearth.connect();
    expect(await send(nobody, "checkin:request", {})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    // the facilitator's own console socket is not a participant
    expect(await send(room.facilitator, "checkin:request", {})).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect((await list(room))[0]).toMatchObject({ status: "new", note: "mine" });
  });

  it("marks a note that may need care, and deletes requests with the session's responses", async () => {
    const room = await openRoom();
    const { phone } = await join(room);
    const asked = await send<any>(phone, "checkin:request", { note: "honestly I don't see the point any more" });
    expect(asked).toMatchObject({ ok: true, data: { mayNeedCare: true } });
    expect((await list(room))[0].mayNeedCare).toBe(true);

    expect((await send(room.facilitator, "session:end", { sessionId: room.sessionId })).ok).toBe(true);
    expect(await send(phone, "checkin:update", { note: "later" })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
    // the facilitator may still follow up after the end
    const [request] = await list(room);
    expect((await send(room.facilitator, "checkin:set", { sessionId: room.sessionId, requestId: request.id, status: "seen" })).ok).toBe(true);

    // the summary and every export carry counts only: never a number or a note
    const summary = await hearth.fetchJson(`/api/sessions/${room.sessionId}/summary`, { cookie: room.cookie });
    expect(summary.status).toBe(200);
    expect(JSON.stringify(summary.body)).toContain('"checkIns":{"total":1,"done":0}');
    for (const format of ["json", "csv", "md", "html"]) {
      const file = await fetch(`${hearth.url}/api/sessions/${room.sessionId}/export?format=${format}`, { headers: { cookie: room.cookie } });
      expect(file.status, format).toBe(200);
      const text = await file.text();
      expect(text, format).toMatch(/1 \(0 done\)|"total": ?1/);
      expect(text, format).not.toContain("see the point");
      expect(text, format).not.toContain(`Request ${request.number}`);
    }

    const deleted = await hearth.fetchJson(`/api/sessions/${room.sessionId}/responses`, { method: "DELETE", cookie: room.cookie });
    expect(deleted.status).toBe(200);
    expect(await hearth.database.prisma.checkInRequest.count({ where: { sessionId: room.sessionId } })).toBe(0);
    expect(await list(room)).toEqual([]);
  });
});
