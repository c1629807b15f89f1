// A template's pictures: who may see one, storing an upload or a .docx's
// pictures (checked and re-encoded), and carrying them over when a template
// is made from content (new, copied, imported, restored).
import { TEMPLATE_LIMITS, type TemplateContent } from "../../lib/template-schema";
import { phoneCopy } from "../images/phone-copy";
import { type ReencodedImage, reencodeImage } from "../images/reencode-image";
import { docxToMarkdown } from "../import/docx-to-markdown";
import type { CoFacilitatorRepository } from "../repositories/co-facilitator-repository";
import type { SessionRepository } from "../repositories/session-repository";
import type { TemplateImageRepository } from "../repositories/template-image-repository";
import type { TemplateRecord, TemplateRepository } from "../repositories/template-repository";
import { HearthError } from "./hearth-error";
import type { TemplateAccess } from "./template-access";
import { validationError } from "./template-errors";

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

export type TemplatePicturesOptions = {
  templates: TemplateRepository;
  images?: TemplateImageRepository;
  /** who else may see a picture: those who run a session showing it (owner, co-facilitators) */
  coFacilitators?: Pick<CoFacilitatorRepository, "isCoFacilitator">;
  sessions?: Pick<SessionRepository, "findById">;
  access: TemplateAccess;
  now: () => Date;
};

export function createTemplatePictures({ templates, images, coFacilitators, sessions, access, now }: TemplatePicturesOptions) {
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

    /** Stores a picture for one of this facilitator's templates, checked and re-encoded. */
    async addImage(id: string, ownerId: string, bytes: Uint8Array) {
      const template = await access.owned(id, ownerId);
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

    /** Every picture a step shows must be one stored for this template. */
    async checkImages(templateId: string, content: TemplateContent): Promise<void> {
      const used = content.steps.flatMap((step, i) => (step.image ? [{ i, id: step.image.id }] : []));
      if (used.length === 0) return;
      const stored = images ? await images.idsOfTemplate(templateId) : new Set<string>();
      const errors = used
        .filter((u) => !stored.has(u.id))
        .map((u) => ({ path: `steps[${u.i}].image`, message: "is not stored for this template any more: upload the picture again" }));
      if (errors.length) throw validationError("The template was not saved", errors);
    },

    /** After a save: the template's pictures no step shows any more go. */
    async deleteUnused(templateId: string, content: TemplateContent): Promise<void> {
      await images?.deleteUnused(
        templateId,
        content.steps.flatMap((s) => (s.image ? [s.image.id] : [])),
      );
    },

    /**
     * A template made from content (new, copied, imported, restored) is stored
     * without pictures first; then each picture its steps name joins it, if
     * it is this facilitator's: a detached one (the deleted template being
     * restored, a .docx's pictures) is attached, one another template holds (a
     * duplicate) is copied. Copying a template shared with the facilitator's
     * team (`source`) copies that template's pictures too, whoever added them.
     * Any other reference is dropped, never trusted.
     */
    async createWithImages(ownerId: string, content: TemplateContent, source?: TemplateRecord): Promise<TemplateRecord> {
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
    },
  };
}

export type TemplatePictures = ReturnType<typeof createTemplatePictures>;
