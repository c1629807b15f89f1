// Whole-number percentages that do not mislead.

/**
 * Percents for parts of one whole (single choice, a scale's distribution),
 * rounded with the largest-remainder (Hamilton) method so they always add up
 * to exactly 100 (when total > 0): each share is rounded down, then the
 * points still missing go to the shares that lost the most in rounding.
 * Plain rounding would show 33 + 33 + 33 = 99 for three equal answers, or
 * 101 in other cases, which people notice and distrust.
 *
 * Ties in the remainder go to the larger count, then to the earlier item (in
 * config order), so the result is deterministic. A share is never moved by
 * more than one point from its exact value, and a count of 0 is always 0%.
 */
export function percentsOfWhole(counts: readonly number[], total: number): number[] {
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const order = counts
    .map((count, index) => ({ index, count, remainder: exact[index]! - floors[index]! }))
    .filter((x) => x.remainder > 0)
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return floors;
}

/**
 * Percent of a total for a share that is not part of one whole (multiple
 * choice: the share of respondents who picked an option; these can add up
 * to more than 100). Rounded to the nearest whole number, halves up.
 */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count * 100) / total) : 0;
}

/**
 * numerator / denominator to 2 decimals (means, average positions, mean
 * change), halves away from zero so +0.125 and −0.125 round alike. Dividing
 * once, after scaling, avoids the float drift of rounding an already-divided
 * value (2.675 stored as 2.67499…).
 */
export function ratio2(numerator: number, denominator: number): number {
  const scaled = Math.round((Math.abs(numerator) * 100) / denominator) / 100;
  // `scaled === 0` guard: never return -0, which serialises as 0 but compares apart.
  return numerator < 0 && scaled !== 0 ? -scaled : scaled;
}
