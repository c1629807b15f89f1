// Before/after view of a scale asked twice (check-in and check-out).
import { LIMITS } from "../activities";
import { checkThreshold } from "./threshold";

export interface ScaleAnswer {
  participantId: string;
  value: number;
}

/** How the participants who answered both times moved: counts only. */
export interface ScaleMovement {
  movedUp: number;
  stayed: number;
  movedDown: number;
}

/**
 * The before/after shift. Only counts (issue 15): no distributions, means or
 * average change, because next to the two prompts' own breakdowns those let a
 * reader work back to what someone answered the second time, and a mean moves
 * by one person's answer. The shift itself is shown only when at least
 * `threshold` people answered both times: with two of them "1 moved up,
 * 1 moved down" says something about each.
 */
export interface BeforeAfterComparison {
  threshold: number;
  /** Fewer than `threshold` people answered both times: `movement` is null. */
  suppressed: boolean;
  /** Answers to the first prompt (passes are not answers). */
  beforeCount: number;
  /** Answers to the repeat. */
  afterCount: number;
  /** Participants who answered both times. */
  pairedCount: number;
  movement: ScaleMovement | null;
}

export interface CompareBeforeAfterOptions {
  /** The scale's max (config.max); values outside 1..max, or not whole numbers, are ignored. Default LIMITS.scaleMax. */
  max?: number;
}

/**
 * Compare the answers to two linked scale prompts. Passes are not answers:
 * leave them out of `before`/`after`. If a participant appears twice on one
 * side, their last value counts. This is the only place the shift is
 * computed, so every view (the summary page, every export) gets the same
 * counts-only answer.
 */
export function compareBeforeAfter(before: Iterable<ScaleAnswer>, after: Iterable<ScaleAnswer>, threshold: number, options: CompareBeforeAfterOptions = {}): BeforeAfterComparison {
  checkThreshold(threshold);
  const max = options.max ?? LIMITS.scaleMax;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`scale max must be a whole number of at least 1 (got ${String(max)})`);
  const beforeBy = byParticipant(before, max);
  const afterBy = byParticipant(after, max);

  let movedUp = 0;
  let stayed = 0;
  let movedDown = 0;
  for (const [participantId, b] of beforeBy) {
    const a = afterBy.get(participantId);
    if (a === undefined) continue;
    if (a > b) movedUp++;
    else if (a < b) movedDown++;
    else stayed++;
  }
  const pairedCount = movedUp + stayed + movedDown;
  const suppressed = pairedCount < threshold;
  return {
    threshold,
    suppressed,
    beforeCount: beforeBy.size,
    afterCount: afterBy.size,
    pairedCount,
    movement: suppressed ? null : { movedUp, stayed, movedDown },
  };
}

function byParticipant(answers: Iterable<ScaleAnswer>, max: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const { participantId, value } of answers) if (Number.isInteger(value) && value >= 1 && value <= max) map.set(participantId, value);
  return map;
}
