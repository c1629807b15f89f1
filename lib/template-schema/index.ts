// The shape of a session template: the article split into steps, each of which
// may carry one prompt, plus the content note and the support-resources card.
// The same schema checks the built-in template, the editor's saves and JSON
// files a facilitator imports, so every bound lives here once.
//
// One module per job: limits.ts (every bound), steps.ts (a step and its
// prompt), resources.ts (the support card, the safety-net phrases),
// cross-field.ts (checks across steps), content.ts (the whole template),
// file.ts (the export/import wrapper), parse.ts (errors a facilitator can act
// on), listing.ts (what the routes answer with).
export { type TemplateContent, templateContentSchema } from "./content";
export { type TemplateFile, TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION, templateFileSchema, toTemplateFile } from "./file";
export { TEMPLATE_LIMITS } from "./limits";
export type { TemplateDetail, TemplateSummary } from "./listing";
export type { TemplateIssue } from "./issue-codes";
export {
  formatPath,
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateContent,
  parseTemplateFile,
  type TemplateError,
  type TemplateParseOptions,
  type TemplateParseResult,
} from "./parse";
export { isSafeLinkUrl, resourcesSchema, safetyNetPhrasesSchema, type TemplateResources } from "./resources";
export { type TemplatePrompt, templatePromptSchema, type TemplateStep, templateStepSchema } from "./steps";
