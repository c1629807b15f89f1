// Turns a Markdown article into a draft template: every heading starts a step,
// the text under it becomes the step body. Prompts are added afterwards in the
// editor. The body is re-serialised from the syntax tree rather than copied,
// so raw HTML and unsafe links never make it into a template, whatever the
// source file contains.
import { fromMarkdown } from "mdast-util-from-markdown";
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

export type MarkdownImportResult =
  | { ok: true; content: TemplateContent; warnings: string[] }
  | { ok: false; errors: TemplateError[] };

export const DEFAULT_IMPORTED_TITLE = "Imported article";

/** Generic wording: the importer cannot know the topic, so the facilitator should review it. */
export const IMPORTED_CONTENT_NOTE =
  "This session may touch on personal experiences, and it may bring up feelings or memories. That's okay.\n\n" +
  "You can pass on any question, look away, or step out whenever you need to. Your answers are anonymous: no names, and results only appear once several people have answered.\n\n" +
  "If you need a moment, tap \"I need a pause\" — only the facilitator sees it. Support resources are always one tap away.";

const IMPORTED_DESCRIPTION =
  "Imported from Markdown. Before running it, review the content note and the support resources, and add prompts in the editor.";

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
    counts: { html: 0, images: 0, links: 0 },
    maxBody: clamp(options.maxBodyChars ?? TEMPLATE_LIMITS.body, 100, TEMPLATE_LIMITS.body),
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
  const { sections, firstH1 } = splitIntoSections(root, ctx, warnings);
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
  if (ctx.counts.images > 0) warnings.push(`Replaced ${plural(ctx.counts.images, "image")} with ${ctx.counts.images === 1 ? "its" : "their"} description: images are not shown in sessions.`);
  if (ctx.counts.links > 0) warnings.push(`Kept the text of ${plural(ctx.counts.links, "link")} but not the link itself: only full web, e-mail and phone links are kept.`);

  const title = fitTitle(cleanLine(options.title ?? "") || firstH1 || frontMatterTitle || DEFAULT_IMPORTED_TITLE);
  const parsed = parseTemplateContent({
    schemaVersion: 1,
    title,
    description: options.description ?? IMPORTED_DESCRIPTION,
    contentNote: IMPORTED_CONTENT_NOTE,
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
  const title = /^title[ \t]*:[ \t]*(.+)$/m.exec(match[1])?.[1].trim().replace(/^(["'])(.*)\1$/, "$2");
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
      return { path: "steps", message: `the article has more than ${MAX_HEADING_LINES} headings, but a template can have at most ${TEMPLATE_LIMITS.maxSteps} steps. Use fewer headings, or split the article into several templates.` };
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
  counts: { html: number; images: number; links: number };
  maxBody: number;
};

type Section = { title: string; fromHeading: boolean; chunks: string[] };

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
function splitIntoSections(root: MdRoot, ctx: Context, warnings: string[]): { sections: Section[]; firstH1?: string } {
  const sections: Section[] = [];
  let firstH1: string | undefined;
  let blocks: MdNode[] = [];
  let current: Omit<Section, "chunks"> & { prelude: string[] } = { title: "Introduction", fromHeading: false, prelude: [] };

  const flush = () => {
    const chunks = [...current.prelude, ...blockChunks(blocks, ctx, 0)];
    if (current.fromHeading || chunks.length > 0) sections.push({ title: current.title, fromHeading: current.fromHeading, chunks });
    blocks = [];
  };

  for (const node of root.children) {
    if (node.type !== "heading") {
      blocks.push(node);
      continue;
    }
    flush();
    const text = cleanLine(plainText(node));
    if (node.depth === 1 && firstH1 === undefined && text) firstH1 = text;
    const title = text || "Untitled section";
    const fitted = fitTitle(title);
    const prelude: string[] = [];
    if (fitted !== title) {
      // Keep the whole heading visible rather than losing its end.
      prelude.push(escapeLineStarts(`**${escapeText(title)}**`));
      warnings.push(`Shortened a heading to fit the ${TEMPLATE_LIMITS.title}-character title limit: "${fitted}"`);
    }
    current = { title: fitted, fromHeading: true, prelude };
  }
  flush();
  return { sections, firstH1 };
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
      steps.push({ key: uniqueKey(sectionKey(title), usedKeys), title, body, facilitatorNotes: "", reactions: true });
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
// Chunks: serialised blocks no longer than ctx.maxBody. An oversized block is
// split at its own natural joints (list items, quote paragraphs, code lines,
// inline runs) so that every chunk is valid Markdown on its own.

function blockChunks(nodes: MdNode[], ctx: Context, depth: number): string[] {
  const chunks: string[] = [];
  let previous: MdNode | undefined;
  for (const node of nodes) {
    const alt = adjacentList(previous, node);
    const markdown = serialiseBlock(node, ctx, depth, alt);
    if (markdown === "") continue;
    previous = node;
    if (markdown.length <= ctx.maxBody) chunks.push(markdown);
    else chunks.push(...splitBlock(node, ctx, depth, alt));
  }
  return chunks;
}

function splitBlock(node: MdNode, ctx: Context, depth: number, alt: boolean): string[] {
  // Counters are already incremented by the first serialisation.
  const quiet: Context = { ...ctx, counts: { html: 0, images: 0, links: 0 } };
  switch (node.type) {
    case "code":
      return splitCode(node.value, node.lang, ctx.maxBody);
    case "list": {
      const spread = isSpread(node);
      const chunks: string[] = [];
      let run: string[] = []; // consecutive items that fit, kept together as one list
      node.children.forEach((item, i) => {
        const markdown = serialiseListItem(item, listMarker(node, i, alt), spread, quiet, depth);
        if (markdown.length <= ctx.maxBody) {
          run.push(markdown);
          return;
        }
        // A single giant item stands alone, without its marker, so it cannot
        // be read as a continuation of the items around it.
        chunks.push(...packWith(run, spread ? "\n\n" : "\n", ctx.maxBody), ...blockChunks(item.children, quiet, depth + 1));
        run = [];
      });
      return [...chunks, ...packWith(run, spread ? "\n\n" : "\n", ctx.maxBody)];
    }
    case "blockquote":
      // Quote each piece again when it still fits; a giant quote loses its ">" rather than its words.
      return blockChunks(node.children, quiet, depth + 1).map((chunk) => {
        const quoted = quoteLines(chunk);
        return quoted.length <= ctx.maxBody ? quoted : chunk;
      });
    case "paragraph":
      return splitInline(node.children, quiet, depth, ctx.maxBody);
    default:
      return fitEscaped(splitText(escapeText(plainText(node)), ctx.maxBody), ctx.maxBody);
  }
}

/**
 * Escaping line starts adds a character to some lines, which can push a
 * chunk that fitted just over the limit; such a chunk is cut again.
 */
function fitEscaped(chunks: string[], max: number): string[] {
  return chunks.flatMap((chunk) => {
    const escaped = escapeLineStarts(chunk).trim();
    if (escaped.length <= max) return escaped === "" ? [] : [escaped];
    return fitEscaped(splitText(chunk, max - (escaped.length - chunk.length) - 1), max);
  });
}

/** Like packBodies but with a chosen separator (list items stay one list). */
function packWith(parts: string[], separator: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const part of parts) {
    if (current === "") current = part;
    else if (current.length + separator.length + part.length <= max) current += separator + part;
    else {
      out.push(current);
      current = part;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

function splitCode(value: string, lang: string | null | undefined, max: number): string[] {
  // the fence may need to be longer than any run of backticks in the code
  const overhead = codeBlock("", lang).length + 1 + 2 * longestRun(value, "`");
  const room = Math.max(1, max - overhead);
  const pieces: string[] = [];
  let current = "";
  for (const line of value.split("\n")) {
    // A single enormous line is cut; inside a fence the cut is harmless.
    for (let start = 0; start < Math.max(line.length, 1); start += room) {
      const piece = line.slice(start, start + room);
      if (current !== "" && current.length + 1 + piece.length > room) {
        pieces.push(current);
        current = piece;
      } else current = current === "" ? piece : `${current}\n${piece}`;
    }
  }
  if (current !== "") pieces.push(current);
  return pieces.map((piece) => codeBlock(piece, lang));
}

/** Split a long paragraph between inline nodes, cutting text nodes at spaces. */
function splitInline(nodes: MdNode[], ctx: Context, depth: number, max: number): string[] {
  const parts: string[] = [];
  for (const node of nodes) {
    const markdown = serialiseInline(node, ctx, depth);
    if (markdown.length <= max) parts.push(markdown);
    else if (node.type === "text") parts.push(...splitText(markdown, max));
    else parts.push(...splitText(escapeText(plainText(node)), max));
  }
  // Inline parts join without a separator, as they sat in the paragraph.
  // Escaping line starts adds at most one character per line, so lines are
  // counted into the budget.
  const chunks: string[] = [];
  let current = "";
  let lines = 1;
  for (const part of parts) {
    const partLines = part.split("\n").length - 1;
    if (current.length + part.length + lines + partLines <= max) {
      current += part;
      lines += partLines;
    } else {
      if (current.trim() !== "") chunks.push(current);
      current = part;
      lines = 1 + partLines;
    }
  }
  if (current.trim() !== "") chunks.push(current);
  return fitEscaped(chunks, max);
}

/** Cut already-escaped text at whitespace, never inside an escape or entity. */
function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = Math.max(text.lastIndexOf(" ", limit), text.lastIndexOf("\n", limit));
    if (cut < start + max / 2) cut = safeHardCut(text, start, limit);
    out.push(text.slice(start, cut));
    start = cut;
    while (start < text.length && /\s/.test(text[start])) start++;
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((part) => part.trim() !== "");
}

function safeHardCut(text: string, start: number, limit: number): number {
  let cut = limit;
  // not between a backslash and the character it escapes
  let backslashes = 0;
  while (cut - 1 - backslashes >= start && text[cut - 1 - backslashes] === "\\") backslashes++;
  if (backslashes % 2 === 1) cut--;
  // not inside "&lt;" and friends
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp > start && cut - amp < 10 && !text.slice(amp, cut).includes(";")) cut = amp;
  // not between the halves of a surrogate pair
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return Math.max(start + 1, cut);
}

// ---------------------------------------------------------------------------
// Serialising mdast back to Markdown. Only a safe subset is produced:
// paragraphs, emphasis, code, lists, quotes, rules and http(s)/mailto/tel
// links. Text is escaped so that nothing in it can become markup, and "<" is
// always written as "&lt;", so no HTML tag can appear outside code.

function serialiseBlocks(nodes: MdNode[], ctx: Context, depth: number, separator: string): string {
  const parts: string[] = [];
  let previous: MdNode | undefined;
  for (const node of nodes) {
    const markdown = serialiseBlock(node, ctx, depth, adjacentList(previous, node));
    if (markdown === "") continue;
    parts.push(markdown);
    previous = node;
  }
  return parts.join(separator);
}

function serialiseBlock(node: MdNode, ctx: Context, depth: number, alt: boolean): string {
  if (depth > MAX_NESTING) return escapeLineStarts(escapeText(plainText(node))).trim();
  switch (node.type) {
    case "paragraph":
      return escapeLineStarts(serialisePhrasing(node.children, ctx, depth)).trim();
    case "heading": {
      // Headings nested in quotes or lists do not start steps; keep them as bold text.
      const inner = serialisePhrasing(node.children, ctx, depth).replace(/\s+/g, " ").trim();
      return inner === "" ? "" : escapeLineStarts(`**${inner}**`);
    }
    case "thematicBreak":
      return "***";
    case "blockquote": {
      const inner = serialiseBlocks(node.children, ctx, depth + 1, "\n\n");
      return inner === "" ? "" : quoteLines(inner);
    }
    case "list": {
      const spread = isSpread(node);
      return node.children
        .map((item, i) => serialiseListItem(item, listMarker(node, i, alt), spread, ctx, depth))
        .join(spread ? "\n\n" : "\n");
    }
    case "code":
      return codeBlock(node.value, node.lang);
    case "html":
      ctx.counts.html++;
      return "";
    case "definition":
      return ""; // used through collectDefinitions
    default:
      // Anything else (e.g. syntax from extensions): keep the words, lose the structure.
      return escapeLineStarts(escapeText(plainText(node))).trim();
  }
}

function serialiseListItem(item: NodeOf<"listItem">, marker: string, spread: boolean, ctx: Context, depth: number): string {
  const content = serialiseBlocks(item.children, ctx, depth + 1, spread ? "\n\n" : "\n");
  if (content === "") return marker.trimEnd();
  const indent = " ".repeat(marker.length);
  return content
    .split("\n")
    .map((line, i) => (i === 0 ? marker + line : line === "" ? "" : indent + line))
    .join("\n");
}

function listMarker(list: NodeOf<"list">, index: number, alt: boolean): string {
  if (list.ordered) return `${(list.start ?? 1) + index}${alt ? ")" : "."} `;
  return alt ? "* " : "- ";
}

function isSpread(list: NodeOf<"list">): boolean {
  return Boolean(list.spread) || list.children.some((item) => item.spread);
}

/**
 * Two lists in a row would merge into one when re-parsed unless the second
 * uses a different marker, as CommonMark does.
 */
function adjacentList(previous: MdNode | undefined, node: MdNode): boolean {
  return previous?.type === "list" && node.type === "list" && previous.ordered === node.ordered;
}

function quoteLines(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => (line === "" ? ">" : `> ${line}`))
    .join("\n");
}

function codeBlock(value: string, lang: string | null | undefined): string {
  const fence = "`".repeat(Math.max(3, longestRun(value, "`") + 1));
  const info = lang && /^[\w.+#-]{1,30}$/.test(lang) ? lang : "";
  return `${fence}${info}\n${value}\n${fence}`;
}

function codeSpan(value: string): string {
  const code = value.replace(/\n/g, " ");
  if (code === "") return "";
  const fence = "`".repeat(longestRun(code, "`") + 1);
  const pad = code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

function serialisePhrasing(nodes: MdNode[], ctx: Context, depth: number): string {
  let out = "";
  for (const node of withoutRawTextContent(nodes)) out += serialiseInline(node, ctx, depth);
  return out;
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

function serialiseInline(node: MdNode, ctx: Context, depth: number): string {
  if (depth > MAX_NESTING) return escapeText(plainText(node));
  switch (node.type) {
    case "text":
      return escapeText(node.value);
    case "emphasis":
      return wrapInline("*", serialisePhrasing(node.children, ctx, depth + 1));
    case "strong":
      return wrapInline("**", serialisePhrasing(node.children, ctx, depth + 1));
    case "inlineCode":
      return codeSpan(node.value);
    case "break":
      return "\\\n";
    case "link":
      return serialiseLink(node.url, node.children, ctx, depth);
    case "linkReference": {
      const url = ctx.definitions.get(node.identifier);
      return url === undefined ? serialisePhrasing(node.children, ctx, depth + 1) : serialiseLink(url, node.children, ctx, depth);
    }
    case "image":
    case "imageReference":
      // Remote images would leak participants' addresses to third parties.
      ctx.counts.images++;
      return node.alt ? escapeText(`(image: ${node.alt})`) : "";
    case "html":
      ctx.counts.html++;
      return "";
    default:
      return escapeText(plainText(node));
  }
}

function serialiseLink(url: string, children: MdNode[], ctx: Context, depth: number): string {
  const text = serialisePhrasing(children, ctx, depth + 1);
  if (!isSafeLinkUrl(url)) {
    ctx.counts.links++;
    // An autolink's text is its URL: showing "javascript:…" as text helps nobody.
    return plainTextOfAll(children).trim() === url.trim() ? "" : text;
  }
  const href = new URL(url).href.replace(/[\s()<>\\`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${text.trim() === "" ? escapeText(url) : text}](${href})`;
}

/** Emphasis markers must hug the text, so surrounding spaces move outside them. */
function wrapInline(marker: string, inner: string): string {
  const core = inner.trim();
  if (core === "") return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${marker}${core}${marker}${trail}`;
}

/** Make text render as exactly itself: no emphasis, links, code or HTML. */
function escapeText(value: string): string {
  return value
    .replace(/[\\`*_[\]~]/g, "\\$&")
    .replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;")
    .replace(/</g, "&lt;");
}

/**
 * Text at the start of a line could still open a block ("# ", "> ", "- ",
 * "1. ", a setext underline). Escaping the first character keeps it text.
 */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split("\n")
    .map((raw) => {
      const line = raw.replace(/^[ \t]+/, "");
      if (/^[#>+\-=]/.test(line)) return `\\${line}`;
      return line.replace(/^(\d{1,9})([.)])/, "$1\\$2");
    })
    .join("\n");
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
  return out.join("").replace(/\n{3,}/g, "\n\n").trim();
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
