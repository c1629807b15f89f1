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
//
// The steps, one module each: input-checks.ts (before parsing), safe-tree.ts
// (what a step may show), chunks.ts (blocks cut to fit a body), sections.ts
// and content-notes.ts (the article cut at its headings), steps.ts (sections
// packed into steps), warnings.ts (what was taken out, told once per kind).
import { fromMarkdown } from "mdast-util-from-markdown";
import { defaultContentNote, importedWords, starterResources } from "../../content/starter";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { parseTemplateContent, TEMPLATE_LIMITS, type TemplateContent, type TemplateError } from "../template-schema";
import { findPathologicalInput, stripFrontMatter, type ImportProblemCode } from "./input-checks";
import { collectDefinitions } from "./safe-tree";
import { splitIntoSections } from "./sections";
import { sectionsToSteps } from "./steps";
import { clamp, cleanLine, fitTitle } from "./titles";
import type { Context } from "./types";
import { importWarning, removalWarnings, type ImportWarning } from "./warnings";

/** Larger files are refused before parsing (an article is a few kB). */
export const MAX_MARKDOWN_BYTES = 200_000;

export type MarkdownImportOptions = {
  /** overrides the title taken from the first H1 */
  title?: string;
  description?: string;
  /** split bodies longer than this into "(continued)" steps; at most the template limit */
  maxBodyChars?: number;
  /**
   * the template's language (the facilitator's page language): its content note, support card and
   * the words for what the article does not say ("Introduction") are in it; English when left out
   */
  language?: Locale;
};

export type MarkdownImportResult = { ok: true; content: TemplateContent; warnings: ImportWarning[] } | { ok: false; errors: TemplateError[] };

/** An English import's title when the article has none (every language's: content/starter). */
export const DEFAULT_IMPORTED_TITLE = importedWords(DEFAULT_LOCALE).title;

/** Generic wording (content/starter): the importer cannot know the topic, so the facilitator should review it. English here; an import takes its language's. */
export const IMPORTED_CONTENT_NOTE = defaultContentNote(DEFAULT_LOCALE);

export function importMarkdownArticle(markdown: string, options: MarkdownImportOptions = {}): MarkdownImportResult {
  if (typeof markdown !== "string") return fail("(file)", "must be Markdown text", "notMarkdown");
  const bytes = new TextEncoder().encode(markdown).length;
  if (bytes > MAX_MARKDOWN_BYTES) {
    const kb = Math.ceil(bytes / 1000);
    return fail("(file)", `is ${kb} kB; Hearth imports articles up to ${MAX_MARKDOWN_BYTES / 1000} kB. Split it into smaller articles and import them one by one.`, "tooLarge", {
      kb,
      max: MAX_MARKDOWN_BYTES / 1000,
    });
  }

  const language = options.language ?? DEFAULT_LOCALE;
  const words = importedWords(language);
  const genericNote = defaultContentNote(language);
  const warnings: ImportWarning[] = [];
  const { text, stripped, frontMatterTitle } = stripFrontMatter(markdown.replace(/^\uFEFF/, ""));
  if (stripped) warnings.push(importWarning("FRONT_MATTER"));
  const unsafe = findPathologicalInput(text);
  if (unsafe) return { ok: false, errors: [unsafe] };

  const root = fromMarkdown(text);
  const ctx: Context = {
    definitions: collectDefinitions(root),
    counts: { html: 0, images: 0, links: 0, extraPictures: 0 },
    pictures: [],
    maxBody: clamp(options.maxBodyChars ?? TEMPLATE_LIMITS.body, 100, TEMPLATE_LIMITS.body),
    maxSessionNote: TEMPLATE_LIMITS.contentNote - genericNote.length - 2,
    words,
  };

  // Each heading is at least one step: refuse early rather than serialise a
  // document that can never fit.
  const headings = root.children.filter((node) => node.type === "heading").length;
  if (headings > TEMPLATE_LIMITS.maxSteps) {
    return fail(
      "steps",
      `the article has ${headings} headings, but a template can have at most ${TEMPLATE_LIMITS.maxSteps} steps. Use fewer headings, or split the article into several templates.`,
      "tooManyHeadings",
      { max: TEMPLATE_LIMITS.maxSteps },
    );
  }
  const { sections, firstH1, sessionNote } = splitIntoSections(root, ctx, warnings);
  const steps = sectionsToSteps(sections, ctx, warnings);
  if (steps.length === 0) return fail("(file)", "has no text to turn into steps", "noText");
  if (steps.length > TEMPLATE_LIMITS.maxSteps) {
    return fail(
      "steps",
      `the article makes ${steps.length} steps, but a template can have at most ${TEMPLATE_LIMITS.maxSteps}. Use fewer headings, or split the article into several templates.`,
      "tooManySteps",
      { count: steps.length, max: TEMPLATE_LIMITS.maxSteps },
    );
  }
  if (!sections.some((s) => s.fromHeading)) {
    warnings.push(importWarning("NO_HEADINGS"));
  }
  warnings.push(...removalWarnings(ctx.counts));

  const title = fitTitle(cleanLine(options.title ?? "") || firstH1 || frontMatterTitle || words.title);
  const parsed = parseTemplateContent({
    schemaVersion: 1,
    title,
    description: options.description ?? words.description,
    language,
    // the article's own note first, then what every session's note says (passing, anonymity, the pause)
    contentNote: sessionNote ? `${sessionNote}\n\n${genericNote}` : genericNote,
    resources: starterResources(language),
    steps,
  });
  // The schema is the last word: anything it rejects is reported, never stored.
  return parsed.ok ? { ok: true, content: parsed.content, warnings } : parsed;
}

/** A refusal: `message` for the API, `code` and `params` for the page to say it in the facilitator's language (articleImport.problems). */
function fail(path: string, message: string, code: ImportProblemCode, params: Record<string, string | number> = {}): { ok: false; errors: TemplateError[] } {
  return { ok: false, errors: [{ path, message, code, params }] };
}
