// A step's own content note travels with the step to phones and the projector
// (the phone collapses the text behind it: tests/e2e/care.test.ts); the
// built-in template uses it where the article touches recovery and shame.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined, RoomState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

describe.each(await providersUnderTest())("step content notes on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("reach the phones and the projector with their step", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const phone = await hearth.connect();
    expect((await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode })).ok).toBe(true);
    const step = watched.data.steps.find((s) => s.title === "Asking for help is a strength")!;
    const onPhone = nextEvent<RoomState>(phone, "room:updated", (s) => s.step?.id === step.id);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
    expect((await onPhone).step!.contentNote).toMatch(/sobriety and recovery/);
    const screen = await hearth.connect({ cookie });
    const room = await send<RoomState>(screen, "screen:watch", { sessionId: session.id });
    expect(room.ok && room.data.step!.contentNote).toMatch(/sobriety and recovery/);
    // a step without one says so with an empty note
    const welcome = watched.data.steps[0]!;
    const back = nextEvent<RoomState>(phone, "room:updated", (s) => s.step?.id === welcome.id);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 0 })).ok).toBe(true);
    expect((await back).step!.contentNote).toBe("");
  });
});
