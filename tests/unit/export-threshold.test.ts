// The anonymity threshold and moderation hold in every export format: a
// prompt with fewer than k answers shows only its counts, and text that was
// not approved (or was hidden) appears nowhere. The summary's numbers are
// lib/aggregation's.
import { describe, expect, it } from "vitest";
import { aggregatePrompt, compareBeforeAfter } from "../../lib/aggregation";
import {
  buildRawResponses,
  buildSessionSummary,
  formatResponsesCsv,
  formatSummaryCsv,
  formatSummaryHtml,
  formatSummaryJson,
  formatSummaryMarkdown,
  type SessionSummary,
} from "../../lib/export";
import { csvRecords } from "./export-csv-parse";
import { deletedSummary, FIXTURE_NOW, fixtureInput, fixtureRaw, fixtureSummary, PARTICIPANT_NUMBERS, SUPPRESSED_LABELS, TRICKY } from "./export-fixture";

const FORMATS: [string, (s: SessionSummary) => string][] = [
  ["markdown", formatSummaryMarkdown],
  ["csv", formatSummaryCsv],
  ["json", formatSummaryJson],
  ["html", formatSummaryHtml],
];

describe("threshold and moderation in every format", () => {
  const summary = fixtureSummary();
  const raw = formatResponsesCsv(fixtureRaw());

  it.each(FORMATS)("%s: a prompt below k shows its counts and nothing else", (_name, format) => {
    const out = format(summary);
    for (const label of SUPPRESSED_LABELS) expect(out).not.toContain(label);
    expect(out).toMatch(/Which small step could you try this week\?/);
    if (_name === "json") {
      const step = JSON.parse(out).steps[6].prompt.aggregate;
      expect(step).toEqual({ promptId: "step", kind: "single_choice", answerCount: 2, passCount: 1, threshold: 3, suppressed: true, result: null });
    } else expect(out).toMatch(/2 answers|,2,1,counts_only/);
  });

  it("responses CSV: a prompt below k has no individual rows, only its counts", () => {
    for (const label of SUPPRESSED_LABELS) expect(raw).not.toContain(label);
    const rows = csvRecords(raw).filter((r) => r.step === "7");
    expect(rows).toEqual([expect.objectContaining({ participant: "", answer: "", note: expect.stringMatching(/^2 answers, 1 pass: fewer than 3/) })]);
  });

  it.each([...FORMATS, ["responses csv", () => raw] as [string, (s: SessionSummary) => string]])("%s: no pending or hidden text", (_name, format) => {
    const out = format(summary);
    expect(out).not.toContain(TRICKY.pending);
    expect(out).not.toContain(TRICKY.hidden);
    expect(out).not.toMatch(/\bshame\b/);
  });

  it("a before/after that fewer than k answered both times shows no shift, in every format", () => {
    const input = fixtureInput();
    input.responses = input.responses.filter((r) => !(r.promptId === "checkout" && ["p1", "p2", "p3"].includes(r.participantId)));
    const s = buildSessionSummary(input, FIXTURE_NOW);
    expect(s.beforeAfter[0]!.comparison).toMatchObject({ suppressed: true, movement: null, beforeCount: 5, afterCount: 2 });
    expect(formatSummaryMarkdown(s)).toContain("Fewer than 3 people answered both times (1)");
    for (const text of [formatSummaryMarkdown(s), formatSummaryHtml(s), formatSummaryJson(s)]) expect(text.toLowerCase()).not.toMatch(/moved ?up|movedup/);
    expect(
      csvRecords(formatSummaryCsv(s))
        .filter((r) => r.activity === "Before/after")
        .map((r) => r.row_type),
    ).toEqual(["before_answers", "after_answers", "answered_both", "movement_withheld"]);
  });

  it("each side with k answers is not enough: the shift needs k people who answered both times", () => {
    const input = fixtureInput();
    // the check-out is answered by enough people, but mostly not the ones who checked in
    const checkout = input.responses.filter((r) => r.promptId === "checkout" && !r.passed);
    const checkedIn = new Set(input.responses.filter((r) => r.promptId === "checkin" && !r.passed).map((r) => r.participantId));
    let kept = 0;
    input.responses = input.responses.filter((r) => {
      if (r.promptId !== "checkout" || r.passed || !checkedIn.has(r.participantId)) return true;
      return kept++ < 2;
    });
    input.responses.push(...checkout.slice(0, 3).map((r, i) => ({ ...r, id: `late${i}`, participantId: `late${i}` })));
    const s = buildSessionSummary(input, FIXTURE_NOW);
    const c = s.beforeAfter[0]!.comparison;
    expect(c.pairedCount).toBe(2);
    expect(c.afterCount).toBeGreaterThanOrEqual(3);
    expect(c).toMatchObject({ suppressed: true, movement: null });
    expect(formatSummaryMarkdown(s)).toContain("Fewer than 3 people answered both times (2)");
  });

  it("a higher k suppresses more, in the summary and the raw rows alike", () => {
    const input = fixtureInput();
    input.session.anonymityThreshold = 5;
    const s = buildSessionSummary(input, FIXTURE_NOW);
    const suppressed = s.steps.filter((x) => x.prompt?.aggregate.suppressed).map((x) => x.prompt!.id);
    expect(suppressed).toEqual(["barriers", "rank", "step", "spare"]);
    const rawPrompts = buildRawResponses(input, s, PARTICIPANT_NUMBERS).prompts;
    for (const p of rawPrompts) if (p.suppressed) expect(p.rows).toEqual([]);
    expect(formatSummaryMarkdown(s)).not.toContain("Fear of judgement");
  });
});

