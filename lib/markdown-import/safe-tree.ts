// A safe tree: the parsed article reduced to what a step may show —
// paragraphs, emphasis, code, lists, quotes, rules, line breaks and
// http(s)/mailto/tel links. Raw HTML (and the text inside <script> and the
// like), images, definitions and unsafe links are taken out here, and counted
// for the warnings. mdast-util-to-markdown then writes it, escaping text so
// that nothing in it can become markup (it escapes "<" before anything that
// could open a tag, so no HTML can appear outside code).
import type { Blockquote, ListItem, Paragraph, Text } from "mdast";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { isSafeLinkUrl } from "../template-schema";
import { plainText, plainTextOfAll, withoutRawTextContent } from "./plain-text";
import type { Block, Context, MdNode, MdRoot, NodeOf, Phrasing } from "./types";

/** deeper structures are flattened to plain text (guards our own recursion) */
const MAX_NESTING = 20;

const STORED_PICTURE = /^hearth-picture:([a-z0-9]{8,40})$/;

export function collectDefinitions(root: MdRoot): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: unknown[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; identifier?: string; url?: string; children?: unknown[] };
    // The first definition of a label wins, as in CommonMark.
    if (node.type === "definition" && node.identifier !== undefined && node.url !== undefined) {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    }
    if (node.children) stack.push(...node.children);
  }
  return definitions;
}

const MD_OPTIONS: ToMarkdownOptions = {
  bullet: "-",
  bulletOther: "*",
  bulletOrdered: ".",
  emphasis: "*",
  strong: "*",
  rule: "*",
  fences: true,
  listItemIndent: "one",
  resourceLink: true,
  handlers: {
    // "<" in text is always written as "&lt;" (the writer would only escape it
    // where it could open a tag), so no "<" appears outside code at all.
    text: (node: Text, _parent, state, info) => state.safe(node.value, info).replace(/\\[\s\S]|</g, (m) => (m === "<" || m === "\\<" ? "&lt;" : m)),
  },
};
/** The second of two lists in a row uses the other marker, or the two would merge when read back. */
const MD_OPTIONS_ALT: ToMarkdownOptions = { ...MD_OPTIONS, bullet: "*", bulletOther: "-", bulletOrdered: ")" };

export function serialise(nodes: Block[], alt = false): string {
  if (nodes.length === 0) return "";
  return toMarkdown({ type: "root", children: nodes } as MdRoot, alt ? MD_OPTIONS_ALT : MD_OPTIONS).trim();
}

export const text = (value: string): Text => ({ type: "text", value });
export const paragraphOf = (children: Phrasing[]): Paragraph => ({ type: "paragraph", children });

export function cleanBlocks(nodes: MdNode[], ctx: Context, depth: number): Block[] {
  return nodes.flatMap((node) => cleanBlock(node, ctx, depth));
}

