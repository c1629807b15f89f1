// A Word document (.docx) becomes Markdown for the import box: mammoth turns
// it into plain semantic HTML (headings from Word's heading styles, lists,
// bold, italics, links), and the same HTML → Markdown conversion as a paste
// does the rest. Images keep only their alt text for now (the importer says
// so). Runs on the server, where the upload is size-checked first.
import mammoth from "mammoth";
import { htmlToMarkdown } from "../../lib/html-to-markdown";

/** Same as the API's request limit: a text document with a few pictures. */
export const MAX_DOCX_BYTES = 1_000_000;
/** A .docx is a zip; its parts unpacked are refused above this (a zip bomb unpacks to gigabytes). */
export const MAX_DOCX_UNPACKED_BYTES = 30_000_000;
const MAX_DOCX_ENTRIES = 2000;

export type DocxResult = { ok: true; markdown: string; notes: string[] } | { ok: false; message: string };

export async function docxToMarkdown(bytes: Uint8Array): Promise<DocxResult> {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_DOCX_BYTES) return { ok: false, message: `The document is ${Math.ceil(bytes.length / 1000)} kB; Hearth imports Word documents up to ${MAX_DOCX_BYTES / 1000} kB. Remove large pictures, or save the text as a new document.` };
  const sizes = zipSizes(bytes);
  if (!sizes) return { ok: false, message: "That is not a Word document (.docx). In Word, use File → Save As → Word Document (.docx)." };
  if (sizes.entries > MAX_DOCX_ENTRIES || sizes.unpacked > MAX_DOCX_UNPACKED_BYTES) return { ok: false, message: "The document unpacks to more than Hearth reads. Save the text as a new document and import that." };
  let html: string;
  const notes: string[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Pictures are not read at all: only their description is kept.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch {
    return { ok: false, message: "The document could not be read. Open it in Word, save it again as .docx, and try once more." };
  }
  const converted = htmlToMarkdown(html);
  notes.push(...converted.notes);
  if (converted.markdown.trim() === "") return { ok: false, message: "The document has no text to import." };
  return { ok: true, markdown: converted.markdown, notes };
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
