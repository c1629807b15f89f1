// The template editor's working copy. Pure functions, no React.
//
// A draft is the template reshaped for editing: every step, option and
// resource item carries a `uid` (stable while the list is reordered), every
// prompt keeps the settings of all kinds (switching from single choice to
// ranking keeps the options), and a prompt switched off is stashed rather
// than lost. `draftToContent` turns it back into template content for the
// server, which validates it; `fieldIdFor` maps the server's error paths
// ("steps[3].prompt.question") onto the uids, so an error stays next to its
// field when steps are moved.
import { LIMITS, type ActivityKind } from "../activities";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { TemplateContent, TemplatePrompt, TemplateStep } from "../template-schema";
import { slugify } from "../slug";

export type OptionDraft = { uid: string; id: string; label: string };

export type PromptDraft = {
  key: string;
  kind: ActivityKind;
  question: string;
  /** key of the earlier prompt this one repeats; "" = none */
  repeatOf: string;
  /** where revealed results show: projector and phones, or the projector only */
  resultsShownOn: "everywhere" | "screen";
  options: OptionDraft[];
  /** multiple choice: "" = any number */
  maxSelections: string;
  scaleMax: number;
  minLabel: string;
  maxLabel: string;
  maxWords: number;
  /** open text; a string while being typed */
  maxLength: string;
};

/** Change a prompt's draft in place (the editor's forms get one, bound to their prompt). */
export type PromptChange = (fn: (p: PromptDraft) => void) => void;

export type StepDraft = {
  uid: string;
  key: string;
  title: string;
  body: string;
  facilitatorNotes: string;
  /** this step's own content note ("" for none): phones collapse the text behind it */
  contentNote: string;
  reactions: boolean;
  /** a picture stored for this template (components/step-image-field.tsx) and its description */
  image: { id: string; alt: string; onPhones: boolean } | null;
  prompt: PromptDraft | null;
  /** the prompt as it was before "No prompt" was chosen, to bring it back */
  stash: PromptDraft | null;
};

export type ResourceItemDraft = { uid: string; label: string; detail: string; url: string };

export type TemplateDraft = {
  /** the language the template is written in (a session from it starts in this language) */
  language: Locale;
  title: string;
  description: string;
  contentNote: string;
  resources: { title: string; intro: string; items: ResourceItemDraft[] };
  /** the facilitator's own safety-net phrases, one a line as they typed them */
  safetyNetPhrases: string;
  steps: StepDraft[];
};

let counter = 0;
/** Unique within the page: only ever used as React keys and DOM ids. */
export const newUid = (prefix: string) => `${prefix}${(++counter).toString(36)}`;

export const DEFAULT_PROMPT_SETTINGS = {
  scaleMax: 5,
  maxWords: LIMITS.maxWords,
  maxLength: "280",
} as const;

// ---------------------------------------------------------------------------
// content → draft

export function contentToDraft(content: TemplateContent): TemplateDraft {
  return {
    language: content.language ?? DEFAULT_LOCALE,
    title: content.title,
    description: content.description ?? "",
    contentNote: content.contentNote,
    resources: {
      title: content.resources.title,
      intro: content.resources.intro ?? "",
      items: content.resources.items.map((item) => ({ uid: newUid("r"), label: item.label, detail: item.detail ?? "", url: item.url ?? "" })),
    },
    safetyNetPhrases: (content.safetyNetPhrases ?? []).join("\n"),
    steps: content.steps.map(stepToDraft),
  };
}

function stepToDraft(step: TemplateStep): StepDraft {
  return {
    uid: newUid("s"),
    key: step.key,
    title: step.title,
    body: step.body,
    facilitatorNotes: step.facilitatorNotes ?? "",
    contentNote: step.contentNote ?? "",
    reactions: step.reactions ?? false,
    image: step.image ? { id: step.image.id, alt: step.image.alt, onPhones: step.image.onPhones ?? true } : null,
    prompt: step.prompt ? promptToDraft(step.prompt) : null,
    stash: null,
  };
}

