// Pure measurement helpers for the benchmark: clocks, percentiles and the
// answer-to-projector matching. No I/O here, so the definitions in
// bench/README.md can be checked against one short file.
import { performance } from "node:perf_hooks";

/**
 * Milliseconds since the epoch with sub-millisecond resolution. Every bench
 * process (orchestrator, load workers) stamps with this, so times taken in
 * different processes on the same machine can be subtracted.
 */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

export type Percentiles = { p50: number; p95: number; p99: number };

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function percentiles(values: readonly number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
}

/** One decimal; NaN becomes null in JSON, which is what an empty measurement should say. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** One answer as the load worker saw it. `ackAt` is null when no successful acknowledgement came. */
export type AnswerRecord = { promptId: string; sentAt: number; ackAt: number | null };

/** One aggregate as the projector received it. */
export type ProjectorUpdate = { promptId: string; answerCount: number; receivedAt: number };

export type ProjectorLatency = {
  /** one latency (ms) per acknowledged answer that some aggregate covered */
  latencies: number[];
  /** acknowledged answers no received aggregate covered (a broadcast never came) */
  missing: number;
};

/**
 * Answer-to-projector latency (see bench/README.md, "Definitions").
 *
 * Per prompt, the acknowledged answers are ranked by the time their
 * acknowledgement arrived: the k-th acknowledged answer has ordinal k. Its
 * latency is the time from *its* send to the first aggregate the projector
 * received for that prompt that was received at or after that send and whose
 * answerCount ≥ k. The server's count only grows during a burst (each
 * participant answers a prompt once), so "answerCount ≥ k" is "the room has
 * seen at least as many answers as had been acknowledged when this one was".
 */
export function projectorLatencies(answers: readonly AnswerRecord[], updates: readonly ProjectorUpdate[]): ProjectorLatency {
  const byPrompt = new Map<string, { acked: AnswerRecord[]; updates: ProjectorUpdate[] }>();
  const entry = (promptId: string) => {
    let e = byPrompt.get(promptId);
    if (!e) byPrompt.set(promptId, (e = { acked: [], updates: [] }));
    return e;
  };
  for (const a of answers) if (a.ackAt !== null) entry(a.promptId).acked.push(a);
  for (const u of updates) entry(u.promptId).updates.push(u);

  const latencies: number[] = [];
  let missing = 0;
  for (const { acked, updates: received } of byPrompt.values()) {
    acked.sort((a, b) => a.ackAt! - b.ackAt!);
    received.sort((a, b) => a.receivedAt - b.receivedAt);
    // the running maximum makes the count monotone even if an older snapshot arrived late
    const runningMax: number[] = [];
    let max = -Infinity;
    for (const u of received) runningMax.push((max = Math.max(max, u.answerCount)));
    acked.forEach((answer, index) => {
      const ordinal = index + 1;
      const i = Math.max(
        firstIndex(runningMax, (c) => c >= ordinal),
        firstIndex(received, (u) => u.receivedAt >= answer.sentAt),
      );
      if (i >= received.length) missing++;
      else latencies.push(received[i]!.receivedAt - answer.sentAt);
    });
  }
  return { latencies, missing };
}

/** First index whose element satisfies a predicate that is monotone (false…false true…true); length if none. */
function firstIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (predicate(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Answers per second over the bursts: acknowledged answers divided by the
 * summed duration of the bursts, each from its first send to its last
 * successful acknowledgement (the idle time between prompts is not counted).
 */
export function answersPerSecond(bursts: readonly { firstSentAt: number; lastAckAt: number; acked: number }[]): number {
  let acked = 0;
  let ms = 0;
  for (const b of bursts) {
    if (b.acked === 0) continue;
    acked += b.acked;
    ms += Math.max(1, b.lastAckAt - b.firstSentAt);
  }
  return ms === 0 ? 0 : round((acked / ms) * 1000, 0);
}
