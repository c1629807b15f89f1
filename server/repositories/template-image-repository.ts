// Pictures on template steps. Reads are scoped to the owner in the query
// itself, so another facilitator's picture is never found, whatever the caller
// checked. A picture belongs to one template; sessions run from it show it by
// id, so it outlives its template while a session shows it. Without a
// template (its template deleted, or a .docx picture not imported yet) it is
// "detached" and deleted once nothing shows it: by deleteDetached (after the
// time Undo needs) and at once when the last session showing it is deleted.
import type { Db } from "../db";

/** A picture without a template is kept this long (unless a session shows it): Undo of a delete, an import being previewed. */
export const DETACHED_PICTURE_KEEP_MS = 60 * 60 * 1000;

export type StoredImage = { id: string; templateId: string | null; ownerId: string; mime: string; width: number; height: number; data: Uint8Array };
type ImageMeta = Omit<StoredImage, "data">;
const META = { id: true, templateId: true, ownerId: true, mime: true, width: true, height: true } as const;

export function createTemplateImageRepository(prisma: Db) {
  /** Of these pictures, the ids some session's step shows. */
  async function shownBySessions(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await prisma.sessionStep.findMany({ where: { imageId: { in: ids } }, select: { imageId: true } });
    return new Set(rows.map((r) => r.imageId).filter((id): id is string => id !== null));
  }

  return {
    /** `templateId: null`: a picture waiting to be imported with its article (detached since `detachedAt`). */
    async create({ detachedAt, phoneData, ...input }: Omit<StoredImage, "id"> & { detachedAt?: Date; phoneData?: Uint8Array | null }): Promise<ImageMeta> {
      return prisma.templateImage.create({
        data: {
          ...input,
          data: new Uint8Array(input.data),
          phoneData: phoneData ? new Uint8Array(phoneData) : null,
          detachedAt: input.templateId === null ? (detachedAt ?? new Date()) : null,
        },
        select: META,
      });
    },
    async findOwned(id: string, ownerId: string): Promise<StoredImage | null> {
      return prisma.templateImage.findFirst({ where: { id, ownerId }, select: { ...META, data: true } });
    },
    async findOwnedMeta(id: string, ownerId: string): Promise<ImageMeta | null> {
      return prisma.templateImage.findFirst({ where: { id, ownerId }, select: META });
    },
    /** The picture by id alone, for a caller that checked access some other way. */
    async findById(id: string): Promise<StoredImage | null> {
      return prisma.templateImage.findUnique({ where: { id }, select: { ...META, data: true } });
    },
    /** What a phone is sent: the picture's type and size, and its phone copy if made (not the full picture's bytes). */
    async forPhone(id: string): Promise<{ mime: string; width: number; phoneData: Uint8Array | null } | null> {
      return prisma.templateImage.findUnique({ where: { id }, select: { mime: true, width: true, phoneData: true } });
    },
    async storePhoneCopy(id: string, data: Uint8Array): Promise<void> {
      await prisma.templateImage.updateMany({ where: { id }, data: { phoneData: new Uint8Array(data) } });
    },
    /** A session's step with its picture, and where the session is (for a participant's phone). */
    async roomStep(sessionId: string, stepId: string) {
      return prisma.sessionStep.findFirst({
        where: { id: stepId, sessionId },
        select: { position: true, imageId: true, imageOnPhones: true, session: { select: { status: true, currentStepIndex: true } } },
      });
    },
    /** The sessions whose steps show this picture. */
    async sessionsShowing(id: string): Promise<string[]> {
      const rows = await prisma.sessionStep.findMany({ where: { imageId: id }, select: { sessionId: true }, distinct: ["sessionId"] });
      return rows.map((r) => r.sessionId);
    },
    async countForTemplate(templateId: string): Promise<number> {
      return prisma.templateImage.count({ where: { templateId } });
    },
    /** Pictures this facilitator uploaded with a .docx that no template holds yet. */
    async countDetachedOf(ownerId: string): Promise<number> {
      return prisma.templateImage.count({ where: { ownerId, templateId: null } });
    },
    /**
     * Deletes the template's pictures that neither its content (`keep`) nor
     * any session run from it shows: replaced and removed pictures do not pile up.
     */
    async deleteUnused(templateId: string, keep: Iterable<string>): Promise<number> {
      const candidates = (await prisma.templateImage.findMany({ where: { templateId, id: { notIn: [...keep] } }, select: { id: true } })).map((r) => r.id);
      const shown = await shownBySessions(candidates);
      const unused = candidates.filter((id) => !shown.has(id));
      if (unused.length === 0) return 0;
      return (await prisma.templateImage.deleteMany({ where: { templateId, id: { in: unused } } })).count;
    },
    async idsOfTemplate(templateId: string): Promise<Set<string>> {
      const rows = await prisma.templateImage.findMany({ where: { templateId }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    },
    /** Before its template is deleted: its pictures are detached from now (the foreign key then empties templateId). */
    async markDetached(templateId: string, at: Date): Promise<void> {
      await prisma.templateImage.updateMany({ where: { templateId }, data: { detachedAt: at } });
    },
    /** A detached picture of this owner joins a template (a restored template, an imported article). */
    async attach(id: string, ownerId: string, templateId: string): Promise<boolean> {
      const { count } = await prisma.templateImage.updateMany({ where: { id, ownerId, templateId: null }, data: { templateId, detachedAt: null } });
      return count === 1;
    },
    /**
     * A copy of a picture for another template, owned by `ownerId`: of one of
     * their own pictures, or of one on a template they may see (`from.templateId`, checked by the caller).
     */
    async copyTo(id: string, from: { ownerId: string } | { templateId: string }, ownerId: string, templateId: string): Promise<string | null> {
      const source = await prisma.templateImage.findFirst({ where: { id, ...from } });
      if (!source) return null;
      const copy = await prisma.templateImage.create({
        data: { templateId, ownerId, mime: source.mime, width: source.width, height: source.height, data: source.data, phoneData: source.phoneData },
        select: { id: true },
      });
      return copy.id;
    },
    /**
     * Deletes detached pictures no session shows: among `ids` (a session just
     * deleted), or all of them detached before `before` (or detached by a
     * cascade, which sets no time). Returns how many went.
     */
    async deleteDetached(scope: { ids: string[] } | { before: Date }): Promise<number> {
      const where = "ids" in scope ? { id: { in: scope.ids }, templateId: null } : { templateId: null, OR: [{ detachedAt: null }, { detachedAt: { lt: scope.before } }] };
      if ("ids" in scope && scope.ids.length === 0) return 0;
      const candidates = (await prisma.templateImage.findMany({ where, select: { id: true } })).map((r) => r.id);
      const shown = await shownBySessions(candidates);
      const unused = candidates.filter((id) => !shown.has(id));
      if (unused.length === 0) return 0;
      // templateId: null again, in case one was attached meanwhile
      return (await prisma.templateImage.deleteMany({ where: { id: { in: unused }, templateId: null } })).count;
    },
  };
}

export type TemplateImageRepository = ReturnType<typeof createTemplateImageRepository>;
