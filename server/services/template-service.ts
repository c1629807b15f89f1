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
// - Everything stored has passed lib/template-schema.ts; a rejected save or
//   import stores nothing and lists every problem with its field path.
import { cleanFacilitatorText } from "../../lib/user-text";
import { defaultContentNote, hasPlaceholderResources, starterResources } from "../../content/starter";
import { DEFAULT_LOCALE } from "../../lib/i18n/locales";
import { importMarkdownArticle } from "../../lib/markdown-import";
import {
  TEMPLATE_LIMITS,
  parseTemplateContent,
  parseTemplateFile,
  toTemplateFile,
  type TemplateContent,
  type TemplateDetail as ApiTemplateDetail,
  type TemplateError,
  type TemplateFile,
  type TemplateSummary as ApiTemplateSummary,
} from "../../lib/template-schema";
import { slugify } from "../../lib/slug";
import type { TemplateImageRepository } from "../repositories/template-image-repository";
import type { TemplateRecord, TemplateRepository } from "../repositories/template-repository";
import { phoneCopy } from "../images/phone-copy";
import { reencodeImage, type ReencodedImage } from "../images/reencode-image";
import type { CoFacilitatorRepository } from "../repositories/co-facilitator-repository";
import type { SessionRepository } from "../repositories/session-repository";
import { docxToMarkdown } from "../import/docx-to-markdown";
import { HearthError, notFound } from "./hearth-error";

export const BUILT_IN_READ_ONLY = "Built-in templates can't be changed — duplicate it to make your own.";

/** Bad template content: every problem, each naming its field (e.g. "steps[2].prompt.question"). */
export class TemplateValidationError extends HearthError {
  constructor(
    message: string,
    readonly fields: TemplateError[],
  ) {
    super("BAD_REQUEST", message, { fields });
    this.name = "TemplateValidationError";
  }
}

/** The template changed since the editor loaded it (another tab, another device). */
export class TemplateConflictError extends HearthError {
  constructor(readonly current: TemplateRecord) {
    super(
      "CONFLICT",
      "This template was changed somewhere else (another tab or device) since you opened it. " + "Reload to see the latest version, or save again to replace it with yours.",
      { currentVersion: versionOf(current) },
    );
    this.name = "TemplateConflictError";
  }
}

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

function validationError(intro: string, errors: TemplateError[]): TemplateValidationError {
  const shown = errors.slice(0, 5).map((e) => `${e.path} ${e.message}`);
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : "";
  const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  return new TemplateValidationError(`${intro} — ${count}: ${shown.join("; ")}${more}.`, errors.slice(0, 200));
}

/** Pictures one template may hold (replacing one keeps the old one until the template goes). */
export const MAX_IMAGES_PER_TEMPLATE = 2 * TEMPLATE_LIMITS.maxSteps;

/** .docx pictures waiting to be imported, per facilitator: more are kept as their description only. */
export const MAX_PENDING_PICTURES = 100;

/**
 * A picture as stored: its phone copy is made now, at upload, so that fifty
 * phones reaching a step at once never wait for it to be made.
 */
function withPhoneCopy(image: ReencodedImage) {
  return { mime: image.mime, width: image.width, height: image.height, data: image.data, phoneData: phoneCopy(image)?.data ?? null };
}

function withoutImages(content: TemplateContent): TemplateContent {
  return { ...content, steps: content.steps.map(({ image: _image, ...step }) => step) };
}

export const SHARED_READ_ONLY = "Only the team's owner and admins can change its shared templates — duplicate it to make your own.";
export const SHARED_AUTHOR_ONLY = "Only the facilitator who made this template can delete it or stop sharing it.";

