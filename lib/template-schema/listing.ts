// What the template routes answer with (the shapes, not the rules).
import type { Locale } from "../i18n/locales";
import type { TemplateContent } from "./content";

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
  /** the support card still has the starter's "Add your local … here" placeholders, in any language (content/starter) */
  supportCardUnfinished: boolean;
  /** the language it is written in (a session run from it starts in this language) */
  language: Locale;
  updatedAt: Time;
};

export type TemplateDetail<Time = string> = TemplateSummary<Time> & {
  /** false for built-in templates */
  editable: boolean;
  /** changes whenever the template is saved; send it back as If-Match to detect concurrent edits */
  version: string;
  content: TemplateContent;
};
