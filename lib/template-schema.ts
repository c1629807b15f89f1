// The shape of a session template: the article split into steps, each of which
// may carry one prompt, plus the content note and the support-resources card.
// The same schema checks the built-in template, the editor's saves and JSON
// files a facilitator imports, so every bound lives here once.
import { z } from "zod";
import { facilitatorLine, facilitatorText, promptDefinitionSchema } from "./activities";
import { normaliseForScreening, ownPhraseProblem } from "./distress-phrases";
import { DEFAULT_LOCALE, LOCALES } from "./i18n/locales";

/** Limits shared by the editor forms, the Markdown importer and server checks. */
export const TEMPLATE_LIMITS = {
  title: 120,
  description: 1000,
  contentNote: 1500,
  stepContentNote: 500,
  key: 64,
  body: 4000,
  facilitatorNotes: 4000,
  minSteps: 1,
  maxSteps: 60,
  resourcesTitle: 120,
  resourcesIntro: 600,
  maxResourceItems: 20,
  resourceLabel: 200,
  resourceDetail: 500,
  url: 500,
  imageAlt: 300,
  safetyNetPhrase: 80,
  maxSafetyNetPhrases: 50,
} as const;

export const TEMPLATE_FILE_FORMAT = "hearth-template";
export const TEMPLATE_FILE_VERSION = 1;

