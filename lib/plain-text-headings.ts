// Finds the headings in plain text — an article copied from a web page, an
// e-mail or a PDF, where headings arrive as ordinary short lines — and writes
// the text as Markdown, so the Markdown importer can split it into steps.
// The result is only a proposal: the import box shows it as a preview that
// the facilitator accepts or undoes, and can untick any single heading.
//
// What counts as a heading (every rule is about what real copies look like):
// - a short line (at most 14 words, 100 characters, clearly shorter than the
//   wrapped lines of a PDF copy) that starts a paragraph, starts with a capital
//   letter or a digit, and has no final punctuation;
// - that is followed by text (never the last line), and is not the name under
//   a sign-off ("Warmly," / "Maya");
// - numbered ("1. Fear of Judgment") when a paragraph follows it; numbered lines
//   in a row ("1. Milk", "2. Eggs") stay a list.
// A heading directly followed by another heading is a part title: it becomes a
// short title step, or is merged into the next step, as the facilitator chooses.
// Text after the last of a run of numbered points, beyond what each earlier
// point had, is the article's conclusion and gets a "Conclusion" step.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";

export type PartTitles = "step" | "merge";

export type DetectedHeading = {
  /** index of the line in the text as given (0-based), the id used to untick it */
  line: number;
  title: string;
  kind: "title" | "heading" | "numbered" | "part" | "conclusion";
};

export type DetectOptions = {
  /** part titles as their own short step (default) or merged into the next step */
  partTitles?: PartTitles;
  /** lines (DetectedHeading.line) the facilitator said are not headings; -1 is the added "Conclusion" */
  notHeadings?: Iterable<number>;
};

export type DetectResult = {
  markdown: string;
  /** the article's title, when its first line is one (then it is no step of its own) */
  title?: string;
  headings: DetectedHeading[];
  /** how many part titles there are (the choice only matters when > 0) */
  partTitleCount: number;
  /** newsletter lines left out ("View this email in your browser", "Unsubscribe") */
  droppedLines: string[];
};

/** Text that already has Markdown headings is imported as it is. */
export function hasMarkdownHeadings(text: string): boolean {
  return /^ {0,3}#{1,6}[ \t]+\S/m.test(text) || /^[^\n]*\S[^\n]*\n {0,3}(?:={3,}|-{3,})[ \t]*$/m.test(text);
}

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 100;
const CONCLUSION_TITLE = "Conclusion";

