// Templates: built-in ones (no owner, read-only) and each facilitator's own.
import type { Db } from "../db";
import type { TemplateContent } from "../../lib/template-schema";

export type TemplateRecord = { id: string; ownerId: string | null; builtInKey: string | null; title: string; content: TemplateContent; updatedAt: Date };

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

function toRecord(row: { id: string; ownerId: string | null; builtInKey: string | null; title: string; content: unknown; updatedAt: Date }): TemplateRecord {
  return { id: row.id, ownerId: row.ownerId, builtInKey: row.builtInKey, title: row.title, content: row.content as TemplateContent, updatedAt: row.updatedAt };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
