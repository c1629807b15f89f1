// Every socket command, over a real socket to a real Hearth, is followed by
// exactly the changes it made, through the one change path
// (server/realtime/changes.ts), after its acknowledgement. What each change
// kind sends which sockets is tests/unit/changes.test.ts; across two
// processes, tests/integration/cluster.test.ts. The path is the same on both
// databases, so this runs on SQLite alone.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { schemas, type ConsoleState, type ParticipantJoined } from "../../lib/events";
import type { Change, ChangeKind } from "../../server/realtime/changes";
import { send, startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

type Command = keyof typeof schemas;

describe("the change path, command by command", () => {
  let hearth: TestHearth;
  let made: ReturnType<typeof vi.spyOn>;

  beforeAll(async () => {
    hearth = await startTestHearth();
    made = vi.spyOn(hearth.changes, "apply");
  });
  afterAll(async () => {
    made.mockRestore();
    await hearth?.stop();
  });

  /** Send `command`; once it is acknowledged, return the kinds of the changes applied since it was sent. */
  async function changesOf(client: TestClient, command: Command, payload: unknown): Promise<ChangeKind[]> {
    made.mockClear();
    const ack = await send(client, command, payload);
    expect(ack, command).toMatchObject({ ok: true });
    // applied in the same turn as the acknowledgement, before anything else: nothing to wait for
    return made.mock.calls.flatMap(([, changes, from]: unknown[]) => {
      expect(from).toBe("here");
      return (changes as Change[]).map((c) => c.kind);
    });
  }

  it("applies exactly each command's changes, after its acknowledgement", async () => {
    const owner = await hearth.signUp();
    const session = await hearth.createSession(owner.cookie);
    const sessionId = session.id;
    const console_ = await hearth.connect({ cookie: owner.cookie });
    const projector = await hearth.connect({ cookie: owner.cookie });
    const phone = await hearth.connect();
    const seen: Partial<Record<Command, ChangeKind[]>> = {};
    const run = async (client: TestClient, command: Command, payload: unknown, expected: ChangeKind[]) => {
      const kinds = await changesOf(client, command, payload);
      expect(kinds, command).toEqual(expected);
      seen[command] ??= kinds;
    };

    await run(console_, "console:watch", { sessionId }, []);
    await run(projector, "screen:watch", { sessionId }, []);
    await run(console_, "session:language", { sessionId, language: "de" }, ["session"]);
    await run(console_, "session:start", { sessionId }, ["session"]);
    const watched = (await send<ConsoleState>(console_, "console:watch", { sessionId })) as { ok: true; data: ConsoleState };
    const step = watched.data.steps.find((s) => s.promptKind === "open_text")!;
    await run(console_, "step:goto", { sessionId, index: step.index }, ["session"]);
    const prompt = ((await send<ConsoleState>(console_, "console:watch", { sessionId })) as { ok: true; data: ConsoleState }).data.step!.prompt!;
    const promptId = prompt.id;
    await run(console_, "prompt:open", { sessionId, promptId }, ["session"]);

    await run(phone, "participant:join", { code: session.joinCode }, ["joined"]);
    const joined = (await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode })) as { ok: true; data: ParticipantJoined };
    // the same participant again (same connection, or the token it kept): nobody new to count
    await run(phone, "participant:join", { code: session.joinCode, token: joined.data.participantToken }, []);
    await run(phone, "answer:submit", { promptId, value: { text: "A first answer" } }, ["answers"]);
    // reactions are open on a text step, while the room is on it
    const live = await hearth.sessions.get(sessionId);
    const textStep = live.steps.find((s) => s.reactionsEnabled)!;
    await run(console_, "step:goto", { sessionId, index: live.steps.indexOf(textStep) }, ["session"]);
    await run(phone, "reaction:toggle", { stepId: textStep.id, kind: "resonates" }, ["reaction"]);
    await run(console_, "step:goto", { sessionId, index: step.index }, ["session"]);
    // the pause count is the consoles' alone (on another process too): never the room's
    await run(phone, "pause:request", {}, ["console"]);
    await run(console_, "pause:reset", { sessionId }, ["console"]);
    await run(phone, "checkin:request", { note: "" }, ["check-ins"]);
    await run(phone, "checkin:update", { note: "later please" }, ["check-ins"]);
    const listed = await send<{ requests: { id: string }[] }>(console_, "checkin:list", { sessionId });
    await run(console_, "checkin:list", { sessionId }, []);
    const requestId = listed.ok ? listed.data.requests[0].id : "";
    await run(console_, "checkin:set", { sessionId, requestId, status: "seen" }, ["check-ins", "check-in-answered"]);
    await run(phone, "checkin:withdraw", {}, ["check-ins"]);

    const responseId = (await hearth.database.prisma.response.findFirstOrThrow({ where: { promptId } })).id;
    await run(console_, "moderation:set", { sessionId, promptId, responseIds: [responseId], status: "approved" }, ["moderation"]);
    // hidden answers leave the wall at once: a new stored release the others re-read
    await run(console_, "moderation:set", { sessionId, promptId, responseIds: [responseId], status: "hidden" }, ["moderation", "session"]);
    await run(console_, "moderation:set", { sessionId, promptId, responseIds: [responseId], status: "approved" }, ["moderation"]);
    await run(console_, "results:reveal", { sessionId, promptId }, ["revealed"]);
    await run(console_, "results:hide", { sessionId, promptId }, ["session"]);
    await run(console_, "author:block", { sessionId, promptId, responseId }, ["author-blocked", "moderation", "session"]);
    await run(console_, "author:unblock", { sessionId, via: responseId }, ["author-blocked", "moderation", "session"]);
    await run(console_, "prompt:close", { sessionId, promptId }, ["session"]);
    await run(console_, "prompt:reset", { sessionId, promptId }, ["prompt-reset"]);
    await run(console_, "timer:control", { sessionId, action: "start" }, ["session"]);
    await run(console_, "wall:page", { sessionId, action: "next" }, ["wall-paged"]);
    await run(console_, "session:lock", { sessionId, locked: true }, ["session"]);
    await run(console_, "session:settings", { sessionId, hideCounts: true }, ["session"]);
    await run(console_, "session:resources", { sessionId, resources: { title: "Support", items: [{ label: "Call your local emergency number" }] } }, ["session"]);
    await run(console_, "session:end", { sessionId }, ["session"]);

    // a command added to lib/events.ts needs its row here
    expect(Object.keys(seen).sort()).toEqual(Object.keys(schemas).sort());
  });

  it("applies nothing for a refused command", async () => {
    const phone = await hearth.connect();
    made.mockClear();
    expect(await send(phone, "answer:submit", { promptId: "nope", value: { text: "x" } })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await send(phone, "session:lock", { sessionId: "nope", locked: true })).toMatchObject({ ok: false });
    expect(made).not.toHaveBeenCalled();
  });
});
