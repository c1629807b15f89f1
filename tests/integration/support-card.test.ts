// The support card is never a placeholder to participants: a session of the
// built-in template, started unedited, shows phones only the card's real
// items; the console counts the placeholders and can fill them in for this
// session (and for the facilitator's own template, never the built-in one).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined, RoomState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

describe.each(await providersUnderTest())("the support card on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("never shows a placeholder to participants, and is filled in from the console", async () => {
    const { cookie } = await hearth.signUp();
    const session = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    expect(watched.data.placeholderResources).toBe(2);
    expect(watched.data.supportCard.items.some((i) => i.label.startsWith("Add your local"))).toBe(true);
    // the console's room view is the participants' one: no placeholder there either
    expect(JSON.stringify(watched.data.resources)).not.toContain("Add your local");

    const phone = await hearth.connect();
    const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
    if (!joined.ok) throw new Error(joined.error.message);
    expect(JSON.stringify(joined.data.state.resources)).not.toContain("Add your local");
    expect(JSON.stringify(joined.data.state.resources)).not.toContain("edit this template");
    expect(joined.data.state.resources.items.map((i) => i.label)).toEqual([
      "If you are in immediate danger, call your local emergency number.",
      "Talk to the facilitator",
      "Reach out to someone you trust",
    ]);
    const screen = await hearth.connect({ cookie });
    const room = await send<RoomState>(screen, "screen:watch", { sessionId: session.id });
    expect(room.ok && JSON.stringify(room.data.resources)).not.toContain("Add your local");

    // filled in for this session: phones get it at once
    const filled = {
      ...watched.data.supportCard,
      items: watched.data.supportCard.items
        .map((i) => (i.label.startsWith("Add your local crisis") ? { label: "Samaritans (UK & Ireland): 116 123", url: "tel:116123" } : i))
        .filter((i) => !i.label.startsWith("Add your local")),
    };
    const updated = nextEvent<RoomState>(phone, "room:updated");
    // the built-in template is read-only: the session gets the card, the template does not
    expect(await send(facilitator, "session:resources", { sessionId: session.id, resources: filled, saveToTemplate: true })).toEqual({
      ok: true,
      data: { savedToTemplate: false },
    });
    expect((await updated).resources.items.map((i) => i.label)).toContain("Samaritans (UK & Ireland): 116 123");
    const after = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    expect(after.ok && after.data.placeholderResources).toBe(0);
    // a link that is not http(s), tel or mailto is refused
    expect(await send(facilitator, "session:resources", { sessionId: session.id, resources: { title: "x", items: [{ label: "y", url: "javascript:alert(1)" }] } })).toMatchObject({
      ok: false,
      error: { code: "BAD_REQUEST" },
    });
    // a phone cannot change it
    expect(await send(phone, "session:resources", { sessionId: session.id, resources: filled })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
  });

  it("saves the card to the facilitator's own template when asked", async () => {
    const { cookie } = await hearth.signUp();
    const builtIn = (await hearth.fetchJson("/api/templates", { cookie })).body.templates[0];
    // the dashboard marks a template whose card still has placeholders
    expect(builtIn.supportCardUnfinished).toBe(true);
    const copy = await hearth.fetchJson(`/api/templates/${builtIn.id}/duplicate`, { method: "POST", cookie });
    const templateId = copy.body.template?.id;
    expect(templateId, JSON.stringify(copy.body)).toBeTruthy();
    const session = await hearth.createSession(cookie, templateId);
    const facilitator = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    const resources = { title: "Support", items: [{ label: "Call your local emergency number" }, { label: "Lifeline: 13 11 14", url: "tel:131114" }] };
    expect(await send(facilitator, "session:resources", { sessionId: session.id, resources, saveToTemplate: true })).toEqual({ ok: true, data: { savedToTemplate: true } });
    const template = await hearth.fetchJson(`/api/templates/${templateId}`, { cookie });
    expect(template.body.template.content.resources.items.map((i: { label: string }) => i.label)).toEqual(["Call your local emergency number", "Lifeline: 13 11 14"]);
    expect(template.body.template.supportCardUnfinished).toBe(false);
    expect((await send(facilitator, "session:end", { sessionId: session.id })).ok).toBe(true);
    expect(await send(facilitator, "session:resources", { sessionId: session.id, resources })).toMatchObject({ ok: false, error: { code: "SESSION_ENDED" } });
  });
});
