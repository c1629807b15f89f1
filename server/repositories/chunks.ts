// Statements whose bound parameters grow with their input (a list of ids, a
// row per item) are cut into chunks, so no input the API accepts can exceed a
// database's parameter limit. Prisma refuses a statement on SQLite past 999
// bound values (P2029) and PostgreSQL's protocol stops at 65,535; a chunk of
// 400 items at up to two parameters each, plus a few fixed ones, stays under
// both with room to spare.
export const MAX_ITEMS_PER_STATEMENT = 400;

export function chunked<T>(items: readonly T[], size = MAX_ITEMS_PER_STATEMENT): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error("chunk size must be a positive integer");
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
