// How a stored template is shown: the listing and detail the routes answer
// with, its version (for If-Match), and the names a new, copied or exported
// template gets.
import { defaultContentNote, hasPlaceholderResources, starterResources } from "../../content/starter";
import { DEFAULT_LOCALE } from "../../lib/i18n/locales";
import { slugify } from "../../lib/slug";
import { TEMPLATE_LIMITS, type TemplateDetail as ApiTemplateDetail, type TemplateSummary as ApiTemplateSummary, type TemplateContent } from "../../lib/template-schema";
import type { TemplateRecord } from "../repositories/template-repository";

export const BLANK_TEMPLATE_TITLE = "Untitled template";

/** What a new, empty template starts with: valid as it is, ready to fill in. */
export function blankTemplate(title = BLANK_TEMPLATE_TITLE): TemplateContent {
  const language = DEFAULT_LOCALE;
  return {
    schemaVersion: 1,
    language,
    title,
    description: "",
    contentNote: defaultContentNote(language),
    resources: starterResources(language),
    steps: [{ key: "welcome", title: "Welcome", body: "", facilitatorNotes: "", reactions: false }],
  };
}

export type TemplateSummary = ApiTemplateSummary<Date>;
export type TemplateDetail = ApiTemplateDetail<Date>;

export function summarise(t: TemplateRecord): TemplateSummary {
  return {
    team: t.teamId ? { id: t.teamId, name: t.teamName ?? "" } : null,
    mine: t.viewer?.mine ?? t.builtInKey === null,
    id: t.id,
    title: t.title,
    builtIn: t.builtInKey !== null,
    description: t.content.description ?? "",
    stepCount: t.content.steps.length,
    promptCount: t.content.steps.filter((s) => s.prompt).length,
    supportCardUnfinished: hasPlaceholderResources(t.content.resources),
    language: t.content.language ?? DEFAULT_LOCALE,
    updatedAt: t.updatedAt,
  };
}

export function versionOf(t: TemplateRecord): string {
  return String(t.updatedAt.getTime());
}

export function detail(t: TemplateRecord): TemplateDetail {
  return { ...summarise(t), editable: t.viewer?.editable ?? t.builtInKey === null, version: versionOf(t), content: t.content };
}

/** "Asking for help" → "asking-for-help.hearth-template.json" */
export function exportFileName(title: string): string {
  return `${slugify(title, 60) || "template"}.hearth-template.json`;
}

export function copyTitle(title: string): string {
  const suffix = " (copy)";
  const room = TEMPLATE_LIMITS.title - suffix.length;
  return `${title.length > room ? title.slice(0, room).trimEnd() : title}${suffix}`;
}
