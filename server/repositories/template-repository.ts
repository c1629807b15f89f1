// Templates: built-in ones (no owner, read-only), each facilitator's own, and
// those shared with a team. Reads and writes are scoped in the query itself
// (who may see: the author, the built-ins, members of the team it is shared
// with; who may change: the author and the team's owner and admins), so a
// built-in template (ownerId null) or someone else's can never be changed
// through these functions, whatever the caller checked before.
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
  /** shared with this team (server/services/team-access.ts) */
  teamId: string | null;
  teamName: string | null;
  /** what the facilitator asking may do with it (set by server/services/template-service.ts) */
  viewer?: { mine: boolean; editable: boolean };
};

/** Templates this facilitator may see. */
const visibleTo = (facilitatorId: string) => [{ ownerId: facilitatorId }, { ownerId: null }, { team: { members: { some: { facilitatorId } } } }];
/** Templates this facilitator may change (never a built-in one: those have no owner and no team). */
const editableBy = (facilitatorId: string) => ({
  ownerId: { not: null },
  OR: [{ ownerId: facilitatorId }, { team: { members: { some: { facilitatorId, role: { in: ["owner", "admin"] } } } } }],
});
const withTeam = { team: { select: { name: true } } } as const;

export function createTemplateRepository(prisma: Db) {
  return {
    /**
     * Built-ins first, then the facilitator's own and those shared with their
     * current team (only that one: switching teams switches the list), newest first.
     */
    async listVisibleTo(ownerId: string, currentTeamId: string | null = null): Promise<TemplateRecord[]> {
      const rows = await prisma.template.findMany({
        where: {
          OR: [{ ownerId }, { ownerId: null }, ...(currentTeamId ? [{ teamId: currentTeamId, team: { members: { some: { facilitatorId: ownerId } } } }] : [])],
        },
        orderBy: [{ updatedAt: "desc" }],
        include: withTeam,
      });
      const records = rows.map(toRecord);
      // Built-ins in the order of their keys (content/asking-for-help: English first), not by when the last start refreshed them.
      const builtIns = records.filter((t) => t.builtInKey).sort((a, b) => compareCodeUnits(a.builtInKey ?? "", b.builtInKey ?? ""));
      return [...builtIns, ...records.filter((t) => !t.builtInKey)];
    },
    async findVisible(id: string, ownerId: string): Promise<TemplateRecord | null> {
      const row = await prisma.template.findFirst({ where: { id, OR: visibleTo(ownerId) }, include: withTeam });
      return row ? toRecord(row) : null;
    },
    /** A facilitator's own template (never a built-in one). */
    async create(ownerId: string, content: TemplateContent): Promise<TemplateRecord> {
      const row = await prisma.template.create({ data: { ownerId, title: content.title, content: content as object } });
      return toRecord(row);
    },
    /**
     * Replace a template's content (its author's, or a team admin's for a
     * shared one); null when this editor may not or (with `expectedUpdatedAt`)
     * when it changed since then.
     */
    async updateEditable(id: string, editorId: string, content: TemplateContent, expectedUpdatedAt?: Date): Promise<TemplateRecord | null> {
      const { count } = await prisma.template.updateMany({
        where: { id, ...editableBy(editorId), ...(expectedUpdatedAt ? { updatedAt: expectedUpdatedAt } : {}) },
        data: { title: content.title, content: content as object },
      });
      if (count === 0) return null;
      const row = await prisma.template.findUnique({ where: { id }, include: withTeam });
      return row ? toRecord(row) : null;
    },
    /** Share the author's template with a team (or stop sharing: null); false if it is not theirs. */
    async setTeam(id: string, ownerId: string, teamId: string | null): Promise<boolean> {
      const { count } = await prisma.template.updateMany({ where: { id, ownerId }, data: { teamId } });
      return count > 0;
    },
    /**
     * Set an own template's title (kept in the row and in the content, which
     * is what exports and sessions use). Read and write in one transaction, so
     * a concurrent save is not half-overwritten.
     */
    async renameEditable(id: string, editorId: string, title: string): Promise<TemplateRecord | null> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.template.findFirst({ where: { id, ...editableBy(editorId) } });
        if (!row) return null;
        const content = { ...(row.content as TemplateContent), title };
        const updated = await tx.template.update({ where: { id }, data: { title, content: content as object }, include: withTeam });
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

/** Plain string order, the same on every machine (no locale collation). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toRecord(row: {
  id: string;
  ownerId: string | null;
  builtInKey: string | null;
  title: string;
  content: unknown;
  createdAt: Date;
  updatedAt: Date;
  teamId?: string | null;
  team?: { name: string } | null;
}): TemplateRecord {
  return {
    id: row.id,
    ownerId: row.ownerId,
    builtInKey: row.builtInKey,
    title: row.title,
    content: row.content as TemplateContent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    teamId: row.teamId ?? null,
    teamName: row.team?.name ?? null,
  };
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>;
