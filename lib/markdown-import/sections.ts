// Sections: the article cut at its top-level headings, each one's blocks
// cleaned and chunked, its picture and content note taken out.
import { TEMPLATE_LIMITS } from "../template-schema";
import { blockChunks } from "./chunks";
import { contentNoteOf } from "./content-notes";
import { plainText } from "./plain-text";
import { cleanBlocks, paragraphOf, serialise, text } from "./safe-tree";
import { cleanLine, fitTitle } from "./titles";
import type { Context, MdNode, MdRoot, Section } from "./types";
import { importWarning, type ImportWarning } from "./warnings";

/**
 * Every top-level heading (any depth) starts a section; text before the first
 * heading becomes an "Introduction" section when it has any content.
 * Sections whose heading has nothing under it are kept with an empty body:
 * one heading is one step, which is predictable, and a bare heading works as
 * a chapter slide on the projector. The facilitator can delete it in the editor.
 */
export function splitIntoSections(root: MdRoot, ctx: Context, warnings: ImportWarning[]): { sections: Section[]; firstH1?: string; sessionNote?: string } {
  const sections: Section[] = [];
  let firstH1: string | undefined;
  let sessionNote: string | undefined;
  let blocks: MdNode[] = [];
  let current: Omit<Section, "chunks"> & { prelude: string[] } = { title: ctx.words.introduction, fromHeading: false, prelude: [] };

  const flush = () => {
    ctx.pictures = [];
    const chunks = [...current.prelude, ...blockChunks(cleanBlocks(blocks, ctx, 0), ctx.maxBody)];
    const [picture, ...more] = ctx.pictures;
    // one picture per step: the others keep their description, as text
    if (more.length > 0) {
      ctx.counts.extraPictures += more.length;
      chunks.push(serialise([paragraphOf(more.map((p) => text(`(image: ${p.alt || "no description"}) `)))]));
    }
    if (current.fromHeading || chunks.length > 0 || picture)
      sections.push({
        title: current.title,
        fromHeading: current.fromHeading,
        chunks,
        ...(picture ? { picture } : {}),
        ...(current.contentNote ? { contentNote: current.contentNote } : {}),
      });
    blocks = [];
  };

  for (const node of root.children) {
    if (node.type !== "heading") {
      // only the first block under a heading (or at the very top) can be its content note
      if (blocks.length === 0 && (current.fromHeading ? current.contentNote === undefined : sessionNote === undefined)) {
        const limit = current.fromHeading ? TEMPLATE_LIMITS.stepContentNote : ctx.maxSessionNote;
        const note = contentNoteOf(node, limit, current.fromHeading ? current.title : "the start of the article", warnings);
        if (note !== undefined) {
          if (current.fromHeading) current.contentNote = note;
          else sessionNote = note;
          continue;
        }
      }
      blocks.push(node);
      continue;
    }
    flush();
    const words = cleanLine(plainText(node));
    if (node.depth === 1 && firstH1 === undefined && words) firstH1 = words;
    const title = words || ctx.words.untitled;
    const fitted = fitTitle(title);
    const prelude: string[] = [];
    if (fitted !== title) {
      // Keep the whole heading visible rather than losing its end.
      prelude.push(serialise([paragraphOf([{ type: "strong", children: [text(title)] }])]));
      warnings.push(importWarning("HEADING_SHORTENED", { limit: TEMPLATE_LIMITS.title, title: fitted }));
    }
    current = { title: fitted, fromHeading: true, prelude };
  }
  flush();
  return { sections, firstH1, sessionNote };
}
