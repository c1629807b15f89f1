// How /templates groups what GET /api/templates lists: the facilitator's own
// (and their team's) first, then the built-in ones, each in the API's order.
import type { TemplateSummary } from "../template-schema";

export type TemplateGroups<T> = { own: T[]; builtIn: T[] };

export function groupTemplates<T extends Pick<TemplateSummary, "builtIn">>(templates: readonly T[]): TemplateGroups<T> {
  return { own: templates.filter((t) => !t.builtIn), builtIn: templates.filter((t) => t.builtIn) };
}
