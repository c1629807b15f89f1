// What a refused template change says: every problem with its field path, a
// conflicting save, and the read-only messages.
import { parseTemplateContent, type TemplateContent, type TemplateError, TEMPLATE_LIMITS } from "../../lib/template-schema";
import { cleanFacilitatorText } from "../../lib/user-text";
import type { TemplateRecord } from "../repositories/template-repository";
import { HearthError } from "./hearth-error";
import { versionOf } from "./template-records";

export const BUILT_IN_READ_ONLY = "Built-in templates can't be changed — duplicate it to make your own.";
export const SHARED_READ_ONLY = "Only the team's owner and admins can change its shared templates — duplicate it to make your own.";
export const SHARED_AUTHOR_ONLY = "Only the facilitator who made this template can delete it or stop sharing it.";

/** Bad template content: every problem, each naming its field (e.g. "steps[2].prompt.question"). */
export class TemplateValidationError extends HearthError {
  constructor(
    message: string,
    readonly fields: TemplateError[],
  ) {
    super("BAD_REQUEST", message, { fields });
    this.name = "TemplateValidationError";
  }
}

/** The template changed since the editor loaded it (another tab, another device). */
export class TemplateConflictError extends HearthError {
  constructor(readonly current: TemplateRecord) {
    super(
      "CONFLICT",
      "This template was changed somewhere else (another tab or device) since you opened it. " + "Reload to see the latest version, or save again to replace it with yours.",
      { currentVersion: versionOf(current) },
    );
    this.name = "TemplateConflictError";
  }
}

export function validationError(intro: string, errors: TemplateError[]): TemplateValidationError {
  const shown = errors.slice(0, 5).map((e) => `${e.path} ${e.message}`);
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : "";
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return new TemplateValidationError(`${intro} — ${count}: ${shown.join("; ")}${more}.`, errors.slice(0, 200));
}

export function validContent(raw: unknown, intro: string): TemplateContent {
  // with codes: the editor says each problem in the facilitator's language
  const parsed = parseTemplateContent(raw, { codes: true });
  if (!parsed.ok) throw validationError(intro, parsed.errors);
  return parsed.content;
}

export function checkTitle(raw: unknown): string {
  // cleaned like every facilitator text (lib/activities.ts facilitatorLine)
  const title = typeof raw === "string" ? cleanFacilitatorText(raw, false).trim() : "";
  if (title === "") throw validationError("The title was not saved", [{ path: "title", message: "must not be empty", code: "empty" }]);
  if (title.length > TEMPLATE_LIMITS.title) {
    throw validationError("The title was not saved", [
      { path: "title", message: `must be at most ${TEMPLATE_LIMITS.title} characters (it has ${title.length})`, code: "tooLong", params: { max: TEMPLATE_LIMITS.title } },
    ]);
  }
  return title;
}
