// The writer's scheduling, with a store whose writes finish when the test says.
import { describe, expect, it } from "vitest";
import type { ResponseRecord, ResponseWrite } from "../../server/repositories/response-repository";
import { createAnswerWriter } from "../../server/services/answer-writer";

function controlledStore() {
  const calls: { writes: ResponseWrite[]; finish: () => void; fail: (e: unknown) => void }[] = [];
  return {
    calls,
    upsertMany(writes: ResponseWrite[]) {
      return new Promise<ResponseRecord[]>((resolve, reject) => {
        calls.push({
          writes,
          finish: () =>
            resolve(
              writes.map((w, i) => ({
                id: `r${calls.length}-${i}`,
                promptId: w.promptId,
                participantId: w.participantId,
                passed: w.passed,
                value: w.value,
                moderation: w.moderation,
              })),
            ),
          fail: reject,
        });
      });
    },
  };
}

const answer = (participantId: string, choice: number): ResponseWrite => ({
  sessionId: "s",
  promptId: "p",
  participantId,
  passed: false,
  value: { optionId: `o${choice}` } as never,
  moderation: null,
});
/** a few turns of the event loop: the writer schedules each batch on one */
const turns = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe("answer writer scheduling", () => {
  it("answers sent in the same turn share one batch; each settles only when its batch is stored", async () => {
    const store = controlledStore();
    const writer = createAnswerWriter(store);
    let settled = 0;
    const sent = ["a", "b", "c"].map((p) => writer.write(answer(p, 1)).then(() => settled++));
    await turns();
    expect(store.calls.map((c) => c.writes.length)).toEqual([3]);
    expect(settled).toBe(0);
    store.calls[0].finish();
    await Promise.all(sent);
    expect(settled).toBe(3);
  });

  it("with several batches in flight, one that hangs does not hold up others", async () => {
    const store = controlledStore();
    const writer = createAnswerWriter(store, { maxBatch: 2, concurrency: 2 });
    const first = Promise.allSettled(["a", "b"].map((p) => writer.write(answer(p, 1))));
    const second = ["c", "d"].map((p) => writer.write(answer(p, 1)));
    await turns();
    expect(store.calls).toHaveLength(2);
    store.calls[1].finish(); // the second batch commits while the first still hangs
    await expect(Promise.all(second)).resolves.toHaveLength(2);
    store.calls[0].fail(Object.assign(new Error("timeout"), { code: "P1001" }));
    // the batch failed as a whole, then each answer alone: both fail again here
    await turns();
    store.calls[2].fail(new Error("still down"));
    await turns();
    store.calls[3].fail(new Error("still down"));
    await expect(first).resolves.toMatchObject([{ status: "rejected" }, { status: "rejected" }]);
    expect(store.calls.map((c) => c.writes.map((w) => w.participantId))).toEqual([["a", "b"], ["c", "d"], ["a"], ["b"]]);
  });

  it("never writes one participant's answer in two batches at once: the later one waits and is stored last", async () => {
    const store = controlledStore();
    const writer = createAnswerWriter(store, { concurrency: 4 });
    const earlier = writer.write(answer("a", 1));
    await turns();
    const later = writer.write(answer("a", 2));
    const other = writer.write(answer("b", 1));
    await turns();
    // "b" went ahead in a second batch; "a"'s later answer waits for its earlier one
    expect(store.calls.map((c) => c.writes.map((w) => w.participantId))).toEqual([["a"], ["b"]]);
    store.calls[0].finish();
    await earlier;
    await turns();
    expect(store.calls[2].writes).toEqual([answer("a", 2)]);
    store.calls[1].finish();
    store.calls[2].finish();
    await Promise.all([later, other]);
    await writer.flush();
    expect(writer.queued).toBe(0);
  });
});
