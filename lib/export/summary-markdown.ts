// The summary as a Markdown report a facilitator can paste into notes.
//
// Every piece of text — participants' words above all, but also titles,
// questions and option labels — goes through `escapeMarkdown`, so nothing
// typed on a phone can become a heading, a link, an image, a table, HTML or
// an autolink in whatever Markdown renderer the report ends up in.
import type { PromptAggregate } from "../aggregation";
import {
  beforeAfterSubtitle,
  beforeAfterSuppressedText,
  countsLine,
  deletedText,
  formatNumber,
  headerFacts,
  beforeAfterCountsText,
  MULTIPLE_NOTE,
  NOT_ASKED_TEXT,
  notAsked,
  OPEN_TEXT_NOTE,
  plural,
  promptSteps,
  REACTION_COLUMNS,
  reactionEntries,
  pictureSteps,
  reactionSteps,
  scaleValueLabel,
  stepLabel,
  suppressedText,
  notShownText,
  activityLabel,
} from "./format";
import type { SessionSummary, SummaryBeforeAfter, SummaryPrompt, SummaryStep } from "./summary-types";

// ASCII punctuation that can start or end Markdown/GFM syntax anywhere in a
// line: emphasis, code, links, images, HTML, entities, tables, strikethrough,
// headings, footnotes, math and highlight extensions, e-mail autolinks.
const INLINE_SPECIAL = /[\\`*_{}[\]<>&|~#$^=@!]/g;

/**
 * One line of text made inert: every Markdown-significant character is
 * backslash-escaped (CommonMark renders `\x` as a literal x for any ASCII
 * punctuation), line-start constructs (lists, quotes, setext underlines) are
 * broken, and URL autolinks ("https://…", "www.…") are defused.
 */
function escapeLine(line: string): string {
  let out = line.trim().replace(INLINE_SPECIAL, "\\$&");
  out = out.replace(/:\/\//g, "\\:\\/\\/").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
  // Block starts: "- x", "+ x", "1. x", "1) x" (">" and "#" are escaped above).
  out = out.replace(/^([-+])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return out;
}

/**
 * Text as Markdown that renders as exactly that text. Line breaks become
 * hard breaks (a backslash at the end of the line); `indent` is prepended to
 * continuation lines so they stay inside a list item.
 */
export function escapeMarkdown(text: string, indent = ""): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map(escapeLine);
  // drop blank lines: a blank line would end the list item (or paragraph)
  return lines.filter((l) => l !== "").join(`\\\n${indent}`);
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return escapeLine(text.replace(/[\r\n]+/g, " "));
}

/** A GFM table; `numeric` columns are right-aligned. */
function table(head: string[], rows: (string | number)[][], numeric: number[] = head.map((_, i) => i).slice(1)): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map((_, i) => (numeric.includes(i) ? "---:" : "---")).join(" | ")} |`, ...rows.map((r) => `| ${r.map(String).join(" | ")} |`)];
}

function resultLines(prompt: SummaryPrompt): string[] {
  const a = prompt.aggregate as PromptAggregate;
  if (a.result === null) return [];
  switch (a.kind) {
    case "single_choice":
    case "multiple_choice": {
      const lines = table(
        ["Option", "Count", "%"],
        a.result!.options.map((o) => [cell(o.label), o.count, `${o.percent}%`]),
      );
      if (a.kind === "multiple_choice") lines.push("", `*${MULTIPLE_NOTE}*`);
      return lines;
    }
    case "scale": {
      const r = a.result!;
      return [
        `Mean **${formatNumber(r.mean)}** · Median **${formatNumber(r.median)}** · Scale 1 to ${r.distribution.length}`,
        "",
        ...table(
          ["Value", "Count", "%"],
          r.distribution.map((b) => [cell(scaleValueLabel(b.value, prompt)), b.count, `${b.percent}%`]),
        ),
      ];
    }
    case "word_cloud": {
      const r = a.result!;
      if (r.words.length === 0) return ["*No words to show.*"];
      const lines = table(
        ["Word", "People"],
        r.words.map((w) => [cell(w.word), w.count]),
      );
      const more = r.distinctWords - r.words.length;
      if (more > 0) lines.push("", `*…and ${plural(more, "more word", "more words")}.*`);
      return lines;
    }
    case "open_text": {
      const r = a.result!;
      if (r.entries.length === 0) return [`*No approved answers.* ${OPEN_TEXT_NOTE}`];
      return [`*${OPEN_TEXT_NOTE}*`, "", ...r.entries.map((e) => `- ${escapeMarkdown(e.text, "  ")}`)];
    }
    case "ranking": {
      const r = a.result!;
      return [
        ...table(
          ["Place", "Item", "Average position", "Points"],
          r.items.map((item, i) => [i + 1, cell(item.label), item.averagePosition === null ? "not placed" : formatNumber(item.averagePosition), item.points]),
          [0, 2, 3],
        ),
        "",
        `*Ordered by points: with ${r.items.length} items a first place earns ${r.items.length - 1}, a last place none.*`,
      ];
    }
  }
}

