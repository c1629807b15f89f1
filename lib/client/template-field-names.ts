// Names for the template editor's fields. Pure: no React, no DOM.
//
// A field id is the draft's path with uids instead of indexes ("steps.s4.prompt.question"), so an error
// stays with its field when steps or options are reordered (lib/client/template-draft.ts fieldIdFor).
// These turn it into the element's DOM id and into the words the error summary links with.
import type { TemplateDraft } from "./template-draft";
import { englishEditorText, type EditorText } from "./template-editor-text";

/** DOM id of a field: "steps.s4.prompt.question" → "f-steps-s4-prompt-question" */
export const domId = (fieldId: string) => `f-${fieldId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** The parts of a field id with a name of their own (messages: templateEditor.fields). */
const NAMED_PARTS = new Set([
  "title",
  "description",
  "contentNote",
  "body",
  "facilitatorNotes",
  "reactions",
  "key",
  "question",
  "kind",
  "repeatOf",
  "config",
  "options",
  "label",
  "detail",
  "url",
  "max",
  "minLabel",
  "maxLabel",
  "maxWords",
  "maxLength",
  "maxSelections",
  "intro",
  "items",
  "steps",
  "language",
  "image",
  "alt",
  "safetyNetPhrases",
  "prompt",
]);

type FieldKey = Parameters<EditorText>[0] & `fields.${string}`;

/** A readable name for a field id, e.g. "Step 3 “Checking in” › Question"; in English unless given the editor's `t`. */
export function describeField(fieldId: string, draft: TemplateDraft, t: EditorText = englishEditorText): string {
  const nameOf = (part: string) => (NAMED_PARTS.has(part) ? t(`fields.${part}` as FieldKey) : part);
  const parts = fieldId.split(".");
  const names: string[] = [];
  if (parts[0] === "steps" && parts[1]) {
    const i = draft.steps.findIndex((s) => s.uid === parts[1]);
    const step = draft.steps[i];
    names.push(step ? t("fields.step", { number: i + 1, title: step.title || t("state.untitledStep") }) : t("fields.deletedStep"));
    let rest = parts.slice(2);
    if (rest[0] === "prompt") rest = rest.slice(1);
    if (rest[0] === "config" && rest.length > 1) rest = rest.slice(1);
    if (rest[0] === "options" && rest[1] && step?.prompt) {
      const n = step.prompt.options.findIndex((o) => o.uid === rest[1]);
      names.push(n >= 0 ? t("fields.option", { number: n + 1 }) : t("fields.anOption"));
      rest = rest.slice(2);
    }
    names.push(...rest.map(nameOf));
  } else if (parts[0] === "resources") {
    names.push(t("fields.resources"));
    let rest = parts.slice(1);
    if (rest[0] === "items" && rest[1]) {
      const n = draft.resources.items.findIndex((item) => item.uid === rest[1]);
      names.push(n >= 0 ? t("fields.item", { number: n + 1 }) : t("fields.anItem"));
      rest = rest.slice(2);
    }
    names.push(...rest.map(nameOf));
  } else {
    names.push(...parts.map(nameOf));
  }
  return names.join(t("fields.separator"));
}
