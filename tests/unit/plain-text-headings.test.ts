// Heading detection in plain text: the built-in session's source article as a
// browser copies it, the same article copied out of a PDF (hard line breaks,
// page footers, no blank lines), and an e-mail newsletter. Each must come out
// as exactly its sections once the Markdown importer has split it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { detectHeadings, hasMarkdownHeadings, type DetectOptions } from "../../lib/plain-text-headings";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

function steps(text: string, options?: DetectOptions) {
  const detected = detectHeadings(text, options);
  const result = importMarkdownArticle(detected.markdown, detected.title ? { title: detected.title } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { detected, content: result.content, titles: result.content.steps.map((s) => s.title) };
}

const PARTS = ["Why People Don’t Ask for Help", "The Importance of Asking for Help", "Overcoming Barriers to Asking for Help"];
const ITEMS = [
  ["1. Fear of Judgment", "2. Pride and Ego", "3. Not Wanting to Burden Others", "4. Perception of Self-Reliance"],
  ["1. Promotes Mental Health and Well-Being", "2. Strengthens Relationships", "3. Enhances Problem-Solving", "4. Encourages Growth and Learning"],
  ["1. Challenge Negative Beliefs", "2. Start Small", "3. Normalize the Conversation", "4. Offer Help to Others"],
];
const AS_STEPS = ["Introduction", ...PARTS.flatMap((part, i) => [part, ...ITEMS[i]]), "Conclusion"];

describe("plain-text headings: the source article", () => {
  const article = fixture("asking-for-help.txt");

  it("has no Markdown headings, so detection is offered", () => {
    expect(hasMarkdownHeadings(article)).toBe(false);
    expect(hasMarkdownHeadings("# Title\n\ntext")).toBe(true);
    expect(hasMarkdownHeadings("Title\n=====\n\ntext")).toBe(true);
  });

  it("comes out as the introduction, the three parts, the twelve numbered items and the conclusion", () => {
    const { titles, detected, content } = steps(article);
    expect(titles).toEqual(AS_STEPS);
    expect(detected.partTitleCount).toBe(3);
    expect(detected.headings.filter((h) => h.kind === "part").map((h) => h.title)).toEqual(PARTS);
    expect(detected.headings.filter((h) => h.kind === "numbered").map((h) => h.title)).toEqual(ITEMS.flat());
    // part titles are short title steps by default
    for (const part of PARTS) expect(content.steps.find((s) => s.title === part)!.body).toBe("");
    expect(content.steps[0].body).toMatch(/^In a world where self-reliance/);
    expect(content.steps[1 + 1].body).toMatch(/^Fear of judgment is one of the most significant barriers/);
    expect(content.steps.at(-1)!.body).toMatch(/^Asking for help is not a sign of weakness.*well-being and growth\.$/s);
    expect(content.steps.at(-2)!.body).toMatch(/^Offering help to others.*in return\.$/s);
  });

  it("merges part titles into the next step when the facilitator chooses", () => {
    const { titles, content } = steps(article, { partTitles: "merge" });
    expect(titles).toEqual(["Introduction", ...ITEMS.flat(), "Conclusion"]);
    expect(content.steps[1].body).toMatch(/^\*\*Why People Don’t Ask for Help\*\*\n\nFear of judgment/);
    expect(content.steps[5].body).toMatch(/^\*\*The Importance of Asking for Help\*\*\n\nReaching out/);
  });

  it("keeps every word of the article", () => {
    const { content } = steps(article);
    const words = (t: string) => t.replace(/[*\\]/g, "").split(/\s+/).filter(Boolean);
    const all =
      content.steps.flatMap((s) => (s.title === "Introduction" || s.title === "Conclusion" ? [] : [s.title])).join(" ") + " " + content.steps.map((s) => s.body).join(" ");
    expect(words(all).sort()).toEqual(words(article).sort());
  });

  it("keeps the conclusion where it was when a point of the last part is unticked, and drops it when it is", () => {
    const line = article.split("\n").indexOf("2. Start Small");
    const { titles, content } = steps(article, { notHeadings: [line] });
    expect(titles).toHaveLength(AS_STEPS.length - 1);
    expect(titles.at(-1)).toBe("Conclusion");
    expect(content.steps.at(-1)!.body).toMatch(/^Asking for help is not a sign of weakness/);
    const without = steps(article, { notHeadings: [-1] });
    expect(without.titles).toEqual(AS_STEPS.slice(0, -1));
    expect(without.content.steps.at(-1)!.body).toMatch(/in return\.\n\nAsking for help is not a sign/);
  });

  it("leaves a heading the facilitator unticked in the text", () => {
    const line = article.split("\n").indexOf("2. Pride and Ego");
    const { titles, content } = steps(article, { notHeadings: [line] });
    expect(titles).not.toContain("2. Pride and Ego");
    expect(titles.at(-1)).toBe("Conclusion");
    expect(content.steps.find((s) => s.title === "1. Fear of Judgment")!.body).toMatch(/themselves\.\n\n2\\?\. Pride and Ego\n\nPride and ego/);
  });
});

describe("plain-text headings: other shapes", () => {
  it("finds the same sections in a PDF copy with hard line breaks, page footers and no blank lines", () => {
    const { titles, detected, content } = steps(fixture("asking-for-help-pdf-copy.txt"));
    expect(detected.title).toBe("Asking for Help: Why It Matters");
    expect(content.title).toBe("Asking for Help: Why It Matters");
    expect(titles).toEqual(AS_STEPS);
    // wrapped lines are joined back into paragraphs, page footers are gone
    const fear = content.steps.find((s) => s.title === "1. Fear of Judgment")!.body;
    expect(fear).toBe(
      "Fear of judgment is one of the most significant barriers to asking for help. People worry that others will perceive them as weak or incompetent if they admit they struggle. This fear can be particularly intense in professional settings or among individuals with high expectations of themselves.",
    );
    expect(content.steps.map((s) => s.body).join("\n")).not.toMatch(/Page \d of 2/);
  });

  it("splits an e-mail newsletter at its headings, keeps its list and signature, drops its chrome", () => {
    const { titles, detected, content } = steps(fixture("newsletter-email.txt"));
    expect(detected.title).toBe("The Monday Circle — Issue 42");
    expect(titles).toEqual(["Introduction", "THIS WEEK'S THEME", "Three small things to try", "A note from a reader", "Next meeting"]);
    expect(content.steps[0].body).toMatch(/^Hi friends,\n\nWelcome back\./);
    expect(content.steps[2].body).toBe(
      "- Tell one person how your week really went.\n- Say yes the next time someone offers to help.\n- Ask a small favour, and notice how it feels afterwards.",
    );
    // "Maya" under "See you there," is a signature, not a heading
    expect(content.steps[4].body).toMatch(/See you there,\\\nMaya$/);
    expect(detected.droppedLines).toEqual([
      "View this email in your browser",
      "You're receiving this because you signed up at a Monday Circle meeting.",
      "Unsubscribe | Update your preferences",
    ]);
  });

  it("keeps numbered lines in a row as a list and sentences as text", () => {
    const text = "Shopping\n\n1. Milk\n2. Eggs\n3. Bread\n\nWe went to the market. It was busy.\n\nA line that ends with a full stop.\n\nMore text here.";
    const { detected } = steps(text);
    expect(detected.headings.map((h) => h.title)).toEqual(["Shopping"]);
    expect(detected.markdown).toContain("1. Milk\n2. Eggs\n3. Bread");
  });

  it("escapes text that would otherwise be Markdown", () => {
    const { content } = steps("Intro *not emphasis* and <b>not html</b>.\n\nA heading\n\n# not a heading, and [not](a link)");
    expect(content.steps.map((s) => s.title)).toEqual(["Introduction", "A heading"]);
    expect(content.steps[1].body).not.toMatch(/^#/);
  });
});
