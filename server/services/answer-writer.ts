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
//
// On PostgreSQL several batches may be in flight at once (the pool has
// several connections): round trips overlap, and one connection that hangs
// does not hold up every answer behind it. A participant's answer to one
// question is never in two batches at once, so their later answer is always
// stored after the earlier one.
import type { ResponseRecord, ResponseWrite } from "../repositories/response-repository";

/** Large enough to amortise a commit; small enough that one batch is a few milliseconds of work. */
export const MAX_ANSWER_BATCH = 200;

export type AnswerWriterOptions = {
  maxBatch?: number;
  /** batches in flight at once: 1 for SQLite (one writer), a few for PostgreSQL */
  concurrency?: number;
};

type Pending = { key: string; write: ResponseWrite; resolve: (record: ResponseRecord) => void; reject: (error: unknown) => void };

const keyOf = (w: ResponseWrite) => `${w.promptId}\u0000${w.participantId}`;

export function createAnswerWriter(store: { upsertMany(writes: ResponseWrite[]): Promise<ResponseRecord[]> }, options: AnswerWriterOptions = {}) {
  const maxBatch = options.maxBatch ?? MAX_ANSWER_BATCH;
  const concurrency = options.concurrency ?? 1;
  let queue: Pending[] = [];
  /** (prompt, participant) pairs in a batch being written */
  const writing = new Set<string>();
  let inFlight = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  /**
   * The next batch: up to maxBatch answers, each (prompt, participant) once
   * and none that is being written already. A participant's next answer in
   * quick succession waits for a later batch, so it is also stored later.
   */
  function takeBatch(): Pending[] {
    const batch: Pending[] = [];
    const rest: Pending[] = [];
    const keys = new Set<string>();
    for (const item of queue) {
      if (batch.length < maxBatch && !keys.has(item.key) && !writing.has(item.key)) {
        keys.add(item.key);
        batch.push(item);
      } else rest.push(item);
    }
    queue = rest;
    return batch;
  }

  async function writeBatch(batch: Pending[]) {
    try {
      const records = await store.upsertMany(batch.map((p) => p.write));
      for (const [i, p] of batch.entries()) p.resolve(records[i]);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One bad row (say, its session was deleted meanwhile) must not fail
      // everyone else's answer: retry one by one, each with its own outcome.
      for (const p of batch) await writeBatch([p]);
    }
  }

  /** Answers that arrive in the same turn of the event loop share a batch. */
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(pump);
  }

  function pump() {
    scheduled = false;
    while (inFlight < concurrency && queue.length) {
      const batch = takeBatch();
      if (batch.length === 0) break; // everything queued waits for a batch in flight
      inFlight++;
      for (const p of batch) writing.add(p.key);
      void writeBatch(batch).finally(() => {
        inFlight--;
        for (const p of batch) writing.delete(p.key);
        if (queue.length)
          schedule(); // the next batch after a turn of the event loop
        else if (inFlight === 0) {
          const waiters = idleWaiters;
          idleWaiters = [];
          for (const resolve of waiters) resolve();
        }
      });
    }
  }

  return {
    /** Store one answer; resolves after the batch holding it committed. */
    write(write: ResponseWrite): Promise<ResponseRecord> {
      return new Promise((resolve, reject) => {
        queue.push({ key: keyOf(write), write, resolve, reject });
        schedule();
      });
    },
    /** Resolves once every answer queued so far is settled (shutdown). */
    flush(): Promise<void> {
      if (queue.length === 0 && inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** answers waiting for a batch (for tests and the benchmark's stats) */
    get queued() {
      return queue.length;
    },
  };
}

export type AnswerWriter = ReturnType<typeof createAnswerWriter>;
