// Turns a Markdown article into a draft template: every heading starts a step,
// the text under it becomes the step body. Prompts are added afterwards in the
// editor. A paragraph (or quote) right under a heading that starts with
// "Content note:" becomes that step's own content note instead of text (phones
// then fold the step's text behind it); the same line before the first heading
// is added to the session's content note. "Content warning:", "Trigger
// warning:", "CW:" and "TW:" are read the same way: that is how people write
// them. The body is re-written from the syntax tree rather than copied —
// reduced to a safe tree, then serialised by mdast-util-to-markdown — so raw
// HTML and unsafe links never make it into a template, whatever the source
// file contains.
import type { Blockquote, ListItem, Paragraph, PhrasingContent, RootContent, Text } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toMarkdown, type Options as ToMarkdownOptions } from "mdast-util-to-markdown";
import { starterResources } from "../content/asking-for-help";
import { TEMPLATE_LIMITS, isSafeLinkUrl, parseTemplateContent, type TemplateContent, type TemplateError, type TemplateStep } from "./template-schema";
import { slugify } from "./slug";

type MdRoot = ReturnType<typeof fromMarkdown>;
type MdNode = MdRoot["children"][number];
type NodeOf<T extends MdNode["type"]> = Extract<MdNode, { type: T }>;

/** Larger files are refused before parsing (an article is a few kB). */
export const MAX_MARKDOWN_BYTES = 200_000;

// The Markdown parser is super-linear on some shapes of input (thousands of
// nested quote or list markers, very long runs of emphasis characters): a few
// kB can take seconds. Real articles never look like that, so such input is
// refused up front with a clear message instead of tying up the process.
const MAX_CONTAINER_MARKERS = 10;
const MAX_DELIMITER_RUN = 64;
// Long lists, many setext headings and many link brackets are quadratic to
// parse too. Headings are counted roughly here (the exact count is checked
// after parsing), so the bound is generous.
const MAX_LIST_ITEMS = 1000;
const MAX_LINK_BRACKETS = 3000;
const MAX_HEADING_LINES = 4 * TEMPLATE_LIMITS.maxSteps;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** deeper structures are flattened to plain text (guards our own recursion) */
const MAX_NESTING = 20;

export type MarkdownImportOptions = {
  /** overrides the title taken from the first H1 */
  title?: string;
  description?: string;
  /** split bodies longer than this into "(continued)" steps; at most the template limit */
  maxBodyChars?: number;
};

export type MarkdownImportResult = { ok: true; content: TemplateContent; warnings: string[] } | { ok: false; errors: TemplateError[] };

export const DEFAULT_IMPORTED_TITLE = "Imported article";

/** Generic wording: the importer cannot know the topic, so the facilitator should review it. */
export const IMPORTED_CONTENT_NOTE =
  "This session may touch on personal experiences, and it may bring up feelings or memories. That's okay.\n\n" +
  "You can pass on any question, look away, or step out whenever you need to. Your answers are anonymous: no names, and results only appear once several people have answered.\n\n" +
  'If you need a moment, tap "I need a pause" — only the facilitator sees it. Support resources are always one tap away.';

const IMPORTED_DESCRIPTION = "Imported from Markdown. Before running it, review the content note and the support resources, and add prompts in the editor.";

const CONTINUED = " (continued)";