// Keys end up in URLs, exports and the before/after pairing of repeated
// prompts, so they are restricted to lower-case slugs that never need escaping.
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keySchema = z.string().max(TEMPLATE_LIMITS.key).regex(KEY_PATTERN, { error: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "check-in")' });

const SAFE_LINK_PROTOCOLS = new Set(["http:", "https:", "tel:", "mailto:"]);

/**
 * True for absolute http(s), tel: and mailto: URLs. Anything else (relative
 * paths, javascript:, data:, …) is refused: these links are shown to
 * participants, and a template file may come from anywhere.
 */
export function isSafeLinkUrl(url: string): boolean {
  try {
    // URL parsing normalises case and strips tabs/newlines, so tricks like
    // "JaVa\tScript:" are caught by the protocol check.
    return SAFE_LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

const resourceItemSchema = z.object({
  label: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.resourceLabel),
  detail: facilitatorText().trim().max(TEMPLATE_LIMITS.resourceDetail).optional(),
  // Editor forms send "" for an empty field; treat it as "no link".
  url: z
    .string()
    .trim()
    .max(TEMPLATE_LIMITS.url)
    .refine((u) => u === "" || isSafeLinkUrl(u), {
      error: "must be a full http://, https://, tel: or mailto: link (or left empty)",
    })
    .transform((u) => (u === "" ? undefined : u))
    .optional(),
});

export const resourcesSchema = z.object({
  title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.resourcesTitle),
  intro: facilitatorText().trim().max(TEMPLATE_LIMITS.resourcesIntro).optional(),
  items: z.array(resourceItemSchema).min(1, { error: "add at least one item: the support card is reachable from every participant screen" }).max(TEMPLATE_LIMITS.maxResourceItems),
});
export type TemplateResources = z.infer<typeof resourcesSchema>;

/**
 * The facilitator's own safety-net phrases, added to the built-in list
 * (lib/distress-phrases.ts): cleaned like other facilitator text, blank lines
 * dropped, repeats (after the matcher's normalisation) kept once, each at
 * most `safetyNetPhrase` characters with at least a few letters, and at most
 * `maxSafetyNetPhrases` of them. A problem names the phrase, since the editor
 * shows the list as one field.
 */
export const safetyNetPhrasesSchema = z
  .array(facilitatorLine().trim())
  .transform((phrases) => {
    const seen = new Set<string>();
    return phrases.filter((p) => {
      if (p === "") return false;
      const key = normaliseForScreening(p) || p;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .superRefine((phrases, ctx) => {
    if (phrases.length > TEMPLATE_LIMITS.maxSafetyNetPhrases)
      ctx.addIssue({ code: "custom", message: `number ${phrases.length}; at most ${TEMPLATE_LIMITS.maxSafetyNetPhrases} are allowed` });
    for (const phrase of phrases) {
      const shown = phrase.length > 30 ? `${phrase.slice(0, 30)}…` : phrase;
      if (phrase.length > TEMPLATE_LIMITS.safetyNetPhrase)
        ctx.addIssue({ code: "custom", message: `include “${shown}”, which is longer than ${TEMPLATE_LIMITS.safetyNetPhrase} characters` });
      else {
        const problem = ownPhraseProblem(phrase);
        if (problem) ctx.addIssue({ code: "custom", message: `include “${shown}”, which ${problem}` });
      }
    }
  });

/** A prompt inside a template: a prompt definition plus its stable key. */
export const templatePromptSchema = z.intersection(
  z.object({
    key: keySchema,
    /** key of an earlier prompt this one repeats (e.g. a check-out scale), for the before/after view */
    repeatOf: keySchema.optional(),
    /** where revealed results show: "everywhere" (projector and phones, the default) or "screen" (projector only) */
    resultsShownOn: z.enum(["everywhere", "screen"]).optional(),
  }),
  promptDefinitionSchema,
);
export type TemplatePrompt = z.infer<typeof templatePromptSchema>;

export const templateStepSchema = z.object({
  key: keySchema,
  title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.title),
  /** Markdown; may be empty (e.g. a section heading shown on its own) */
  body: facilitatorText().max(TEMPLATE_LIMITS.body),
  /** console-only talking points and timing */
  facilitatorNotes: facilitatorText().max(TEMPLATE_LIMITS.facilitatorNotes).default(""),
  /**
   * this step's own content note ("This part talks about relapse."): phones
   * show it with the text collapsed behind "Show this part"; the projector
   * shows it before the text
   */
  contentNote: facilitatorText().max(TEMPLATE_LIMITS.stepContentNote).optional(),
  /** whether participants may send reactions while this step is showing */
  reactions: z.boolean().default(false),
  /** one picture shown with the step (uploaded in the editor), with the words that describe it */
  image: z
    .object({
      id: z.string().regex(/^[a-z0-9]{8,40}$/, { error: "is not a picture Hearth stored" }),
      alt: z.string().trim().min(1, { error: "must describe the picture (alt text), for anyone who cannot see it" }).max(TEMPLATE_LIMITS.imageAlt),
      /** false: on the projector (and in exports) only; absent or true: on participants' phones too (lazy, a small copy) */
      onPhones: z.boolean().optional(),
    })
    .optional(),
  prompt: templatePromptSchema.optional(),
});
export type TemplateStep = z.infer<typeof templateStepSchema>;

export const templateContentSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** the language the template is written in; a session run from it starts in this language (files from before languages existed are English) */
    language: z.enum(LOCALES).default(DEFAULT_LOCALE),
    title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.title),
    description: facilitatorText().trim().max(TEMPLATE_LIMITS.description).default(""),
    /** shown to participants before the first step */
    contentNote: facilitatorText().trim().min(1, { error: "must not be empty: the content note is shown before the first step" }).max(TEMPLATE_LIMITS.contentNote),
    resources: resourcesSchema,
    /** the facilitator's own safety-net phrases (see safetyNetPhrasesSchema); left out when there are none */
    safetyNetPhrases: safetyNetPhrasesSchema.optional(),
    steps: z.array(templateStepSchema).min(TEMPLATE_LIMITS.minSteps).max(TEMPLATE_LIMITS.maxSteps),
  })
  .superRefine(
    (content, ctx) => {
      for (const issue of crossFieldIssues(content.steps)) ctx.addIssue({ code: "custom", ...issue });
    },
    // Run even when other fields are invalid, so a facilitator fixing a file
    // sees every problem in one pass instead of discovering duplicates later.
    { when: (payload) => Array.isArray((payload.value as { steps?: unknown } | undefined)?.steps) },
  );
export type TemplateContent = z.infer<typeof templateContentSchema>;

/**
 * A template as /api/templates lists it (server/services/template-service.ts
 * builds it). `Time` is a Date on the server and the ISO string JSON makes of
 * it in the browser.
 */
export type TemplateSummary<Time = string> = {
  id: string;
  title: string;
  builtIn: boolean;
  /** shared with this team (its members run and duplicate it; its owner and admins change it) */
  team: { id: string; name: string } | null;
  /** the facilitator asking made it */
  mine: boolean;
  description: string;
  stepCount: number;
  promptCount: number;
  /** the support card still has the starter's "Add your local … here" placeholders (content/asking-for-help.ts) */
  supportCardUnfinished: boolean;
  updatedAt: Time;
};

export type TemplateDetail<Time = string> = TemplateSummary<Time> & {
  /** false for built-in templates */
  editable: boolean;
  /** changes whenever the template is saved; send it back as If-Match to detect concurrent edits */
  version: string;
  content: TemplateContent;
};

type Issue = { path: (string | number)[]; message: string };
type PromptRef = { key: string; kind: unknown; config: unknown; repeatOf?: string };

/**
 * Checks that span several steps: unique keys, and repeats that point back
 * to an earlier prompt the summary can pair them with. Written against
 * possibly-invalid input (see `when` above), so it only trusts what it checks.
 */
function crossFieldIssues(steps: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const stepKeys = new Map<string, number>();
  const prompts = new Map<string, { index: number; prompt: PromptRef }>();

  steps.forEach((step, index) => {
    if (!isRecord(step)) return;
    if (typeof step.key === "string") {
      const firstStep = stepKeys.get(step.key);
      if (firstStep !== undefined) {
        issues.push({ path: ["steps", index, "key"], message: `"${step.key}" is already the key of steps[${firstStep}]; step keys must be unique` });
      } else {
        stepKeys.set(step.key, index);
      }
    }

    let prompt = promptRef(step.prompt);
    if (!prompt) return;

    if (prompt.repeatOf !== undefined) {
      const target = prompts.get(prompt.repeatOf);
      const path = ["steps", index, "prompt", "repeatOf"];
      if (!target) {
        const wanted = prompt.repeatOf;
        const later = steps.findIndex((s, i) => i > index && isRecord(s) && promptRef(s.prompt)?.key === wanted);
        issues.push({
          path,
          message:
            prompt.repeatOf === prompt.key
              ? "a prompt cannot repeat itself"
              : later >= 0
                ? `"${prompt.repeatOf}" is a later prompt (steps[${later}]); a repeat must come after the prompt it repeats`
                : `there is no earlier prompt with the key "${prompt.repeatOf}"`,
        });
        // Treat it as an original from here on, so a correct repeat of it
        // further down is not reported as a confusing follow-on error.
        prompt = { ...prompt, repeatOf: undefined };
      } else if (target.prompt.repeatOf !== undefined) {
        // Chains would make the before/after pairing ambiguous.
        issues.push({ path, message: `"${prompt.repeatOf}" is itself a repeat; point to the original prompt "${target.prompt.repeatOf}" instead` });
      } else if (target.prompt.kind !== prompt.kind) {
        issues.push({ path, message: `"${prompt.repeatOf}" is a ${String(target.prompt.kind)} prompt; a repeat must be the same kind (this one is ${String(prompt.kind)})` });
      } else if (!sameJson(target.prompt.config, prompt.config)) {
        issues.push({
          path: ["steps", index, "prompt", "config"],
          message: `must be identical to the config of "${prompt.repeatOf}" (steps[${target.index}]) so the answers can be compared`,
        });
      }
    }

    const first = prompts.get(prompt.key);
    if (first) {
      issues.push({
        path: ["steps", index, "prompt", "key"],
        message: `"${prompt.key}" is already the key of the prompt in steps[${first.index}]; prompt keys must be unique`,
      });
    } else {
      prompts.set(prompt.key, { index, prompt });
    }
  });
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function promptRef(value: unknown): PromptRef | undefined {
  if (!isRecord(value) || typeof value.key !== "string") return undefined;
  return {
    key: value.key,
    kind: value.kind,
    config: value.config,
    repeatOf: typeof value.repeatOf === "string" ? value.repeatOf : undefined,
  };
}

/** Structural equality for plain JSON values, ignoring key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// ---------------------------------------------------------------------------
// The export/import file wrapper.

export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, { error: `this is not a Hearth template file (expected format "${TEMPLATE_FILE_FORMAT}")` }),
  version: z.literal(TEMPLATE_FILE_VERSION, {
    error: (iss) =>
      typeof iss.input === "number" && iss.input > TEMPLATE_FILE_VERSION
        ? `this file was made by a newer version of Hearth (file version ${iss.input}); update Hearth to import it`
        : `must be ${TEMPLATE_FILE_VERSION}`,
  }),
  template: templateContentSchema,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** Wrap a template for download; the inverse of `parseTemplateFile`. */
export function toTemplateFile(content: TemplateContent): TemplateFile {
  return { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, template: content };
}

// ---------------------------------------------------------------------------
// Parsing with errors a facilitator can act on.

export type TemplateError = { path: string; message: string };
export type TemplateParseResult<T> = { ok: true; content: T } | { ok: false; errors: TemplateError[] };

/** Refuse absurd files before JSON.parse spends memory on them. */
export const MAX_TEMPLATE_FILE_BYTES = 1_000_000;

/** Validate a template object (e.g. from the editor or a parsed file). */
export function parseTemplateContent(raw: unknown): TemplateParseResult<TemplateContent> {
  return toResult(templateContentSchema, raw);
}

/**
 * Validate an imported template file: either its text or the already-parsed
 * JSON value. Error paths are relative to the file, e.g.
 * "template.steps[3].prompt.config.options".
 */
export function parseTemplateFile(raw: unknown): TemplateParseResult<TemplateContent> {
  let value = raw;
  if (typeof raw === "string") {
    if (new TextEncoder().encode(raw).length > MAX_TEMPLATE_FILE_BYTES) {
      return fail("(file)", `is larger than ${MAX_TEMPLATE_FILE_BYTES / 1_000_000} MB; a template file is much smaller than that`);
    }
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return fail("(file)", `is not valid JSON (${error instanceof Error ? error.message : "parse error"})`);
    }
  }
  const parsed = toResult(templateFileSchema, value);
  return parsed.ok ? { ok: true, content: parsed.content.template } : parsed;
}

function fail(path: string, message: string): { ok: false; errors: TemplateError[] } {
  return { ok: false, errors: [{ path, message }] };
}

function toResult<S extends z.ZodType>(schema: S, raw: unknown): TemplateParseResult<z.output<S>> {
  const result = schema.safeParse(raw, { error: friendlyMessage });
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** ["steps", 3, "prompt", "config"] → "steps[3].prompt.config" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/**
 * Plain-language messages for zod's built-in checks. Used as a per-parse
 * error map, so messages written on the schema itself take precedence.
 */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required (expected ${expected})`;
      return `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
      if (issue.origin === "array") return `needs at least ${min} item${min === 1 ? "" : "s"}`;
      return `must be at least ${min}`;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") {
        const length = typeof issue.input === "string" ? ` (it has ${issue.input.length})` : "";
        return `must be at most ${max} characters${length}`;
      }
      if (issue.origin === "array") return `can have at most ${max} item${max === 1 ? "" : "s"}`;
      return `must be at most ${max}`;
    }
    case "invalid_value":
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "invalid_union":
      if (issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}
