// Formatted text (a pasted web page, a .docx, an .html file) arrives with real
// headings, but an article's closing paragraphs usually have none: they would
// end up inside the last numbered point's step. Plain text gets a "Conclusion"
// step for them (lib/plain-text-headings.ts); this gives Markdown the same, by
// the same rule — text after the last of a run of numbered headings, beyond as
// many blocks as each earlier point had — so both paths make the same steps.
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Heading, Nodes } from "mdast";

export const CONCLUSION_TITLE = "Conclusion";
const NUMBERED = /^\d{1,3}[.)]\s+\S/;

/** The Markdown with a "Conclusion" heading added where the rule puts one, or undefined when it puts none. */
export function withConclusionHeading(markdown: string): string | undefined {
  const blocks = fromMarkdown(markdown).children.filter((node) => node.type !== "definition");
  const headings = blocks.flatMap((node, i) => (node.type === "heading" ? [i] : []));
  const last = headings[headings.length - 1];
  if (last === undefined) return undefined;
  const numbered = (i: number) => NUMBERED.test(textOf(blocks[i]!).trim());
  if (!numbered(last)) return undefined;
  const counts: number[] = [];
  for (let k = headings.length - 2; k >= 0 && numbered(headings[k]!); k--) counts.push(headings[k + 1]! - headings[k]! - 1);
  if (counts.length === 0) return undefined;
  const usual = Math.max(...counts);
  const trailing = blocks.length - last - 1;
  if (usual < 1 || trailing <= usual) return undefined;
  // as deep as the heading the numbered points belong to (a part title), else as the points
  let depth = (blocks[last] as Heading).depth;
  for (let k = headings.length - 1; k >= 0; k--) {
    const h = blocks[headings[k]!] as Heading;
    if (!numbered(headings[k]!)) {
      depth = h.depth;
      break;
    }
  }
  const at = blocks[last + 1 + usual]!.position?.start.offset;
  if (at === undefined) return undefined;
  return `${markdown.slice(0, at)}${"#".repeat(depth)} ${CONCLUSION_TITLE}\n\n${markdown.slice(at)}`;
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(textOf).join("") : "";
}
