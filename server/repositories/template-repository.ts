// Templates: built-in ones (no owner, read-only) and each facilitator's own.
// Writes are scoped to the owner in the query itself (`where: { id, ownerId }`),
// so a built-in template (ownerId null) or another facilitator's can never be
// changed through these functions, whatever the caller checked before.
import type { Db } from "../db";
import type { TemplateContent } from "../../lib/template-schema";

export type TemplateRecord = {
  id: string;
  ownerId: string | null;
  builtInKey: string | null;
  title: string;
  content: TemplateContent;
  createdAt: Date;
  updatedAt: Date;
};

export function createTemplateRepository(prisma: Db) {
  return {
    /** Built-ins first, then the facilitator's own, newest first. */
    async listVisibleTo(ownerId: string): Promise<TemplateRecord[]> {
      const rows = await prisma.template.findMany({
        where: { OR: [{ ownerId }, { ownerId: null }] },
        orderBy: [{ updatedAt: "desc" }],
      });
      const records = rows.map(toRecord);
      return [...records.filter((t) => t.builtInKey), ...records.filter((t) => !t.builtInKey)];
    },
    async findVisible(id: string, ownerId: string): Promise<TemplateRecord | null> {
      const row = await prisma.template.findFirst({ where: { id, OR: [{ ownerId }, { ownerId: null }] } });
      return row ? toRecord(row) : null;
    },
    /** A facilitator's own template (never a built-in one). */
    async create(ownerId: string, content: TemplateContent): Promise<TemplateRecord> {
      const row = await prisma.template.create({ data: { ownerId, title: content.title, content: content as object } });
      return toRecord(row);
    },
    /**
     * Replace an own template's content; null when there is no such template
     * of this owner or (with `expectedUpdatedAt`) when it changed since then.
     */
    async updateOwned(id: string, ownerId: string, content: TemplateContent, expectedUpdatedAt?: Date): Promise<TemplateRecord | null> {
      const { count } = await prisma.template.updateMany({
        where: { id, ownerId, ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
        data: { title: content.title, content: content as object },
      });
      if (count === 0) return null;
      const row = await prisma.template.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    /**
     * Set an own template's title (kept in the row and in the content, which
     * is what exports and sessions use). Read and write in one transaction, so
     * a concurrent save is not half-overwritten.
     */
    async renameOwned(id: string, ownerId: string, title: string): Promise<TemplateRecord | null> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.template.findFirst({ where: { id, ownerId } });
        if (!row) return null;
        const content = { ...(row.content as TemplateContent), title };
        const updated = await tx.template.update({ where: { id }, data: { title, content: content as object } });
        return toRecord(updated);
      });
    },
    /** Delete an own template; sessions already created from it keep their own copy of the steps. */
    async deleteOwned(id: string, ownerId: string, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        // Its pictures stay for past sessions that show them, and for Undo a
        // while; marked here, they are deleted once neither needs them.
        await tx.templateImage.updateMany({ where: { templateId: id, template: { ownerId } }, data: { detachedAt: at } });
        const { count } = await tx.template.deleteMany({ where: { id, ownerId } });
        return count > 0;
      });
    },
    /** Seed or refresh a built-in template (its content ships with the code). */
    async upsertBuiltIn(builtInKey: string, content: TemplateContent): Promise<void> {
      await prisma.template.upsert({
        where: { builtInKey },
        create: { builtInKey, title: content.title, content: content as object },
        update: { title: content.title, content: content as object },
      });
    },
  };
}

function toRecord(row: {
  id: string;
  ownerId: string | null;
  builtInKey: string | null;
  title: string;
  content: unknown;
  createdAt: Date;
  updatedAt: Date;
}): TemplateRecord {
  return {
    id: row.id,
    ownerId: row.ownerId,
    builtInKey: row.builtInKey,
    title: row.title,
    content: row.content as TemplateContent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