function promptToDraft(prompt: TemplatePrompt): PromptDraft {
  const draft = blankPrompt(prompt.key, prompt.kind);
  draft.question = prompt.question;
  draft.repeatOf = prompt.repeatOf ?? "";
  draft.resultsShownOn = prompt.resultsShownOn ?? "everywhere";
  const config = prompt.config as Record<string, unknown>;
  if (Array.isArray(config.options)) {
    draft.options = (config.options as { id: string; label: string }[]).map((o) => ({ uid: newUid("o"), id: o.id, label: o.label }));
  }
  if (typeof config.maxSelections === "number") draft.maxSelections = String(config.maxSelections);
  if (typeof config.max === "number") draft.scaleMax = config.max;
  if (typeof config.minLabel === "string") draft.minLabel = config.minLabel;
  if (typeof config.maxLabel === "string") draft.maxLabel = config.maxLabel;
  if (typeof config.maxWords === "number") draft.maxWords = config.maxWords;
  if (typeof config.maxLength === "number") draft.maxLength = String(config.maxLength);
  return draft;
}

export function blankPrompt(key: string, kind: ActivityKind): PromptDraft {
  return {
    key,
    kind,
    question: "",
    repeatOf: "",
    resultsShownOn: "everywhere",
    options: [
      { uid: newUid("o"), id: "option-1", label: "" },
      { uid: newUid("o"), id: "option-2", label: "" },
    ],
    maxSelections: "",
    scaleMax: DEFAULT_PROMPT_SETTINGS.scaleMax,
    minLabel: "",
    maxLabel: "",
    maxWords: DEFAULT_PROMPT_SETTINGS.maxWords,
    maxLength: DEFAULT_PROMPT_SETTINGS.maxLength,
  };
}

// ---------------------------------------------------------------------------
// draft → content (unvalidated: the server is the judge)

export function promptConfig(prompt: PromptDraft): Record<string, unknown> {
  const options = () => prompt.options.map((o) => ({ id: o.id, label: o.label }));
  switch (prompt.kind) {
    case "single_choice":
    case "ranking":
      return { options: options() };
    case "multiple_choice":
      return prompt.maxSelections === "" ? { options: options() } : { options: options(), maxSelections: Number(prompt.maxSelections) };
    case "scale":
      return { max: prompt.scaleMax, minLabel: prompt.minLabel, maxLabel: prompt.maxLabel };
    case "word_cloud":
      return { maxWords: prompt.maxWords };
    case "open_text":
      return { maxLength: prompt.maxLength.trim() === "" ? null : Number(prompt.maxLength) };
  }
}

/** The prompt a repeat points at, if it is an earlier one of the same kind. */
export function repeatTarget(steps: readonly StepDraft[], index: number): PromptDraft | null {
  const prompt = steps[index]?.prompt;
  if (!prompt?.repeatOf) return null;
  for (let i = 0; i < index; i++) {
    const earlier = steps[i]!.prompt;
    if (earlier && earlier.key === prompt.repeatOf) return earlier.kind === prompt.kind && !earlier.repeatOf ? earlier : null;
  }
  return null;
}

/** The prompts a step's prompt may repeat: earlier, same kind, not repeats themselves. */
export function repeatCandidates(steps: readonly StepDraft[], index: number): { key: string; stepIndex: number; question: string }[] {
  const prompt = steps[index]?.prompt;
  if (!prompt) return [];
  const found: { key: string; stepIndex: number; question: string }[] = [];
  for (let i = 0; i < index; i++) {
    const earlier = steps[i]!.prompt;
    if (earlier && earlier.kind === prompt.kind && !earlier.repeatOf) found.push({ key: earlier.key, stepIndex: i, question: earlier.question });
  }
  return found;
}

