// Scale 1..max: a count per value, plus the running sum for the mean.
import { percentsOfWhole, ratio2 } from "../percent";
import type { ResponseInput, ScaleResult } from "../types";
import type { Tally } from "./tally";

/** Contribution: the value picked (an integer 1..max). */
export class ScaleTally implements Tally<"scale", number> {
  /** counts[v - 1] = how many picked v. */
  private readonly counts: number[];
  private sum = 0;
  private n = 0;

  constructor(private readonly max: number) {
    this.counts = Array.from({ length: max }, () => 0);
  }

  read(response: ResponseInput<"scale">): number | null {
    return this.accepts(response.value?.value) ? response.value!.value : null;
  }
  accepts(value: unknown): value is number {
    return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= this.max;
  }
  add(value: number): void {
    this.counts[value - 1]! += 1;
    this.sum += value;
    this.n += 1;
  }
  remove(value: number): void {
    this.counts[value - 1]! -= 1;
    this.sum -= value;
    this.n -= 1;
  }
  result(): ScaleResult {
    const percents = percentsOfWhole(this.counts, this.n);
    return {
      distribution: this.counts.map((count, i) => ({ value: i + 1, count, percent: percents[i]! })),
      mean: this.n > 0 ? ratio2(this.sum, this.n) : null,
      median: this.median(),
    };
  }

  // O(max) from the distribution, so nothing per answer has to be kept sorted.
  private median(): number | null {
    if (this.n === 0) return null;
    const lower = this.valueAt(Math.floor((this.n - 1) / 2));
    const upper = this.valueAt(Math.floor(this.n / 2));
    return (lower + upper) / 2;
  }

  /** The value of the answer at 0-based position `rank` in sorted order. */
  private valueAt(rank: number): number {
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen > rank) return i + 1;
    }
    throw new Error("rank out of range");
  }
}
