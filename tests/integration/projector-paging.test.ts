// The facilitator turns the projector's pages of answers from the console:
// "wall:page" reaches the session's projectors only, and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParticipantJoined } from "../../lib/events";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

describe("projector paging", () => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth();
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("sends the facilitator's page actions to the projectors and to no phone", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const projector = await hearth.connect({ cookie });
    expect((await send(facilitator, "console:watch", { sessionId: session.id })).ok).toBe(true);
    expect((await send(projector, "screen:watch", { sessionId: session.id })).ok).toBe(true);
    const phone = await hearth.connect();
    expect((await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode })).ok).toBe(true);
    const phoneGot: unknown[] = [];
    phone.on("wall:paged", (update) => phoneGot.push(update));

    for (const action of ["pause", "next", "previous", "resume"] as const) {
      const seen = nextEvent(projector, "wall:paged", (u: { action: string }) => u.action === action);
      expect((await send(facilitator, "wall:page", { sessionId: session.id, action })).ok).toBe(true);
      expect(await seen).toEqual({ sessionId: session.id, action });
    }
    const refused = await send(facilitator, "wall:page", { sessionId: session.id, action: "jump" });
    expect(refused.ok).toBe(false);
    expect(phoneGot).toEqual([]);
    for (const client of [facilitator, projector, phone]) client.disconnect();
  });
});