function cleanBlock(node: MdNode, ctx: Context, depth: number): Block[] {
  if (depth > MAX_NESTING) return plainParagraph(node);
  switch (node.type) {
    case "paragraph": {
      const children = trimPhrasing(cleanPhrasing(node.children, ctx, depth));
      return hasContent(children) ? [paragraphOf(children)] : [];
    }
    case "heading": {
      // Headings nested in quotes or lists do not start steps; keep them as bold text.
      const children = trimPhrasing(cleanPhrasing(node.children, ctx, depth).map(oneLine));
      return hasContent(children) ? [paragraphOf([{ type: "strong", children }])] : [];
    }
    case "thematicBreak":
      return [{ type: "thematicBreak" }];
    case "blockquote": {
      const children = cleanBlocks(node.children, ctx, depth + 1);
      return children.length ? [{ type: "blockquote", children: children as Blockquote["children"] }] : [];
    }
    case "list":
      return [
        {
          type: "list",
          ordered: node.ordered,
          start: node.ordered ? (node.start ?? 1) : undefined,
          spread: isSpread(node),
          children: node.children.map((item) => ({ type: "listItem", spread: isSpread(node), children: cleanBlocks(item.children, ctx, depth + 1) as ListItem["children"] })),
        },
      ];
    case "code":
      return [{ type: "code", lang: node.lang && /^[\w.+#-]{1,30}$/.test(node.lang) ? node.lang : null, meta: null, value: node.value }];
    case "html":
      ctx.counts.html++;
      return [];
    case "definition":
      return []; // used through collectDefinitions
    default:
      // Anything else (e.g. syntax from extensions): keep the words, lose the structure.
      return plainParagraph(node);
  }
}

function plainParagraph(node: MdNode): Block[] {
  const words = plainText(node);
  return words.trim() === "" ? [] : [paragraphOf([text(words)])];
}

function cleanPhrasing(nodes: MdNode[], ctx: Context, depth: number): Phrasing[] {
  return withoutRawTextContent(nodes).flatMap((node) => cleanInline(node, ctx, depth));
}

function cleanInline(node: MdNode, ctx: Context, depth: number): Phrasing[] {
  if (depth > MAX_NESTING) return [text(plainText(node))];
  switch (node.type) {
    case "text":
      return [text(node.value)];
    case "emphasis":
    case "strong": {
      const children = cleanPhrasing(node.children, ctx, depth + 1);
      return hasContent(children) ? [{ type: node.type, children }] : children;
    }
    case "inlineCode":
      return node.value === "" ? [] : [{ type: "inlineCode", value: node.value }];
    case "break":
      return [{ type: "break" }];
    case "link":
      return cleanLink(node.url, node.children, ctx, depth);
    case "linkReference": {
      const url = ctx.definitions.get(node.identifier);
      return url === undefined ? cleanPhrasing(node.children, ctx, depth + 1) : cleanLink(url, node.children, ctx, depth);
    }
    case "image": {
      // A picture Hearth stored (from a .docx) becomes the step's picture;
      // the server attaches it only if it is this facilitator's own.
      const stored = STORED_PICTURE.exec(node.url);
      if (stored) {
        ctx.pictures.push({ id: stored[1], alt: node.alt ?? "" });
        return [];
      }
      ctx.counts.images++;
      return node.alt ? [text(`(image: ${node.alt})`)] : [];
    }
    case "imageReference":
      // Remote images would leak participants' addresses to third parties.
      ctx.counts.images++;
      return node.alt ? [text(`(image: ${node.alt})`)] : [];
    case "html":
      ctx.counts.html++;
      return [];
    default:
      return [text(plainText(node))];
  }
}

function cleanLink(url: string, children: MdNode[], ctx: Context, depth: number): Phrasing[] {
  const inner = cleanPhrasing(children, ctx, depth + 1);
  if (!isSafeLinkUrl(url)) {
    ctx.counts.links++;
    // An autolink's text is its URL: showing "javascript:…" as text helps nobody.
    return plainTextOfAll(children).trim() === url.trim() ? [] : inner;
  }
  // The normalised URL, with the characters that need care in Markdown percent-encoded.
  const href = new URL(url).href.replace(/[\s()<>\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return [{ type: "link", url: href, title: null, children: hasContent(inner) ? inner : [text(url)] }];
}

export function hasContent(nodes: Phrasing[]): boolean {
  return nodes.some((n) => n.type !== "break" && !(n.type === "text" && n.value.trim() === ""));
}

/** A heading's text on one line (it becomes a bold paragraph). */
function oneLine(node: Phrasing): Phrasing {
  if (node.type === "break") return text(" ");
  if (node.type === "text") return text(node.value.replace(/\s+/g, " "));
  if ("children" in node) return { ...node, children: (node.children as Phrasing[]).map(oneLine) } as Phrasing;
  return node;
}

/**
 * Leading and trailing spaces of a paragraph are not Markdown (the writer
 * would encode them as character references); they are dropped.
 */
export function trimPhrasing(nodes: Phrasing[]): Phrasing[] {
  const out = [...nodes];
  while (out.length && out[0].type === "break") out.shift();
  while (out.length && out[out.length - 1].type === "break") out.pop();
  if (out[0]?.type === "text") out[0] = text(out[0].value.trimStart());
  const last = out.length - 1;
  if (out[last]?.type === "text") out[last] = text((out[last] as Text).value.trimEnd());
  return out.filter((n) => !(n.type === "text" && n.value === ""));
}

function isSpread(list: NodeOf<"list">): boolean {
  return Boolean(list.spread) || list.children.some((item) => item.spread);
}
