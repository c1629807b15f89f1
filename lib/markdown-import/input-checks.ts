// Checks on the raw text, before it is parsed: front matter, and shapes of
// input that would take the Markdown parser seconds.
import { TEMPLATE_LIMITS } from "../template-schema";
import { cleanLine } from "./titles";

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

/**
 * YAML front matter is not CommonMark: left in, its "title: x" line followed
 * by "---" would parse as a heading. Its title is used when there is no H1.
 */
export function stripFrontMatter(text: string): { text: string; stripped: boolean; frontMatterTitle?: string } {
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

/** The import's own refusals, by code (messages: articleImport.problems). */
export type ImportProblemCode =
  | "notMarkdown"
  | "tooLarge"
  | "tooManyHeadings"
  | "tooDeep"
  | "tooManyListItems"
  | "delimiterRun"
  | "tooManyLinks"
  | "noText"
  | "tooManySteps"
  | "empty";
type ImportProblem = { path: string; message: string; code: ImportProblemCode; params: Record<string, string | number> };

export function findPathologicalInput(text: string): ImportProblem | undefined {
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
        code: "tooManyHeadings",
        params: { max: TEMPLATE_LIMITS.maxSteps },
      };
    }
    if (THEMATIC_BREAK.test(line)) continue;
    const markers = containerMarkers(line);
    if (markers.quotes + markers.lists > MAX_CONTAINER_MARKERS) {
      return {
        path: where,
        message: `nests quotes or lists more than ${MAX_CONTAINER_MARKERS} levels deep; simplify it and try again`,
        code: "tooDeep",
        params: { max: MAX_CONTAINER_MARKERS },
      };
    }
    listItems += markers.lists;
    if (listItems > MAX_LIST_ITEMS) {
      return {
        path: where,
        message: `the article has more than ${MAX_LIST_ITEMS} list items; split it into smaller articles`,
        code: "tooManyListItems",
        params: { max: MAX_LIST_ITEMS },
      };
    }
    const run = DELIMITER_RUN.exec(line);
    if (run) {
      return {
        path: where,
        message: `has a run of more than ${MAX_DELIMITER_RUN} "${run[1]}" characters; shorten it and try again`,
        code: "delimiterRun",
        params: { max: MAX_DELIMITER_RUN, character: run[1]! },
      };
    }
  }
  if (text.split("[").length - 1 > MAX_LINK_BRACKETS) {
    return {
      path: "(file)",
      message: `has more than ${MAX_LINK_BRACKETS} "[" characters (links); split it into smaller articles`,
      code: "tooManyLinks",
      params: { max: MAX_LINK_BRACKETS },
    };
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
