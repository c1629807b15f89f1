// server/supported-node.ts is the rule `npm start` applies before any native
// module loads; package.json's engines is what npm checks. Both must agree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isSupportedNode } from "../../server/supported-node";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { engines: { node: string } };

describe("supported Node.js versions", () => {
  it("package.json's engines is the range isSupportedNode implements", () => {
    // change both together: this string is what the table below checks
    expect(pkg.engines.node).toBe("^22.12 || >=24");
  });

  it.each([
    ["20.20.2", false], // end of life; better-sqlite3 13 segfaults on it
    ["22.11.0", false], // below Prisma 7's ^22.12
    ["22.12.0", true],
    ["22.23.5", true],
    ["23.11.0", false], // odd-numbered, never LTS, outside >=24
    ["24.0.0", true],
    ["24.22.3", true],
    ["26.12.1", true],
  ])("Node %s supported: %s", (version, supported) => {
    expect(isSupportedNode(version)).toBe(supported);
  });

  it("accepts the Node.js running this suite", () => {
    expect(isSupportedNode()).toBe(true);
  });
});
