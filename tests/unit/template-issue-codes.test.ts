// Every problem the editor can meet has a stable code and its numbers beside
// the English message (lib/template-schema/issue-codes.ts), so the editor can
// say it in the facilitator's language; without `codes` the errors stay as
// they were ({ path, message }).
import { describe, expect, it } from "vitest";
import { askingForHelpTemplate } from "../../content/asking-for-help";
import { parseTemplateContent, TEMPLATE_LIMITS, type TemplateError } from "../../lib/template-schema";

const base = () => structuredClone(askingForHelpTemplate) as unknown as Record<string, any>;
function problems(content: unknown): TemplateError[] {
  const parsed = parseTemplateContent(content, { codes: true });
  if (parsed.ok) throw new Error("expected problems");
  return parsed.errors;
}
const at = (errors: TemplateError[], path: string) => errors.find((e) => e.path === path);

describe("template issue codes", () => {
  it("names zod's own checks by kind, with the bound", () => {
    const t = base();
    t.title = "";
    t.description = "x".repeat(TEMPLATE_LIMITS.description + 1);
    delete t.steps[0].title;
    t.steps[1].prompt.config.max = 99;
    t.steps[2].key = "Not A Slug";
    const errors = problems(t);
    expect(at(errors, "title")).toMatchObject({ code: "empty", message: "must not be empty" });
    expect(at(errors, "description")).toMatchObject({ code: "tooLong", params: { max: TEMPLATE_LIMITS.description } });
    expect(at(errors, "steps[0].title")).toMatchObject({ code: "required" });
    expect(at(errors, "steps[1].prompt.config.max")).toMatchObject({ code: "tooLarge", params: { max: 10 } });
    expect(at(errors, "steps[2].key")).toMatchObject({ code: "keyFormat" });
  });

  it("names the checks across steps and the custom ones by their own code", () => {
    const t = base();
    t.steps[3].key = t.steps[0].key;
    t.resources.items[0].url = "javascript:alert(1)";
    t.safetyNetPhrases = ["!!"];
    const errors = problems(t);
    expect(at(errors, "steps[3].key")).toMatchObject({ code: "duplicateStepKey", params: { key: t.steps[0].key, stepIndex: 0 } });
    expect(at(errors, "resources.items[0].url")).toMatchObject({ code: "unsafeLink" });
    expect(at(errors, "safetyNetPhrases")).toMatchObject({ code: "phraseTooFewLetters", params: { phrase: "!!", min: 3 } });
  });

  it("leaves the codes out unless asked", () => {
    const t = base();
    t.title = "";
    const parsed = parseTemplateContent(t);
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ path: "title", message: "must not be empty" }]);
  });
});
