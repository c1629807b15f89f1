// Ranking on a phone, without drag and drop: tap the items in order, then adjust with arrows. Pure: each
// step returns the new order, what a screen reader hears, and which button keeps the focus (a key such
// as "pool:<id>", "up:<id>" or "down:<id>"), so a keyboard or switch user never loses their place.
// Used by components/activity-form/kinds/ranking.tsx; unit-tested in tests/unit/answer-draft.test.ts.

import { englishAnswerText, type AnswerText } from "./answer-text";

type Item = { id: string; label: string };
export type RankingStep = { order: string[]; spoken: string; focus: string | null };

const labelOf = (items: readonly Item[], id: string) => items.find((o) => o.id === id)?.label;

/** Place an item from the pool at the end of the order; focus stays in the pool while it has more. */
export function placeItem(items: readonly Item[], order: readonly string[], id: string, t: AnswerText = englishAnswerText): RankingStep {
  const pool = items.filter((o) => !order.includes(o.id));
  const next = [...order, id];
  const rest = pool.filter((o) => o.id !== id);
  const spoken = t(rest.length === 0 ? "ranking.allPlaced" : "ranking.placed", { label: labelOf(items, id) ?? id, position: next.length, total: items.length });
  const poolIndex = pool.findIndex((o) => o.id === id);
  const following = rest[Math.min(poolIndex, rest.length - 1)];
  return { order: next, spoken, focus: following ? `pool:${following.id}` : `up:${id}` };
}

/** Move a placed item one up or down; null off either end. Focus follows it, to the other arrow at an end. */
export function moveItem(items: readonly Item[], order: readonly string[], index: number, delta: -1 | 1, t: AnswerText = englishAnswerText): RankingStep | null {
  const target = index + delta;
  if (target < 0 || target >= order.length) return null;
  const next = [...order];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item!);
  const dir = delta === -1 ? "up" : "down";
  const atEnd = delta === -1 ? target === 0 : target === next.length - 1;
  return {
    order: next,
    spoken: t("ranking.moved", { label: labelOf(items, item!) ?? item!, position: target + 1, total: items.length }),
    focus: `${atEnd ? (dir === "up" ? "down" : "up") : dir}:${item}`,
  };
}

export function clearOrder(items: readonly Item[], t: AnswerText = englishAnswerText): RankingStep {
  return { order: [], spoken: t("ranking.cleared"), focus: items[0] ? `pool:${items[0].id}` : null };
}