const BULLET = /^[•\-*–◦▪●·]\s+(\S.*)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
const SEPARATOR = /^(?:[-*_=~—–•·]\s*){3,}$/u;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;
// Newsletter chrome that is never part of the article.
const BOILERPLATE =
  /^(?:view (?:this|it|the) (?:e-?mail|newsletter|message)? ?(?:in|on) (?:your|a|the) (?:web )?browser|unsubscribe\b|update (?:your )?(?:subscription|e-?mail )?preferences|manage (?:your )?(?:subscription|preferences)|forward (?:this|to a friend)|you(?:'|’)re receiving this|you are receiving this|sent (?:to|from) .+@|copyright ©|©)/iu;
const FINAL_PUNCTUATION = /[.,;:!?…。"”’')\]]$/u;
const SENTENCE_END = /[.!?…:"”’)]$/u;

type Item =
  | { type: "heading"; text: string; line: number; numbered: boolean }
  | { type: "paragraph"; lines: string[]; line: number }
  | { type: "list"; ordered: boolean; start: number; items: string[]; line: number };

export function detectHeadings(input: string, options: DetectOptions = {}): DetectResult {
  const partTitles = options.partTitles ?? "step";
  const notHeadings = new Set(options.notHeadings ?? []);
  const dropped: string[] = [];
  const lines = input
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/\f/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/u, "").replace(/^[ \t]+/, ""));

  const width = wrapWidth(lines);
  const items = buildItems(lines, width, notHeadings, dropped);
  // Where the conclusion starts is decided on every heading found, so unticking
  // one point does not move it (or make it vanish).
  const all = notHeadings.size === 0 ? items : buildItems(lines, width, new Set(), []);
  const conclusionIndex = notHeadings.has(-1) ? undefined : findConclusion(all);
  const conclusionLine = conclusionIndex === undefined ? undefined : all[conclusionIndex].line;
  let conclusionAt: number | undefined = conclusionLine === undefined ? undefined : items.findIndex((it) => it.line === conclusionLine);
  if (conclusionAt === -1) conclusionAt = undefined;
  const headings: DetectedHeading[] = [];
  // A heading-like first line above the introduction is the article's title
  // (a PDF's or a newsletter's), when the article has headings of its own.
  let title: string | undefined;
  const first = items[0];
  if (first?.type === "heading" && items[1] && items[1].type !== "heading" && items.filter((it) => it.type === "heading").length >= 3) {
    title = first.text;
    headings.push({ line: first.line, title: first.text, kind: "title" });
    items.shift();
    if (conclusionAt !== undefined) conclusionAt--;
  }
  const children: RootContent[] = [];
  const hasNumbered = items.some((it) => it.type === "heading" && it.numbered);
  const hasPlain = items.some((it) => it.type === "heading" && !it.numbered);
  let pendingPart: string | null = null;
  let partTitleCount = 0;

  items.forEach((item, index) => {
    if (index === conclusionAt) {
      headings.push({ line: -1, title: CONCLUSION_TITLE, kind: "conclusion" });
      children.push(heading(2, CONCLUSION_TITLE));
    }
    if (item.type === "heading") {
      const isPart = items[index + 1]?.type === "heading" && index + 1 !== conclusionAt;
      headings.push({ line: item.line, title: item.text, kind: isPart ? "part" : item.numbered ? "numbered" : "heading" });
      if (isPart) partTitleCount++;
      if (isPart && partTitles === "merge") {
        pendingPart = pendingPart ? `${pendingPart}: ${item.text}` : item.text;
        return;
      }
      children.push(heading(item.numbered && hasPlain && hasNumbered ? 3 : 2, item.text));
      if (pendingPart) {
        // The part title leads the next step's text, so it is still on the screen.
        children.push({ type: "paragraph", children: [{ type: "strong", children: [{ type: "text", value: pendingPart }] }] });
        pendingPart = null;
      }
      return;
    }
    if (item.type === "paragraph") children.push(paragraphOf(item.lines, width));
    else children.push(listOf(item));
  });

  const root: Root = { type: "root", children };
  return { title, markdown: children.length ? toMarkdown(root, { bullet: "-", emphasis: "*", strong: "*", rule: "*" }) : "", headings, partTitleCount, droppedLines: dropped };
}

/** The text as headings, paragraphs and lists (the lines in `notHeadings` never headings). */
function buildItems(lines: string[], width: number, notHeadings: ReadonlySet<number>, dropped: string[]): Item[] {
  const items: Item[] = [];
  let paragraph: string[] | null = null;
  let paragraphLine = 0;
  let list: Extract<Item, { type: "list" }> | null = null;
  const end = () => {
    if (paragraph) items.push({ type: "paragraph", lines: paragraph, line: paragraphLine });
    if (list) items.push(list);
    paragraph = null;
    list = null;
  };

  const nextText = (i: number): { text: string; index: number; sameBlock: boolean } | undefined => {
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j];
      if (t === "" || SEPARATOR.test(t) || PAGE_NUMBER.test(t) || BOILERPLATE.test(t)) continue;
      return { text: t, index: j, sameBlock: j === i + 1 };
    }
    return undefined;
  };
  let previousText = "";

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "" || SEPARATOR.test(line)) {
      end();
      continue;
    }
    if (PAGE_NUMBER.test(line)) continue; // a PDF page break inside a paragraph
    if (BOILERPLATE.test(line)) {
      dropped.push(line);
      end();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const atStart = paragraph === null;
    const after = nextText(i);
    // In a PDF copy a heading may follow the last line of a paragraph with no
    // blank line between; paragraphs end with punctuation, headings do not.
    const mayStart = atStart || (Number.isFinite(width) && SENTENCE_END.test(lines[i - 1] ?? ""));

    if (mayStart && !notHeadings.has(i) && isHeadingLike(line, width) && after && !previousText.endsWith(",")) {
      const next = after.text;
      const nextNumbered = NUMBERED.exec(next);
      // "1. Milk" followed by "2. Eggs": a list, not two headings.
      const listRun = numbered && nextNumbered && Number(nextNumbered[1]) === Number(numbered[1]) + 1 && isHeadingLike(next, width) && after.sameBlock;
      const inRun = numbered && list?.ordered;
      if (!bullet && !listRun && !inRun) {
        end();
        items.push({ type: "heading", text: numbered ? `${numbered[1]}. ${numbered[2]}` : line, line: i, numbered: Boolean(numbered) });
        previousText = line;
        continue;
      }
    }

    if (bullet || (numbered && (list?.ordered || atStart))) {
      const ordered = !bullet;
      if (paragraph || (list && list.ordered !== ordered)) end();
      list ??= { type: "list", ordered, start: ordered ? Number(numbered![1]) : 1, items: [], line: i };
      list.items.push(bullet ? bullet[1] : numbered![2]);
    } else if (list && list.items.length > 0 && isContinuation(line, lines[i - 1], width)) {
      // a wrapped list item
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      if (list) end();
      if (!paragraph) {
        paragraph = [];
        paragraphLine = i;
      }
      paragraph.push(line);
      // In a PDF copy paragraphs may run on without blank lines: a sentence
      // ending well short of the wrap width ends the paragraph.
      if (Number.isFinite(width) && SENTENCE_END.test(line) && line.length < width * 0.8) end();
    }
    previousText = line;
  }
  end();

  // A heading with nothing after it, or only a heading after it at the very end, is text.
  while (items.length > 0 && items[items.length - 1].type === "heading") {
    const last = items.pop() as Extract<Item, { type: "heading" }>;
    items.push({ type: "paragraph", lines: [last.text], line: last.line });
  }
  return items;
}

