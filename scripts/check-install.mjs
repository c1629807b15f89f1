// Is node_modules what package-lock.json says? A checkout pulled after a
// dependency was added (Biome, say) but not reinstalled fails later with a
// bare "sh: biome: not found"; this says what is wrong and what to run.
// Plain Node (no tsx, no dependencies), so it works in the very tree it checks.
// It compares the lockfile with npm's own record of what it installed
// (node_modules/.package-lock.json); optional packages are left out, since
// the ones for other platforms are never installed.
import { readFileSync } from "node:fs";

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};
const wanted = read("package-lock.json");
const installed = read("node_modules/.package-lock.json");
if (!wanted) process.exit(0); // not a checkout with a lockfile: nothing to compare
const stale = installed
  ? Object.entries(wanted.packages).filter(([path, pkg]) => path && !pkg.optional && installed.packages[path]?.version !== pkg.version)
  : [["node_modules", {}]];
if (stale.length > 0) {
  const names = stale.slice(0, 5).map(([path]) => path.replace(/^node_modules\//, ""));
  console.error(
    `The installed packages are not the ones package-lock.json lists (${stale.length} differ, e.g. ${names.join(", ")}).\n` +
      "Run `npm install` (or `npm ci`) first, then try again.",
  );
  process.exit(1);
}