export function importMarkdownArticle(markdown: string, options: MarkdownImportOptions = {}): MarkdownImportResult {
  if (typeof markdown !== "string") return fail("(file)", "must be Markdown text");
  const bytes = new TextEncoder().encode(markdown).length;
  if (bytes > MAX_MARKDOWN_BYTES) {
    return fail(
      "(file)",
      `is ${Math.ceil(bytes / 1000)} kB; Hearth imports articles up to ${MAX_MARKDOWN_BYTES / 1000} kB. Split it into smaller articles and import them one by one.`,
    );
  }

  const warnings: string[] = [];
  const { text, stripped, frontMatterTitle } = stripFrontMatter(markdown.replace(/^\uFEFF/, ""));
  if (stripped) warnings.push("Ignored the front matter block at the top of the file.");
  const unsafe = findPathologicalInput(text);
  if (unsafe) return fail(unsafe.path, unsafe.message);

  const root = fromMarkdown(text);
  const ctx: Context = {
    definitions: collectDefinitions(root),
    counts: { html: 0, images: 0, links: 0, extraPictures: 0 },
    pictures: [],
    maxBody: clamp(options.maxBodyChars ?? TEMPLATE_LIMITS.body, 100, TEMPLATE_LIMITS.body),
    maxSessionNote: TEMPLATE_LIMITS.contentNote - IMPORTED_CONTENT_NOTE.length - 2,
  };

  // Each heading is at least one step: refuse early rather than serialise a
  // document that can never fit.
  const headings = root.children.filter((node) => node.type === "heading").length;
  if (headings > TEMPLATE_LIMITS.maxSteps) {
    return fail(
      "steps",
      `the article has ${headings} headings, but a template can have at most ${TEMPLATE_LIMITS.maxSteps} steps. Use fewer headings, or split the article into several templates.`,
    );
  }
  const { sections, firstH1, sessionNote } = splitIntoSections(root, ctx, warnings);
  const steps = sectionsToSteps(sections, ctx, warnings);
  if (steps.length === 0) return fail("(file)", "has no text to turn into steps");
  if (steps.length > TEMPLATE_LIMITS.maxSteps) {
    return fail(
      "steps",
      `the article makes ${steps.length} steps, but a template can have at most ${TEMPLATE_LIMITS.maxSteps}. Use fewer headings, or split the article into several templates.`,
    );
  }
  if (!sections.some((s) => s.fromHeading)) {
    warnings.push("The article has no headings, so it became a single step. Add headings (# Title) to split it into steps.");
  }
  if (ctx.counts.html > 0) warnings.push(`Removed ${plural(ctx.counts.html, "piece")} of raw HTML: sessions show Markdown text only.`);
  if (ctx.counts.extraPictures > 0)
    warnings.push(
      `A step shows one picture: ${plural(ctx.counts.extraPictures, "more picture")} in the same section ${ctx.counts.extraPictures === 1 ? "was" : "were"} kept as ${ctx.counts.extraPictures === 1 ? "its" : "their"} description.`,
    );
  if (ctx.counts.images > 0)
    warnings.push(`Replaced ${plural(ctx.counts.images, "image")} with ${ctx.counts.images === 1 ? "its" : "their"} description: images are not shown in sessions.`);
  if (ctx.counts.links > 0) warnings.push(`Kept the text of ${plural(ctx.counts.links, "link")} but not the link itself: only full web, e-mail and phone links are kept.`);

  const title = fitTitle(cleanLine(options.title ?? "") || firstH1 || frontMatterTitle || DEFAULT_IMPORTED_TITLE);
  const parsed = parseTemplateContent({
    schemaVersion: 1,
    title,
    description: options.description ?? IMPORTED_DESCRIPTION,
    // the article's own note first, then what every session's note says (passing, anonymity, the pause)
    contentNote: sessionNote ? `${sessionNote}\n\n${IMPORTED_CONTENT_NOTE}` : IMPORTED_CONTENT_NOTE,
    resources: structuredClone(starterResources),
    steps,
  });
  // The schema is the last word: anything it rejects is reported, never stored.
  return parsed.ok ? { ok: true, content: parsed.content, warnings } : parsed;
}

function fail(path: string, message: string): { ok: false; errors: TemplateError[] } {
  return { ok: false, errors: [{ path, message }] };
}

// ---------------------------------------------------------------------------
// Input checks.

/**
 * YAML front matter is not CommonMark: left in, its "title: x" line followed
 * by "---" would parse as a heading. Its title is used when there is no H1.
 */
