// Titles, step keys and the small wording helpers of the warnings.
import { TEMPLATE_LIMITS } from "../template-schema";
import { slugify } from "../slug";

export function cleanLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Fit a title (plus an optional suffix) in the title limit, cutting at a word. */
export function fitTitle(title: string, suffix = ""): string {
  const room = TEMPLATE_LIMITS.title - suffix.length;
  if (title.length <= room) return title + suffix;
  const cut = title.slice(0, room - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > room / 2 ? cut.slice(0, space) : cut).trimEnd()}…${suffix}`;
}

export const sectionKey = (title: string) => slugify(title, 48) || "section";

export function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : max;
}
