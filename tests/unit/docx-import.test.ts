// .docx import: a small real Word document (tests/fixtures/import/make-docx.ts
// builds it) becomes Markdown with its headings, lists, emphasis, link and the
// picture's alt text, and then the right steps; non-zips and zip bombs are
// refused before mammoth reads them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docxToMarkdown, zipSizes } from "../../server/import/docx-to-markdown";
import { importMarkdownArticle } from "../../lib/markdown-import";

const docx = readFileSync(new URL("../fixtures/import/session-plan.docx", import.meta.url));

describe(".docx → Markdown → steps", () => {
  it("keeps Word's headings, lists, bold, italics, links and the picture's description", async () => {
    const result = await docxToMarkdown(docx);
    if (!result.ok) throw new Error(result.message);
    expect(result.markdown).toBe(
      [
        "# Asking for help",
        "Tonight we talk about why asking is hard, and what makes it *easier*.",
        "## What holds us back",
        "- Fear of judgment\n- **Pride** and ego",
        "![Two people sitting on a bench, talking]()",
        "## Small steps",
        "1. Start with someone you trust.\n2. Ask for something small.",
        "More ideas: [the support page](https://example.org/support).",
      ].join("\n\n"),
    );
    const imported = importMarkdownArticle(result.markdown);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    expect(imported.content.title).toBe("Asking for help");
    expect(imported.content.steps.map((s) => s.title)).toEqual(["Asking for help", "What holds us back", "Small steps"]);
    expect(imported.content.steps[1].body).toContain("(image: Two people sitting on a bench, talking)");
  });

  it("refuses what is not a .docx, an empty file, and a zip that claims to unpack to gigabytes", async () => {
    expect(await docxToMarkdown(new TextEncoder().encode("just some text, not a zip"))).toMatchObject({ ok: false, message: expect.stringMatching(/not a Word document/) });
    expect(await docxToMarkdown(new Uint8Array())).toMatchObject({ ok: false });
    // the same document with its central directory claiming a 4 GB part
    const bomb = Buffer.from(docx);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const central = bomb.readUInt32LE(eocd + 16);
    bomb.writeUInt32LE(0xfffffff0, central + 24);
    expect(zipSizes(bomb)!.unpacked).toBeGreaterThan(4e9);
    expect(await docxToMarkdown(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/unpacks to more/) });
    // a zip that is not a Word document
    const notWord = Buffer.from(docx);
    notWord.write("x", notWord.indexOf("word/document.xml"));
    expect((await docxToMarkdown(notWord)).ok).toBe(false);
  });
});
