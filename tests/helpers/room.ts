// A room in a Hearth started in this process (tests/helpers/hearth-server.ts):
// a facilitator's console watching a new session from the built-in template
// (and a projector, when asked), phones joining it, a prompt opened. The one
// set-up the live-session suites share; the same for a Hearth in a child
// process is openRoomAt in ./hearth-client.ts.
import { expect } from "vitest";
import type { ConsoleState, ParticipantJoined, PromptView } from "../../lib/events";
import { send, type TestClient, type TestHearth } from "./hearth-server";

export type TestRoom = { cookie: string; facilitator: TestClient; console: ConsoleState; sessionId: string; joinCode: string };

/** Sign up, create a session, watch it from a console (and from a projector with `screen`); not started. */
export async function openRoom(hearth: TestHearth): Promise<TestRoom>;
export async function openRoom(hearth: TestHearth, options: { screen: true }): Promise<TestRoom & { screen: TestClient }>;
export async function openRoom(hearth: TestHearth, options: { screen?: boolean } = {}): Promise<TestRoom & { screen?: TestClient }> {
  const { cookie } = await hearth.signUp();
  const session = await hearth.createSession(cookie);
  const facilitator = await hearth.connect({ cookie });
  const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
  if (!watched.ok) throw new Error(watched.error.message);
  const room = { cookie, facilitator, console: watched.data, sessionId: session.id, joinCode: session.joinCode };
  if (!options.screen) return room;
  const screen = await hearth.connect({ cookie });
  expect((await send(screen, "screen:watch", { sessionId: session.id })).ok).toBe(true);
  return { ...room, screen };
}

/** A new phone joining the room (with the token a phone kept, to come back as the same participant). */
export async function joinRoom(hearth: TestHearth, room: Pick<TestRoom, "joinCode">, token?: string) {
  const phone = await hearth.connect();
  const joined = await send<ParticipantJoined>(phone, "participant:join", { code: room.joinCode, ...(token ? { token } : {}) });
  if (!joined.ok) throw new Error(joined.error.message);
  return { phone, joined: joined.data };
}

/** The console's state now (console:watch again). */
export async function consoleState(room: Pick<TestRoom, "facilitator" | "sessionId">): Promise<ConsoleState> {
  const state = await send<ConsoleState>(room.facilitator, "console:watch", { sessionId: room.sessionId });
  if (!state.ok) throw new Error(`console:watch: ${state.error.message}`);
  return state.data;
}

/** Go to the `nth` step whose prompt has `kind`, open it, and return the prompt. */
export async function openPromptOfKind(room: Pick<TestRoom, "facilitator" | "sessionId" | "console">, kind: string, nth = 0): Promise<PromptView> {
  const step = room.console.steps.filter((s) => s.promptKind === kind)[nth];
  expect(step, `a ${kind} step`).toBeDefined();
  expect((await send(room.facilitator, "step:goto", { sessionId: room.sessionId, index: step.index })).ok).toBe(true);
  const prompt = (await consoleState(room)).step!.prompt!;
  expect((await send(room.facilitator, "prompt:open", { sessionId: room.sessionId, promptId: prompt.id })).ok).toBe(true);
  return prompt;
}
