// Right-to-left ready: the stylesheets use logical properties (margin-inline-
// start, inset-inline-end, text-align: start …) so that a right-to-left
// language mirrors the layout by itself. The end-to-end suite renders the
// right-to-left test locale (tests/e2e/rtl-locale.test.ts); this keeps new
// physical properties out.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../../..");
const PHYSICAL = [
  /\b(margin|padding|border)-(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
  /(^|[;{\s])(left|right)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /\bclear\s*:\s*(left|right)\b/,
];

function stylesheets(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return stylesheets(full);
    return full.endsWith(".css") ? [full] : [];
  });
}

function physicalProperties(file: string): string[] {
  const css = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "));
  return css.split("\n").flatMap((line, i) => (PHYSICAL.some((re) => re.test(line)) ? [`${i + 1}: ${line.trim()}`] : []));
}

const all = [...stylesheets(path.join(root, "app")), ...stylesheets(path.join(root, "components"))].map((f) => path.relative(root, f)).sort();

describe("stylesheets use logical properties", () => {
  for (const file of all) {
    it(file, () => expect(physicalProperties(path.join(root, file))).toEqual([]));
  }
});
