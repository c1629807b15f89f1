// Decides whether the Next.js build in .next/ matches the sources, so
// `npm start` and `npm test` build only when something changed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = ["app", "components", "lib", "content", "public", "next.config.js", "package-lock.json", "tsconfig.json"];

export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    hash.update(relative(root, path)).update("\0").update(readFileSync(path)).update("\0");
  };
  for (const input of INPUTS) visit(join(root, input));
  return hash.digest("hex");
}

const stampFile = (root: string) => join(root, ".next", "hearth-source-fingerprint");

export function buildIsCurrent(root: string): boolean {
  const stamp = stampFile(root);
  if (!existsSync(join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8").trim() === sourceFingerprint(root);
}

export function recordBuild(root: string): void {
  writeFileSync(stampFile(root), sourceFingerprint(root) + "\n");
}
