// The pure pieces of the multi-process sync: the messages processes exchange
// (server/realtime/sync-messages.ts) and the in-place merge of a session
// re-read from the database (server/services/live-session-sync.ts). The
// whole thing, with two real processes, is tests/integration/cluster.test.ts.
import { describe, expect, it } from "vitest";
import { appendToBatch, batchWeight, MAX_MODERATION_IDS_PER_MESSAGE, moderationMessages, parseSyncBatch, type SyncMessage } from "../../server/realtime/sync-messages";
import { MAX_MODERATION_IDS, schemas } from "../../lib/events";
import type { ResponseRecord } from "../../server/repositories/response-repository";
import { liveSessionFixture as session } from "../helpers/live-session";
import { captureLiveState, mergeLiveState, replaceAnswersAndReactions } from "../../server/services/live-session-sync";

const answer = (participantId: string, optionId: string, promptId = "p1"): ResponseRecord => ({
  id: `r-${participantId}`,
  promptId,
  participantId,
  passed: false,
  value: { optionId } as never,
  moderation: null,
});

describe("sync messages", () => {
  it("accepts every kind and refuses anything else", () => {
    const batch: SyncMessage[] = [
      { kind: "answers", sessionId: "s1", responses: [answer("a", "o1"), { ...answer("b", "o1"), passed: true, value: null }] },
      { kind: "session", sessionId: "s1" },
      { kind: "console", sessionId: "s1" },
      { kind: "prompt-reset", sessionId: "s1", promptId: "p1" },
      { kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: ["r-a"], status: "approved" },
      { kind: "reaction", sessionId: "s1", stepId: "st1", participantId: "a", reaction: "resonates", active: true },
      { kind: "joined", sessionId: "s1" },
      { kind: "forget", sessionId: "s1" },
      { kind: "resync", sessionIds: ["s1", "s2"] },
    ];
    // what arrives went through JSON (the Redis adapter's serverSideEmit)
    expect(parseSyncBatch(JSON.parse(JSON.stringify(batch)))).toEqual(batch);
    expect(parseSyncBatch([])).toBeNull();
    expect(parseSyncBatch("hello")).toBeNull();
    expect(parseSyncBatch([{ kind: "drop-database", sessionId: "s1" }])).toBeNull();
    expect(parseSyncBatch([{ kind: "reaction", sessionId: "s1", stepId: "st1", participantId: "a", reaction: "<script>", active: true }])).toBeNull();
    expect(parseSyncBatch([{ kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: ["r"], status: "deleted" }])).toBeNull();
  });

  it("splits a large moderation decision into messages the others accept", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `r${i}`);
    // the console sends a whole wall in commands of at most MAX_MODERATION_IDS; the
    // sync side must split any size it is given, whatever that limit is today
    const command = (n: number) => ({ sessionId: "s1", promptId: "p1", responseIds: ids.slice(0, n), status: "approved" });
    expect(schemas["moderation:set"].safeParse(command(MAX_MODERATION_IDS)).success).toBe(true);
    expect(schemas["moderation:set"].safeParse(command(MAX_MODERATION_IDS + 1)).success).toBe(false);
    const messages = moderationMessages("s1", "p1", ids, "approved");
    expect(messages).toHaveLength(Math.ceil(5000 / MAX_MODERATION_IDS_PER_MESSAGE));
    expect(parseSyncBatch(messages)).toEqual(messages);
    expect(messages.flatMap((m) => m.responseIds)).toEqual(ids);
    // one message with every id would be refused, and with it the whole batch
    expect(parseSyncBatch([{ kind: "moderation", sessionId: "s1", promptId: "p1", responseIds: ids, status: "approved" }])).toBeNull();
  });

  it("batches answers per session, keeping the order of everything else", () => {
    const batch: SyncMessage[] = [];
    appendToBatch(batch, { kind: "answers", sessionId: "s1", responses: [answer("a", "o1")] });
    appendToBatch(batch, { kind: "answers", sessionId: "s2", responses: [answer("x", "o1")] });
    appendToBatch(batch, { kind: "answers", sessionId: "s1", responses: [answer("b", "o2")] });
    appendToBatch(batch, { kind: "joined", sessionId: "s1" });
    appendToBatch(batch, { kind: "joined", sessionId: "s1" });
    expect(batch.map((m) => m.kind)).toEqual(["answers", "answers", "joined"]);
    expect((batch[0] as { responses: ResponseRecord[] }).responses.map((r) => r.participantId)).toEqual(["a", "b"]);
    // a reset between two answers of the same session is never jumped over
    appendToBatch(batch, { kind: "prompt-reset", sessionId: "s1", promptId: "p1" });
    appendToBatch(batch, { kind: "answers", sessionId: "s1", responses: [answer("c", "o1")] });
    expect(batch.map((m) => m.kind)).toEqual(["answers", "answers", "joined", "prompt-reset", "answers"]);
    expect((batch[0] as { responses: ResponseRecord[] }).responses).toHaveLength(2);
    expect(batchWeight(batch)).toBe(2 + 1 + 1 + 1 + 1);
  });

  it("does not let a later merge change a message already queued by the caller", () => {
    const first: SyncMessage = { kind: "answers", sessionId: "s1", responses: [answer("a", "o1")] };
    const batch: SyncMessage[] = [];
    appendToBatch(batch, first);
    appendToBatch(batch, { kind: "answers", sessionId: "s1", responses: [answer("b", "o1")] });
    expect((first as { responses: ResponseRecord[] }).responses).toHaveLength(1);
  });
});

