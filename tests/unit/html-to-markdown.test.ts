// Rich-text paste: clipboard HTML captured from a web page (Chrome), Word and
// Google Docs becomes the Markdown the importer reads — structure and
// emphasis kept, styles, scripts, navigation, forms, tracking pixels and
// tracking parameters gone — and the importer turns it into the right steps.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { importMarkdownArticle } from "../../lib/markdown-import";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
function steps(markdown: string) {
  const result = importMarkdownArticle(markdown);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.content;
}

describe("HTML clipboard → Markdown", () => {
  it("converts a web page copy of the source article into its sections, without the page's junk", () => {
    const { markdown } = htmlToMarkdown(fixture("clipboard-web-page.html"));
    const content = steps(markdown);
    expect(content.steps.map((s) => s.title)).toEqual([
      "Introduction",
      "Why People Don’t Ask for Help",
      "1. Fear of Judgment",
      "2. Pride and Ego",
      "3. Not Wanting to Burden Others",
      "4. Perception of Self-Reliance",
      "The Importance of Asking for Help",
      "1. Promotes Mental Health and Well-Being",
      "2. Strengthens Relationships",
      "3. Enhances Problem-Solving",
      "4. Encourages Growth and Learning",
      "Overcoming Barriers to Asking for Help",
      "1. Challenge Negative Beliefs",
      "2. Start Small",
      "3. Normalize the Conversation",
      "4. Offer Help to Others",
    ]);
    expect(content.steps[0].body).toContain("reaching out for support *shows strength* and self-awareness");
    // the link is kept without its tracking parameters
    expect(content.steps[0].body).toContain("[recovery journey](https://example.org/recovery)");
    for (const junk of [/share on/i, /gtag|dataLayer/, /subscribe/i, /weekly letter/i, /pixel|tracker/, /style|rgb\(/, /<|>/]) expect(markdown).not.toMatch(junk);
  });

  it("converts Word's clipboard: headings, bold and italics, and its bullet and numbered lists", () => {
    const { markdown } = htmlToMarkdown(fixture("clipboard-word.html"));
    expect(markdown).toBe(
      [
        "# Session plan: Asking for help",
        "Tonight we look at why asking for help is so hard, and what makes it easier. Nobody has to share anything they don’t want to.",
        "## What holds us back",
        "Most of us carry a few beliefs about asking. The **most common** ones are these:",
        "- Fear of *judgment*\n- Pride and ego\n- Not wanting to be a burden",
        "## Small steps",
        "1. Start with someone you trust.\n2. Ask for something small, like a lift or a call.",
        "More ideas are on the [support page](https://example.org/support).",
      ].join("\n\n"),
    );
    const content = steps(markdown);
    expect(content.title).toBe("Session plan: Asking for help");
    expect(content.steps.map((s) => s.title)).toEqual(["Session plan: Asking for help", "What holds us back", "Small steps"]);
  });

  it("converts Google Docs' clipboard: styled spans become bold and italics, not the whole text bold; its redirect links are unwrapped", () => {
    const { markdown } = htmlToMarkdown(fixture("clipboard-google-docs.html"));
    expect(markdown).toBe(
      [
        "# It’s okay to ask",
        "Asking for help is **not** a sign of weakness but a *powerful* demonstration of self-awareness.",
        "## Before we start",
        "- You can pass on any question.\n- Answers are anonymous.",
        "## Where to find support",
        "See the [help page](https://example.org/help), or call [01234 567890](tel:+441234567890).",
      ].join("\n\n"),
    );
  });

  it("drops scripts, handlers and unsafe links, and keeps text that looks like markup as text", () => {
    const { markdown } = htmlToMarkdown(
      `<p onclick="steal()">Hello <a href="javascript:alert(1)">click</a> <img src=x onerror=alert(1) alt="a photo"> 1 &lt; 2 and *stars* # hash</p><script>alert(1)</script><iframe src="https://evil.example"></iframe>`,
    );
    expect(markdown).not.toMatch(/javascript|onclick|onerror|alert|iframe|evil/);
    const content = steps(markdown);
    expect(content.steps[0].body).toContain("click");
    expect(content.steps[0].body).toContain("\\*stars\\*");
  });

  it("makes a short bold-only paragraph a heading, as pages without real headings use them", () => {
    const { markdown, notes } = htmlToMarkdown("<p>Intro text here.</p><p><strong>Why it matters</strong></p><p>Because it does.</p><p><b>A bold sentence.</b></p>");
    expect(markdown).toBe("Intro text here.\n\n## Why it matters\n\nBecause it does.\n\n**A bold sentence.**");
    expect(notes).toEqual(["Made 1 bold line a heading."]);
  });
});
