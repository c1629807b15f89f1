"use client";
// A file chosen in the import box, read into text: a .docx is converted by
// the server (which stores its pictures), a web page here, Markdown or text
// as it is. Files over their kind's limit are refused before reading.
import { checkArticleFile } from "../../lib/client/article-file";
import { templateApi } from "../../lib/client/template-api";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { picturesIn } from "../../lib/markdown-pictures";

export type ReadArticle =
  /** formatted text made Markdown (its headings are kept), with what was done to it */
  { kind: "formatted"; markdown: string; notes: string[] } | { kind: "text"; text: string; note: string } | { kind: "refused"; message: string };

export async function readArticleFile(file: File): Promise<ReadArticle> {
  const { kind, tooLargeKb } = checkArticleFile(file);
  if (kind === "docx") {
    if (tooLargeKb !== null)
      return {
        kind: "refused",
        message: `“${file.name}” is ${tooLargeKb} kB; Hearth imports Word documents up to 1 MB. Remove large pictures, or save the text as a new document.`,
      };
    try {
      const { markdown, notes } = await templateApi<{ markdown: string; notes: string[] }>("/api/templates/convert/docx", {
        method: "POST",
        body: await file.arrayBuffer(),
        headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      });
      return { kind: "formatted", markdown, notes: [`Loaded “${file.name}”. Check the preview, then import it.`, ...pictureNote(markdown), ...notes] };
    } catch (e) {
      return { kind: "refused", message: e instanceof Error && e.message ? e.message : "The document could not be read." };
    }
  }
  if (kind === "html") {
    if (tooLargeKb !== null) return { kind: "refused", message: `“${file.name}” is ${tooLargeKb} kB; save a shorter page.` };
    return { kind: "formatted", markdown: htmlToMarkdown(await file.text()).markdown, notes: [`Loaded “${file.name}” as Markdown. Check the preview, then import it.`] };
  }
  if (tooLargeKb !== null) return { kind: "refused", message: `“${file.name}” is ${tooLargeKb} kB; Hearth imports articles up to 200 kB. Split it into smaller articles.` };
  return { kind: "text", text: await file.text(), note: `Loaded “${file.name}”. Check the preview, then import it.` };
}

/** A .docx's pictures: how many, and how many still need a description. */
function pictureNote(markdown: string): string[] {
  const found = picturesIn(markdown);
  const toDescribe = found.filter((p) => p.alt === "").length;
  if (found.length === 0) return [];
  return [
    `It has ${found.length === 1 ? "1 picture" : `${found.length} pictures`}${toDescribe > 0 ? `; describe ${toDescribe === 1 ? "the one" : `the ${toDescribe}`} without a description below, for anyone who cannot see ${toDescribe === 1 ? "it" : "them"}` : ", each with the description it has in the document"}.`,
  ];
}
