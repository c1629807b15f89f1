// The three places that describe Hearth's configuration — server/env.ts (what
// the server reads), .env.example (what an operator copies) and the README's
// "Configuration" table (what a newcomer reads) — must name the same variables
// with the same defaults, so none of them can drift from the others.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { envSchema } from "../../server/env";

const root = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const example = readFileSync(new URL(".env.example", root), "utf8");

const schemaKeys = Object.keys(envSchema.shape).sort();
const defaults = envSchema.parse({}) as Record<string, unknown>;

function readmeTable(): Map<string, string> {
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const m = /^\| `([A-Z_]+)` \| ([^|]*) \|/.exec(line);
    if (m) rows.set(m[1], m[2].trim());
  }
  return rows;
}

function exampleEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const m of example.matchAll(/^#? ?([A-Z_]+)=(.*)$/gm)) entries.set(m[1], m[2].trim());
  return entries;
}

describe("configuration documentation", () => {
  it("the README table names exactly the variables server/env.ts reads", () => {
    expect([...readmeTable().keys()].sort()).toEqual(schemaKeys);
  });

  it(".env.example names exactly the variables server/env.ts reads", () => {
    expect([...exampleEntries().keys()].sort()).toEqual(schemaKeys);
  });

  it("every default in server/env.ts is the one the README and .env.example give", () => {
    const table = readmeTable();
    const entries = exampleEntries();
    const withDefault = Object.entries(defaults).filter(([, v]) => v !== undefined);
    expect(withDefault.length).toBeGreaterThan(0);
    for (const [key, value] of withDefault) {
      expect(table.get(key), `README default of ${key}`).toContain(`\`${String(value)}\``);
      expect(entries.get(key), `.env.example default of ${key}`).toBe(String(value));
    }
  });
});
