// The CSV exports: golden files, RFC 4180 quoting, formula-injection
// neutralising, and every number as the aggregation computed it.
import { describe, expect, it } from "vitest";
import { csvCell, formatResponsesCsv, formatSummaryCsv, neutraliseFormula } from "../../lib/export";
import { csvRecords, parseCsv } from "./export-csv-parse";
import { fixtureRaw, fixtureSummary, PARTICIPANT_NUMBERS, TRICKY } from "./export-fixture";

describe("csvCell", () => {
  it("quotes commas, quotes, CR and LF, and doubles quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line 1\nline 2")).toBe('"line 1\nline 2"');
    expect(csvCell("line 1\r\nline 2")).toBe('"line 1\r\nline 2"');
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("yes");
  });

  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@"])
      expect(csvCell(`${start}cmd|' /C calc'!A0`).startsWith(`'${start}`) || csvCell(`${start}cmd|' /C calc'!A0`).startsWith(`"'${start}`)).toBe(true);
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell("\rfoo")).toBe(`"'\rfoo"`);
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // only the start of a cell matters
    expect(neutraliseFormula("a = b + c")).toBe("a = b + c");
    expect(neutraliseFormula("me@example.org")).toBe("me@example.org");
  });

  it("leaves numbers Hearth computed as numbers, negative ones included", () => {
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("aggregate CSV", () => {
  const csv = formatSummaryCsv(fixtureSummary());

  it("matches the golden file", async () => {
    await expect(csv).toMatchFileSnapshot("./golden/summary.csv");
  });

  it("is RFC 4180: BOM, CRLF rows, every row as wide as the header", () => {
    expect(csv.startsWith("\uFEFFstep,step_title,question,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it("round-trips labels and text with commas, quotes and newlines", () => {
    const records = csvRecords(csv);
    const items = records.map((r) => r.item);
    expect(items).toContain('Pride, or "I should cope"');
    expect(items).toContain("Not wanting to be a burden, honestly");
    expect(items).toContain(TRICKY.commaNewline);
    expect(records.find((r) => r.item === "Title")?.note).toBe('Tuesday group: "Asking for help", week 3 <b>');
  });

  it("neutralises every formula start, in labels and in participants' text", () => {
    const records = csvRecords(csv);
    for (const record of records)
      for (const [column, value] of Object.entries(record)) {
        if (["count", "percent", "average_position", "points", "value", "answers", "passes", "step"].includes(column)) continue;
        expect(value, `${column}: ${value}`).not.toMatch(/^\s*[=+\-@]|^[\t\r]/);
      }
    const items = records.map((r) => r.item);
    expect(items).toContain(`'${TRICKY.formulaLabel}`);
    expect(items).toContain(`'${TRICKY.injection}`);
    expect(items).toContain(`'${TRICKY.markdown}`);
    expect(items).toContain("'=sum(a1"); // a word-cloud word
  });

  it("carries the aggregation's numbers", () => {
    const records = csvRecords(csv);
    const fear = records.find((r) => r.item === "Fear of judgement")!;
    expect(fear).toMatchObject({ step: "3", activity: "Multiple choice", answers: "4", passes: "1", row_type: "option", count: "3", percent: "75" });
    const mean = records.filter((r) => r.row_type === "mean").map((r) => r.value);
    expect(mean).toEqual(["2.4", "3.4"]);
    const movement = Object.fromEntries(records.filter((r) => r.activity === "Before/after").map((r) => [r.row_type, r.count || r.value]));
    // the shift only as counts (issue 15): no means or average change among its rows
    expect(movement).toEqual({ before_answers: "5", after_answers: "5", answered_both: "4", moved_up: "3", stayed: "1", moved_down: "0" });
    const ranked = records.filter((r) => r.row_type === "ranked_item").map((r) => [r.item, r.average_position, r.points]);
    expect(ranked).toEqual([
      ["Connection", "1.33", "5"],
      ["Wellbeing", "2", "3"],
      ["Solving problems", "2.67", "1"],
    ]);
    const reactions = records.filter((r) => r.row_type === "reaction" && r.step === "1").map((r) => r.count);
    expect(reactions).toEqual(["2", "1", "0"]);
  });
});

describe("anonymised responses CSV", () => {
  const csv = formatResponsesCsv(fixtureRaw());

  it("matches the golden file", async () => {
    await expect(csv).toMatchFileSnapshot("./golden/responses.csv");
  });

  it("names participants only by their random per-session number", () => {
    const records = csvRecords(csv);
    const numbers = new Set([...PARTICIPANT_NUMBERS.values()].map(String));
    for (const r of records) if (r.participant !== "") expect(numbers.has(r.participant)).toBe(true);
    expect(csv).not.toMatch(/\bp[1-8]\b/); // the fixture's participant ids
    expect(csv).not.toMatch(/\br\d+\b/); // response ids
  });

  it("quotes and neutralises participants' text", () => {
    const records = csvRecords(csv);
    const answers = records.map((r) => r.answer);
    expect(answers).toContain(TRICKY.commaNewline);
    expect(answers).toContain(`'${TRICKY.injection}`);
    expect(answers).toContain("'=sum(a1");
    for (const a of answers) expect(a).not.toMatch(/^\s*[=+\-@]/);
  });

  it("gives one row per participant and prompt, passes marked", () => {
    const records = csvRecords(csv);
    const checkIn = records.filter((r) => r.step === "2");
    expect(checkIn).toHaveLength(6);
    expect(checkIn.filter((r) => r.passed === "yes")).toHaveLength(1);
    expect(checkIn.find((r) => r.participant === "402817")?.answer).toBe("2");
    const ranking = records.find((r) => r.step === "5" && r.participant === "18");
    expect(ranking?.answer).toBe("Connection > Solving problems > Wellbeing");
  });
});
