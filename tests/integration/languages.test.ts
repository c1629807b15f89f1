// A session's language and a facilitator's own: the session starts in its
// template's language, its owner can change it before the start (phones and
// the projector hear the change), nobody else can, and it is fixed once the
// room is running. A facilitator's language for their pages is kept with
// their account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { joinRoom, openRoom } from "../helpers/room";

describe.each(await providersUnderTest())("languages, on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("starts a session in its template's language and lets its owner change it before the start only", async () => {
    const room = await openRoom(hearth);
    expect(room.console.language).toBe("en");
    const { phone } = await joinRoom(hearth, room);

    const heard = nextEvent<RoomState>(phone, "room:updated");
    expect(await send(room.facilitator, "session:language", { sessionId: room.sessionId, language: "de" })).toEqual({ ok: true, data: null });
    expect((await heard).language).toBe("de");
    expect((await hearth.repositories.sessions.findById(room.sessionId))?.language).toBe("de");

    // a phone may not, and a language Hearth does not have is refused
    expect(await send(phone, "session:language", { sessionId: room.sessionId, language: "fr" })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await send(room.facilitator, "session:language", { sessionId: room.sessionId, language: "xx" })).toMatchObject({ ok: false, error: { code: "BAD_REQUEST" } });

    expect((await send(room.facilitator, "session:start", { sessionId: room.sessionId })).ok).toBe(true);
    expect(await send(room.facilitator, "session:language", { sessionId: room.sessionId, language: "fr" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await hearth.repositories.sessions.findById(room.sessionId))?.language).toBe("de");
  });

  it("keeps a facilitator's page language with their account", async () => {
    const { cookie } = await hearth.signUp();
    expect((await hearth.fetchJson("/api/me", { cookie })).body.facilitator.locale).toBeNull();
    expect((await hearth.fetchJson("/api/account/language", { method: "PUT", cookie, json: { locale: "it" } })).status).toBe(200);
    expect((await hearth.fetchJson("/api/me", { cookie })).body.facilitator.locale).toBe("it");
    const refused = await hearth.fetchJson("/api/account/language", { method: "PUT", cookie, json: { locale: "klingon" } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("BAD_REQUEST");
    expect((await hearth.fetchJson("/api/me", { cookie })).body.facilitator.locale).toBe("it");
    expect((await hearth.fetchJson("/api/account/language", { method: "PUT", cookie, json: { locale: null } })).status).toBe(200);
    expect((await hearth.fetchJson("/api/me", { cookie })).body.facilitator.locale).toBeNull();
    expect((await hearth.fetchJson("/api/account/language", { method: "PUT", json: { locale: "de" } })).status).toBe(401);
  });
});
