// The summary as a Markdown report a facilitator can paste into notes.
//
// Every piece of text — participants' words above all, but also titles,
// questions and option labels — goes through `escapeMarkdown`, so nothing
// typed on a phone can become a heading, a link, an image, a table, HTML or
// an autolink in whatever Markdown renderer the report ends up in.
import type { PromptAggregate } from "../aggregation";
import { ENGLISH_EXPORT, type ExportTranslator } from "./export-text";
import {
  activityLabel,
  beforeAfterCountsText,
  beforeAfterSubtitle,
  beforeAfterSuppressedText,
  countsLine,
  deletedText,
  formatNumber,
  headerFacts,
  notAsked,
  notShownText,
  pictureSteps,
  promptSteps,
  reactionColumns,
  reactionEntries,
  reactionSteps,
  scaleValueLabel,
  stepLabel,
  suppressedText,
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

function resultLines(prompt: SummaryPrompt, t: ExportTranslator): string[] {
  const a = prompt.aggregate as PromptAggregate;
  if (a.result === null) return [];
  switch (a.kind) {
    case "single_choice":
    case "multiple_choice": {
      const lines = table(
        [t("table.option"), t("table.count"), "%"],
        a.result!.options.map((o) => [cell(o.label), o.count, `${o.percent}%`]),
      );
      if (a.kind === "multiple_choice") lines.push("", `*${t("multipleNote")}*`);
      return lines;
    }
    case "scale": {
      const r = a.result!;
      return [
        `${t("mean")} **${formatNumber(r.mean, t)}** · ${t("median")} **${formatNumber(r.median, t)}** · ${t("scale")} ${t("scaleRange", { max: r.distribution.length })}`,
        "",
        ...table(
          [t("table.value"), t("table.count"), "%"],
          r.distribution.map((b) => [cell(scaleValueLabel(b.value, prompt)), b.count, `${b.percent}%`]),
        ),
      ];
    }
    case "word_cloud": {
      const r = a.result!;
      if (r.words.length === 0) return [`*${t("noWords")}*`];
      const lines = table(
        [t("table.word"), t("table.people")],
        r.words.map((w) => [cell(w.word), w.count]),
      );
      const more = r.distinctWords - r.words.length;
      if (more > 0) lines.push("", `*${t("moreWords", { count: more })}*`);
      return lines;
    }
    case "open_text": {
      const r = a.result!;
      if (r.entries.length === 0) return [`*${t("noApproved")}* ${t("openTextNote")}`];
      return [`*${t("openTextNote")}*`, "", ...r.entries.map((e) => `- ${escapeMarkdown(e.text, "  ")}`)];
    }
    case "ranking": {
      const r = a.result!;
      return [
        ...table(
          [t("table.place"), t("table.item"), t("table.averagePosition"), t("table.points")],
          r.items.map((item, i) => [i + 1, cell(item.label), item.averagePosition === null ? t("notPlaced") : formatNumber(item.averagePosition, t), item.points]),
          [0, 2, 3],
        ),
        "",
        `*${t("rankingNote", { items: r.items.length, first: r.items.length - 1 })}*`,
      ];
    }
  }
}

function stepSection(step: SummaryStep, threshold: number, t: ExportTranslator): string[] {
  const lines: string[] = [`### ${stepLabel(step.index, t)} · ${cell(step.title)}`, ""];
  const prompt = step.prompt;
  if (prompt) {
    lines.push(`**${cell(prompt.question)}**`, "", `${activityLabel(prompt, t)} · ${countsLine(prompt, t)}`, "");
    if (notAsked(prompt)) lines.push(`*${t("notAsked")}*`, "");
    else if (prompt.aggregate.suppressed) lines.push(`*${suppressedText(threshold, t)}*`, "");
    else {
      lines.push(...resultLines(prompt, t), "");
      const notShown = notShownText(prompt, t);
      if (notShown) lines.push(`*${notShown}*`, "");
    }
  }
  return lines;
}

function beforeAfterSection(ba: SummaryBeforeAfter, t: ExportTranslator): string[] {
  const m = ba.comparison.movement;
  const lines = [`### ${cell(ba.question)}`, "", cell(beforeAfterSubtitle(ba, t)), "", `- ${beforeAfterCountsText(ba, t)}`];
  if (m === null) lines.push("", `*${beforeAfterSuppressedText(ba, t)}*`, "");
  else lines.push(`- ${t("beforeAfter.ofBoth", { up: `**${m.movedUp}**`, stayed: `**${m.stayed}**`, down: `**${m.movedDown}**` })}`, "");
  return lines;
}

/** The report in the session's language: `t` from exportTranslator (English when left out). */
export function formatSummaryMarkdown(summary: SessionSummary, t: ExportTranslator = ENGLISH_EXPORT): string {
  const s = summary.session;
  const lines: string[] = [`# ${t("heading.summary", { title: cell(s.title) })}`, ""];
  for (const [label, value] of headerFacts(summary, t)) lines.push(`- **${label}:** ${cell(value)}`);
  lines.push("");

  if (s.responsesDeletedAt) {
    lines.push(`> **${deletedText(s.responsesDeletedAt, t)}**`, "");
    return lines.join("\n");
  }
  if (summary.beforeAfter.length) {
    lines.push(`## ${t("heading.beforeAfter")}`, "");
    for (const ba of summary.beforeAfter) lines.push(...beforeAfterSection(ba, t));
  }
  lines.push(`## ${t("heading.steps")}`, "");
  for (const step of promptSteps(summary)) lines.push(...stepSection(step, s.anonymityThreshold, t));
  const withPictures = pictureSteps(summary);
  if (withPictures.length) {
    lines.push(`## ${t("heading.pictures")}`, "", ...withPictures.map((step) => `- ${stepLabel(step.index, t)} · ${cell(step.title)}: ${escapeMarkdown(step.picture!, "  ")}`), "");
  }
  const withReactions = reactionSteps(summary);
  if (withReactions.length) {
    lines.push(
      `## ${t("heading.reactions")}`,
      "",
      ...table(
        [t("table.step"), ...reactionColumns(t).map((c) => c.label)],
        withReactions.map((step) => [`${stepLabel(step.index, t)} · ${cell(step.title)}`, ...reactionEntries(step, t).map((r) => r.count)]),
      ),
      "",
    );
  }
  lines.push("---", "", `*${t("footer")}*`, "");
  return lines.join("\n");
}
