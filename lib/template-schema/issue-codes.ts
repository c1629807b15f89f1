// A stable code (and its numbers) for every template problem, beside the
// English message: the editor says each problem in the facilitator's own
// language (components/template-editor/problem-text.ts), while the API, the
// command line and file imports keep the English message. Custom checks name
// their code in `params.code`; zod's own checks are named by kind and bound.
import type { z } from "zod";

export type TemplateIssue = { code: string; params?: Record<string, string | number> };

const KEY_FIELDS = new Set(["key", "repeatOf"]);

export function issueOf(issue: z.core.$ZodIssue): TemplateIssue {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? { code: "required" } : { code: "wrongType", params: { expected: issue.expected } };
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min === 1 ? { code: "empty" } : { code: "tooShort", params: { min } };
      return { code: issue.origin === "array" ? "tooFewItems" : "tooSmall", params: { min } };
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return { code: "tooLong", params: { max } };
      return { code: issue.origin === "array" ? "tooManyItems" : "tooLarge", params: { max } };
    }
    case "invalid_value":
    case "invalid_union":
      return { code: "notAllowed" };
    case "invalid_format": {
      const last = issue.path[issue.path.length - 1];
      if (typeof last === "string" && KEY_FIELDS.has(last)) return { code: "keyFormat" };
      return { code: last === "id" ? "unknownPicture" : "badFormat" };
    }
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return typeof code === "string" ? { code, params } : { code: "invalid" };
    }
    default:
      return { code: "invalid" };
  }
}
