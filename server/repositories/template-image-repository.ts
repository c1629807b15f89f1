// Pictures on template steps. Reads are scoped to the owner in the query
// itself, so another facilitator's picture is never found, whatever the caller
// checked. Rows go with their template (ON DELETE CASCADE).
import type { Db } from "../db";

export type StoredImage = { id: string; templateId: string; ownerId: string; mime: string; width: number; height: number; data: Uint8Array };

export function createTemplateImageRepository(prisma: Db) {
  return {
    async create(input: Omit<StoredImage, "id">): Promise<Omit<StoredImage, "data">> {
      return prisma.templateImage.create({
        data: { ...input, data: new Uint8Array(input.data) },
        select: { id: true, templateId: true, ownerId: true, mime: true, width: true, height: true },
      });
    },
    async findOwned(id: string, ownerId: string): Promise<StoredImage | null> {
      return prisma.templateImage.findFirst({ where: { id, ownerId } });
    },
    /** The picture by id alone, for a caller that checked access some other way. */
    async findById(id: string): Promise<StoredImage | null> {
      return prisma.templateImage.findUnique({ where: { id } });
    },
    /** The sessions whose steps show this picture. */
    async sessionsShowing(id: string): Promise<string[]> {
      const rows = await prisma.sessionStep.findMany({ where: { imageId: id }, select: { sessionId: true }, distinct: ["sessionId"] });
      return rows.map((r) => r.sessionId);
    },
    async countForTemplate(templateId: string): Promise<number> {
      return prisma.templateImage.count({ where: { templateId } });
    },
    /**
     * Deletes the template's pictures that neither its content (`keep`) nor
     * any session run from it shows: replaced and removed pictures do not pile up.
     */
    async deleteUnused(templateId: string, keep: Iterable<string>): Promise<number> {
      const candidates = (await prisma.templateImage.findMany({ where: { templateId, id: { notIn: [...keep] } }, select: { id: true } })).map((r) => r.id);
      if (candidates.length === 0) return 0;
      const shown = await prisma.sessionStep.findMany({ where: { imageId: { in: candidates } }, select: { imageId: true } });
      const inSessions = new Set(shown.map((s) => s.imageId));
      const unused = candidates.filter((id) => !inSessions.has(id));
      if (unused.length === 0) return 0;
      return (await prisma.templateImage.deleteMany({ where: { templateId, id: { in: unused } } })).count;
    },
    async idsOfTemplate(templateId: string): Promise<Set<string>> {
      const rows = await prisma.templateImage.findMany({ where: { templateId }, select: { id: true } });
      return new Set(rows.map((r) => r.id));
    },
  };
}

export type TemplateImageRepository = ReturnType<typeof createTemplateImageRepository>;
