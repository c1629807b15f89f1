import { describe, expect, it } from "vitest";
import { countThatFit, pagesOfColumns, type ItemBox } from "../../../lib/layout/pages";

/** A grid of `columns` with rows of the given heights and a gap between rows. */
function grid(columns: number, rowHeights: number[], gap = 10): ItemBox[] {
  const boxes: ItemBox[] = [];
  let top = 0;
  for (const h of rowHeights) {
    for (let c = 0; c < columns; c++) boxes.push({ top, height: h });
    top += h + gap;
  }
  return boxes;
}

describe("countThatFit", () => {
  it("counts the leading items whose bottom is within the height", () => {
    const lines = grid(4, [40, 40, 40], 5); // rows end at 40, 85, 130
    expect(countThatFit(lines, 100)).toBe(8);
    expect(countThatFit(lines, 130)).toBe(12);
    expect(countThatFit(lines, 39)).toBe(0);
    expect(countThatFit([], 100)).toBe(0);
  });
});

describe("pagesOfColumns", () => {
  it("puts the next columns on the next page", () => {
    // three items per column, columns at 0, 300, 600, 900, 1200
    const lefts = [0, 0, 0, 300, 300, 300, 600, 600, 900, 1200, 1200];
    expect(pagesOfColumns(lefts, 2)).toEqual([
      [0, 6],
      [6, 9],
      [9, 11],
    ]);
    expect(pagesOfColumns(lefts, 5)).toEqual([[0, 11]]);
    expect(pagesOfColumns(lefts, 1)).toEqual([
      [0, 3],
      [3, 6],
      [6, 8],
      [8, 9],
      [9, 11],
    ]);
  });

  it("reads sub-pixel differences as the same column, and copes with nothing", () => {
    expect(pagesOfColumns([0, 0.4, 299.6, 300.2], 1)).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(pagesOfColumns([], 3)).toEqual([[0, 0]]);
    expect(pagesOfColumns([0, 300], 0)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
