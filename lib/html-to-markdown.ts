// Formatted text pasted from a web page, Word or Google Docs (the browser's
// text/html clipboard), and the HTML mammoth makes of a .docx, becomes the
// Markdown the importer reads: headings, paragraphs, lists, emphasis, quotes
// and links are kept; scripts, styles, navigation, forms and every attribute
// but a link's address are dropped. Runs in the browser on paste and on the
// server for .docx files; the server's Markdown importer re-validates the
// result either way (raw HTML, unsafe links and images never get through it).
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize, type Schema } from "hast-util-sanitize";
import { toMdast } from "hast-util-to-mdast";
import type { Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";

/** The clipboard of a long web page can be large (inline styles); the Markdown is checked again after. */
export const MAX_HTML_CHARS = 2_000_000;

export type HtmlToMarkdownResult = { markdown: string; notes: string[] };

/**
 * A picture Hearth stored (a .docx's, re-encoded on the server) is named in
 * Markdown as `![description](hearth-picture:ID)`; the importer makes it the
 * step's picture, if it is the facilitator's own. No other image address is
 * ever kept: a remote one would tell a third party who is in the room.
 */
export const PICTURE_SCHEME = "hearth-picture:";

// Elements whose content is never part of the article: removed with everything inside.
const STRIP = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "head",
  "title",
  "meta",
  "link",
  "nav",
  "aside",
  "footer",
  "header",
  "form",
  "button",
  "select",
  "textarea",
  "input",
  "dialog",
  "video",
  "audio",
];

// What the importer can show. Everything else is unwrapped (its text stays).
// Tables and strike-through are unwrapped too: Hearth's steps are CommonMark.
const SCHEMA: Schema = {
  tagNames: ["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong", "b", "em", "i", "a", "ul", "ol", "li", "blockquote", "pre", "code", "img"],
  attributes: { a: ["href"], ol: ["start"], img: ["alt"] },
  protocols: { href: ["http", "https", "mailto", "tel"] },
  strip: STRIP,
  clobber: [],
  ancestors: { li: ["ol", "ul"] },
  required: {},
};

// With `pictures` (the .docx path, whose <img>s the server made), an <img>'s
// address is kept when it names a stored picture: nothing else gets through.
const PICTURE_SCHEMA: Schema = { ...SCHEMA, attributes: { ...SCHEMA.attributes, img: ["alt", "src"] }, protocols: { ...SCHEMA.protocols, src: [PICTURE_SCHEME.slice(0, -1)] } };

export function htmlToMarkdown(html: string, options: { pictures?: boolean } = {}): HtmlToMarkdownResult {
  const notes: string[] = [];
  if (html.length > MAX_HTML_CHARS) {
    return { markdown: "", notes: [`The formatted text is ${Math.ceil(html.length / 1_000_000)} MB; paste a shorter part of it.`] };
  }
  const tree = fromHtml(prepareWordHtml(html), { fragment: true });
  normaliseFormatting(tree);
  const clean = sanitize(tree, options.pictures ? PICTURE_SCHEMA : SCHEMA) as HastRoot;
  if (options.pictures) keepOnlyStoredPictures(clean);
  const mdast = toMdast(clean) as MdastRoot;
  tidy(mdast);
  const promoted = promoteBoldParagraphs(mdast);
  if (promoted > 0) notes.push(`Made ${promoted} bold ${promoted === 1 ? "line a heading" : "lines headings"}.`);
  const markdown = toMarkdown(mdast, { bullet: "-", emphasis: "*", strong: "*", rule: "*", fences: true }).trim();
  return { markdown, notes: notes.filter(Boolean) };
}

/**
 * Word puts list bullets and numbers as text inside conditional comments
 * (`<![if !supportLists]>·<![endif]>`) on paragraphs styled `mso-list`; the
 * marker is kept as a data attribute so the paragraphs can become a real list.
 */
