// Single and multiple choice: a count per option.
import type { ActivityConfig } from "../../activities";
import { percentOf, percentsOfWhole } from "../percent";
import type { ChoiceResult, ResponseInput } from "../types";
import type { Tally } from "./tally";

type Options = ActivityConfig["single_choice"]["options"];

function optionIndex(options: Options): Map<string, number> {
  return new Map(options.map((o, i) => [o.id, i]));
}

/** Contribution: the index of the chosen option. */
export class SingleChoiceTally implements Tally<"single_choice", number> {
  private readonly index: Map<string, number>;
  private readonly counts: number[];

  constructor(private readonly config: ActivityConfig["single_choice"]) {
    this.index = optionIndex(config.options);
    this.counts = config.options.map(() => 0);
  }

  read(response: ResponseInput<"single_choice">): number | null {
    const optionId = response.value?.optionId;
    return typeof optionId === "string" ? (this.index.get(optionId) ?? null) : null;
  }
  add(i: number): void {
    this.counts[i]! += 1;
  }
  remove(i: number): void {
    this.counts[i]! -= 1;
  }
  /** Percent of answers, largest-remainder rounded so the bars add up to 100. */
  result(answerCount: number): ChoiceResult {
    const percents = percentsOfWhole(this.counts, answerCount);
    return {
      options: this.config.options.map((o, i) => ({ id: o.id, label: o.label, count: this.counts[i]!, percent: percents[i]! })),
    };
  }
}

/** Contribution: the indexes of the chosen options, each at most once. */
export class MultipleChoiceTally implements Tally<"multiple_choice", number[]> {
  private readonly index: Map<string, number>;
  private readonly counts: number[];

  constructor(private readonly config: ActivityConfig["multiple_choice"]) {
    this.index = optionIndex(config.options);
    this.counts = config.options.map(() => 0);
  }

  read(response: ResponseInput<"multiple_choice">): number[] | null {
    const ids = response.value?.optionIds;
    if (!Array.isArray(ids)) return null;
    const picked = new Set<number>();
    for (const id of ids) {
      const i = this.index.get(id);
      if (i !== undefined) picked.add(i);
    }
    return picked.size > 0 ? [...picked] : null;
  }
  add(picked: number[]): void {
    for (const i of picked) this.counts[i]! += 1;
  }
  remove(picked: number[]): void {
    for (const i of picked) this.counts[i]! -= 1;
  }
  /** Percent of respondents who picked each option, each rounded on its own: they may add up to more than 100. */
  result(answerCount: number): ChoiceResult {
    return {
      options: this.config.options.map((o, i) => ({
        id: o.id,
        label: o.label,
        count: this.counts[i]!,
        percent: percentOf(this.counts[i]!, answerCount),
      })),
    };
  }
}
