// The exports in a German session: headers, labels, notes and plurals come
// from messages/de/export.json (loaded the way the export route loads them),
// participants' words stay as they were, and the file name stays ASCII.
import { describe, expect, it } from "vitest";
import { exportFileName, formatResponsesCsv, formatSummaryCsv, formatSummaryHtml, formatSummaryMarkdown } from "../../lib/export";
import { exportTranslator } from "../../lib/export/export-text";
import { loadMessages } from "../../server/i18n/load-messages";
import { parseCsv } from "./export-csv-parse";
import { deletedSummary, fixtureRaw, fixtureSummary } from "./export-fixture";

const t = exportTranslator("de", (await loadMessages("de", ["export"])).export);

describe("German exports", () => {
  it("Markdown: headings, facts, counts with German plurals, footer", () => {
    const md = formatSummaryMarkdown(fixtureSummary(), t);
    expect(md).toMatch(/^# Zusammenfassung der Sitzung: /);
    for (const text of ["**Vorlage:**", "**Anonymitätsschwelle:**", "## Schritte", "### Schritt 2 ·", "Erstellt mit Hearth."]) expect(md).toContain(text);
    expect(md).toMatch(/\d+ Antworten · \d+ ausgelassen/);
    expect(md).not.toMatch(/Session summary|## Steps|\d+ answers|Made with Hearth/);
  });

  it("plurals follow German: 1 Antwort, 2 Antworten", () => {
    expect(t("answers", { count: 1 })).toBe("1 Antwort");
    expect(t("answers", { count: 2 })).toBe("2 Antworten");
    expect(t("moreWords", { count: 1 })).toBe("…und 1 weiteres Wort.");
    expect(t("moreWords", { count: 4 })).toBe("…und 4 weitere Wörter.");
  });

  it("CSV: German column headers, yes/no as ja/nein, row types stay codes", () => {
    const [header, ...rows] = parseCsv(formatSummaryCsv(fixtureSummary(), t).replace(/^\uFEFF/, ""));
    expect(header).toEqual(expect.arrayContaining(["schritt", "schritt_titel", "frage", "aktivitaet", "antworten", "anzahl", "hinweis", "row_type"]));
    expect(header).not.toContain("step_title");
    expect(rows.some((r) => r.includes("session") && r.includes("Vorlage"))).toBe(true);
    const [rawHeader, ...raw] = parseCsv(formatResponsesCsv(fixtureRaw(), t).replace(/^\uFEFF/, ""));
    expect(rawHeader).toEqual(["teilnehmende_nr", "schritt", "frage", "aktivitaet", "ausgelassen", "antwort", "moderation", "hinweis"]);
    const passed = raw.map((r) => r[4]).filter(Boolean);
    expect(passed.length).toBeGreaterThan(0);
    expect(new Set(passed)).toEqual(new Set(["ja", "nein"]));
  });

  it("HTML: lang=de, German headings and title", () => {
    const html = formatSummaryHtml(fixtureSummary(), t, "de");
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<title>Zusammenfassung der Sitzung: /);
    expect(html).toContain('<h2 id="steps">Schritte</h2>');
    expect(html).not.toContain(">Steps<");
    // the scale's figures: German labels (they were English in the HTML) and decimal commas
    expect(html).toContain("<dt>Mittelwert</dt>");
    expect(html).toContain("<dt>Median</dt>");
    expect(html).toMatch(/<dd>1 bis \d+<\/dd>/);
    expect(html).not.toMatch(/<dt>Mean<\/dt>|<dd>1 to \d/);
  });

  it("decimals in the Markdown and HTML reports are German (3,67); the CSV keeps plain numbers for spreadsheets", () => {
    const summary = fixtureSummary();
    const scale = summary.steps.find((s) => s.prompt?.kind === "scale" && s.prompt.aggregate.result)?.prompt;
    expect(scale, "the fixture has a scale with results").toBeDefined();
    const result = scale!.aggregate.result as { mean: number | null };
    result.mean = 3.67;
    expect(formatSummaryMarkdown(summary, t)).toContain("Mittelwert **3,67**");
    expect(formatSummaryHtml(summary, t, "de")).toContain("<dd>3,67</dd>");
    const csv = formatSummaryCsv(summary, t);
    expect(csv).toContain("3.67");
    expect(csv).not.toContain("3,67");
    expect(t("decimal", { value: 3 })).toBe("3");
    expect(t("decimal", { value: 2.5 })).toBe("2,5");
  });

  it("a deleted session says so in German", () => {
    expect(formatSummaryMarkdown(deletedSummary(), t)).toContain("Die Antworten dieser Sitzung wurden am ");
  });

  it("the file name stays ASCII-safe whatever the language", () => {
    const summary = fixtureSummary();
    summary.session.title = "Übergänge & Trauer — größere Schritte";
    const name = exportFileName(summary, ".md");
    expect(name).toMatch(/^hearth-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.md$/);
  });
});
