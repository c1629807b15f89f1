// Writes that arrive in bursts (a room answering at once, a room filling up)
// are stored in batches: one statement and one commit for many rows instead
// of one each. With `synchronous = FULL` every SQLite commit waits for the
// disk (3.5–7 ms here), and the synchronous driver waits on the event loop,
// so one commit per row turned a burst into a long block in which no socket
// was served (bench/README.md).
//
// Each write's promise settles only after its batch committed, so whoever
// acknowledges it still means "stored". Writes that arrive in the same turn
// of the event loop share a batch; between batches the writer yields to the
// event loop, so acknowledgements, broadcasts and new connections are served
// during a burst.
//
// On PostgreSQL several batches may be in flight at once (the pool has
// several connections): round trips overlap, and one connection that hangs
// does not hold up every write behind it. Two writes with the same key are
// never in batches in flight at once, so a later one is always stored after
// an earlier one (a participant's changed answer after their first).

export type BatchWriterOptions<W> = {
  /** what may not be written twice at once (e.g. prompt and participant); none: every write is its own */
  keyOf?: (write: W) => string;
  maxBatch: number;
  /** batches in flight at once: 1 for SQLite (one writer), a few for PostgreSQL */
  concurrency?: number;
};

type Pending<W, R> = { key: string | null; write: W; resolve: (record: R) => void; reject: (error: unknown) => void };

/**
 * `writeMany` stores a batch and returns one result per write, in order; it
 * may throw for a single write (that write's promise rejects with it). A
 * batch that fails is retried one write at a time, so one bad row (say, its
 * session was deleted meanwhile) does not fail everyone else's.
 */
export function createBatchWriter<W, R>(writeMany: (writes: W[]) => Promise<R[]>, options: BatchWriterOptions<W>) {
  const { keyOf, maxBatch } = options;
  const concurrency = options.concurrency ?? 1;
  let queue: Pending<W, R>[] = [];
  /** keys in a batch being written */
  const writing = new Set<string>();
  let inFlight = 0;
  let scheduled = false;
  let idleWaiters: (() => void)[] = [];

  /** The next batch: up to maxBatch writes, each key once and none being written already. */
  function takeBatch(): Pending<W, R>[] {
    const batch: Pending<W, R>[] = [];
    const rest: Pending<W, R>[] = [];
    const keys = new Set<string>();
    for (const item of queue) {
      const free = item.key === null || (!keys.has(item.key) && !writing.has(item.key));
      if (batch.length < maxBatch && free) {
        if (item.key !== null) keys.add(item.key);
        batch.push(item);
      } else rest.push(item);
    }
    queue = rest;
    return batch;
  }

  async function writeBatch(batch: Pending<W, R>[]) {
    try {
      const records = await writeMany(batch.map((p) => p.write));
      for (const [i, p] of batch.entries()) p.resolve(records[i]);
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const p of batch) await writeBatch([p]);
    }
  }

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
      for (const p of batch) if (p.key !== null) writing.add(p.key);
      void writeBatch(batch).finally(() => {
        inFlight--;
        for (const p of batch) if (p.key !== null) writing.delete(p.key);
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
    /** Store one write; resolves after the batch holding it committed. */
    write(write: W): Promise<R> {
      return new Promise((resolve, reject) => {
        queue.push({ key: keyOf ? keyOf(write) : null, write, resolve, reject });
        schedule();
      });
    },
    /** Resolves once every write queued so far is settled (shutdown). */
    flush(): Promise<void> {
      if (queue.length === 0 && inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** writes waiting for a batch (for tests and the benchmark's stats) */
    get queued() {
      return queue.length;
    },
  };
}

export type BatchWriter<W, R> = ReturnType<typeof createBatchWriter<W, R>>;
