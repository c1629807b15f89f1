// The rules for templates: who may see and change which, and how content gets
// in (the editor, a Markdown article, a JSON file) and out (a JSON file).
//
// - A facilitator sees the built-in templates, their own, and those shared
//   with a team they are in; anyone else's template is "not found", exactly
//   like a missing one.
// - Shared with a team (only by its author, only with a team they are in):
//   every member runs and duplicates it (a copy is the copier's own); the
//   author and the team's owner and admins change it; only the author deletes
//   it or stops sharing it. Personal templates stay personal.
// - Built-in templates are read-only: changing or deleting one is refused
//   with a message that says how to get an editable copy.
// - Everything stored has passed lib/template-schema/; a rejected save or
//   import stores nothing and lists every problem with its field path.
//
// One module per job: template-access.ts (who may see and change which),
// template-editing.ts (list, make, change, share, delete),
// template-transfer.ts (Markdown and JSON files in, JSON out),
// template-pictures.ts (a template's pictures), template-records.ts (how a
// template is shown) and template-errors.ts (what a refusal says).
import type { CoFacilitatorRepository } from "../repositories/co-facilitator-repository";
import type { SessionRepository } from "../repositories/session-repository";
import type { TemplateImageRepository } from "../repositories/template-image-repository";
import type { TemplateRepository } from "../repositories/template-repository";
import { createTemplateAccess, type TemplateTeams } from "./template-access";
import { createTemplateEditing } from "./template-editing";
import { createTemplatePictures } from "./template-pictures";
import { createTemplateTransfer } from "./template-transfer";

export type { TemplateTeams } from "./template-access";
export { BUILT_IN_READ_ONLY, SHARED_AUTHOR_ONLY, SHARED_READ_ONLY, TemplateConflictError, TemplateValidationError } from "./template-errors";
export { MAX_IMAGES_PER_TEMPLATE, MAX_PENDING_PICTURES } from "./template-pictures";
export { BLANK_TEMPLATE_TITLE, blankTemplate, copyTitle, detail, exportFileName, summarise, type TemplateDetail, type TemplateSummary, versionOf } from "./template-records";

export type TemplateServiceOptions = {
  templates: TemplateRepository;
  images?: TemplateImageRepository;
  /** who else may see a picture: those who run a session showing it (owner, co-facilitators) */
  coFacilitators?: Pick<CoFacilitatorRepository, "isCoFacilitator">;
  sessions?: Pick<SessionRepository, "findById">;
  teams?: TemplateTeams;
  now?: () => Date;
};

export function createTemplateService({ templates, images, coFacilitators, sessions, teams, now = () => new Date() }: TemplateServiceOptions) {
  const access = createTemplateAccess({ templates, teams });
  const pictures = createTemplatePictures({ templates, images, coFacilitators, sessions, access, now });
  return {
    ...createTemplateEditing({ templates, teams, access, pictures, now }),
    ...createTemplateTransfer({ access, pictures }),
    imageFor: pictures.imageFor,
    addImage: pictures.addImage,
    convertDocx: pictures.convertDocx,
  };
}

export type TemplateService = ReturnType<typeof createTemplateService>;
