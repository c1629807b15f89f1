// "Content note: …" lines: the first block under a heading (or at the top of
// the article) that starts with such a label is a note, not text.
import { plainText } from "./plain-text";
import { cleanLine } from "./titles";
import type { MdNode } from "./types";
import { importWarning, type ImportWarning } from "./warnings";

/** "Content note: …" and the other ways people write one, at the start of a paragraph or quote. */
const CONTENT_NOTE_LABEL = /^\s*(?:content\s+notes?|content\s+warnings?|trigger\s+warnings?|cn|cw|tw)\s*[:：]\s*/i;

/**
 * The note in a block that starts with a content-note label, or undefined. A
 * note too long for a step's note stays in the text, with a warning, so
 * nothing of the article is lost.
 */
export function contentNoteOf(node: MdNode, limit: number, where: string, warnings: ImportWarning[]): string | undefined {
  if (node.type !== "paragraph" && node.type !== "blockquote") return undefined;
  const words = plainText(node);
  const label = CONTENT_NOTE_LABEL.exec(words);
  if (!label) return undefined;
  const note = cleanLine(words.slice(label[0].length));
  if (!note) return undefined;
  if (note.length > limit) {
    warnings.push(importWarning("CONTENT_NOTE_TOO_LONG", { where, limit }));
    return undefined;
  }
  return note;
}