function stripFrontMatter(text: string): { text: string; stripped: boolean; frontMatterTitle?: string } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  // Only YAML-looking blocks: a document may legitimately open with a rule.
  if (!match || !/^[\w-]+[ \t]*:/m.test(match[1])) return { text, stripped: false };
  const title = /^title[ \t]*:[ \t]*(.+)$/m
    .exec(match[1])?.[1]
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2");
  return { text: text.slice(match[0].length), stripped: true, frontMatterTitle: title ? cleanLine(title) || undefined : undefined };
}

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

const DELIMITER_RUN = new RegExp(`([*_\`~\\[\\]])\\1{${MAX_DELIMITER_RUN},}`);

function findPathologicalInput(text: string): { path: string; message: string } | undefined {
  const lines = text.split("\n");
  let listItems = 0;
  let headings = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const where = `(file) line ${i + 1}`;
    if (ATX_HEADING.test(line) || (SETEXT_UNDERLINE.test(line) && i > 0 && lines[i - 1].trim() !== "")) headings++;
    if (headings > MAX_HEADING_LINES) {
      return {
        path: "steps",
        message: `the article has more than ${MAX_HEADING_LINES} headings, but a template can have at most ${TEMPLATE_LIMITS.maxSteps} steps. Use fewer headings, or split the article into several templates.`,
      };
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const markers = containerMarkers(line);
    if (markers.quotes + markers.lists > MAX_CONTAINER_MARKERS) {
      return { path: where, message: `nests quotes or lists more than ${MAX_CONTAINER_MARKERS} levels deep; simplify it and try again` };
    }
    listItems += markers.lists;
    if (listItems > MAX_LIST_ITEMS) {
      return { path: where, message: `the article has more than ${MAX_LIST_ITEMS} list items; split it into smaller articles` };
    }
    const run = DELIMITER_RUN.exec(line);
    if (run) {
      return { path: where, message: `has a run of more than ${MAX_DELIMITER_RUN} "${run[1]}" characters; shorten it and try again` };
    }
  }
  if (text.split("[").length - 1 > MAX_LINK_BRACKETS) {
    return { path: "(file)", message: `has more than ${MAX_LINK_BRACKETS} "[" characters (links); split it into smaller articles` };
  }
  return undefined;
}

