// Ranking: Borda count. With n items, an item placed first earns n − 1
// points, second n − 2, …, last 0. The average position is reported too,
// because "ranked 1.8th on average" is easier to read than a points total.
import type { ActivityConfig } from "../../activities";
import { ratio2 } from "../percent";
import type { RankingResult, ResponseInput } from "../types";
import type { Tally } from "./tally";

/** Contribution: positions[i] = 0-based position of config option i, or -1 if not placed. */
export class RankingTally implements Tally<"ranking", number[]> {
  private readonly index: Map<string, number>;
  private readonly points: number[];
  private readonly positionSums: number[];
  private readonly placed: number[];

  constructor(private readonly config: ActivityConfig["ranking"]) {
    this.index = new Map(config.options.map((o, i) => [o.id, i]));
    this.points = config.options.map(() => 0);
    this.positionSums = config.options.map(() => 0);
    this.placed = config.options.map(() => 0);
  }

  // Answers are complete orders (checkAnswer insists). Should one not be,
  // unknown ids are skipped, a repeated id keeps its first place, and the
  // known items close up; an item left out earns nothing for that answer.
  read(response: ResponseInput<"ranking">): number[] | null {
    const order = response.value?.order;
    if (!Array.isArray(order)) return null;
    const positions = this.config.options.map(() => -1);
    let next = 0;
    for (const id of order) {
      const i = this.index.get(id);
      if (i !== undefined && positions[i] === -1) positions[i] = next++;
    }
    return next > 0 ? positions : null;
  }
  add(positions: number[]): void {
    this.change(positions, 1);
  }
  remove(positions: number[]): void {
    this.change(positions, -1);
  }
  private change(positions: number[], sign: 1 | -1): void {
    const n = positions.length;
    positions.forEach((p, i) => {
      if (p < 0) return;
      this.points[i]! += sign * (n - 1 - p);
      this.positionSums[i]! += sign * p;
      this.placed[i]! += sign;
    });
  }

  /** Most points first; ties by better (lower) average position, then config order. */
  result(): RankingResult {
    const items = this.config.options.map((o, i) => ({
      order: i,
      // Ties are broken on the exact average, not the rounded one shown.
      exactPosition: this.placed[i]! > 0 ? this.positionSums[i]! / this.placed[i]! : Infinity,
      item: {
        id: o.id,
        label: o.label,
        // Positions are stored 0-based; people count from 1.
        averagePosition: this.placed[i]! > 0 ? ratio2(this.positionSums[i]! + this.placed[i]!, this.placed[i]!) : null,
        points: this.points[i]!,
      },
    }));
    items.sort(
      (a, b) =>
        b.item.points - a.item.points ||
        // Infinity − Infinity is NaN, which is falsy: falls through to config order.
        a.exactPosition - b.exactPosition ||
        a.order - b.order,
    );
    return { items: items.map((x) => x.item) };
  }
}