describe("re-reading a live session from the database", () => {
  it("takes the database's values, in place", () => {
    const { record, steps, live } = session();
    const prompt = live.findPrompt("p1")!;
    const base = captureLiveState(live);
    mergeLiveState(live, base, { ...record, currentStepIndex: 0, locked: true, pauseRequests: 4, timerStartedAt: new Date(5) }, steps("closed", true));
    expect(live.record).toMatchObject({ locked: true, pauseRequests: 4, timerStartedAt: new Date(5) });
    expect(live.findPrompt("p1")).toBe(prompt); // the same object, changed
    expect(prompt).toMatchObject({ state: "closed", resultsRevealed: true });
  });

  it("keeps what this process changed while the database was being read", () => {
    const { record, steps, live } = session();
    const base = captureLiveState(live);
    // meanwhile, here: the facilitator locked the session and revealed the results
    live.record.locked = true;
    live.findPrompt("p1")!.resultsRevealed = true;
    // the read started before that write, and saw another process's pause request
    mergeLiveState(live, base, { ...record, locked: false, pauseRequests: 1 }, steps("open", false));
    expect(live.record).toMatchObject({ locked: true, pauseRequests: 1 });
    expect(live.findPrompt("p1")!.resultsRevealed).toBe(true);
  });

  it("rebuilds answers, tallies and reactions from the database's rows", () => {
    const { live } = session();
    live.rememberResponse(answer("a", "o1"));
    live.rememberResponse(answer("b", "o1"));
    live.setReaction({ stepId: "st1", participantId: "a", kind: "resonates", active: true });
    replaceAnswersAndReactions(live, [answer("a", "o2"), answer("c", "o2"), answer("d", "o1")], [{ stepId: "st1", participantId: "c", kind: "support" }]);
    const aggregate = live.aggregate(live.findPrompt("p1")!) as { answerCount: number };
    expect(aggregate.answerCount).toBe(3);
    // the breakdown the next release would show is made of the rebuilt tallies
    const next = live.releaseCandidate(live.findPrompt("p1")!) as { result: { options: { id: string; count: number }[] } };
    expect(next.result.options.map((o) => [o.id, o.count])).toEqual([
      ["o1", 1],
      ["o2", 2],
    ]);
    expect(live.reactionCounts("st1")).toMatchObject({ resonates: 0, support: 1 });
    // applying an answer the reload already had changes nothing
    live.rememberResponse(answer("c", "o2"));
    expect((live.aggregate(live.findPrompt("p1")!) as { answerCount: number }).answerCount).toBe(3);
  });
});
