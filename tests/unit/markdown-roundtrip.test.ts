// The importer writes step bodies with mdast-util-to-markdown. These check
// that what it writes reads back as exactly what it meant: text stays text
// (whatever characters it holds), structure stays structure, and importing a
// body again changes nothing.
import { fromMarkdown } from "mdast-util-from-markdown";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { detectHeadings } from "../../lib/plain-text-headings";

type Node = { type: string; value?: string; children?: Node[]; position?: unknown; [k: string]: unknown };
const bodiesOf = (markdown: string, maxBodyChars?: number) => {
  const result = importMarkdownArticle(markdown, maxBodyChars ? { maxBodyChars } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.content.steps.map((s) => s.body);
};
/** The tree without positions, so two parses of different text compare by meaning. */
const tree = (markdown: string): Node => strip(fromMarkdown(markdown) as Node);
function strip(node: Node): Node {
  const { position: _p, ...rest } = node;
  return rest.children ? { ...rest, children: rest.children.map(strip) } : rest;
}
const textOf = (node: Node): string => (node.value ?? "") + (node.children ?? []).map(textOf).join("");
/** A correct, simple escaper: CommonMark lets a backslash escape every ASCII punctuation character. */
const escapeAll = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, "\\$&");

describe("serialiser round-trips", () => {
  const tricky = [
    "# not a heading",
    "1. not a list",
    "1) nor this",
    "- nor this",
    "+ nor this",
    "> not a quote",
    "=== not an underline",
    "*not emphasis* and _nor this_ and **nor** __this__",
    "`not code` and ``this``",
    "[not](a link) and ![not](an image) and <https://not.an/autolink>",
    "<b>not html</b> <!-- nor a comment --> <?php nor this ?>",
    "&amp; &lt; &#65; &copy; stay as typed",
    "back\\slash \\* \\\\ and a trailing backslash\\",
    "~~not struck~~ | not | a | table |",
    "Ünïcödé, emoji 🙂, RTL שלום, CJK 助けを求める",
    "3 < 4 > 2 and a&b and 50% of #hashtags",
  ];

  it.each(tricky)("keeps text as text: %s", (s) => {
    const [body] = bodiesOf(`# T\n\n${escapeAll(s)}`);
    const parsed = tree(body);
    expect(parsed.children).toHaveLength(1);
    expect(parsed.children![0].type).toBe("paragraph");
    expect(parsed.children![0].children!.every((n) => n.type === "text")).toBe(true);
    expect(textOf(parsed)).toBe(s);
  });

  it("keeps random strings of Markdown's special characters as exactly themselves", () => {
    // a fixed seed: the same 400 strings on every run
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [..."#*_`[]()<>!&;\\-+=~|.:0123456789 abc"];
    for (let n = 0; n < 400; n++) {
      const length = 1 + Math.floor(random() * 24);
      let s = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)])
        .join("")
        .trim();
      if (s === "") s = "x";
      const [body] = bodiesOf(`# T\n\n${escapeAll(s)}`);
      expect(textOf(tree(body)), JSON.stringify(s)).toBe(s);
    }
  });

  const documents: [string, string][] = [
    [
      "nested structure",
      "# T\n\nA *b **c** d* `e` [f](https://example.org/g?h=i&j=k) and a hard  \nbreak.\n\n1. one\n2. two\n   - nested *x*\n   - nested y\n\n> quote with **bold**\n>\n> - and a list\n\n```js\nconst x = `<b>`;\n```\n\n***\n\n- a\n- b\n\n<!-- -->\n\n- c",
    ],
    ["the source article (plain text)", detectHeadings(readFileSync(new URL("../fixtures/import/asking-for-help.txt", import.meta.url), "utf8")).markdown],
    ["a Word clipboard", htmlToMarkdown(readFileSync(new URL("../fixtures/import/clipboard-word.html", import.meta.url), "utf8")).markdown],
    ["a Google Docs clipboard", htmlToMarkdown(readFileSync(new URL("../fixtures/import/clipboard-google-docs.html", import.meta.url), "utf8")).markdown],
  ];

  it.each(documents)("re-importing the bodies of %s changes nothing", (_name, markdown) => {
    const bodies = bodiesOf(markdown);
    for (const body of bodies) {
      if (body === "") continue;
      const [again] = bodiesOf(`# T\n\n${body}`);
      expect(again).toBe(body);
      expect(tree(again)).toEqual(tree(body));
    }
  });

  it("keeps the meaning of a body when a long section is split into several steps", () => {
    const items = Array.from({ length: 60 }, (_, i) => `${i + 1}. point *${i}* with &lt;b&gt;text &amp; more`);
    const markdown = `# T\n\n${items.join("\n")}\n\n${"A long paragraph with *emphasis* and `code` and [a link](https://example.org). ".repeat(40)}`;
    const bodies = bodiesOf(markdown, 500);
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(500);
    // the list keeps its numbering across steps
    const starts = bodies.flatMap((b) => (tree(b).children ?? []).filter((n) => n.type === "list").map((n) => n.start));
    expect(starts[0]).toBe(1);
    expect(starts.every((s, i) => i === 0 || (s as number) > (starts[i - 1] as number))).toBe(true);
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const listText = bodies
      .map((b) =>
        (tree(b).children ?? [])
          .filter((n) => n.type === "list")
          .map(textOf)
          .join(" "),
      )
      .join(" ");
    expect(listText).toContain("point 0 with <b>text & more");
    expect(words(bodies.map((b) => textOf(tree(b))).join(" ")).length).toBeGreaterThan(600);
  });
});
