// How the hot-path batches (a room's answers, its new participants: the
// responses and participants repositories) reach the database: one raw
// statement each, answered with the rows it returns once it committed.
// PostgreSQL: through Prisma's pool, like every other query. SQLite: on the
// writer thread (./sqlite-writer.ts), so no commit ever waits on the main thread.
import type { Prisma, PrismaClient } from "../../generated/sqlite/client";

export type BatchStatements = {
  run<T>(statement: Prisma.Sql): Promise<T[]>;
};

/** Batches through the Prisma client itself (PostgreSQL, and tests that build repositories on a bare client). */
export function prismaBatchStatements(prisma: PrismaClient): BatchStatements {
  return {
    run<T>(statement: Prisma.Sql) {
      return prisma.$queryRaw<T[]>(statement);
    },
  };
}
