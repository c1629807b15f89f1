// The Markdown report: golden file, and participants' text that cannot turn
// into Markdown or HTML — checked by parsing the report with a real
// CommonMark parser (mdast-util-from-markdown).
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, formatSummaryMarkdown } from "../../lib/export";
import { fixtureSummary, TRICKY } from "./export-fixture";

type Node = { type: string; value?: string; children?: Node[] };

function nodes(tree: Node): Node[] {
  return [tree, ...(tree.children ?? []).flatMap(nodes)];
}
function textOf(tree: Node): string {
  return nodes(tree)
    .map((n) => (n.type === "text" ? n.value : n.type === "break" ? "\n" : ""))
    .join("");
}
/** What a CommonMark renderer makes of `markdown`, as plain text, and the node types it used. */
function render(markdown: string) {
  const tree = fromMarkdown(markdown) as Node;
  return { text: textOf(tree), types: new Set(nodes(tree).map((n) => n.type)) };
}

const HOSTILE = [
  "# heading",
  "## also a heading",
  "> a quote",
  "- a list",
  "+ a list",
  "* a list",
  "1. a list",
  "2) a list",
  "***",
  "---",
  "===",
  "```js",
  "    indented code",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<!-- comment -->",
  "&lt;b&gt; entity &amp; &#60;",
  "[link](javascript:alert(1))",
  "![image](https://tracker.example/pixel.png)",
  "[ref]: https://evil.example",
  "<https://evil.example>",
  "<mail@evil.example>",
  "*emphasis* **strong** _under_ __under__",
  "`code` ``code``",
  "a | table | row",
  "~~strike~~",
  "back\\slash\\",
  "trailing spaces for a break  ",
  "$x^2$ and [^footnote]",
  "text\n\n# heading after a blank line\n> quote",
];

describe("escapeMarkdown", () => {
  it.each(HOSTILE)("renders %j as exactly that text, with no markup", (input) => {
    const { text, types } = render(escapeMarkdown(input));
    const expected = input
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n");
    expect(text).toBe(expected);
    for (const type of types) expect(["root", "paragraph", "text", "break"]).toContain(type);
  });

  it("keeps multi-line text inside its list item", () => {
    const md = `- ${escapeMarkdown("first line\n# second\n- third", "  ")}\n- next`;
    const tree = fromMarkdown(md) as Node;
    const list = tree.children![0]!;
    expect(list.type).toBe("list");
    expect(list.children).toHaveLength(2);
    expect(textOf(list.children![0]!)).toBe("first line\n# second\n- third");
  });

  it("defuses URL autolinks", () => {
    expect(escapeMarkdown("see https://evil.example and www.evil.example")).not.toMatch(/https:\/\/|www\./);
  });
});

describe("Markdown report", () => {
  const md = formatSummaryMarkdown(fixtureSummary());

  it("matches the golden file", async () => {
    await expect(md).toMatchFileSnapshot("./golden/summary.md");
  });

  it("has no HTML, links, images or code from anything typed", () => {
    const { types, text } = render(md);
    for (const forbidden of ["html", "link", "image", "code", "inlineCode", "definition", "linkReference", "imageReference"]) expect(types.has(forbidden)).toBe(false);
    // participants' words survive, as text
    expect(text).toContain("<script>alert(1)</script>");
    expect(text).toContain("[link](javascript:alert(1))");
    expect(text).toContain("- starts with a dash @me *bold* _it_ `code`");
    expect(text).toContain("I should cope alone, like always.\nNobody needs to know.");
    expect(text).toContain('Tuesday group: "Asking for help", week 3 <b>');
  });

  it("keeps each open-text answer one list item and no heading is made from text", () => {
    const tree = fromMarkdown(md) as Node;
    const headings = nodes(tree)
      .filter((n) => n.type === "heading")
      .map(textOf);
    expect(headings.some((h) => h.includes("not a heading"))).toBe(false);
    const answers = nodes(tree)
      .filter((n) => n.type === "listItem")
      .map(textOf);
    expect(answers).toContain(TRICKY.commaNewline);
    expect(answers).toContain(TRICKY.injection);
    expect(answers).toContain(TRICKY.markdown);
  });

  it("shows the before/after shift and the per-prompt numbers", () => {
    // the shift only as counts (issue 15): no distributions, means or average change
    expect(md).toContain("- Answered before: 5 · after: 5 · both times: 4");
    expect(md).toContain("moved up: **3** · stayed: **1** · moved down: **0**");
    const shift = md.slice(md.indexOf("## Before and after"), md.indexOf("## ", md.indexOf("## Before and after") + 3));
    expect(shift).not.toMatch(/mean|median|average|%/i);
    expect(md).toContain("| Fear of judgement | 3 | 75% |");
  });
});
