import { describe, expect, it } from "vitest";
import { ARTICLE_FILE_LIMITS, articleFileKind, checkArticleFile, kilobytes } from "../../lib/client/article-file";
import { wordCount } from "../../lib/client/word-count";

describe("article files in the import box", () => {
  it("tells the kind by the name, whatever its case", () => {
    expect(articleFileKind("Notes.DOCX")).toBe("docx");
    expect(articleFileKind("page.html")).toBe("html");
    expect(articleFileKind("page.HTM")).toBe("html");
    expect(articleFileKind("article.md")).toBe("text");
    expect(articleFileKind("article.txt")).toBe("text");
    expect(articleFileKind("docx.md")).toBe("text");
  });

  it("refuses a file over its kind's limit, with its size in whole kB rounded up", () => {
    expect(checkArticleFile({ name: "a.docx", size: ARTICLE_FILE_LIMITS.docx })).toEqual({ kind: "docx", tooLargeKb: null });
    expect(checkArticleFile({ name: "a.docx", size: ARTICLE_FILE_LIMITS.docx + 1 })).toEqual({ kind: "docx", tooLargeKb: 1001 });
    // a web page may be larger than a text file: its markup is dropped
    expect(checkArticleFile({ name: "a.html", size: 1_500_000 }).tooLargeKb).toBeNull();
    expect(checkArticleFile({ name: "a.md", size: 1_500_000 }).tooLargeKb).toBe(1500);
    expect(checkArticleFile({ name: "a.md", size: 200_001 }).tooLargeKb).toBe(201);
    expect(kilobytes(1)).toBe(1);
  });

  it("counts words, not Markdown's marks", () => {
    expect(wordCount("## A title\n\n- one **two**\n- 3")).toBe(5);
    expect(wordCount("  ")).toBe(0);
    expect(wordCount("Ça va ? — oui")).toBe(3);
  });
});
