// A .docx's pictures: each is handed to the store (which checks it by its
// bytes and re-encodes it), named in the Markdown as hearth-picture:ID, and
// becomes its step's picture with the description the document gives; one
// without a description must be described before the import; one the store
// refuses (a GIF inside a .png name) keeps only its description.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { picturesIn, withPictureAlt, withStandInAlts } from "../../lib/markdown-pictures";
import { reencodeImage } from "../../server/images/reencode-image";
import { docxToMarkdown } from "../../server/import/docx-to-markdown";

const docx = readFileSync(new URL("../fixtures/import/pictures.docx", import.meta.url));
const SECRET = "GPSLatitude 51.5007 N";

async function convert() {
  const stored: { id: string; data: Buffer; mime: string }[] = [];
  const result = await docxToMarkdown(docx, async (bytes) => {
    const image = reencodeImage(bytes);
    if ("refused" in image) return image;
    const id = `picture${String(stored.length + 1).padStart(4, "0")}`;
    stored.push({ id, data: image.data, mime: image.mime });
    return { id };
  });
  if (!result.ok) throw new Error(result.message);
  return { result, stored };
}

describe(".docx pictures", () => {
  it("stores each real picture re-encoded (no EXIF), names it in the Markdown, and refuses a GIF by its bytes", async () => {
    // the document's photo carries the location (the zip is compressed: look inside it)
    const photo = await (await JSZip.loadAsync(docx)).file("word/media/photo.jpeg")!.async("nodebuffer");
    expect(photo.includes(Buffer.from(SECRET))).toBe(true);
    const { result, stored } = await convert();
    expect(stored.map((s) => s.mime)).toEqual(["image/jpeg", "image/png"]);
    for (const s of stored) expect(s.data.includes(Buffer.from(SECRET))).toBe(false);
    expect(result.pictures).toBe(2);
    expect(result.markdown).toContain("![Two people on a bench by a river, talking](hearth-picture:picture0001)");
    expect(result.markdown).toContain("![](hearth-picture:picture0002)");
    expect(result.markdown).toContain("![An animation]()");
    expect(result.notes.join(" ")).toMatch(/1 of the document's 3 pictures was not taken, and only its description is kept, as text\. That is not a PNG or JPEG picture/);
    expect(picturesIn(result.markdown)).toEqual([
      { id: "picture0001", alt: "Two people on a bench by a river, talking" },
      { id: "picture0002", alt: "" },
    ]);
  });

  it("makes each stored picture its step's picture; one without a description is refused until it is described", async () => {
    const { result } = await convert();
    const refused = importMarkdownArticle(result.markdown);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors).toEqual([{ path: "steps[2].image.alt", message: expect.stringMatching(/must describe the picture/) }]);

    // the preview shows the steps meanwhile, with a stand-in description
    const preview = importMarkdownArticle(withStandInAlts(result.markdown, "still to be described"));
    expect(preview.ok).toBe(true);

    const described = withPictureAlt(result.markdown, "picture0002", "A drawing: [left] warm, right pale");
    expect(picturesIn(described)[1]).toEqual({ id: "picture0002", alt: "A drawing: [left] warm, right pale" });
    const imported = importMarkdownArticle(described);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    const steps = imported.content.steps;
    expect(steps.map((s) => s.title)).toEqual(["Pictures for tonight", "A bench by the river", "Where help comes from", "Not a picture"]);
    expect(steps[1].image).toEqual({ id: "picture0001", alt: "Two people on a bench by a river, talking" });
    expect(steps[2].image).toEqual({ id: "picture0002", alt: "A drawing: [left] warm, right pale" });
    expect(steps[3].image).toBeUndefined();
    expect(steps[3].body).toContain("(image: An animation)");
    expect(steps[1].body).not.toContain("hearth-picture");
  });

  it("keeps a second picture in one section as its description (a step shows one), and never takes another address", () => {
    const two = importMarkdownArticle("# A\n\n![First](hearth-picture:aaaaaaaa1)\n\n![Second](hearth-picture:bbbbbbbb2)\n\n![Remote](https://tracker.example/p.png)");
    if (!two.ok) throw new Error(JSON.stringify(two.errors));
    expect(two.content.steps[0].image).toEqual({ id: "aaaaaaaa1", alt: "First" });
    expect(two.content.steps[0].body).toContain("(image: Second)");
    expect(two.content.steps[0].body).toContain("(image: Remote)");
    expect(JSON.stringify(two.content)).not.toContain("tracker.example");
    expect(two.warnings.map((w) => w.message).join(" ")).toMatch(/A step shows one picture: 1 more picture/);
  });
});
