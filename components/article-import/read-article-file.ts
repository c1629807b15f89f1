"use client";
// A file chosen in the import box, read into text: a .docx is converted by
// the server (which stores its pictures), a web page here, Markdown or text
// as it is. Files over their kind's limit are refused before reading. What is
// said about it is a message key with its values (messages: articleImport.notes),
// translated where it is shown.
import { checkArticleFile } from "../../lib/client/article-file";
import { templateApi } from "../../lib/client/template-api";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { picturesIn } from "../../lib/markdown-pictures";

type NoteKey =
  | "pasted"
  | "conclusionAdded"
  | "loaded"
  | "loadedHtml"
  | "picturesDescribed"
  | "picturesToDescribe"
  | "docxTooLarge"
  | "htmlTooLarge"
  | "textTooLarge"
  | "splitDone"
  | "undoneConclusion"
  | "undoneSplit";
/** A note from the browser (a key and its values), or one the converter wrote (as it wrote it). */
export type ImportNote = { key: NoteKey; values?: Record<string, string | number> } | { text: string };

export type ReadArticle =
  /** formatted text made Markdown (its headings are kept), with what was done to it */
  | { kind: "formatted"; markdown: string; notes: ImportNote[] }
  | { kind: "text"; text: string; note: ImportNote }
  | { kind: "refused"; note: ImportNote }
  /** the server could not convert the document: `error` says why */
  | { kind: "failed"; error: unknown };

export async function readArticleFile(file: File): Promise<ReadArticle> {
  const { kind, tooLargeKb } = checkArticleFile(file);
  const name = file.name;
  if (tooLargeKb !== null) return { kind: "refused", note: { key: `${kind}TooLarge`, values: { name, size: tooLargeKb } } };
  if (kind === "docx") {
    try {
      const { markdown, notes } = await templateApi<{ markdown: string; notes: string[] }>("/api/templates/convert/docx", {
        method: "POST",
        body: await file.arrayBuffer(),
        headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      });
      return { kind: "formatted", markdown, notes: [{ key: "loaded", values: { name } }, ...pictureNote(markdown), ...notes.map((text) => ({ text }))] };
    } catch (error) {
      return { kind: "failed", error };
    }
  }
  if (kind === "html") return { kind: "formatted", markdown: htmlToMarkdown(await file.text()).markdown, notes: [{ key: "loadedHtml", values: { name } }] };
  return { kind: "text", text: await file.text(), note: { key: "loaded", values: { name } } };
}

/** A .docx's pictures: how many, and how many still need a description. */
function pictureNote(markdown: string): ImportNote[] {
  const found = picturesIn(markdown);
  const missing = found.filter((p) => p.alt === "").length;
  if (found.length === 0) return [];
  return [missing > 0 ? { key: "picturesToDescribe", values: { count: found.length, missing } } : { key: "picturesDescribed", values: { count: found.length } }];
}
