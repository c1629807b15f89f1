// The shape of one language's defaults for a new template (content/starter/<locale>.ts).
import type { TemplateResources } from "../../lib/template-schema";

/** A support-card item as a language writes it; `placeholder` marks the stand-ins a facilitator must replace. */
export type StarterItem = TemplateResources["items"][number] & {
  /**
   * A stand-in for a local service ("Add your local crisis line here"): the
   * console warns while one is left and participants never see it. The flag
   * stays here: templates store only the label, and isPlaceholderResource
   * recognises it by that label, in any language.
   */
  placeholder?: true;
};

export type StarterDefaults = {
  /** the content note of a blank or imported template: generic, since the topic is not known yet */
  contentNote: string;
  /** the support card every new template starts with: no phone numbers, placeholders for local services */
  resources: Omit<TemplateResources, "items"> & { items: StarterItem[] };
  /** the words an imported article's template is given where the article says nothing (lib/markdown-import) */
  imported: { title: string; description: string; introduction: string; untitled: string; continued: string };
};
