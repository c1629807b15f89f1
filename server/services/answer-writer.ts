// Answers arrive in bursts: when a facilitator opens a question, a whole
// room answers within a second or two. They are stored in batches (./batch-writer.ts):
// one multi-row statement, one transaction (the responses repository's
// upsertMany), each answer acknowledged only after its batch committed.
// A participant's answer to one question is never in two batches at once,
// so their later answer is always stored after the earlier one.
import type { ResponseRecord, ResponseWrite } from "../repositories/response-repository";
import { createBatchWriter } from "./batch-writer";

/**
 * Large enough to amortise a commit; small enough that one batch is a few
 * milliseconds of work (500 answers: 4–14 ms on SQLite's writer thread here,
 * fsync included; nine values each, within every database's limits).
 */
export const MAX_ANSWER_BATCH = 500;

export type AnswerWriterOptions = {
  maxBatch?: number;
  /** batches in flight at once: 1 for SQLite (one writer), a few for PostgreSQL */
  concurrency?: number;
};

export function createAnswerWriter(store: { upsertMany(writes: ResponseWrite[]): Promise<ResponseRecord[]> }, options: AnswerWriterOptions = {}) {
  return createBatchWriter<ResponseWrite, ResponseRecord>((writes) => store.upsertMany(writes), {
    keyOf: (w) => `${w.promptId}\u0000${w.participantId}`,
    maxBatch: options.maxBatch ?? MAX_ANSWER_BATCH,
    concurrency: options.concurrency,
  });
}

export type AnswerWriter = ReturnType<typeof createAnswerWriter>;