/**
 * The width a PDF copy was wrapped at, or Infinity when lines are not wrapped
 * (web pages and most e-mails keep each paragraph on one line).
 */
function wrapWidth(lines: string[]): number {
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] !== "" && lines[i + 1] !== "") wrapped.push(lines[i].length);
  }
  if (wrapped.length < 4) return Infinity;
  wrapped.sort((a, b) => a - b);
  const width = wrapped[Math.floor(wrapped.length * 0.8)];
  // Address blocks and signatures are short lines in a row, not wrapping.
  return width >= 40 ? width : Infinity;
}

function isHeadingLike(line: string, width: number): boolean {
  const text = line.replace(NUMBERED, "$2");
  if (line.length > MAX_HEADING_CHARS || line.length > width * 0.75) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (!/\p{L}/u.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(line)) return false;
  if (FINAL_PUNCTUATION.test(line) || BULLET.test(line)) return false;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line) || /\S+@\S+\.\S+/.test(line)) return false;
  return true;
}

/** A line that carries on the one before (wrapped), rather than starting anew. */
function isContinuation(line: string, previous: string | undefined, width: number): boolean {
  return Number.isFinite(width) && previous !== undefined && previous !== "" && previous.length >= width * 0.6 && /^\p{Ll}/u.test(line);
}

/**
 * Text after the last point of a run of numbered headings, beyond as many
 * blocks as each earlier point had, is a conclusion — but only at the end of
 * the article, where nothing else could claim it.
 */
function findConclusion(items: Item[]): number | undefined {
  const headingIndexes = items.flatMap((it, i) => (it.type === "heading" ? [i] : []));
  const last = headingIndexes[headingIndexes.length - 1];
  if (last === undefined) return undefined;
  const lastHeading = items[last] as Extract<Item, { type: "heading" }>;
  if (!lastHeading.numbered) return undefined;
  const counts: number[] = [];
  for (let k = headingIndexes.length - 2; k >= 0; k--) {
    const h = items[headingIndexes[k]] as Extract<Item, { type: "heading" }>;
    if (!h.numbered) break;
    counts.push(headingIndexes[k + 1] - headingIndexes[k] - 1);
  }
  if (counts.length === 0) return undefined;
  const usual = Math.max(...counts);
  const trailing = items.length - last - 1;
  return usual >= 1 && trailing > usual ? last + 1 + usual : undefined;
}

function heading(depth: 1 | 2 | 3, value: string): Heading {
  return { type: "heading", depth, children: [{ type: "text", value }] };
}

/** Wrapped lines join with a space; short lines in a row (a signature, an address) keep their breaks. */
function paragraphOf(lines: string[], width: number): Paragraph {
  const children: PhrasingContent[] = [];
  let text = "";
  lines.forEach((line, i) => {
    if (i === 0) text = line;
    else if (Number.isFinite(width) && lines[i - 1].length >= width * 0.6) text += lines[i - 1].endsWith("-") ? line : ` ${line}`;
    else {
      children.push({ type: "text", value: text }, { type: "break" });
      text = line;
    }
  });
  children.push({ type: "text", value: text });
  return { type: "paragraph", children };
}

function listOf(item: Extract<Item, { type: "list" }>): List {
  const children: ListItem[] = item.items.map((text) => ({ type: "listItem", spread: false, children: [{ type: "paragraph", children: [{ type: "text", value: text }] }] }));
  return { type: "list", ordered: item.ordered, start: item.ordered ? item.start : undefined, spread: false, children };
}
