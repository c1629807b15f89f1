// SQLite's hot-path writes — a room's answers and its new participants, in
// batches (server/services/batch-writer.ts) — on a thread of their own.
//
// better-sqlite3 is synchronous, and with `synchronous = FULL` each commit
// waits for the disk (3.5–7 ms here): on the main thread every batch stopped
// every socket for that long, and because the loop was blocked while a batch
// was written, the next batch held only what arrived in one turn (mostly a
// single row: 6,832 commits for a 10,000-person room joining and answering
// twice, bench/README.md). On its own thread the commit waits while the main
// thread goes on serving sockets, and whatever arrives meanwhile forms the
// next batch, so batches grow with the load instead of commits.
//
// Each statement is its own transaction and is answered only after it
// committed, so "Saved ✓" still means stored. The main connection (Prisma)
// reads what was committed here at once (WAL). Two connections now write,
// so the main one begins its transactions IMMEDIATE (./sqlite-connection.ts).
import { Worker } from "node:worker_threads";
import type { BatchStatements } from "./batch-statements";
import { SQLITE_BUSY_TIMEOUT_MS, sqlitePragmas, type SqliteSynchronous } from "./sqlite-connection";

type Reply = { id: number; rows?: unknown[]; error?: { message: string; code?: string } };

/** An error from the writer thread, with SQLite's code (e.g. SQLITE_BUSY: server/database/storage-errors.ts). */
export class SqliteWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "SqliteWriteError";
  }
}

/** Values as Prisma's better-sqlite3 adapter stores them, so both connections write the same. */
function sqliteValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  return value;
}

export function createSqliteWriter(filePath: string, options: { synchronous?: SqliteSynchronous } = {}): BatchStatements & { close(): Promise<void> } {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: unknown) => void }>();

  function failAll(error: unknown) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  /** Started at the first write: a process that only reads never starts a thread. */
  function started(): Worker {
    if (worker) return worker;
    const thread = new Worker(new URL("./sqlite-writer-worker.mjs", import.meta.url), {
      workerData: { filePath, busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, pragmas: sqlitePragmas(options.synchronous) },
    });
    thread.on("message", (reply: Reply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) thread.unref();
      if (reply.error) waiting.reject(new SqliteWriteError(reply.error.message, reply.error.code));
      else waiting.resolve(reply.rows ?? []);
    });
    thread.on("error", (error) => failAll(error));
    thread.on("exit", () => {
      if (worker === thread) worker = null;
      failAll(new SqliteWriteError("the SQLite writer stopped", "SQLITE_BUSY"));
    });
    // idle, it does not keep the process alive; waiting for a write, it does
    thread.unref();
    worker = thread;
    return thread;
  }

  return {
    run<T>(statement: { sql: string; values: readonly unknown[] }): Promise<T[]> {
      const thread = started();
      const id = nextId++;
      return new Promise<T[]>((resolve, reject) => {
        if (pending.size === 0) thread.ref();
        pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
        thread.postMessage({ id, sql: statement.sql, params: statement.values.map(sqliteValue) });
      });
    },
    async close() {
      const thread = worker;
      if (!thread) return;
      worker = null;
      const exited = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
      thread.postMessage({ close: true });
      await exited;
    },
  };
}
