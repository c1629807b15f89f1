// Parsing with errors a facilitator can act on: every problem as a path
// ("steps[3].prompt.config") and a plain-language message.
import type { z } from "zod";
import { templateContentSchema, type TemplateContent } from "./content";
import { templateFileSchema } from "./file";
import { issueOf, type TemplateIssue } from "./issue-codes";

/** A problem: its field's path and an English message; with `codes`, also its stable code (the editor translates by it). */
export type TemplateError = { path: string; message: string } & Partial<TemplateIssue>;
/** `codes`: add each problem's code and numbers (lib/template-schema/issue-codes.ts), for a screen that says it in another language. */
export type TemplateParseOptions = { codes?: boolean };
export type TemplateParseResult<T> = { ok: true; content: T } | { ok: false; errors: TemplateError[] };

/** Refuse absurd files before JSON.parse spends memory on them. */
export const MAX_TEMPLATE_FILE_BYTES = 1_000_000;

/** Validate a template object (e.g. from the editor or a parsed file). */
export function parseTemplateContent(raw: unknown, options: TemplateParseOptions = {}): TemplateParseResult<TemplateContent> {
  return toResult(templateContentSchema, raw, options);
}

/**
 * Validate an imported template file: either its text or the already-parsed
 * JSON value. Error paths are relative to the file, e.g.
 * "template.steps[3].prompt.config.options".
 */
export function parseTemplateFile(raw: unknown, options: TemplateParseOptions = {}): TemplateParseResult<TemplateContent> {
  let value = raw;
  if (typeof raw === "string") {
    if (new TextEncoder().encode(raw).length > MAX_TEMPLATE_FILE_BYTES) {
      return fail("(file)", `is larger than ${MAX_TEMPLATE_FILE_BYTES / 1_000_000} MB; a template file is much smaller than that`, options, {
        code: "fileTooLarge",
        params: { megabytes: MAX_TEMPLATE_FILE_BYTES / 1_000_000 },
      });
    }
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return fail("(file)", `is not valid JSON (${error instanceof Error ? error.message : "parse error"})`, options, { code: "notJson" });
    }
  }
  const parsed = toResult(templateFileSchema, value, options);
  return parsed.ok ? { ok: true, content: parsed.content.template } : parsed;
}

function fail(path: string, message: string, options: TemplateParseOptions, issue: TemplateIssue): { ok: false; errors: TemplateError[] } {
  return { ok: false, errors: [{ path, message, ...(options.codes ? issue : {}) }] };
}

function toResult<S extends z.ZodType>(schema: S, raw: unknown, options: TemplateParseOptions): TemplateParseResult<z.output<S>> {
  // the input is reported only for the codes (was a field missing, or of the wrong type?); it never leaves this function
  const result = schema.safeParse(raw, { error: friendlyMessage, reportInput: options.codes === true });
  if (result.success) return { ok: true, content: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message, ...(options.codes ? issueOf(issue) : {}) })),
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
