// The folder that holds package.json and prisma/: relative database paths and
// the committed migrations are found from here, never from process.cwd(), so
// `npm start` from any folder opens the same data/hearth.db.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MARKER = path.join("prisma", "sqlite", "schema.prisma");

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  // This file's own location is the reliable start when run by tsx/vitest; a
  // bundler (Next) may rewrite import.meta.url, so fall back to the cwd.
  const starts = [moduleDirectory(), process.cwd()].filter((d): d is string => Boolean(d));
  for (const start of starts) {
    const found = findUp(start);
    if (found) return (cached = found);
  }
  throw new Error(`Cannot find Hearth's project root (a folder with ${MARKER}) above ${starts.join(" or ")}.`);
}

function moduleDirectory(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}

function findUp(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, MARKER))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