export function draftToContent(draft: TemplateDraft): unknown {
  return {
    schemaVersion: 1,
    language: draft.language,
    title: draft.title,
    description: draft.description,
    contentNote: draft.contentNote,
    resources: {
      title: draft.resources.title,
      ...(draft.resources.intro.trim() ? { intro: draft.resources.intro } : {}),
      items: draft.resources.items.map((item) => ({
        label: item.label,
        ...(item.detail.trim() ? { detail: item.detail } : {}),
        ...(item.url.trim() ? { url: item.url } : {}),
      })),
    },
    // one phrase a line; left out when there are none, so files without it round-trip unchanged
    ...(phraseLines(draft.safetyNetPhrases).length ? { safetyNetPhrases: phraseLines(draft.safetyNetPhrases) } : {}),
    steps: draft.steps.map((step, index) => {
      const p = step.prompt;
      // A repeat takes its original's settings, so the two can never drift apart.
      const target = repeatTarget(draft.steps, index);
      return {
        key: step.key,
        title: step.title,
        body: step.body,
        facilitatorNotes: step.facilitatorNotes,
        ...(step.contentNote.trim() ? { contentNote: step.contentNote } : {}),
        reactions: step.reactions,
        // onPhones is written only when off, so a template file stays as it was for the usual case
        ...(step.image ? { image: { id: step.image.id, alt: step.image.alt, ...(step.image.onPhones ? {} : { onPhones: false }) } } : {}),
        ...(p
          ? {
              prompt: {
                key: p.key,
                ...(p.repeatOf ? { repeatOf: p.repeatOf } : {}),
                // the default is left out, so files without the setting round-trip unchanged
                ...(p.resultsShownOn === "screen" ? { resultsShownOn: "screen" as const } : {}),
                kind: p.kind,
                question: p.question,
                config: promptConfig(target ?? p),
              },
            }
          : {}),
      };
    }),
  };
}

/** The phrases of the one-a-line field, blank lines left out (the server cleans and checks them). */
export function phraseLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------
// keys

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = slugify(base, 56) || "item";
  if (!used.has(root)) return root;
  for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}

export const stepKeys = (draft: TemplateDraft) => draft.steps.map((s) => s.key);
export const promptKeys = (draft: TemplateDraft) => draft.steps.flatMap((s) => [s.prompt?.key, s.stash?.key]).filter((k): k is string => typeof k === "string");

export function newStep(draft: TemplateDraft, title = "New step"): StepDraft {
  return {
    uid: newUid("s"),
    key: uniqueKey("step", stepKeys(draft)),
    title,
    body: "",
    facilitatorNotes: "",
    contentNote: "",
    reactions: false,
    image: null,
    prompt: null,
    stash: null,
  };
}

export function newOption(options: readonly OptionDraft[]): OptionDraft {
  return {
    uid: newUid("o"),
    id: uniqueKey(
      "option-1",
      options.map((o) => o.id),
    ),
    label: "",
  };
}

// ---------------------------------------------------------------------------
// error paths → field ids

/** "steps[3].prompt.config.options[1].label" → ["steps", 3, "prompt", "config", "options", 1, "label"] */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return parts;
}

/**
 * The editor's id for the field a server error path is about: list indexes
 * become the uids of the steps, options and items they pointed at when the
 * draft was sent, e.g. "steps.s4.prompt.config.options.o9.label".
 */
export function fieldIdFor(path: string, sent: TemplateDraft): string {
  const parts = parsePath(path);
  // the phrase list is one field in the editor; its problems name the phrase
  if (parts[0] === "safetyNetPhrases") return "safetyNetPhrases";
  const out: string[] = [];
  let step: StepDraft | undefined;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const parent = parts[i - 1];
    if (typeof part === "number") {
      if (parent === "steps" && i === 1) {
        step = sent.steps[part];
        out.push(step?.uid ?? String(part));
      } else if (parent === "items" && parts[0] === "resources") {
        out.push(sent.resources.items[part]?.uid ?? String(part));
      } else if (parent === "options" && step?.prompt) {
        out.push(step.prompt.options[part]?.uid ?? String(part));
      } else {
        out.push(String(part));
      }
    } else {
      out.push(part);
    }
  }
  return out.join(".");
}

/** The step uid a field id belongs to, if any. */
export function stepUidOf(fieldId: string): string | null {
  const [first, uid] = fieldId.split(".");
  return first === "steps" && uid ? uid : null;
}
