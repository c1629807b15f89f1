// The template editor's state as one reducer. Pure: no React, no DOM, no clock.
//
// Why a reducer: saving, discarding and adding, moving or deleting a step each change several things
// at once (the draft, the baseline, the selection, the field problems, the save status, the screen
// reader's announcement and which field gets focus). As twelve separate useStates those were set one by
// one in event handlers; here each action is one step from one state to the next, which the unit tests
// (tests/unit/template-editor-state.test.ts) drive without a browser.
//
// Focus is part of the state as a request ({ target, seq }): the component focuses `target` after the
// render that shows it (components/template-editor/use-template-editor.ts). `seq` grows on every
// request, so asking for the same field twice focuses it twice.
//
// Words: the reducer and the status line say things in the facilitator's language, through the editor's
// translator (createEditorReducer(t)); `editorReducer` and the defaults speak English, as the tests read them.
import { TEMPLATE_LIMITS, type TemplateError } from "../template-schema";
import { contentToDraft, draftToContent, fieldIdFor, stepUidOf, type StepDraft, type TemplateDraft } from "./template-draft";
import { englishEditorText, type EditorText } from "./template-editor-text";

/** The outline's two fixed parts; any other selection is a step's uid. */
export const DETAILS = "@details";
export const RESOURCES = "@resources";

/** Fields shown in the support-resources part: the card itself, and the safety net's own phrases below it. */
export const isResourcesField = (fieldId: string) => fieldId.startsWith("resources") || fieldId === "safetyNetPhrases";

/** A problem the server found: its field, the English message, and the code the editor says it by (lib/template-schema/issue-codes.ts). */
export type FieldProblem = { fieldId: string; path: string; message: string; code?: string; params?: Record<string, string | number> };

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export type FocusRequest = { target: string; seq: number };

export type EditorState = {
  draft: TemplateDraft;
  /** the content as last saved (or loaded), serialised: the draft is dirty when it differs */
  baseline: string;
  /** the template version the next save says it is based on (If-Match) */
  version: string;
  /** DETAILS, RESOURCES or a step's uid */
  selected: string;
  problems: FieldProblem[];
  save: SaveState;
  /** read out by a polite live region */
  announcement: string;
  /** a field id ("steps.s4.title") or "#element-id" to focus once rendered; null for none */
  focus: FocusRequest | null;
};

export type EditorAction =
  | { type: "edit"; change: (draft: TemplateDraft) => void }
  | { type: "select"; part: string }
  | { type: "goToField"; fieldId: string }
  | { type: "clearProblem"; fieldId: string }
  | { type: "saveStarted" }
  | { type: "saved"; serialized: string; version: string; at: Date }
  | { type: "saveRefused"; fields: TemplateError[]; sent: TemplateDraft }
  | { type: "saveFailed"; kind: "conflict" | "error"; message: string }
  | { type: "discard" }
  | { type: "addStep"; step: StepDraft }
  | { type: "moveStep"; uid: string; delta: -1 | 1 }
  | { type: "deleteStep"; uid: string };

export const serializeDraft = (draft: TemplateDraft) => JSON.stringify(draftToContent(draft));

export function initialEditorState(content: Parameters<typeof contentToDraft>[0], version: string): EditorState {
  const draft = contentToDraft(content);
  return { draft, baseline: serializeDraft(draft), version, selected: DETAILS, problems: [], save: { kind: "idle" }, announcement: "", focus: null };
}

const withFocus = (state: EditorState, target: string | null): FocusRequest | null => (target === null ? null : { target, seq: (state.focus?.seq ?? 0) + 1 });

/** The draft after an edit; an edit after "Saved" makes the status plain again. */
function edited(state: EditorState, change: (draft: TemplateDraft) => void): EditorState {
  const draft = structuredClone(state.draft);
  change(draft);
  return { ...state, draft, save: state.save.kind === "saved" ? { kind: "idle" } : state.save };
}

/** The reducer, saying its announcements and save messages with `t`. */
export function createEditorReducer(t: EditorText) {
  return (state: EditorState, action: EditorAction): EditorState => reduce(t, state, action);
}

/** The reducer in English. */
export const editorReducer = createEditorReducer(englishEditorText);

function reduce(t: EditorText, state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case "edit":
      return edited(state, action.change);
    case "select":
      return { ...state, selected: action.part };
    case "goToField":
      // select the part the field is in, then focus the field (or its nearest container)
      return { ...state, selected: partOfField(action.fieldId, state.draft), focus: withFocus(state, action.fieldId) };
    case "clearProblem":
      return state.problems.some((p) => p.fieldId === action.fieldId) ? { ...state, problems: state.problems.filter((p) => p.fieldId !== action.fieldId) } : state;
    case "saveStarted":
      return { ...state, save: { kind: "saving" } };
    case "saved":
      return { ...state, baseline: action.serialized, version: action.version, problems: [], save: { kind: "saved", at: action.at }, announcement: t("state.saved") };
    case "saveRefused": {
      const problems = action.fields.map(
        (f): FieldProblem => ({ fieldId: fieldIdFor(f.path, action.sent), path: f.path, message: f.message, ...(f.code ? { code: f.code, params: f.params } : {}) }),
      );
      const message = t("state.notSaved", { count: problems.length });
      return { ...state, problems, save: { kind: "invalid", message } };
    }
    case "saveFailed":
      return { ...state, save: { kind: action.kind, message: action.message } };
    case "discard": {
      const draft = contentToDraft(JSON.parse(state.baseline));
      return { ...state, draft, baseline: serializeDraft(draft), problems: [], save: { kind: "idle" }, selected: DETAILS, announcement: t("state.discarded") };
    }
    case "addStep":
      return addStep(t, state, action.step);
    case "moveStep":
      return moveStep(t, state, action.uid, action.delta);
    case "deleteStep":
      return deleteStep(t, state, action.uid);
  }
}

