// Formatted text gets the "Conclusion" step plain text gets: the source
// article pasted from its web page (tests/fixtures/import) ends with the same
// steps as the same article pasted as plain text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { withConclusionHeading } from "../../lib/markdown-conclusion";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { detectHeadings } from "../../lib/plain-text-headings";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
const titles = (markdown: string) => {
  const imported = importMarkdownArticle(markdown);
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
  return imported.content.steps.map((s) => s.title);
};

describe("a Conclusion step for formatted text", () => {
  it("makes the pasted web page the same steps as the plain text, Conclusion included", () => {
    const html = htmlToMarkdown(fixture("clipboard-web-page.html")).markdown;
    const concluded = withConclusionHeading(html);
    expect(concluded).toBeDefined();
    const plain = detectHeadings(fixture("asking-for-help.txt")).markdown;
    const fromHtml = titles(concluded!);
    expect(fromHtml[fromHtml.length - 1]).toBe("Conclusion");
    expect(fromHtml.slice(1)).toEqual(titles(plain).slice(1));
    // the closing paragraph moved out of the last point's step
    expect(concluded!.indexOf("## Conclusion")).toBeLessThan(concluded!.indexOf("Asking for help is not a sign of weakness but a powerful demonstration"));
  });

  it("adds none when the last heading is not a numbered point, or its text is no longer than the others'", () => {
    expect(withConclusionHeading(htmlToMarkdown(fixture("clipboard-word.html")).markdown)).toBeUndefined();
    expect(withConclusionHeading("## Parts\n\n### 1. One\n\nText.\n\n### 2. Two\n\nText.")).toBeUndefined();
    expect(withConclusionHeading("# Title\n\nJust text.\n\nMore text.")).toBeUndefined();
    expect(withConclusionHeading("## Parts\n\n### 1. One\n\nText.\n\n### 2. Two\n\nText.\n\nThe end.")).toBe(
      "## Parts\n\n### 1. One\n\nText.\n\n### 2. Two\n\nText.\n\n## Conclusion\n\nThe end.",
    );
  });
});
