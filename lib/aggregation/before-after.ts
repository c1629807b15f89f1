// Before/after view of a scale asked twice (check-in and check-out).
import { LIMITS } from "../activities";
import { ratio2 } from "./percent";
import { ScaleTally } from "./kinds/scale";
import { checkThreshold } from "./threshold";
import type { ScaleResult } from "./types";

export interface ScaleAnswer {
  participantId: string;
  value: number;
}

/** How participants who answered both times moved. */
export interface ScaleMovement {
  movedUp: number;
  stayed: number;
  movedDown: number;
  /** Mean of (after − before) over those participants, 2 decimals; positive = higher after. */
  meanChange: number;
}

export interface BeforeAfterComparison {
  threshold: number;
  /** Either side has fewer than `threshold` answers: only the counts below are given. */
  suppressed: boolean;
  beforeCount: number;
  afterCount: number;
  /** Participants who answered both times. */
  pairedCount: number;
  /** Participants who answered only one of the two times (left out of the movement). */
  excludedCount: number;
  result: {
    before: ScaleResult;
    after: ScaleResult;
    /**
     * null when fewer than `threshold` participants answered both times,
     * even if each side alone has enough: the movement is a breakdown over
     * the paired participants only, and with two of them "1 moved up, 1 moved
     * down" says something about each.
     */
    movement: ScaleMovement | null;
  } | null;
}

export interface CompareBeforeAfterOptions {
  /**
   * The scale's max (config.max). Without it, the highest value given on
   * either side (at least 2, at most LIMITS.scaleMax) is used for the
   * distributions' range. Values outside 1..max, or not whole numbers, are
   * ignored.
   */
  max?: number;
}

/**
 * Compare the answers to two linked scale prompts. Passes are not answers:
 * leave them out of `before`/`after`. If a participant appears twice on one
 * side, their last value counts.
 */
export function compareBeforeAfter(
  before: Iterable<ScaleAnswer>,
  after: Iterable<ScaleAnswer>,
  threshold: number,
  options: CompareBeforeAfterOptions = {},
): BeforeAfterComparison {
  checkThreshold(threshold);
  const beforeAll = [...before];
  const afterAll = [...after];
  const max = options.max ?? inferMax(beforeAll, afterAll);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`scale max must be a whole number of at least 1 (got ${String(max)})`);
  const beforeTally = new ScaleTally(max);
  const afterTally = new ScaleTally(max);
  const beforeBy = byParticipant(beforeAll, beforeTally);
  const afterBy = byParticipant(afterAll, afterTally);
  for (const v of beforeBy.values()) beforeTally.add(v);
  for (const v of afterBy.values()) afterTally.add(v);

  let movedUp = 0;
  let stayed = 0;
  let movedDown = 0;
  let changeSum = 0;
  for (const [participantId, b] of beforeBy) {
    const a = afterBy.get(participantId);
    if (a === undefined) continue;
    if (a > b) movedUp++;
    else if (a < b) movedDown++;
    else stayed++;
    changeSum += a - b;
  }
  const pairedCount = movedUp + stayed + movedDown;
  const excludedCount = beforeBy.size + afterBy.size - 2 * pairedCount;
  const suppressed = beforeBy.size < threshold || afterBy.size < threshold;

  return {
    threshold,
    suppressed,
    beforeCount: beforeBy.size,
    afterCount: afterBy.size,
    pairedCount,
    excludedCount,
    result: suppressed
      ? null
      : {
          before: beforeTally.result(),
          after: afterTally.result(),
          movement:
            pairedCount >= threshold ? { movedUp, stayed, movedDown, meanChange: ratio2(changeSum, pairedCount) } : null,
        },
  };
}

function byParticipant(answers: ScaleAnswer[], tally: ScaleTally): Map<string, number> {
  const map = new Map<string, number>();
  for (const { participantId, value } of answers) if (tally.accepts(value)) map.set(participantId, value);
  return map;
}

function inferMax(...sides: ScaleAnswer[][]): number {
  let max: number = LIMITS.scaleMin;
  for (const side of sides) {
    for (const { value } of side) {
      if (Number.isInteger(value) && value > max && value <= LIMITS.scaleMax) max = value;
    }
  }
  return max;
}
