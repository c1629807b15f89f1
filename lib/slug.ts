// One way to turn a title into a slug, for step and prompt keys and for the
// names of downloaded files: accents dropped, lower case, runs of anything
// else as one "-", at most `max` characters, never a "-" at either end.
// "Checking in!" → "checking-in"; "" when nothing is left (callers choose the fallback).
export function slugify(text: string, max = 40): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/, "");
}
