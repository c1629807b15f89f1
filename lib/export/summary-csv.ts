// Two CSV exports for spreadsheets:
//   - the aggregate CSV: one row per (prompt, aggregate line) — option, scale
//     value, word, approved text, ranked item — plus reactions and the
//     before/after movement;
//   - the anonymised raw responses: one row per (prompt, participant), the
//     participant given only as their random per-session number.
//
// RFC 4180: fields are separated by commas, rows end in CRLF, a field holding
// a comma, a quote, CR or LF is quoted and its quotes doubled. The file starts
// with a UTF-8 byte-order mark so spreadsheet programs read it as UTF-8.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a
// tab / CR / LF before one) as a formula. Every text cell that starts that way,
// even after leading spaces, gets a leading apostrophe, which spreadsheets
// show as text. Numbers Hearth computed itself (counts, means, a negative mean
// change) are written as numbers and left alone.
import { ENGLISH_EXPORT, type ExportMessages, type ExportTranslator } from "./export-text";
import {
  activityLabel,
  beforeAfterSuppressedText,
  deletedText,
  headerFacts,
  notAsked,
  notShownText,
  reactionEntries,
  reportSteps,
  scaleValueLabel,
  suppressedText,
} from "./format";
import type { RawResponses, SessionSummary, SummaryBeforeAfter, SummaryStep } from "./summary-types";

export type CsvValue = string | number | boolean | null | undefined;

const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r\n]/;

/** A text cell made safe for spreadsheets: formula starts neutralised. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers as they are, text neutralised and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",");
}

function csvDocument(header: readonly string[], rows: readonly CsvValue[][]): string {
  return BOM + [csvRow(header), ...rows.map(csvRow)].join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------------------
// Aggregate CSV

export const AGGREGATE_CSV_COLUMNS = [
  "step",
  "step_title",
  "question",
  "activity",
  "answers",
  "passes",
  "row_type",
  "item",
  "count",
  "percent",
  "average_position",
  "points",
  "value",
  "note",
] as const;

type AggregateRow = Partial<Record<(typeof AGGREGATE_CSV_COLUMNS)[number], CsvValue>>;

/** The header row in the session's language; the row_type and moderation values stay codes, the same in every language, for scripts. */
function columnNames(columns: readonly (keyof ExportMessages["csv"]["columns"])[], t: ExportTranslator): string[] {
  return columns.map((c) => t(`csv.columns.${c}`));
}

function stepRows(step: SummaryStep, threshold: number, t: ExportTranslator): AggregateRow[] {
  const rows: AggregateRow[] = [];
  const base = { step: step.index + 1, step_title: step.title };
  const prompt = step.prompt;
  if (prompt) {
    const a = prompt.aggregate;
    const p = { ...base, question: prompt.question, activity: activityLabel(prompt, t), answers: a.answerCount, passes: a.passCount };
    if (notAsked(prompt)) rows.push({ ...p, row_type: "not_asked", note: t("notAsked") });
    else if (a.result === null) rows.push({ ...p, row_type: "counts_only", note: suppressedText(threshold, t) });
    else {
      switch (a.kind) {
        case "single_choice":
        case "multiple_choice":
          for (const o of a.result!.options) rows.push({ ...p, row_type: "option", item: o.label, count: o.count, percent: o.percent });
          break;
        case "scale": {
          const r = a.result!;
          for (const b of r.distribution) rows.push({ ...p, row_type: "scale_value", item: scaleValueLabel(b.value, prompt), count: b.count, percent: b.percent });
          rows.push({ ...p, row_type: "mean", value: r.mean }, { ...p, row_type: "median", value: r.median });
          break;
        }
        case "word_cloud": {
          const r = a.result!;
          for (const w of r.words) rows.push({ ...p, row_type: "word", item: w.word, count: w.count });
          const more = r.distinctWords - r.words.length;
          if (more > 0) rows.push({ ...p, row_type: "more_words", count: more, note: t("csv.moreWords") });
          break;
        }
        case "open_text": {
          const entries = a.result!.entries;
          for (const e of entries) rows.push({ ...p, row_type: "text", item: e.text });
          if (entries.length === 0) rows.push({ ...p, row_type: "note", note: t("noApproved") });
          break;
        }
        case "ranking":
          for (const [i, item] of a.result!.items.entries()) {
            rows.push({ ...p, row_type: "ranked_item", item: item.label, average_position: item.averagePosition, points: item.points, value: i + 1 });
          }
          break;
      }
      const notShown = notShownText(prompt, t);
      if (notShown) rows.push({ ...p, row_type: "not_shown", count: a.notShownCount ?? null, note: notShown });
    }
  }
  for (const r of reactionEntries(step, t)) rows.push({ ...base, activity: t("activity.reactions"), row_type: "reaction", item: r.label, count: r.count });
  return rows;
}

