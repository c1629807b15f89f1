// Exports name a step's picture by its description (alt text): the summary's
// Markdown and HTML list the pictures, the JSON carries the description, and a
// session without pictures exports exactly as before (no empty section).
import { describe, expect, it } from "vitest";
import { buildSessionSummary, formatSummaryHtml, formatSummaryJson, formatSummaryMarkdown } from "../../lib/export";
import { FIXTURE_NOW, fixtureInput } from "./export-fixture";

const ALT = "Two people on a bench at dusk <talking> & *laughing*";

function withPicture() {
  const input = fixtureInput();
  input.steps[0]!.imageAlt = ALT;
  return buildSessionSummary(input, FIXTURE_NOW);
}

describe("exports and pictures", () => {
  it("lists each picture by its description, escaped for the format", () => {
    const summary = withPicture();
    const title = summary.steps[0]!.title;
    expect(summary.steps[0]!.picture).toBe(ALT);
    const markdown = formatSummaryMarkdown(summary);
    expect(markdown).toContain("## Pictures");
    expect(markdown).toContain(`- Step 1 · ${title}: Two people on a bench at dusk \\<talking\\> \\& \\*laughing\\*`);
    const html = formatSummaryHtml(summary);
    expect(html).toContain(`<h2 id="pictures">Pictures</h2>`);
    expect(html).toContain("Two people on a bench at dusk &lt;talking&gt; &amp; *laughing*");
    expect(JSON.parse(formatSummaryJson(summary)).steps[0].picture).toBe(ALT);
  });

  it("adds nothing when no step had a picture", () => {
    const summary = buildSessionSummary(fixtureInput(), FIXTURE_NOW);
    expect(formatSummaryMarkdown(summary)).not.toContain("## Pictures");
    expect(formatSummaryHtml(summary)).not.toContain("Pictures");
    expect(JSON.parse(formatSummaryJson(summary)).steps.every((s: object) => !("picture" in s))).toBe(true);
  });
});