/** A new step right after the selected one (or at the end), selected, its title focused. */
function addStep(t: EditorText, state: EditorState, step: StepDraft): EditorState {
  const { steps } = state.draft;
  const at = steps.findIndex((s) => s.uid === state.selected);
  const next = edited(state, (d) => {
    d.steps.splice(at >= 0 ? at + 1 : d.steps.length, 0, step);
  });
  return {
    ...next,
    selected: step.uid,
    focus: withFocus(state, `steps.${step.uid}.title`),
    announcement: t("state.added", { position: (at >= 0 ? at + 1 : steps.length) + 1 }),
  };
}

const stepTitle = (t: EditorText, step: StepDraft) => step.title || t("state.untitledStep");

function moveStep(t: EditorText, state: EditorState, uid: string, delta: -1 | 1): EditorState {
  const { steps } = state.draft;
  const from = steps.findIndex((s) => s.uid === uid);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= steps.length) return state;
  const next = edited(state, (d) => {
    const [step] = d.steps.splice(from, 1);
    d.steps.splice(to, 0, step!);
  });
  // keep focus on the button that was pressed, or its partner at either end
  const atEdge = (delta === -1 && to === 0) || (delta === 1 && to === steps.length - 1);
  const button = atEdge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down";
  return {
    ...next,
    announcement: t("state.moved", { title: stepTitle(t, steps[from]!), position: to + 1, count: steps.length }),
    focus: withFocus(state, `#move-${button}-${uid}`),
  };
}

/** Delete a step (never below the minimum); repeats of its prompt become questions of their own. */
function deleteStep(t: EditorText, state: EditorState, uid: string): EditorState {
  const { steps } = state.draft;
  const index = steps.findIndex((s) => s.uid === uid);
  if (index < 0 || steps.length <= TEMPLATE_LIMITS.minSteps) return state;
  const removedKey = steps[index]!.prompt?.key;
  const next = edited(state, (d) => {
    d.steps.splice(index, 1);
    if (removedKey) for (const s of d.steps) if (s.prompt?.repeatOf === removedKey) s.prompt.repeatOf = "";
  });
  const neighbour = steps[index + 1] ?? steps[index - 1];
  return {
    ...next,
    selected: neighbour?.uid ?? DETAILS,
    problems: state.problems.filter((p) => stepUidOf(p.fieldId) !== uid),
    announcement: t("state.deleted", { title: stepTitle(t, steps[index]!) }),
    focus: withFocus(state, neighbour ? `#select-${neighbour.uid}` : null),
  };
}

/** The outline part that holds a field: its step, the support resources, or the details. */
export function partOfField(fieldId: string, draft: TemplateDraft): string {
  const stepUid = stepUidOf(fieldId);
  if (stepUid && draft.steps.some((s) => s.uid === stepUid)) return stepUid;
  return isResourcesField(fieldId) ? RESOURCES : DETAILS;
}

/** What the preview shows: the selected step, or the resources card, or the details. */
export function previewTarget(state: Pick<EditorState, "draft" | "selected">): string {
  if (state.draft.steps.some((s) => s.uid === state.selected)) return state.selected;
  return state.selected === RESOURCES ? RESOURCES : DETAILS;
}

/** The outline's problem badges: per step, for the details, for the resources. */
export function problemCounts(problems: readonly FieldProblem[]): { byStep: Map<string, number>; details: number; resources: number } {
  const byStep = new Map<string, number>();
  let details = 0;
  let resources = 0;
  for (const p of problems) {
    const uid = stepUidOf(p.fieldId);
    if (uid) byStep.set(uid, (byStep.get(uid) ?? 0) + 1);
    else if (isResourcesField(p.fieldId)) resources++;
    else details++;
  }
  return { byStep, details, resources };
}

const localTime = (at: Date) => at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** The status line next to the Save button; `time` writes the time of the last save (the page's formatter). */
export function saveStatusText(
  { readOnly, dirty, save }: { readOnly: boolean; dirty: boolean; save: SaveState },
  t: EditorText = englishEditorText,
  time: (at: Date) => string = localTime,
): string {
  if (readOnly) return t("status.readOnly");
  if (save.kind === "saving") return t("status.saving");
  if (dirty) return t("status.unsaved");
  if (save.kind === "saved") return t("status.savedAt", { time: time(save.at) });
  return t("status.allSaved");
}
