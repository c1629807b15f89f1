// Which kind of article file the import box was given, and whether it is over
// the limit for that kind. Larger files are refused before reading, by the
// server's limits: 200 kB of Markdown or text, a 1 MB .docx, a 2 MB web page.

export type ArticleFileKind = "docx" | "html" | "text";

export const ARTICLE_FILE_LIMITS: Record<ArticleFileKind, number> = { docx: 1_000_000, html: 2_000_000, text: 200_000 };

/** By the file's name (a browser's type for .md files is often empty): .docx, .html/.htm, else text. */
export function articleFileKind(name: string): ArticleFileKind {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
  return "text";
}

/** A file's size as the messages say it: whole kilobytes, rounded up. */
export function kilobytes(bytes: number): number {
  return Math.ceil(bytes / 1000);
}

/** The file's kind, and its size in kB when it is over that kind's limit (else null). */
export function checkArticleFile(file: { name: string; size: number }): { kind: ArticleFileKind; tooLargeKb: number | null } {
  const kind = articleFileKind(file.name);
  return { kind, tooLargeKb: file.size > ARTICLE_FILE_LIMITS[kind] ? kilobytes(file.size) : null };
}
