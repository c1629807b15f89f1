// The printable HTML report: golden file, everything escaped, standalone
// (no scripts, no external requests), and a print stylesheet.
import { describe, expect, it } from "vitest";
import { escapeHtml, formatSummaryHtml } from "../../lib/export";
import { deletedSummary, fixtureSummary, TRICKY } from "./export-fixture";

describe("HTML report", () => {
  const html = formatSummaryHtml(fixtureSummary());

  it("matches the golden file", async () => {
    await expect(html).toMatchFileSnapshot("./golden/summary.html");
  });

  it("escapes every piece of text", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Tuesday group: &quot;Asking for help&quot;, week 3 &lt;b&gt;");
    expect(html).toContain(escapeHtml(TRICKY.commaNewline));
    // the only tags are the report's own
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    for (const tag of tags)
      expect([
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "dl",
        "dt",
        "dd",
        "div",
        "p",
        "section",
        "article",
        "span",
        "strong",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "footer",
      ]).toContain(tag);
  });

  it("is standalone and printable", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<link|src=|@import|url\(/);
    expect(html).toContain("@media print");
    expect(html).toContain("print-color-adjust: exact");
    expect(html).toContain("break-inside: avoid");
  });

  it("gives every chart a data table with the numbers as text", () => {
    expect(html).toContain('<tr><th scope="row">Fear of judgement</th><td class="num">3</td><td class="num">75%</td>');
    expect(html).toContain('<caption class="visually-hidden">Results: Which of these have held you back?</caption>');
    expect(html).toContain("<dt>Moved up</dt><dd>3</dd>");
  });

  it("says the data was deleted, and shows nothing else", () => {
    const deleted = formatSummaryHtml(deletedSummary());
    expect(deleted).toContain("were deleted on 2026-11-29 09:00 UTC");
    expect(deleted).not.toContain('class="step"');
  });
});