describe("the summary's numbers", () => {
  it("are lib/aggregation's, without response ids", () => {
    const input = fixtureInput();
    const summary = buildSessionSummary(input, FIXTURE_NOW);
    for (const step of summary.steps) {
      if (!step.prompt) continue;
      const p = input.steps.find((s) => s.prompt?.id === step.prompt!.id)!.prompt!;
      const expected = aggregatePrompt(
        { id: p.id, kind: p.kind, config: p.config } as never,
        input.responses.filter((r) => r.promptId === p.id).map((r) => ({ ...r, value: r.passed ? null : r.value })) as never,
        3,
      );
      const stripped = expected.kind === "open_text" && expected.result ? { ...expected, result: { entries: expected.result.entries.map((e) => ({ text: e.text })) } } : expected;
      expect(step.prompt.aggregate).toEqual(stripped);
    }
    const answers = (id: string) =>
      input.responses.filter((r) => r.promptId === id && !r.passed).map((r) => ({ participantId: r.participantId, value: (r.value as { value: number }).value }));
    expect(summary.beforeAfter[0]!.comparison).toEqual(compareBeforeAfter(answers("checkin"), answers("checkout"), 3, { max: 5 }));
    expect(summary.beforeAfter[0]!.comparison.movement).toEqual({ movedUp: 3, stayed: 1, movedDown: 0 });
  });

  it("give the session's header facts", () => {
    expect(fixtureSummary().session).toMatchObject({ durationMs: 72.5 * 60_000, participantCount: 8, anonymityThreshold: 3, pauseRequests: 1, responsesDeletedAt: null });
    const running = fixtureInput();
    running.session.status = "running";
    running.session.endedAt = null;
    expect(buildSessionSummary(running, FIXTURE_NOW).session.durationMs).toBe(85 * 60_000);
  });
});

describe("after the responses were deleted", () => {
  const summary = deletedSummary();
  it.each(FORMATS)("%s says so", (_name, format) => {
    expect(format(summary)).toMatch(/deleted on 2026-11-29 09:00 UTC|"responsesDeletedAt": "2026-11-29T09:00:00.000Z"/);
  });
  it("responses CSV says so and has no rows", () => {
    const input = fixtureInput();
    input.session.responsesDeletedAt = new Date("2026-11-29T09:00:00Z");
    input.responses = [];
    const records = csvRecords(formatResponsesCsv(buildRawResponses(input, buildSessionSummary(input, FIXTURE_NOW), PARTICIPANT_NUMBERS)));
    expect(records).toHaveLength(1);
    expect(records[0]!.note).toMatch(/deleted on 2026-11-29 09:00 UTC/);
  });
});
