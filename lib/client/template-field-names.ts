// Names for the template editor's fields. Pure: no React, no DOM.
//
// A field id is the draft's path with uids instead of indexes ("steps.s4.prompt.question"), so an error
// stays with its field when steps or options are reordered (lib/client/template-draft.ts fieldIdFor).
// These turn it into the element's DOM id and into the words the error summary links with.
import type { TemplateDraft } from "./template-draft";

/** DOM id of a field: "steps.s4.prompt.question" → "f-steps-s4-prompt-question" */
export const domId = (fieldId: string) => `f-${fieldId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const FIELD_NAMES: Record<string, string> = {
  title: "Title",
  description: "Description",
  contentNote: "Content note",
  body: "Text",
  facilitatorNotes: "Facilitator notes",
  reactions: "Reactions",
  key: "Key",
  question: "Question",
  kind: "Activity",
  repeatOf: "Repeat of",
  config: "Prompt settings",
  options: "Options",
  label: "Label",
  detail: "Details",
  url: "Link",
  max: "Highest number",
  minLabel: "Label for 1",
  maxLabel: "Label for the highest number",
  maxWords: "Words per person",
  maxLength: "Longest answer",
  maxSelections: "Choices per person",
  intro: "Introduction",
  items: "Items",
  steps: "Steps",
  safetyNetPhrases: "Safety net › Your phrases",
};

const nameOf = (part: string) => FIELD_NAMES[part] ?? part;

/** A readable name for a field id, e.g. "Step 3 “Checking in” › Question". */
export function describeField(fieldId: string, draft: TemplateDraft): string {
  const parts = fieldId.split(".");
  const names: string[] = [];
  if (parts[0] === "steps" && parts[1]) {
    const i = draft.steps.findIndex((s) => s.uid === parts[1]);
    const step = draft.steps[i];
    names.push(step ? `Step ${i + 1} “${step.title || "Untitled step"}”` : "A deleted step");
    let rest = parts.slice(2);
    if (rest[0] === "prompt") rest = rest.slice(1);
    if (rest[0] === "config" && rest.length > 1) rest = rest.slice(1);
    if (rest[0] === "options" && rest[1] && step?.prompt) {
      const n = step.prompt.options.findIndex((o) => o.uid === rest[1]);
      names.push(n >= 0 ? `Option ${n + 1}` : "An option");
      rest = rest.slice(2);
    }
    names.push(...rest.map(nameOf));
  } else if (parts[0] === "resources") {
    names.push("Support resources");
    let rest = parts.slice(1);
    if (rest[0] === "items" && rest[1]) {
      const n = draft.resources.items.findIndex((item) => item.uid === rest[1]);
      names.push(n >= 0 ? `Item ${n + 1}` : "An item");
      rest = rest.slice(2);
    }
    names.push(...rest.map(nameOf));
  } else {
    names.push(...parts.map(nameOf));
  }
  return names.join(" › ");
}
