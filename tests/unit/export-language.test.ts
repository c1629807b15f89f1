// The summary and the raw-answers export count word-cloud words in the
// session's language, as the live cloud did (lib/words.ts: plurals are folded
// in English only).
import { describe, expect, it } from "vitest";
import { buildRawResponses, buildSessionSummary, type SessionSummary } from "../../lib/export";
import { FIXTURE_NOW, fixtureInput, PARTICIPANT_NUMBERS } from "./export-fixture";

function cloudWords(summary: SessionSummary): string[] {
  const prompt = summary.steps.find((s) => s.prompt?.id === "cloud")?.prompt;
  const result = prompt?.aggregate.result as { words: { word: string }[] } | null;
  return result?.words.map((w) => w.word) ?? [];
}

describe("exports in the session's language", () => {
  it("fold plurals in an English session only", () => {
    const english = buildSessionSummary(fixtureInput(), FIXTURE_NOW);
    expect(cloudWords(english)).toContain("hope");

    const input = fixtureInput();
    input.session.language = "de";
    const german = buildSessionSummary(input, FIXTURE_NOW);
    expect(cloudWords(german)).toContain("hopes");
    expect(cloudWords(german)).not.toContain("hope");

    const raw = buildRawResponses(input, german, PARTICIPANT_NUMBERS);
    const answers = raw.prompts.find((p) => p.kind === "word_cloud")?.rows.map((r) => r.answer);
    expect(answers).toContain("hopes");
  });
});