function stepSection(step: SummaryStep, threshold: number): string[] {
  const lines: string[] = [`### ${stepLabel(step.index)} · ${cell(step.title)}`, ""];
  const prompt = step.prompt;
  if (prompt) {
    lines.push(`**${cell(prompt.question)}**`, "", `${activityLabel(prompt)} · ${countsLine(prompt)}`, "");
    if (notAsked(prompt)) lines.push(`*${NOT_ASKED_TEXT}*`, "");
    else if (prompt.aggregate.suppressed) lines.push(`*${suppressedText(threshold)}*`, "");
    else {
      lines.push(...resultLines(prompt), "");
      const notShown = notShownText(prompt);
      if (notShown) lines.push(`*${notShown}*`, "");
    }
  }
  return lines;
}

function beforeAfterSection(ba: SummaryBeforeAfter): string[] {
  const m = ba.comparison.movement;
  const lines = [`### ${cell(ba.question)}`, "", cell(beforeAfterSubtitle(ba)), "", `- ${beforeAfterCountsText(ba)}`];
  if (m === null) lines.push("", `*${beforeAfterSuppressedText(ba)}*`, "");
  else lines.push(`- Of those who answered both times — moved up: **${m.movedUp}** · stayed: **${m.stayed}** · moved down: **${m.movedDown}**`, "");
  return lines;
}

export function formatSummaryMarkdown(summary: SessionSummary): string {
  const s = summary.session;
  const lines: string[] = [`# Session summary: ${cell(s.title)}`, ""];
  for (const [label, value] of headerFacts(summary)) lines.push(`- **${label}:** ${cell(value)}`);
  lines.push("");

  if (s.responsesDeletedAt) {
    lines.push(`> **${deletedText(s.responsesDeletedAt)}**`, "");
    return lines.join("\n");
  }
  if (summary.beforeAfter.length) {
    lines.push("## Before and after", "");
    for (const ba of summary.beforeAfter) lines.push(...beforeAfterSection(ba));
  }
  lines.push("## Steps", "");
  for (const step of promptSteps(summary)) lines.push(...stepSection(step, s.anonymityThreshold));
  const withPictures = pictureSteps(summary);
  if (withPictures.length) {
    lines.push("## Pictures", "", ...withPictures.map((step) => `- ${stepLabel(step.index)} · ${cell(step.title)}: ${escapeMarkdown(step.picture!, "  ")}`), "");
  }
  const withReactions = reactionSteps(summary);
  if (withReactions.length) {
    lines.push(
      "## Reactions",
      "",
      ...table(
        ["Step", ...REACTION_COLUMNS.map((c) => c.label)],
        withReactions.map((step) => [`${stepLabel(step.index)} · ${cell(step.title)}`, ...reactionEntries(step).map((r) => r.count)]),
      ),
      "",
    );
  }
  lines.push(
    "---",
    "",
    "*Made with Hearth. Participants are anonymous: no breakdown is shown for a prompt with fewer answers than the anonymity threshold, and open text appears only once approved.*",
    "",
  );
  return lines.join("\n");
}
