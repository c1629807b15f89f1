// The template editor's reducer (lib/client/template-editor-state.ts) and field names
// (lib/client/template-field-names.ts), driven without a browser: each action moves the draft, the
// selection, the problems, the save status, the announcement and the focus together.
import { describe, expect, it } from "vitest";
import { askingForHelpTemplate } from "../../content/asking-for-help";
import { newStep } from "../../lib/client/template-draft";
import {
  DETAILS,
  editorReducer,
  initialEditorState,
  partOfField,
  previewTarget,
  problemCounts,
  RESOURCES,
  saveStatusText,
  serializeDraft,
  type EditorState,
} from "../../lib/client/template-editor-state";
import { describeField, domId } from "../../lib/client/template-field-names";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";

const fresh = () => initialEditorState(askingForHelpTemplate, "v1");
const dirty = (s: EditorState) => serializeDraft(s.draft) !== s.baseline;

describe("template editor state", () => {
  it("starts clean, on the details, with nothing to focus", () => {
    const s = fresh();
    expect(dirty(s)).toBe(false);
    expect(s.selected).toBe(DETAILS);
    expect(s.save).toEqual({ kind: "idle" });
    expect(s.focus).toBeNull();
  });

  it("edits a copy of the draft, and an edit after a save makes the status plain again", () => {
    const s0 = fresh();
    const saved = editorReducer(s0, { type: "saved", serialized: s0.baseline, version: "v2", at: new Date(0) });
    expect(saved.save.kind).toBe("saved");
    expect(saved.announcement).toBe("Saved.");
    const s1 = editorReducer(saved, { type: "edit", change: (d) => void (d.title = "Evening group") });
    expect(s1.draft.title).toBe("Evening group");
    expect(s0.draft.title).not.toBe("Evening group"); // the earlier state is untouched
    expect(s1.save).toEqual({ kind: "idle" });
    expect(dirty(s1)).toBe(true);
    // while an error shows, an edit leaves it there
    const failed = editorReducer(s1, { type: "saveFailed", kind: "error", message: "offline" });
    expect(editorReducer(failed, { type: "edit", change: (d) => void (d.title = "x") }).save).toEqual({ kind: "error", message: "offline" });
  });

  it("after a save, takes the saved content as the baseline and the new version for the next If-Match", () => {
    const s1 = editorReducer(fresh(), { type: "edit", change: (d) => void (d.title = "Renamed") });
    const s2 = editorReducer(s1, { type: "saved", serialized: serializeDraft(s1.draft), version: "v2", at: new Date(0) });
    expect(dirty(s2)).toBe(false);
    expect(s2.version).toBe("v2");
    expect(s2.problems).toEqual([]);
  });

  it("puts the server's problems on fields by uid, and counts them per part of the outline", () => {
    const s0 = fresh();
    const step = s0.draft.steps[2]!;
    const s1 = editorReducer(s0, {
      type: "saveRefused",
      sent: s0.draft,
      fields: [
        { path: "steps[2].title", message: "is required" },
        { path: "title", message: "is too long" },
        { path: "resources.items[0].label", message: "is required" },
      ],
    });
    expect(s1.save).toEqual({ kind: "invalid", message: "Not saved: 3 problems need fixing." });
    expect(s1.problems[0]!.fieldId).toBe(`steps.${step.uid}.title`);
    const counts = problemCounts(s1.problems);
    expect(counts.byStep.get(step.uid)).toBe(1);
    expect(counts.details).toBe(1);
    expect(counts.resources).toBe(1);
    // typing in a field clears its problem, and only its own
    const s2 = editorReducer(s1, { type: "clearProblem", fieldId: "title" });
    expect(s2.problems.map((p) => p.fieldId)).toEqual([`steps.${step.uid}.title`, s1.problems[2]!.fieldId]);
    expect(editorReducer(s2, { type: "clearProblem", fieldId: "title" })).toBe(s2);
    const one = editorReducer(s0, { type: "saveRefused", sent: s0.draft, fields: [{ path: "title", message: "is required" }] });
    expect(one.save).toEqual({ kind: "invalid", message: "Not saved: 1 problem needs fixing." });
  });

  it("goes to a problem's field: selects its part and asks for focus, again each time", () => {
    const s0 = fresh();
    const uid = s0.draft.steps[1]!.uid;
    const s1 = editorReducer(s0, { type: "goToField", fieldId: `steps.${uid}.prompt.question` });
    expect(s1.selected).toBe(uid);
    expect(s1.focus?.target).toBe(`steps.${uid}.prompt.question`);
    const s2 = editorReducer(s1, { type: "goToField", fieldId: `steps.${uid}.prompt.question` });
    expect(s2.focus!.seq).toBeGreaterThan(s1.focus!.seq);
    expect(partOfField("resources.items.r1.label", s0.draft)).toBe(RESOURCES);
    expect(partOfField("steps.gone.title", s0.draft)).toBe(DETAILS);
    expect(partOfField("contentNote", s0.draft)).toBe(DETAILS);
  });

  it("adds a step after the selected one, selects it and focuses its title", () => {
    const start = fresh();
    const s0 = editorReducer(start, { type: "select", part: start.draft.steps[0]!.uid });
    const step = newStep(s0.draft);
    const s1 = editorReducer(s0, { type: "addStep", step });
    expect(s1.draft.steps[1]!.uid).toBe(step.uid);
    expect(s1.selected).toBe(step.uid);
    expect(s1.focus?.target).toBe(`steps.${step.uid}.title`);
    expect(s1.announcement).toBe("Added a step at position 2.");
    // with the details selected, at the end
    const atDetails = fresh();
    const s2 = editorReducer(atDetails, { type: "addStep", step: newStep(atDetails.draft) });
    expect(s2.announcement).toBe(`Added a step at position ${s2.draft.steps.length}.`);
  });

  it("moves a step, announces where to, and keeps focus on a move button that still works", () => {
    const s0 = fresh();
    const [first, second] = s0.draft.steps;
    const s1 = editorReducer(s0, { type: "moveStep", uid: second!.uid, delta: -1 });
    expect(s1.draft.steps[0]!.uid).toBe(second!.uid);
    expect(s1.announcement).toBe(`Moved “${second!.title}” to position 1 of ${s0.draft.steps.length}.`);
    // now first in the list, its "up" button is disabled: focus its "down" button
    expect(s1.focus?.target).toBe(`#move-down-${second!.uid}`);
    const s2 = editorReducer(s0, { type: "moveStep", uid: first!.uid, delta: 1 });
    expect(s2.focus?.target).toBe(`#move-down-${first!.uid}`);
    // off either end: nothing changes
    expect(editorReducer(s0, { type: "moveStep", uid: first!.uid, delta: -1 })).toBe(s0);
  });

  it("deletes a step: its problems go, repeats of its prompt ask their own question, the neighbour is selected", () => {
    const s0 = fresh();
    const index = s0.draft.steps.findIndex((s) => s.prompt && s0.draft.steps.some((t) => t.prompt?.repeatOf === s.prompt!.key));
    expect(index).toBeGreaterThanOrEqual(0); // the built-in template has a check-in and its check-out
    const victim = s0.draft.steps[index]!;
    const withProblem = editorReducer(s0, { type: "saveRefused", sent: s0.draft, fields: [{ path: `steps[${index}].title`, message: "is required" }] });
    const s1 = editorReducer(withProblem, { type: "deleteStep", uid: victim.uid });
    expect(s1.draft.steps.some((s) => s.uid === victim.uid)).toBe(false);
    expect(s1.draft.steps.some((s) => s.prompt?.repeatOf === victim.prompt!.key)).toBe(false);
    expect(s1.problems).toEqual([]);
    expect(s1.selected).toBe(s0.draft.steps[index + 1]!.uid);
    expect(s1.focus?.target).toBe(`#select-${s0.draft.steps[index + 1]!.uid}`);
    expect(s1.announcement).toBe(`Deleted “${victim.title}”.`);
  });

  it("never deletes below the minimum number of steps", () => {
    let s = fresh();
    while (s.draft.steps.length > TEMPLATE_LIMITS.minSteps) s = editorReducer(s, { type: "deleteStep", uid: s.draft.steps[0]!.uid });
    expect(editorReducer(s, { type: "deleteStep", uid: s.draft.steps[0]!.uid })).toBe(s);
  });

  it("discards back to the last save", () => {
    const s1 = editorReducer(fresh(), { type: "edit", change: (d) => void (d.title = "Changed") });
    const s2 = editorReducer(editorReducer(s1, { type: "select", part: RESOURCES }), { type: "discard" });
    expect(dirty(s2)).toBe(false);
    expect(s2.draft.title).toBe(fresh().draft.title);
    expect(s2.selected).toBe(DETAILS);
    expect(s2.announcement).toBe("Changes discarded.");
  });

  it("previews the selected step, the resources or the details", () => {
    const s = fresh();
    expect(previewTarget({ ...s, selected: s.draft.steps[3]!.uid })).toBe(s.draft.steps[3]!.uid);
    expect(previewTarget({ ...s, selected: RESOURCES })).toBe(RESOURCES);
    expect(previewTarget({ ...s, selected: "a-deleted-step" })).toBe(DETAILS);
  });

  it("says where the save stands", () => {
    expect(saveStatusText({ readOnly: true, dirty: false, save: { kind: "idle" } })).toBe("Read-only");
    expect(saveStatusText({ readOnly: false, dirty: true, save: { kind: "saving" } })).toBe("Saving…");
    expect(saveStatusText({ readOnly: false, dirty: true, save: { kind: "idle" } })).toBe("Unsaved changes");
    expect(saveStatusText({ readOnly: false, dirty: false, save: { kind: "saved", at: new Date(2026, 0, 1, 9, 5) } })).toMatch(/^Saved at .*09.*05/);
    expect(saveStatusText({ readOnly: false, dirty: false, save: { kind: "idle" } })).toBe("All changes saved");
  });
});

