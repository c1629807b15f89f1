// The JSON export: the documented, versioned SessionSummary (docs/export-format.md).
import { describe, expect, it } from "vitest";
import { formatSummaryJson } from "../../lib/export";
import { fixtureSummary, TRICKY } from "./export-fixture";

describe("JSON export", () => {
  const summary = fixtureSummary();
  const json = formatSummaryJson(summary);

  it("matches the golden file", async () => {
    await expect(json).toMatchFileSnapshot("./golden/summary.json");
  });

  it("is the summary, format and version first", () => {
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed).slice(0, 2)).toEqual(["format", "version"]);
    expect(parsed).toMatchObject({ format: "hearth-summary", version: 2 });
    expect(parsed).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it("holds no participant or response ids, and no text that was not approved", () => {
    expect(json).not.toMatch(/"p[1-8]"|"r\d+"|participantId|responseId|token/i);
    expect(json).not.toContain(TRICKY.pending);
    expect(json).not.toContain(TRICKY.hidden);
    expect(json).not.toContain("shame"); // a hidden word-cloud answer
  });

  it("refuses something that is not a v2 summary", () => {
    expect(() => formatSummaryJson({ ...summary, version: 1 } as never)).toThrow(TypeError);
  });
});
