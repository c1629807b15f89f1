// A Word document (.docx) becomes Markdown for the import box: mammoth turns
// it into plain semantic HTML (headings from Word's heading styles, lists,
// bold, italics, links), and the same HTML → Markdown conversion as a paste
// does the rest. Each picture is handed to `storePicture` (which checks it by
// its bytes and re-encodes it) and becomes `![description](hearth-picture:ID)`;
// one it refuses keeps only its description. Runs on the server, where the
// upload is size-checked first.
import mammoth from "mammoth";
import { htmlToMarkdown, PICTURE_SCHEME } from "../../lib/html-to-markdown";

/** Same as the API's request limit: a text document with a few pictures. */
export const MAX_DOCX_BYTES = 1_000_000;
/** A .docx is a zip; its parts unpacked are refused above this (a zip bomb unpacks to gigabytes). */
export const MAX_DOCX_UNPACKED_BYTES = 30_000_000;
const MAX_DOCX_ENTRIES = 2000;

export type DocxResult = { ok: true; markdown: string; notes: string[]; pictures: number } | { ok: false; message: string };
/** Stores one picture: its id, a reason it was refused, or undefined when no more are taken. */
export type StoreDocxPicture = (bytes: Uint8Array) => Promise<{ id: string } | { refused: string } | undefined>;
/** A step shows one picture, and a document rarely needs more than this. */
export const MAX_DOCX_PICTURES = 40;

export async function docxToMarkdown(bytes: Uint8Array, storePicture?: StoreDocxPicture): Promise<DocxResult> {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_DOCX_BYTES)
    return {
      ok: false,
      message: `The document is ${Math.ceil(bytes.length / 1000)} kB; Hearth imports Word documents up to ${MAX_DOCX_BYTES / 1000} kB. Remove large pictures, or save the text as a new document.`,
    };
  const sizes = zipSizes(bytes);
  if (!sizes) return { ok: false, message: "That is not a Word document (.docx). In Word, use File → Save As → Word Document (.docx)." };
  if (sizes.entries > MAX_DOCX_ENTRIES || sizes.unpacked > MAX_DOCX_UNPACKED_BYTES)
    return { ok: false, message: "The document unpacks to more than Hearth reads. Save the text as a new document and import that." };
  let html: string;
  const notes: string[] = [];
  let seen = 0;
  let stored = 0;
  const refused: string[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          seen++;
          if (!storePicture || seen > MAX_DOCX_PICTURES) return { src: "" };
          // mammoth's content type is the document's claim; storePicture checks the bytes
          const outcome = await storePicture(new Uint8Array(await image.readAsBuffer()));
          if (!outcome) return { src: "" };
          if ("refused" in outcome) {
            refused.push(outcome.refused);
            return { src: "" };
          }
          stored++;
          return { src: `${PICTURE_SCHEME}${outcome.id}` };
        }),
      },
    );
    html = result.value;
  } catch {
    return { ok: false, message: "The document could not be read. Open it in Word, save it again as .docx, and try once more." };
  }
  const converted = htmlToMarkdown(html, { pictures: true });
  notes.push(...converted.notes);
  if (seen > stored) {
    const left = seen - stored;
    const reason = refused.length > 0 ? ` ${refused[0]}` : "";
    notes.push(
      `${left} of the document's ${seen} pictures ${left === 1 ? "was" : "were"} not taken, and only ${left === 1 ? "its description is" : "their descriptions are"} kept, as text.${reason}`,
    );
  }
  if (converted.markdown.trim() === "") return { ok: false, message: "The document has no text to import." };
  return { ok: true, markdown: converted.markdown, notes, pictures: stored };
}

/**
 * Reads a zip's central directory: the number of entries and their total
 * unpacked size, or undefined if the bytes are not a zip. The sizes are what
 * the archive claims; mammoth's unzip stops at them too.
 */
export function zipSizes(bytes: Uint8Array): { entries: number; unpacked: number } | undefined {
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let unpacked = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means ZIP64: sizes beyond 4 GB, never a real article
    if (size === 0xffffffff) return { entries, unpacked: Number.MAX_SAFE_INTEGER };
    unpacked += size;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { entries, unpacked };
}
