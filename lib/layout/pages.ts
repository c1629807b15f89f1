// Splitting a laid-out list into screenfuls, for a projector that cannot
// scroll. The browser lays every item out once (hidden) at the width it will
// have; these pure functions read the boxes and decide what goes on each page.

/** An item's box as laid out, relative to the top of its list. */
export type ItemBox = { top: number; height: number };

/** How many leading items end within `available` pixels (a word cloud shows what fits, biggest first). */
export function countThatFit(boxes: readonly ItemBox[], available: number): number {
  const first = boxes[0]?.top ?? 0;
  let n = 0;
  while (n < boxes.length && boxes[n]!.top + boxes[n]!.height - first <= available) n++;
  return n;
}

/**
 * Pages of whole columns, for answers flowing down newspaper-style columns
 * of the screen's height (CSS multi-column, overflowing to the right): each
 * page is the next `columnsPerPage` columns. `lefts` are the items' left
 * edges in flow order; items sharing a left edge share a column. Returns
 * [start, end) index ranges, at least one.
 */
export function pagesOfColumns(lefts: readonly number[], columnsPerPage: number): [number, number][] {
  if (lefts.length === 0) return [[0, 0]];
  const perPage = Math.max(1, Math.floor(columnsPerPage));
  const pages: [number, number][] = [];
  let column = 0;
  let pageStart = 0;
  for (let i = 1; i < lefts.length; i++) {
    // sub-pixel layout: a new column starts well to the right of the last one
    if (lefts[i]! > lefts[i - 1]! + 1) column++;
    if (lefts[i]! > lefts[i - 1]! + 1 && column % perPage === 0) {
      pages.push([pageStart, i]);
      pageStart = i;
    }
  }
  pages.push([pageStart, lefts.length]);
  return pages;
}
