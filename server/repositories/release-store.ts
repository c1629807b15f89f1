// The stored release of a prompt's breakdown (lib/aggregation/release.ts):
// replaced only by a conditional write on its generation, so that of several
// processes the first wins; on SQLite the old one is scrubbed as it goes.
import type { Release } from "../../lib/aggregation/release";
import { Prisma } from "../../generated/sqlite/client";
import type { BatchStatements } from "../database/batch-statements";
import type { DatabaseProvider, Db } from "../db";

export function createReleaseStore(prisma: Db, provider: DatabaseProvider, batches: BatchStatements) {
  /**
   * A release holds answer text (the open-text wall, cloud words). SQLite
   * keeps the bytes of an overwritten row in free space, so the old release is
   * overwritten with zeros as it is replaced (secure_delete for this write):
   * deleting the responses later leaves nothing of any release behind.
   */
  async function writeRelease(promptId: string, where: { releaseGeneration?: number }, data: { releaseGeneration: number | { increment: number }; release: string | null }) {
    if (provider !== "sqlite") return (await prisma.prompt.updateMany({ where: { id: promptId, ...where }, data })).count;
    return prisma.$transaction(async (tx) => {
      await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
      const { count } = await tx.prompt.updateMany({ where: { id: promptId, ...where }, data });
      await tx.$queryRawUnsafe("PRAGMA secure_delete = OFF");
      return count;
    });
  }

  return {
    /**
     * Store a new release if the stored generation is still `expected`: the
     * first of several processes to try wins, the others read what it stored.
     */
    async saveRelease(promptId: string, expected: number, release: Release): Promise<boolean> {
      // During a burst a release is due at every screen update, and it holds a fingerprint per
      // participant (hundreds of KB at 10,000): it goes with the answers' batches, on SQLite's
      // writer thread, whose connection always runs with secure_delete (server/database/sqlite-writer.ts).
      const updated = await batches.run<{ id: string }>(Prisma.sql`
        UPDATE "Prompt" SET "releaseGeneration" = ${release.generation}, "release" = ${JSON.stringify(release)}
        WHERE "id" = ${promptId} AND "releaseGeneration" = ${expected}
        RETURNING "id"`);
      return updated.length === 1;
    },

    async readRelease(promptId: string): Promise<{ releaseGeneration: number; release: Release | null } | null> {
      const row = await prisma.prompt.findUnique({ where: { id: promptId }, select: { releaseGeneration: true, release: true } });
      return row ? { releaseGeneration: row.releaseGeneration, release: parseRelease(row.release) } : null;
    },

    /** A reset prompt starts again with no release; the bump keeps a release computed before the reset from landing after it. */
    async clearRelease(promptId: string): Promise<number> {
      await writeRelease(promptId, {}, { release: null, releaseGeneration: { increment: 1 } });
      return (await prisma.prompt.findUniqueOrThrow({ where: { id: promptId }, select: { releaseGeneration: true } })).releaseGeneration;
    },
  };
}

export function parseRelease(text: string | null): Release | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Release;
  } catch {
    return null; // unreadable: treated as never released, so nothing is shown until k answers again
  }
}