describe("template field names", () => {
  it("names a field as the error summary links to it", () => {
    const { draft } = fresh();
    const step = draft.steps.find((s) => s.prompt && s.prompt.options.length > 1)!;
    const i = draft.steps.indexOf(step);
    const option = step.prompt!.options[1]!;
    expect(describeField(`steps.${step.uid}.prompt.question`, draft)).toBe(`Step ${i + 1} “${step.title}” › Question`);
    expect(describeField(`steps.${step.uid}.prompt.config.options.${option.uid}.label`, draft)).toBe(`Step ${i + 1} “${step.title}” › Option 2 › Label`);
    expect(describeField(`steps.${step.uid}.prompt.config`, draft)).toBe(`Step ${i + 1} “${step.title}” › Prompt settings`);
    expect(describeField("steps.gone.title", draft)).toBe("A deleted step › Title");
    expect(describeField(`resources.items.${draft.resources.items[0]!.uid}.url`, draft)).toBe("Support resources › Item 1 › Link");
    expect(describeField("contentNote", draft)).toBe("Content note");
    expect(describeField("somethingNew", draft)).toBe("somethingNew");
  });

  it("makes a DOM id of any field id", () => {
    expect(domId("steps.s4.prompt.question")).toBe("f-steps-s4-prompt-question");
    expect(domId("a b/c")).toBe("f-a-b-c");
  });
});