/** How many quote and list markers open a line, counting up to one past the limit. */
function containerMarkers(line: string): { quotes: number; lists: number } {
  const marker = /^[ \t]*(?:(>)[ \t]?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/;
  let rest = line;
  let quotes = 0;
  let lists = 0;
  while (quotes + lists <= MAX_CONTAINER_MARKERS) {
    const m = marker.exec(rest);
    if (!m || m[0].length === 0) break;
    if (m[1]) quotes++;
    else lists++;
    rest = rest.slice(m[0].length);
  }
  return { quotes, lists };
}

// ---------------------------------------------------------------------------
// Sections and steps.

type Context = {
  definitions: Map<string, string>;
  counts: { html: number; images: number; links: number; extraPictures: number };
  maxBody: number;
  /** stored pictures (`![…](hearth-picture:ID)`) met in the section being read */
  pictures: StepPicture[];
  /** room for the article's own note before the generic content note */
  maxSessionNote: number;
};

type StepPicture = { id: string; alt: string };
type Section = { title: string; fromHeading: boolean; chunks: string[]; picture?: StepPicture; contentNote?: string };

const STORED_PICTURE = /^hearth-picture:([a-z0-9]{8,40})$/;

/** "Content note: …" and the other ways people write one, at the start of a paragraph or quote. */
const CONTENT_NOTE_LABEL = /^\s*(?:content\s+notes?|content\s+warnings?|trigger\s+warnings?|cn|cw|tw)\s*[:：]\s*/i;

/**
 * The note in a block that starts with a content-note label, or undefined. A
 * note too long for a step's note stays in the text, with a warning, so
 * nothing of the article is lost.
 */
function contentNoteOf(node: MdNode, limit: number, where: string, warnings: string[]): string | undefined {
  if (node.type !== "paragraph" && node.type !== "blockquote") return undefined;
  const words = plainText(node);
  const label = CONTENT_NOTE_LABEL.exec(words);
  if (!label) return undefined;
  const note = cleanLine(words.slice(label[0].length));
  if (!note) return undefined;
  if (note.length > limit) {
    warnings.push(`The content note under "${where}" is longer than ${limit} characters, so it was kept as text. Shorten it in the editor to make it the step's note.`);
    return undefined;
  }
  return note;
}

function collectDefinitions(root: MdRoot): Map<string, string> {
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

/**
 * Every top-level heading (any depth) starts a section; text before the first
 * heading becomes an "Introduction" section when it has any content.
 * Sections whose heading has nothing under it are kept with an empty body:
 * one heading is one step, which is predictable, and a bare heading works as
 * a chapter slide on the projector. The facilitator can delete it in the editor.
 */
function splitIntoSections(root: MdRoot, ctx: Context, warnings: string[]): { sections: Section[]; firstH1?: string; sessionNote?: string } {
  const sections: Section[] = [];
  let firstH1: string | undefined;
  let sessionNote: string | undefined;
  let blocks: MdNode[] = [];
  let current: Omit<Section, "chunks"> & { prelude: string[] } = { title: "Introduction", fromHeading: false, prelude: [] };

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
    const title = words || "Untitled section";
    const fitted = fitTitle(title);
    const prelude: string[] = [];
    if (fitted !== title) {
      // Keep the whole heading visible rather than losing its end.
      prelude.push(serialise([paragraphOf([{ type: "strong", children: [text(title)] }])]));
      warnings.push(`Shortened a heading to fit the ${TEMPLATE_LIMITS.title}-character title limit: "${fitted}"`);
    }
    current = { title: fitted, fromHeading: true, prelude };
  }
  flush();
  return { sections, firstH1, sessionNote };
}

function sectionsToSteps(sections: Section[], ctx: Context, warnings: string[]): TemplateStep[] {
  const steps: TemplateStep[] = [];
  const usedKeys = new Set<string>();
  for (const section of sections) {
    const bodies = packBodies(section.chunks, ctx.maxBody);
    if (bodies.length === 0) bodies.push("");
    if (bodies.length > 1) warnings.push(`"${section.title}" was too long for one step, so it continues over ${bodies.length} steps.`);
    bodies.forEach((body, index) => {
      const title = index === 0 ? section.title : fitTitle(section.title, CONTINUED);
      const picture = index === 0 && section.picture ? { image: { id: section.picture.id, alt: cleanLine(section.picture.alt).slice(0, TEMPLATE_LIMITS.imageAlt) } } : {};
      // a section continued over several steps keeps its note on each: the text goes on
      const note = section.contentNote ? { contentNote: section.contentNote } : {};
      steps.push({ key: uniqueKey(sectionKey(title), usedKeys), title, body, facilitatorNotes: "", ...note, reactions: true, ...picture });
    });
  }
  return steps;
}

/** Greedily fill each body with whole chunks; every chunk already fits on its own. */
function packBodies(chunks: string[], max: number): string[] {
  const bodies: string[] = [];
  let body = "";
  for (const chunk of chunks) {
    if (body === "") body = chunk;
    else if (body.length + 2 + chunk.length <= max) body += `\n\n${chunk}`;
    else {
      bodies.push(body);
      body = chunk;
    }
  }
  if (body !== "") bodies.push(body);
  return bodies;
}

// ---------------------------------------------------------------------------
// A safe tree: the parsed article reduced to what a step may show —
// paragraphs, emphasis, code, lists, quotes, rules, line breaks and
// http(s)/mailto/tel links. Raw HTML (and the text inside <script> and the
// like), images, definitions and unsafe links are taken out here, and counted
// for the warnings. mdast-util-to-markdown then writes it, escaping text so
// that nothing in it can become markup (it escapes "<" before anything that
// could open a tag, so no HTML can appear outside code).

type Block = RootContent;
type Phrasing = PhrasingContent;

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

function serialise(nodes: Block[], alt = false): string {
  if (nodes.length === 0) return "";
  return toMarkdown({ type: "root", children: nodes } as MdRoot, alt ? MD_OPTIONS_ALT : MD_OPTIONS).trim();
}

const text = (value: string): Text => ({ type: "text", value });
const paragraphOf = (children: Phrasing[]): Paragraph => ({ type: "paragraph", children });

function cleanBlocks(nodes: MdNode[], ctx: Context, depth: number): Block[] {
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

function hasContent(nodes: Phrasing[]): boolean {
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
function trimPhrasing(nodes: Phrasing[]): Phrasing[] {
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

// ---------------------------------------------------------------------------
// Chunks: serialised blocks no longer than ctx.maxBody. An oversized block is
// split at its own natural joints (list items, quote paragraphs, code lines,
// inline runs, spaces) so that every chunk is valid Markdown on its own.

function blockChunks(nodes: Block[], max: number): string[] {
  const chunks: string[] = [];
  let previous: Block | undefined;
  for (const node of nodes) {
    const alt = adjacentList(previous, node);
    previous = node;
    const markdown = serialise([node], alt);
    if (markdown === "") continue;
    if (markdown.length <= max) chunks.push(markdown);
    else chunks.push(...splitBlock(node, max, alt));
  }
  return chunks;
}

/** Two lists in a row (once apart, they are joined by a blank line) need different markers. */
function adjacentList(previous: Block | undefined, node: Block): boolean {
  return previous?.type === "list" && node.type === "list" && previous.ordered === node.ordered;
}

function splitBlock(node: Block, max: number, alt: boolean): string[] {
  switch (node.type) {
    case "code":
      return splitCode(node.value, node.lang, max);
    case "list": {
      const chunks: string[] = [];
      let run: ListItem[] = []; // consecutive items that fit, kept together as one list
      const flush = () => {
        chunks.push(
          ...pack(run, (items) => serialise([{ ...node, start: node.ordered ? (node.start ?? 1) + node.children.indexOf(items[0]) : undefined, children: items }], alt), max),
        );
        run = [];
      };
      for (const item of node.children) {
        if (serialise([{ ...node, children: [item] }], alt).length <= max) {
          run.push(item);
          continue;
        }
        // A single giant item stands alone, without its marker, so it cannot
        // be read as a continuation of the items around it.
        flush();
        chunks.push(...blockChunks(item.children, max));
      }
      flush();
      return chunks;
    }
    case "blockquote":
      // Quote each piece again when it still fits; a giant quote loses its ">" rather than its words.
      return node.children.flatMap((child) => {
        const quoted = serialise([{ type: "blockquote", children: [child] }]);
        return quoted.length <= max ? [quoted] : blockChunks([child], max);
      });
    case "paragraph":
      return splitPhrasing(node.children, max);
    default:
      return splitPhrasing([text(plainTextOfAll([node as MdNode]))], max);
  }
}

/**
 * Greedily groups items into chunks of at most `max` characters as written by
 * `write`. Sizes are estimated from each item alone; a group that still comes
 * out too long is halved until it fits (every single item fits by then).
 */
function pack<T>(items: T[], write: (group: T[]) => string, max: number): string[] {
  if (items.length === 0) return [];
  const sizes = items.map((item) => write([item]).length + 2);
  const out: string[] = [];
  let group: T[] = [];
  let size = 0;
  const emit = (g: T[]) => {
    const markdown = write(g);
    if (markdown.length <= max || g.length === 1) {
      if (markdown !== "") out.push(markdown);
      return;
    }
    const half = Math.ceil(g.length / 2);
    emit(g.slice(0, half));
    emit(g.slice(half));
  };
  items.forEach((item, i) => {
    if (group.length > 0 && size + sizes[i] > max) {
      emit(group);
      group = [];
      size = 0;
    }
    group.push(item);
    size += sizes[i];
  });
  emit(group);
  return out;
}

function splitCode(value: string, lang: string | null | undefined, max: number): string[] {
  // the fence may need to be longer than any run of backticks in the code
  const overhead = 2 * Math.max(3, longestRun(value, "`") + 1) + (lang?.length ?? 0) + 3;
  const room = Math.max(1, max - overhead);
  const pieces: string[] = [];
  for (const line of value.split("\n")) {
    // A single enormous line is cut; inside a fence the cut is harmless.
    for (let start = 0; start < Math.max(line.length, 1); start += room) pieces.push(line.slice(start, start + room));
  }
  return pack(pieces, (lines) => serialise([{ type: "code", lang: lang ?? null, meta: null, value: lines.join("\n") }]), max);
}

/**
 * Splits a long paragraph between inline nodes; long text (and formatting
 * too long to keep whole, which keeps only its words) is cut at spaces first.
 * Each chunk is a paragraph of its own.
 */
function splitPhrasing(nodes: Phrasing[], max: number): string[] {
  // Escaping can make text several times longer (a run of "*" or "<"), so
  // pieces are cut well below the limit; pack() keeps what fits together.
  const room = Math.max(1, Math.floor(max / 8));
  const atoms = nodes.flatMap((node): Phrasing[] => {
    if (serialise([paragraphOf([node])]).length <= room * 2) return [node];
    const value = node.type === "text" ? node.value : plainTextOfAll([node as MdNode]);
    return cutText(value, room).map(text);
  });
  return pack(
    atoms,
    (group) => {
      const children = trimPhrasing(group);
      return hasContent(children) ? serialise([paragraphOf(children)]) : "";
    },
    max,
  );
}

/** Cut text into pieces of at most `room` characters, at whitespace when there is some; the spaces stay with the pieces. */
function cutText(value: string, room: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (value.length - start > room) {
    let cut = value.lastIndexOf(" ", start + room);
    if (cut <= start + room / 2) {
      cut = start + room;
      // not between the halves of a surrogate pair
      const code = value.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    } else cut++; // keep the space with the first piece
    out.push(value.slice(start, cut));
    start = cut;
  }
  if (start < value.length) out.push(value.slice(start));
  return out;
}

function longestRun(value: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of value) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

// Inline "<script>alert(1)</script>" parses as html, text, html. Dropping the
// html nodes alone would leave the script's source showing as text, so the
// text inside elements whose content is never displayed goes too.
const RAW_TEXT_OPEN = /^<(script|style|textarea|title|template|iframe|noscript|object|xmp)\b/i;

function withoutRawTextContent<T extends { type: string; value?: string }>(nodes: T[]): T[] {
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

function plainTextOfAll(nodes: MdNode[]): string {
  return nodes.map(plainText).join("");
}

/** The words of a node, without markup or HTML. Iterative: input may be deeply nested. */
function plainText(node: MdNode): string {
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

// ---------------------------------------------------------------------------
// Titles and keys.

function cleanLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Fit a title (plus an optional suffix) in the title limit, cutting at a word. */
function fitTitle(title: string, suffix = ""): string {
  const room = TEMPLATE_LIMITS.title - suffix.length;
  if (title.length <= room) return title + suffix;
  const cut = title.slice(0, room - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > room / 2 ? cut.slice(0, space) : cut).trimEnd()}…${suffix}`;
}

const sectionKey = (title: string) => slugify(title, 48) || "section";

function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : max;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
