// A server problem in the facilitator's language: by its stable code (lib/template-schema/issue-codes.ts),
// with its numbers as ICU arguments; a few codes get a message of their own for the field they are on
// (an empty content note says why it matters). A code this editor does not know yet shows the server's
// English message rather than nothing.
import type { FieldProblem } from "../../lib/client/template-editor-state";
import type { EditorText } from "../../lib/client/template-editor-text";

/** For the field it is on, a more specific message than the code's own. */
function specificCode(problem: FieldProblem): string | undefined {
  if (problem.code === "empty" && problem.fieldId === "contentNote") return "emptyContentNote";
  if (problem.code === "empty" && problem.fieldId.endsWith(".image.alt")) return "emptyPictureDescription";
  if (problem.code === "tooFewItems" && problem.fieldId === "resources.items") return "noResourceItems";
  return problem.code;
}

export function problemText(t: EditorText, problem: FieldProblem): string {
  const code = specificCode(problem);
  const key = `problems.${code}` as const;
  // the key is dynamic (the server's code), so use-intl cannot check it; t.has does, at run time
  if (!code || !t.has(key as never)) return problem.message;
  const { stepIndex, ...params } = problem.params ?? {};
  const values = typeof stepIndex === "number" ? { ...params, step: stepIndex + 1 } : params;
  return (t as unknown as (key: string, values: Record<string, string | number>) => string)(key, values);
}
