// Answers arrive in bursts: when a facilitator opens a question, a whole
// room answers within a second or two. Written one by one, each answer paid
// for its own statement and its own commit, and the synchronous SQLite driver
// turned a burst into one long block during which no socket was served.
//
// The writer queues answers and stores them in batches — one multi-row
// statement, one transaction (repositories' upsertMany) — and each answer's
// promise settles only after its batch committed, so an acknowledgement still
// means "durable". Between batches it yields to the event loop, so
// acknowledgements, broadcasts and new connections are served during a burst.
import type { ResponseRecord, ResponseWrite } from "../repositories/response-repository";

/** Large enough to amortise a commit; small enough that one batch is a few milliseconds of work. */
export const MAX_ANSWER_BATCH = 200;

type Pending = { write: ResponseWrite; resolve: (record: ResponseRecord) => void; reject: (error: unknown) => void };

const keyOf = (w: ResponseWrite) => `${w.promptId}\u0000${w.participantId}`;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createAnswerWriter(store: { upsertMany(writes: ResponseWrite[]): Promise<ResponseRecord[]> }, maxBatch = MAX_ANSWER_BATCH) {
  let queue: Pending[] = [];
  let draining: Promise<void> | null = null;

  /**
   * The next batch: up to maxBatch answers, each (prompt, participant) once.
   * A participant's second answer in quick succession waits for the next
   * batch, so the later answer is also the one stored last.
   */
  function takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const keys = new Set<string>();
    for (const item of queue) {
      const key = keyOf(item.write);
      if (batch.length < maxBatch && !keys.has(key)) {
        keys.add(key);
        batch.push(item);
      } else rest.push(item);
    }
    queue = rest;
    return batch;
  }

  async function writeBatch(batch: Pending[]) {
    try {
      const records = await store.upsertMany(batch.map((p) => p.write));
      batch.forEach((p, i) => p.resolve(records[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One bad row (say, its session was deleted meanwhile) must not fail
      // everyone else's answer: retry one by one, each with its own outcome.
      for (const p of batch) await writeBatch([p]);
    }
  }

  async function drain() {
    // Answers that arrive in the same turn of the event loop share a batch.
    await nextTurn();
    while (queue.length) {
      await writeBatch(takeBatch());
      await nextTurn();
    }
    draining = null;
  }

  return {
    /** Store one answer; resolves after the batch holding it committed. */
    write(write: ResponseWrite): Promise<ResponseRecord> {
      return new Promise((resolve, reject) => {
        queue.push({ write, resolve, reject });
        draining ??= drain();
      });
    },
    /** Resolves once every answer queued so far is settled (shutdown). */
    async flush(): Promise<void> {
      while (draining) await draining;
    },
    /** answers waiting for a batch (for tests and the benchmark's stats) */
    get queued() {
      return queue.length;
    },
  };
}

export type AnswerWriter = ReturnType<typeof createAnswerWriter>;
