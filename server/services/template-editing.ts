// The templates a facilitator lists, makes, changes, shares and deletes
// (the editor's side; files in and out are template-transfer.ts).
import type { TemplateContent } from "../../lib/template-schema";
import type { TemplateRecord, TemplateRepository } from "../repositories/template-repository";
import { HearthError, notFound } from "./hearth-error";
import type { TemplateAccess, TemplateTeams } from "./template-access";
import { checkTitle, TemplateConflictError, validContent } from "./template-errors";
import type { TemplatePictures } from "./template-pictures";
import { BLANK_TEMPLATE_TITLE, blankTemplate, copyTitle, summarise, type TemplateSummary, versionOf } from "./template-records";

export type TemplateEditingOptions = {
  templates: TemplateRepository;
  teams?: TemplateTeams;
  access: TemplateAccess;
  pictures: TemplatePictures;
  now: () => Date;
};

export function createTemplateEditing({ templates, teams, access, pictures, now }: TemplateEditingOptions) {
  const { withViewer, visible, owned, authored } = access;
  return {
    /** Built-ins, the facilitator's own, and those shared with their current team. */
    async list(ownerId: string): Promise<TemplateSummary[]> {
      const current = (await teams?.currentTeam(ownerId)) ?? null;
      const records = await templates.listVisibleTo(ownerId, current?.id ?? null);
      return Promise.all(records.map(async (t) => summarise(await withViewer(t, ownerId))));
    },

    /** Share the author's template with a team they are in, or stop sharing it (null). */
    async share(id: string, ownerId: string, teamId: string | null): Promise<TemplateRecord> {
      const template = await authored(id, ownerId);
      if (teamId !== null && !(teams && (await teams.roleOf(teamId, ownerId)))) throw new HearthError("NOT_FOUND", "That team does not exist (or you are not in it).");
      if (!(await templates.setTeam(template.id, ownerId, teamId))) throw notFound("template");
      return visible(id, ownerId);
    },

    get: visible,

    /** A new template: blank (optionally titled), or from content the editor sends. */
    async create(ownerId: string, input: { title?: string; content?: unknown }): Promise<TemplateRecord> {
      if (input.content !== undefined) {
        return pictures.createWithImages(ownerId, validContent(input.content, "The template was not saved"));
      }
      return templates.create(ownerId, blankTemplate(checkTitle(input.title ?? BLANK_TEMPLATE_TITLE)));
    },

    /**
     * Replace an own template's content. With `expectedVersion` (the version
     * the editor loaded), a template changed elsewhere meanwhile is not overwritten.
     */
    async update(id: string, ownerId: string, raw: unknown, expectedVersion?: string): Promise<TemplateRecord> {
      const current = await owned(id, ownerId);
      const content = validContent(raw, "The template was not saved");
      await pictures.checkImages(id, content);
      const expected = expectedVersion !== undefined ? new Date(Number(expectedVersion)) : undefined;
      if (expected && (Number.isNaN(expected.getTime()) || versionOf(current) !== expectedVersion)) throw new TemplateConflictError(current);
      const updated = await templates.updateEditable(id, ownerId, content, expected);
      if (updated) {
        await pictures.deleteUnused(id, content);
        return withViewer(updated, ownerId);
      }
      // gone or changed between the read and the write
      const now = await templates.findVisible(id, ownerId);
      if (!now) throw notFound("template");
      throw new TemplateConflictError(now);
    },

    async rename(id: string, ownerId: string, rawTitle: unknown): Promise<TemplateRecord> {
      await owned(id, ownerId);
      const title = checkTitle(rawTitle);
      const renamed = await templates.renameEditable(id, ownerId, title);
      if (!renamed) throw notFound("template");
      return withViewer(renamed, ownerId);
    },

    /** An editable copy of any template this facilitator can see (how built-in ones are customised). */
    async duplicate(id: string, ownerId: string): Promise<TemplateRecord> {
      const source = await visible(id, ownerId);
      const content = validContent({ ...structuredClone(source.content), title: copyTitle(source.title) }, "The template could not be copied");
      return pictures.createWithImages(ownerId, content, source);
    },

    /** Returns the deleted content, so the page can offer "Undo". */
    async remove(id: string, ownerId: string): Promise<TemplateContent> {
      const template = await authored(id, ownerId);
      if (!(await templates.deleteOwned(id, ownerId, now()))) throw notFound("template");
      return template.content;
    },
  };
}
