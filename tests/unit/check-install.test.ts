// scripts/check-install.mjs, which `npm run lint` (and so `npm test`) runs
// first: a tree installed from an older lockfile is refused with what to run.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = path.resolve("scripts/check-install.mjs");
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tree(lock: object, installed: object | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), "hearth-install-"));
  dirs.push(dir);
  writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify(lock));
  if (installed) {
    mkdirSync(path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "node_modules", ".package-lock.json"), JSON.stringify(installed));
  }
  return dir;
}
function run(dir: string): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, [script], { cwd: dir, stdio: "pipe" });
    return { code: 0, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { code: e.status, stderr: e.stderr.toString() };
  }
}

const lock = {
  packages: {
    "": { name: "hearth" },
    "node_modules/@biomejs/biome": { version: "2.6.8", dev: true },
    "node_modules/@biomejs/cli-darwin-arm64": { version: "2.6.8", optional: true },
  },
};

describe("the install check", () => {
  it("passes this checkout as installed", () => {
    expect(run(process.cwd()).code).toBe(0);
  });

  it("passes a tree that has every package the lockfile lists, leaving out other platforms' optional ones", () => {
    expect(run(tree(lock, { packages: { "node_modules/@biomejs/biome": { version: "2.6.8" } } })).code).toBe(0);
  });

  it("refuses a tree installed before a package was added or changed, and says to run npm install", () => {
    for (const installed of [{ packages: {} }, { packages: { "node_modules/@biomejs/biome": { version: "2.5.0" } } }, null]) {
      const result = run(tree(lock, installed));
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/Run `npm install`/);
    }
    expect(run(tree(lock, { packages: {} })).stderr).toMatch(/1 differ, e\.g\. @biomejs\/biome/);
  });
});
