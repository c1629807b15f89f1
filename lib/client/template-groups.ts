// How /templates and the dashboard group what GET /api/templates lists: the
// facilitator's own (and their team's) first, then the built-in session in
// the facilitator's own language, then the built-ins in the other languages
// (shown folded away), each in the API's order (built-ins English first, then
// by language code). A language without a built-in of its own gets the
// English one, as the right-to-left test locale does.
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import type { TemplateSummary } from "../template-schema";

export type TemplateGroups<T> = { own: T[]; builtIn: T[]; otherLanguages: T[] };

export function groupTemplates<T extends Pick<TemplateSummary, "builtIn" | "language">>(templates: readonly T[], pageLocale: string): TemplateGroups<T> {
  const builtIns = templates.filter((t) => t.builtIn);
  const wanted: Locale = isLocale(pageLocale) && builtIns.some((t) => t.language === pageLocale) ? pageLocale : DEFAULT_LOCALE;
  return {
    own: templates.filter((t) => !t.builtIn),
    builtIn: builtIns.filter((t) => t.language === wanted),
    otherLanguages: builtIns.filter((t) => t.language !== wanted),
  };
}