function prepareWordHtml(html: string): string {
  return html
    .replace(/<!--\[if [^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, "")
    .replace(/(<p\b[^>]*mso-list[^>]*>)\s*<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, (_m, open: string, marker: string) => {
      const text = marker
        .replace(/<[^>]*>/g, "")
        .replace(/&nbsp;/g, " ")
        .trim();
      const ordered = /^[0-9a-z]{1,3}[.)]$/i.test(text);
      return open.replace(/^<p\b/i, `<p data-hearth-list="${ordered ? "ol" : "ul"}"`);
    })
    .replace(/<\/?o:p>/gi, "");
}

function isElement(node: HastNodes): node is Element {
  return node.type === "element";
}

/**
 * Google Docs and Word express bold and italics as inline styles, and Google
 * Docs wraps the whole clipboard in `<b style="font-weight:normal">`. These
 * become plain `<strong>` / `<em>` (or nothing) before sanitising removes styles;
 * Word's list paragraphs become list items.
 */
function normaliseFormatting(node: HastRoot | Element): void {
  const out: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type === "doctype") continue;
    if (!isElement(child)) {
      out.push(child as ElementContent);
      continue;
    }
    normaliseFormatting(child);
    const style = `;${String(child.properties.style ?? "")
      .toLowerCase()
      .replace(/\s+/g, "")}`;
    if (child.tagName === "a" && typeof child.properties.href === "string") child.properties.href = withoutTracking(child.properties.href);
    if (child.tagName === "b" && /;font-weight:(normal|400)/.test(style)) {
      out.push(...child.children); // Google Docs' wrapper
      continue;
    }
    if (child.tagName === "span") {
      const bold = /;font-weight:(bold|[6-9]00)/.test(style);
      const italic = /;font-style:italic/.test(style);
      let inner: ElementContent[] = child.children;
      if (italic) inner = [{ type: "element", tagName: "em", properties: {}, children: inner }];
      if (bold) inner = [{ type: "element", tagName: "strong", properties: {}, children: inner }];
      out.push(...(bold || italic ? inner : [child]));
      continue;
    }
    out.push(child);
  }
  node.children = groupWordLists(out);
}

const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|igshid)$/i;

/** Google Docs routes links through google.com/url; newsletters add utm_ and click ids. */
function withoutTracking(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href; // relative: the importer drops it anyway
  }
  if (/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === "/url" && url.searchParams.get("q")) {
    return withoutTracking(url.searchParams.get("q")!);
  }
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  return url.href;
}

function groupWordLists(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let list: Element | undefined;
  for (const child of children) {
    const kind = isElement(child) ? child.properties.dataHearthList : undefined;
    if (kind === "ol" || kind === "ul") {
      const item: Element = { type: "element", tagName: "li", properties: {}, children: (child as Element).children };
      if (!list || list.tagName !== kind) {
        list = { type: "element", tagName: kind, properties: {}, children: [] };
        out.push(list);
      }
      list.children.push(item);
      continue;
    }
    // whitespace between Word's paragraphs does not end the list
    if (list && child.type === "text" && child.value.trim() === "") continue;
    list = undefined;
    out.push(child);
  }
  return out;
}

type Parent = { type: string; children: MdastNodes[]; spread?: boolean | null };

/**
 * What clipboard HTML leaves behind once converted: bold or italic wrapped
 * round a whole heading (the heading is bold anyway), empty paragraphs from
 * the `<br>`s Google Docs puts between blocks, tracking pixels (images without
 * a description), and "loose" lists because each item holds a `<p>`.
 */
function tidy(node: Parent): void {
  for (const child of node.children) {
    if ("children" in child) tidy(child as Parent);
    if (child.type === "heading") {
      while (child.children.length === 1 && (child.children[0].type === "strong" || child.children[0].type === "emphasis")) {
        child.children = (child.children[0] as { children: PhrasingContent[] }).children;
      }
    }
    if (child.type === "list" && child.children.every((item) => item.children.filter((c) => c.type === "paragraph").length <= 1)) {
      child.spread = false;
      for (const item of child.children) item.spread = false;
    }
  }
  // children first, so a paragraph that held only a tracking pixel is empty by now
  node.children = node.children.filter((child) => {
    if (child.type === "image") return Boolean(child.alt?.trim()) || child.url.startsWith(PICTURE_SCHEME);
    if (child.type === "paragraph") return child.children.some((c) => c.type !== "break" && !(c.type === "text" && c.value.trim() === ""));
    return true;
  });
}

/** A relative address is allowed by the sanitiser's protocol rule; here only a stored picture's stays. */
function keepOnlyStoredPictures(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "img") {
      const src = child.properties.src;
      if (typeof src !== "string" || !/^hearth-picture:[a-z0-9]{8,40}$/.test(src)) delete child.properties.src;
    } else keepOnlyStoredPictures(child);
  }
}

/**
 * Many web pages and documents make headings by hand: a paragraph that is
 * only bold text. A short one without final punctuation becomes a heading.
 */
function promoteBoldParagraphs(root: MdastRoot): number {
  let promoted = 0;
  root.children = root.children.map((node): RootContent => {
    if (node.type !== "paragraph" || node.children.length !== 1 || node.children[0].type !== "strong") return node;
    const text = textOf(node).trim();
    if (text === "" || text.length > 100 || /[.,;:!?…]$/.test(text)) return node;
    promoted++;
    return { type: "heading", depth: 2, children: (node.children[0] as { children: PhrasingContent[] }).children };
  });
  return promoted;
}

function textOf(node: MdastNodes | Paragraph): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as MdastNodes[]).map(textOf).join("");
  return "";
}
