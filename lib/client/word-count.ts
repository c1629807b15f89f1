// How many words a step's text has, as the import preview says it: a word is
// anything between spaces with a letter or a digit in it (Markdown's own
// marks — "##", "-", "**" — are not words).
export function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