function beforeAfterRows(ba: SummaryBeforeAfter, t: ExportTranslator): AggregateRow[] {
  const c = ba.comparison;
  const p = { step: ba.after.stepIndex + 1, step_title: ba.after.stepTitle, question: ba.question, activity: t("activity.beforeAfter") };
  const rows: AggregateRow[] = [
    { ...p, row_type: "before_answers", count: c.beforeCount, note: t("csv.stepNumber", { number: ba.before.stepIndex + 1 }) },
    { ...p, row_type: "after_answers", count: c.afterCount, note: t("csv.stepNumber", { number: ba.after.stepIndex + 1 }) },
    { ...p, row_type: "answered_both", count: c.pairedCount },
  ];
  const m = c.movement;
  if (m === null) rows.push({ ...p, row_type: "movement_withheld", note: beforeAfterSuppressedText(ba, t) });
  else rows.push({ ...p, row_type: "moved_up", count: m.movedUp }, { ...p, row_type: "stayed", count: m.stayed }, { ...p, row_type: "moved_down", count: m.movedDown });
  return rows;
}

/** The aggregate CSV in the session's language: `t` from exportTranslator (English when left out). */
export function formatSummaryCsv(summary: SessionSummary, t: ExportTranslator = ENGLISH_EXPORT): string {
  const s = summary.session;
  const rows: AggregateRow[] = [
    { row_type: "session", item: t("facts.title"), note: s.title },
    ...headerFacts(summary, t).map(([label, value]): AggregateRow => ({ row_type: "session", item: label, note: value })),
  ];
  if (s.responsesDeletedAt) rows.push({ row_type: "deleted", note: deletedText(s.responsesDeletedAt, t) });
  else {
    for (const step of reportSteps(summary)) rows.push(...stepRows(step, s.anonymityThreshold, t));
    for (const ba of summary.beforeAfter) rows.push(...beforeAfterRows(ba, t));
  }
  return csvDocument(
    columnNames(AGGREGATE_CSV_COLUMNS, t),
    rows.map((r) => AGGREGATE_CSV_COLUMNS.map((c) => r[c])),
  );
}

// ---------------------------------------------------------------------------
// Raw responses CSV

export const RESPONSES_CSV_COLUMNS = ["participant", "step", "question", "activity", "passed", "answer", "moderation", "note"] as const;

/** The anonymised responses in the session's language: `t` from exportTranslator (English when left out). */
export function formatResponsesCsv(raw: RawResponses, t: ExportTranslator = ENGLISH_EXPORT): string {
  const lines: string[] = [csvRow(columnNames(RESPONSES_CSV_COLUMNS, t))];
  const [yes, no] = [t("csv.yes"), t("csv.no")];
  if (raw.responsesDeletedAt) lines.push(csvRow([null, null, null, null, null, null, null, deletedText(raw.responsesDeletedAt, t)]));
  else {
    for (const p of raw.prompts) {
      const activity = activityLabel(p, t);
      if (p.suppressed) {
        if (p.answerCount + p.passCount === 0) continue;
        const note = t("csv.suppressedRows", { answers: t("answers", { count: p.answerCount }), passes: t("passes", { count: p.passCount }), threshold: raw.anonymityThreshold });
        lines.push(csvRow([null, p.stepIndex + 1, p.question, activity, null, null, null, note]));
        continue;
      }
      // the same three cells on every row of a prompt: quoted once (100,000 rows for a large session)
      const shared = csvRow([p.stepIndex + 1, p.question, activity]);
      for (const r of p.rows) lines.push(`${r.participant},${shared},${r.passed ? yes : no},${csvCell(r.answer)},${r.moderation ?? ""},${csvCell(r.note)}`);
    }
  }
  return BOM + lines.join("\r\n") + "\r\n";
}