/** The teams side of the rules (server/services/team-service.ts). */
export type TemplateTeams = {
  roleOf(teamId: string, facilitatorId: string): Promise<"owner" | "admin" | "member" | null>;
  currentTeam(facilitatorId: string): Promise<{ id: string } | null>;
};

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
  async function mayEdit(template: TemplateRecord, facilitatorId: string): Promise<boolean> {
    if (template.builtInKey !== null || template.ownerId === null) return false;
    if (template.ownerId === facilitatorId) return true;
    const role = template.teamId && teams ? await teams.roleOf(template.teamId, facilitatorId) : null;
    return role === "owner" || role === "admin";
  }
  async function withViewer(template: TemplateRecord, facilitatorId: string): Promise<TemplateRecord> {
    return { ...template, viewer: { mine: template.ownerId === facilitatorId, editable: await mayEdit(template, facilitatorId) } };
  }

  /** The template if this facilitator may see it (own, built-in, or shared with their team); otherwise "not found". */
  async function visible(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await templates.findVisible(id, ownerId);
    if (!template) throw notFound("template");
    return withViewer(template, ownerId);
  }

  /** The template if this facilitator may change it; built-in ones, and a member's change to a shared one, are refused. */
  async function owned(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await visible(id, ownerId);
    if (!template.viewer!.editable) throw new HearthError("FORBIDDEN", template.builtInKey !== null ? BUILT_IN_READ_ONLY : SHARED_READ_ONLY);
    return template;
  }

  /** The template if this facilitator made it (deleting, sharing). */
  async function authored(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await owned(id, ownerId);
    if (template.ownerId !== ownerId) throw new HearthError("FORBIDDEN", SHARED_AUTHOR_ONLY);
    return template;
  }

  /** Every picture a step shows must be one stored for this template. */
  async function checkImages(templateId: string, content: TemplateContent): Promise<void> {
    const used = content.steps.flatMap((step, i) => (step.image ? [{ i, id: step.image.id }] : []));
    if (used.length === 0) return;
    const stored = images ? await images.idsOfTemplate(templateId) : new Set<string>();
    const errors = used
      .filter((u) => !stored.has(u.id))
      .map((u) => ({ path: `steps[${u.i}].image`, message: "is not stored for this template any more: upload the picture again" }));
    if (errors.length) throw validationError("The template was not saved", errors);
  }

  /**
   * A template made from content (new, copied, imported, restored) is stored
   * without pictures first; then each picture its steps name joins it, if
   * it is this facilitator's: a detached one (the deleted template being
   * restored, a .docx's pictures) is attached, one another template holds (a
   * duplicate) is copied. Copying a template shared with the facilitator's
   * team (`source`) copies that template's pictures too, whoever added them.
   * Any other reference is dropped, never trusted.
   */
  async function createWithImages(ownerId: string, content: TemplateContent, source?: TemplateRecord): Promise<TemplateRecord> {
    const created = await templates.create(ownerId, withoutImages(content));
    if (!images || !content.steps.some((s) => s.image)) return created;
    const mapped = new Map<string, string | null>();
    for (const step of content.steps) {
      const from = step.image?.id;
      if (!from || mapped.has(from)) continue;
      const stored = await images.findOwnedMeta(from, ownerId);
      if (stored?.templateId === null && (await images.attach(from, ownerId, created.id))) mapped.set(from, from);
      else if (stored) mapped.set(from, await images.copyTo(from, { ownerId }, ownerId, created.id));
      else if (source) mapped.set(from, await images.copyTo(from, { templateId: source.id }, ownerId, created.id));
      else mapped.set(from, null);
    }
    const steps = content.steps.map(({ image, ...step }) => {
      const id = image ? mapped.get(image.id) : null;
      return id && image ? { ...step, image: { id, alt: image.alt } } : step;
    });
    if (!steps.some((s) => "image" in s)) return created;
    return (await templates.updateEditable(created.id, ownerId, { ...content, steps })) ?? created;
  }

  function validContent(raw: unknown, intro: string): TemplateContent {
    const parsed = parseTemplateContent(raw);
    if (!parsed.ok) throw validationError(intro, parsed.errors);
    return parsed.content;
  }

  return {
    /**
     * A picture for whoever may see its template (its author, the team it is
     * shared with), or runs a session that shows it (their console and
     * projector need it); anyone else: NOT_FOUND, like a missing one.
     */
    async imageFor(imageId: string, facilitatorId: string) {
      let image = (await images?.findById(imageId)) ?? null;
      if (image && image.ownerId !== facilitatorId && !(image.templateId && (await templates.findVisible(image.templateId, facilitatorId)))) {
        let runsOne = false;
        for (const sessionId of await images!.sessionsShowing(imageId)) {
          const session = await sessions?.findById(sessionId);
          if (session && (session.ownerId === facilitatorId || (await coFacilitators?.isCoFacilitator(sessionId, facilitatorId)))) {
            runsOne = true;
            break;
          }
        }
        if (!runsOne) image = null;
      }
      if (!image) throw new HearthError("NOT_FOUND", "There is no such picture.");
      return image;
    },

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
        return createWithImages(ownerId, validContent(input.content, "The template was not saved"));
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
      await checkImages(id, content);
      const expected = expectedVersion !== undefined ? new Date(Number(expectedVersion)) : undefined;
      if (expected && (Number.isNaN(expected.getTime()) || versionOf(current) !== expectedVersion)) throw new TemplateConflictError(current);
      const updated = await templates.updateEditable(id, ownerId, content, expected);
      if (updated) {
        await images?.deleteUnused(
          id,
          content.steps.flatMap((s) => (s.image ? [s.image.id] : [])),
        );
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
      return createWithImages(ownerId, content, source);
    },

    /** Returns the deleted content, so the page can offer "Undo". */
    async remove(id: string, ownerId: string): Promise<TemplateContent> {
      const template = await authored(id, ownerId);
      if (!(await templates.deleteOwned(id, ownerId, now()))) throw notFound("template");
      return template.content;
    },

    async importMarkdown(ownerId: string, markdown: unknown, title?: string): Promise<{ template: TemplateRecord; warnings: string[] }> {
      if (typeof markdown !== "string" || markdown.trim() === "") {
        throw validationError("Nothing was imported", [{ path: "markdown", message: "is empty: paste an article or choose a .md file" }]);
      }
      const result = importMarkdownArticle(markdown, title?.trim() ? { title } : {});
      if (!result.ok) throw validationError("The article could not be imported", result.errors);
      const template = await createWithImages(ownerId, result.content);
      const wanted = result.content.steps.filter((s) => s.image).length;
      const missing = wanted - template.content.steps.filter((s) => s.image).length;
      const warnings = [...result.warnings];
      if (missing > 0) {
        warnings.push(
          `${missing === 1 ? "1 picture was" : `${missing} pictures were`} no longer stored (a document's pictures wait an hour for their import): its step has only its text. Choose the document again to bring ${missing === 1 ? "it" : "them"} back, or add ${missing === 1 ? "it" : "them"} in the editor.`,
        );
      }
      return { template, warnings };
    },

    /** `file`: the file's text (or its parsed JSON). Nothing is stored unless all of it is valid. */
    async importFile(ownerId: string, file: unknown): Promise<TemplateRecord> {
      if (typeof file === "string" && file.trim() === "") {
        throw validationError("Nothing was imported", [{ path: "(file)", message: "is empty: choose a template file exported from Hearth" }]);
      }
      const parsed = parseTemplateFile(file);
      if (!parsed.ok) throw validationError("The file was not imported", parsed.errors);
      return createWithImages(ownerId, parsed.content);
    },

    /** Stores a picture for one of this facilitator's templates, checked and re-encoded. */
    async addImage(id: string, ownerId: string, bytes: Uint8Array) {
      const template = await owned(id, ownerId);
      if (!images) throw new HearthError("UNAVAILABLE", "Pictures cannot be stored here.");
      if ((await images.countForTemplate(template.id)) >= MAX_IMAGES_PER_TEMPLATE) {
        throw validationError("The picture was not added", [
          { path: "(file)", message: `is one too many: a template keeps at most ${MAX_IMAGES_PER_TEMPLATE} pictures. Duplicate the template to start afresh.` },
        ]);
      }
      const image = reencodeImage(bytes);
      if ("refused" in image) throw validationError("The picture was not added", [{ path: "(file)", message: image.refused }]);
      // the picture belongs with the template (its author's), whoever of the team added it
      return images.create({ templateId: template.id, ownerId: template.ownerId!, ...withPhoneCopy(image) });
    },

    /**
     * A .docx as Markdown for the import box. Its pictures (checked and
     * re-encoded like an upload) are stored detached, for the preview, and
     * named in the Markdown; importing the article attaches them.
     */
    async convertDocx(ownerId: string, bytes: Uint8Array) {
      let room = images ? Math.max(0, MAX_PENDING_PICTURES - (await images.countDetachedOf(ownerId))) : 0;
      return docxToMarkdown(bytes, async (picture) => {
        if (!images || room <= 0) return undefined;
        const image = reencodeImage(picture);
        if ("refused" in image) return { refused: image.refused };
        room--;
        const stored = await images.create({ detachedAt: now(), templateId: null, ownerId, ...withPhoneCopy(image) });
        return { id: stored.id };
      });
    },

    async exportFile(id: string, ownerId: string): Promise<{ fileName: string; file: TemplateFile }> {
      const template = await visible(id, ownerId);
      return { fileName: exportFileName(template.title), file: toTemplateFile(template.content) };
    },
  };
}

function checkTitle(raw: unknown): string {
  // cleaned like every facilitator text (lib/activities.ts facilitatorLine)
  const title = typeof raw === "string" ? cleanFacilitatorText(raw, false).trim() : "";
  if (title === "") throw validationError("The title was not saved", [{ path: "title", message: "must not be empty" }]);
  if (title.length > TEMPLATE_LIMITS.title) {
    throw validationError("The title was not saved", [{ path: "title", message: `must be at most ${TEMPLATE_LIMITS.title} characters (it has ${title.length})` }]);
  }
  return title;
}

export type TemplateService = ReturnType<typeof createTemplateService>;
