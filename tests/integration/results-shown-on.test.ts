// "Where results show", per prompt: a "projector only" prompt's breakdown
// reaches the projector and the console, never a phone — not in the room
// state, not in an aggregate update, not in a (re)join — while a default
// prompt in the same session still shows its results on phones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleState, ParticipantJoined, RoomState } from "../../lib/events";
import { providersUnderTest } from "../helpers/database";
import { waitUntil } from "../helpers/hearth-client";
import { nextEvent, send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

describe.each(await providersUnderTest())("where results show, on %s", (provider) => {
  let hearth: TestHearth;
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  /** A copy of the built-in template whose first open-text and first single-choice prompts show on the projector only. */
  async function sessionWithProjectorOnlyPrompts(cookie: string) {
    const list = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = list.body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    const content = (await hearth.fetchJson(`/api/templates/${builtIn.id}`, { cookie })).body.template.content;
    const marked: string[] = [];
    for (const kind of ["open_text", "single_choice"]) {
      const step = content.steps.find((s: any) => s.prompt?.kind === kind);
      step.prompt.resultsShownOn = "screen";
      marked.push(step.prompt.key);
    }
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { content } });
    expect(created.status).toBe(201);
    // the setting is kept with the template
    const kept = created.body.template.content.steps.filter((s: any) => s.prompt?.resultsShownOn === "screen").map((s: any) => s.prompt.key);
    expect(kept).toEqual(marked);
    return hearth.createSession(cookie, created.body.template.id);
  }

  it("keeps a projector-only prompt's results off every phone's wire, and shows a default prompt's results on phones", async () => {
    const { cookie } = await hearth.signUp();
    const session = await sessionWithProjectorOnlyPrompts(cookie);
    const facilitator = await hearth.connect({ cookie });
    const projector = await hearth.connect({ cookie });
    const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watched.ok) throw new Error(watched.error.message);
    expect((await send<RoomState>(projector, "screen:watch", { sessionId: session.id })).ok).toBe(true);

    const phones: TestClient[] = [];
    const tokens: string[] = [];
    for (let i = 0; i < 4; i++) {
      const phone = await hearth.connect();
      const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
      if (!joined.ok) throw new Error(joined.error.message);
      phones.push(phone);
      tokens.push(joined.data.participantToken);
    }
    // every payload any phone receives, as sent
    const seenByPhones: unknown[] = [];
    for (const phone of phones) phone.onAny((event, payload) => seenByPhones.push({ event, payload }));
    // every aggregate the projector receives (breakdowns are released in steps, so the first may still be empty)
    const seenByScreen: any[] = [];
    projector.onAny((event, payload) => {
      if ((event === "room:updated" || event === "aggregate:updated") && payload?.aggregate) seenByScreen.push(payload.aggregate);
    });
    const screenShows = (promptId: string, text: string) =>
      waitUntil(`the projector shows "${text}"`, () => seenByScreen.some((a) => a.promptId === promptId && a.result && JSON.stringify(a.result).includes(text)), 5000);

    async function runPrompt(kind: string, answer: (i: number, config: any) => unknown) {
      const step = watched.ok ? watched.data.steps.find((s) => s.promptKind === kind)! : null!;
      expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
      const state = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
      if (!state.ok) throw new Error("watch failed");
      const prompt = state.data.step!.prompt!;
      expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId: prompt.id })).ok).toBe(true);
      for (const [i, phone] of phones.entries()) expect((await send(phone, "answer:submit", { promptId: prompt.id, value: answer(i, prompt.config) })).ok).toBe(true);
      if (prompt.kind === "open_text") {
        const queue = await nextEvent<ConsoleState>(facilitator, "console:updated", (s) => (s.moderation?.entries.length ?? 0) === 4);
        const ids = queue.moderation!.entries.map((e) => e.responseId!);
        expect((await send(facilitator, "moderation:set", { sessionId: session.id, promptId: prompt.id, responseIds: ids, status: "approved" })).ok).toBe(true);
      }
      const onScreen = nextEvent<RoomState>(projector, "room:updated", (s) => s.step?.prompt?.resultsRevealed === true);
      const onPhone = nextEvent<RoomState>(phones[0]!, "room:updated", (s) => s.step?.prompt?.resultsRevealed === true);
      expect((await send(facilitator, "results:reveal", { sessionId: session.id, promptId: prompt.id })).ok).toBe(true);
      return { prompt, screen: await onScreen, phone: await onPhone };
    }

    // projector only: open text
    const text = await runPrompt("open_text", (i) => ({ text: `words only for the wall ${i}` }));
    expect(text.prompt.resultsShownOn).toBe("screen");
    await screenShows(text.prompt.id, "words only for the wall");
    expect(text.phone.step?.prompt?.resultsShownOn).toBe("screen");
    expect(text.phone.aggregate).toMatchObject({ result: null });
    // a phone that rejoins now gets no breakdown either
    const rejoined = await send<ParticipantJoined>(await hearth.connect(), "participant:join", { code: session.joinCode, token: tokens[0] });
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    expect(rejoined.data.state.aggregate).toMatchObject({ result: null });
    expect(JSON.stringify(rejoined.data)).not.toContain("words only for the wall 1");

    // projector only: single choice
    const choice = await runPrompt("single_choice", (_, config) => ({ optionId: config.options[0].id }));
    await screenShows(choice.prompt.id, '"count":4');
    expect(choice.phone.aggregate?.result).toBeNull();

    // give the coalesced phone updates time to go out, then read everything the phones were sent
    await new Promise((resolve) => setTimeout(resolve, 600));
    const wire = JSON.stringify(seenByPhones);
    expect(wire).not.toContain("words only for the wall");
    expect(wire).not.toMatch(/"options":\[\{"id":"[^"]+","label":"[^"]+","count"/);
    for (const { payload } of seenByPhones as { payload: any }[]) {
      const aggregate = payload?.aggregate;
      if (aggregate && (aggregate.promptId === text.prompt.id || aggregate.promptId === choice.prompt.id)) expect(aggregate.result).toBeNull();
    }

    // a default prompt (scale) still shows its results on phones
    const scale = await runPrompt("scale", (i) => ({ value: 1 + (i % 3) }));
    expect(scale.prompt.resultsShownOn).toBe("everywhere");
    await waitUntil(
      "a phone gets the scale's breakdown",
      () => (seenByPhones as { payload: any }[]).some(({ payload }) => payload?.aggregate?.promptId === scale.prompt.id && payload.aggregate.result !== null),
      5000,
    );

    for (const client of [facilitator, projector, ...phones]) client.disconnect();
  });
});
