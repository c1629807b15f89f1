// The words of a parsed node, without markup or HTML: for titles, content
// notes, and blocks kept only as text.
import type { MdNode } from "./types";

// Inline "<script>alert(1)</script>" parses as html, text, html. Dropping the
// html nodes alone would leave the script's source showing as text, so the
// text inside elements whose content is never displayed goes too.
const RAW_TEXT_OPEN = /^<(script|style|textarea|title|template|iframe|noscript|object|xmp)\b/i;

export function withoutRawTextContent<T extends { type: string; value?: string }>(nodes: T[]): T[] {
  const kept: T[] = [];
  let closing: RegExp | undefined;
  for (const node of nodes) {
    const html = node.type === "html" ? (node.value ?? "") : undefined;
    if (closing) {
      if (html !== undefined && closing.test(html)) {
        closing = undefined;
        kept.push(node); // counted and dropped as html later
      }
      continue;
    }
    const open = html !== undefined ? RAW_TEXT_OPEN.exec(html) : null;
    if (open && !new RegExp(`</${open[1]}\\s*>`, "i").test(html!)) closing = new RegExp(`^</${open[1]}\\s*>`, "i");
    kept.push(node);
  }
  return kept;
}

export function plainTextOfAll(nodes: MdNode[]): string {
  return nodes.map(plainText).join("");
}

/** The words of a node, without markup or HTML. Iterative: input may be deeply nested. */
export function plainText(node: MdNode): string {
  const out: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === "\n\n") {
      out.push("\n\n");
      continue;
    }
    const n = current as { type: string; value?: string; alt?: string | null; children?: unknown[] };
    if (n.type === "html") continue;
    if (n.type === "break") out.push("\n");
    else if (n.type === "image" || n.type === "imageReference") out.push(n.alt ?? "");
    else if (typeof n.value === "string") out.push(n.value);
    if (n.children) {
      // Separate block-level children so their words do not run together.
      if (n.type === "paragraph" || n.type === "heading" || n.type === "listItem" || n.type === "code") stack.push("\n\n");
      const children = withoutRawTextContent(n.children as { type: string; value?: string }[]);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (n.type === "code") out.push("\n\n");
  }
  return out
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
