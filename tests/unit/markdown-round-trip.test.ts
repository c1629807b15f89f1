// The importer writes each step's body with mdast-util-to-markdown; what it
// writes must read back as itself: a body imported again (as a template's
// step text is, when a facilitator exports the steps as Markdown and brings
// them back, or edits and re-imports) comes out the same, and keeps the same
// syntax tree. Checked on the real articles in tests/fixtures/import and on
// text full of characters Markdown gives meaning to.
import { readFileSync } from "node:fs";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { detectHeadings } from "../../lib/plain-text-headings";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

function steps(markdown: string) {
  const result = importMarkdownArticle(markdown);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.content.steps;
}

/** The tree without positions, to compare what two texts mean. */
const meaning = (markdown: string) => JSON.stringify(fromMarkdown(markdown), (key, value) => (key === "position" ? undefined : value));

const ARTICLES: Record<string, string> = {
  "plain text, split": detectHeadings(fixture("asking-for-help.txt")).markdown,
  "PDF copy, split": detectHeadings(fixture("asking-for-help-pdf-copy.txt")).markdown,
  "newsletter, split": detectHeadings(fixture("newsletter-email.txt")).markdown,
  "web page": htmlToMarkdown(fixture("clipboard-web-page.html")).markdown,
  Word: htmlToMarkdown(fixture("clipboard-word.html")).markdown,
  "Google Docs": htmlToMarkdown(fixture("clipboard-google-docs.html")).markdown,
  "characters with meaning": [
    "# Symbols",
    "1\\. not a list, 2) neither; a \\* star, an _under_score_, a \\# hash, a `tick`, a [bracket] and a <tag> as text.",
    "- a list with **bold**, *italics* and [a link](https://example.org/a_b?c=d&e=f)",
    "> a quote\n> over two lines",
    "```\ncode <b>stays</b> *as is*\n```",
    "Line one  \nline two after a hard break; 50% & 3 < 4 > 2.",
  ].join("\n\n"),
};

describe("the body serialiser round-trips", () => {
  for (const [name, article] of Object.entries(ARTICLES)) {
    it(`writes ${name} so that importing a step's body again gives the same body`, () => {
      for (const step of steps(article)) {
        if (step.body.trim() === "") continue;
        const again = steps(`# ${step.title}\n\n${step.body}`);
        expect(again).toHaveLength(1);
        expect(again[0].body, step.title).toBe(step.body);
        expect(meaning(again[0].body)).toBe(meaning(step.body));
      }
    });
  }
});
