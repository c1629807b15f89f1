// The rules of a live session (server/services/session-service.ts and the
// rules it composes) over a throwaway SQLite database, with no server and no
// sockets: the seam to test a rule at, before its command and its events
// (tests/integration/live-session.test.ts, change-path.test.ts). Each rule
// must have written to the database before it returns: a second service
// over the same database, loading the session afresh, sees what the first
// one's mirror holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRepositories, type Repositories } from "../../server/repositories";
import { seedBuiltInTemplates } from "../../server/seed";
import { HearthError } from "../../server/services/hearth-error";
import { createSessionService, type SessionService } from "../../server/services/session-service";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const OWNER = "rules-owner";

describe("session rules over a database, without sockets", () => {
  let database: TestDatabase;
  let repos: Repositories;
  const service = (): SessionService => createSessionService({ repositories: repos, publicUrl: () => "http://127.0.0.1:3000", pauseRequestIntervalMs: 60_000 });

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    repos = createRepositories(database.db.prisma, "sqlite");
    await seedBuiltInTemplates(repos);
    await database.db.prisma.facilitator.create({ data: { id: OWNER, name: "Rules owner", email: "rules@example.org" } });
  });
  afterAll(() => database?.cleanup());

  async function newSession(sessions = service()) {
    const [template] = await repos.templates.listVisibleTo(OWNER);
    const record = await sessions.createSession({ ownerId: OWNER, templateId: template.id });
    return { sessions, session: await sessions.authorised(record.id, OWNER, "run"), joinCode: record.joinCode };
  }
  /** The same session loaded by another service over the same database: what was stored. */
  const stored = (sessionId: string) => service().get(sessionId);
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof HearthError ? error.code : String(error)),
    );

  it("moves to a step: leaves the lobby, resets the step timer, refuses a step that does not exist", async () => {
    const { sessions, session } = await newSession();
    expect(session.record.status).toBe("lobby");
    await sessions.controlTimer(session, "add_minute");
    await sessions.gotoStep(session, 2);
    expect(session.record).toMatchObject({ status: "running", currentStepIndex: 2, timerElapsedMs: 0, timerDurationMs: 0, timerStartedAt: null });
    expect(session.record.startedAt).toBeInstanceOf(Date);
    expect((await stored(session.id)).record).toMatchObject({ status: "running", currentStepIndex: 2, timerDurationMs: 0 });
    expect(await refusal(sessions.gotoStep(session, session.steps.length))).toBe("BAD_REQUEST");
    expect(await refusal(sessions.gotoStep(session, -1))).toBe("BAD_REQUEST");
    expect(session.record.currentStepIndex).toBe(2);
  });

  it("runs the timer: start, pause keeps what ran, a minute more, reset", async () => {
    const { sessions, session } = await newSession();
    await sessions.gotoStep(session, 0);
    await sessions.controlTimer(session, "start");
    expect(session.record.timerStartedAt).toBeInstanceOf(Date);
    await sessions.controlTimer(session, "start"); // already running: nothing changes
    await sessions.controlTimer(session, "pause");
    expect(session.record.timerStartedAt).toBeNull();
    expect(session.record.timerElapsedMs).toBeGreaterThanOrEqual(0);
    await sessions.controlTimer(session, "add_minute");
    await sessions.controlTimer(session, "add_minute");
    expect(session.record.timerDurationMs).toBe(120_000);
    const after = (await stored(session.id)).record;
    expect([after.timerStartedAt, after.timerElapsedMs, after.timerDurationMs]).toEqual([null, session.record.timerElapsedMs, 120_000]);
    await sessions.controlTimer(session, "reset");
    expect((await stored(session.id)).record).toMatchObject({ timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: 0 });
  });

  it("takes reactions only on the step the room is on, one per kind and participant", async () => {
    const { sessions, session, joinCode } = await newSession();
    const textStep = session.steps.findIndex((s) => s.reactionsEnabled);
    const other = session.steps.findIndex((s, i) => i !== textStep && !s.reactionsEnabled);
    expect(textStep).toBeGreaterThanOrEqual(0);
    const joined = await sessions.joinParticipant({ code: joinCode });
    const participant = { id: joined.participantId, sessionId: session.id };
    const stepId = session.steps[textStep].id;
    // still in the lobby: the room is on no step
    expect(await refusal(sessions.toggleReaction(participant, { stepId, kind: "resonates" }))).toBe("FORBIDDEN");
    await sessions.gotoStep(session, textStep);
    expect((await sessions.toggleReaction(participant, { stepId, kind: "resonates" })).active).toBe(true);
    expect((await sessions.toggleReaction(participant, { stepId, kind: "support" })).counts).toMatchObject({ resonates: 1, support: 1 });
    expect((await stored(session.id)).reactionCounts(stepId)).toMatchObject({ resonates: 1, support: 1 });
    expect((await sessions.toggleReaction(participant, { stepId, kind: "resonates" })).active).toBe(false);
    expect((await stored(session.id)).reactionCounts(stepId)).toMatchObject({ resonates: 0, support: 1 });
    if (other >= 0) {
      await sessions.gotoStep(session, other);
      expect(await refusal(sessions.toggleReaction(participant, { stepId: session.steps[other].id, kind: "resonates" }))).toBe("FORBIDDEN");
    }
  });

  it("locks: nobody new, everyone who was there comes back with their token", async () => {
    const { sessions, session, joinCode } = await newSession();
    const first = await sessions.joinParticipant({ code: joinCode });
    await sessions.setLocked(session, true);
    expect((await stored(session.id)).record.locked).toBe(true);
    expect(await refusal(sessions.joinParticipant({ code: joinCode }))).toBe("SESSION_LOCKED");
    const back = await sessions.joinParticipant({ code: joinCode, token: first.participantToken });
    expect([back.participantId, back.created]).toEqual([first.participantId, false]);
    await sessions.setLocked(session, false);
    expect((await sessions.joinParticipant({ code: joinCode })).created).toBe(true);
    expect((await stored(session.id)).participantCount).toBe(2);
  });

  it("ends: open prompts close, and nothing that changes the room is taken any more", async () => {
    const { sessions, session, joinCode } = await newSession();
    const step = session.steps.findIndex((s) => s.prompt?.kind === "single_choice");
    await sessions.gotoStep(session, step);
    const prompt = session.steps[step].prompt!;
    await sessions.setPromptState(session, prompt, "open");
    const joined = await sessions.joinParticipant({ code: joinCode });
    const participant = { id: joined.participantId, sessionId: session.id };
    await sessions.end(session);
    expect(prompt.state).toBe("closed");
    expect((await stored(session.id)).findPrompt(prompt.id)?.state).toBe("closed");
    const optionId = (prompt.config as { options: { id: string }[] }).options[0].id;
    expect(await refusal(sessions.submitAnswer(participant, { promptId: prompt.id, value: { optionId } }))).toBe("SESSION_ENDED");
    expect(await refusal(sessions.gotoStep(session, 0))).toBe("SESSION_ENDED");
    expect(await refusal(sessions.setLocked(session, true))).toBe("SESSION_ENDED");
    expect(await refusal(sessions.requestPause(participant))).toBe("SESSION_ENDED");
    expect(await refusal(sessions.joinParticipant({ code: joinCode }))).toBe("SESSION_ENDED");
    // ending twice is a no-op, and clearing the pause count is still taken
    await sessions.end(session);
    await sessions.resetPauseRequests(session);
  });
});
