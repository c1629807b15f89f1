// The editor's working copy: a template survives the trip into the editor and
// back unchanged, repeats take their original's settings, and the server's
// error paths land on the right field even after steps are reordered.
import { describe, expect, it } from "vitest";
import { askingForHelpTemplate } from "../../content/asking-for-help";
import { contentToDraft, draftToContent, fieldIdFor, newStep, parsePath, repeatCandidates, uniqueKey } from "../../lib/client/template-draft";
import { parseTemplateContent } from "../../lib/template-schema";

describe("template draft", () => {
  it("round-trips the built-in template unchanged", () => {
    const back = parseTemplateContent(draftToContent(contentToDraft(askingForHelpTemplate)));
    expect(back).toEqual(parseTemplateContent(askingForHelpTemplate));
    expect(back.ok).toBe(true);
  });

  it("keeps a repeat's settings identical to its original", () => {
    const draft = contentToDraft(askingForHelpTemplate);
    const checkIn = draft.steps.find((s) => s.prompt?.key === "check-in-comfort")!;
    checkIn.prompt!.scaleMax = 7;
    checkIn.prompt!.maxLabel = "Completely";
    const content = draftToContent(draft) as any;
    const repeat = content.steps.find((s: any) => s.prompt?.repeatOf === "check-in-comfort");
    expect(repeat.prompt.config).toEqual({ max: 7, minLabel: "Not at all", maxLabel: "Completely" });
    expect(parseTemplateContent(content).ok).toBe(true);
  });

  it("offers earlier prompts of the same kind as repeat targets", () => {
    const draft = contentToDraft(askingForHelpTemplate);
    const last = draft.steps.findLastIndex((s) => s.prompt?.kind === "scale");
    expect(repeatCandidates(draft.steps, last).map((c) => c.key)).toEqual(["check-in-comfort"]);
    const first = draft.steps.findIndex((s) => s.prompt?.kind === "scale");
    expect(repeatCandidates(draft.steps, first)).toEqual([]);
  });

  it("maps error paths to the fields' stable ids", () => {
    const draft = contentToDraft(askingForHelpTemplate);
    const i = draft.steps.findIndex((s) => s.prompt?.kind === "ranking");
    const step = draft.steps[i]!;
    expect(parsePath("steps[3].prompt.config.options[1].label")).toEqual(["steps", 3, "prompt", "config", "options", 1, "label"]);
    expect(fieldIdFor(`steps[${i}].prompt.config.options[1].label`, draft)).toBe(`steps.${step.uid}.prompt.config.options.${step.prompt!.options[1]!.uid}.label`);
    expect(fieldIdFor("resources.items[2].url", draft)).toBe(`resources.items.${draft.resources.items[2]!.uid}.url`);
    expect(fieldIdFor("title", draft)).toBe("title");
    expect(fieldIdFor("steps", draft)).toBe("steps");
  });

  it("makes unique keys", () => {
    expect(uniqueKey("Check in!", [])).toBe("check-in");
    expect(uniqueKey("check-in", ["check-in", "check-in-2"])).toBe("check-in-3");
    const draft = contentToDraft(askingForHelpTemplate);
    expect(newStep(draft).key).toBe("step");
  });
});
