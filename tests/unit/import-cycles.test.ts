// No module in server/, lib/ or components/ imports itself back, not even
// through a type: a cycle is two modules that can only be understood (and
// changed, and initialised) together. Type imports count, because the cycles
// that grow are type-first (a route file importing its registry's deps type,
// the registry importing the route). dpdm parses with the TypeScript compiler
// and resolves the tsconfig's paths; generated/ (Prisma's client) is not ours.
import { parseCircular, parseDependencyTree } from "dpdm";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("the module graph", () => {
  it("has no import cycles in server/, lib/ or components/", async () => {
    const tree = await parseDependencyTree(["server/**/*.ts", "lib/**/*.ts", "components/**/*.ts", "components/**/*.tsx"], {
      context: root,
      cwd: root,
      tsconfig: `${root}tsconfig.json`,
      transform: false,
      skipDynamicImports: false,
      exclude: /node_modules|[/\\]generated[/\\]/,
    });
    // every one of our files was read (a pattern that matched nothing would pass by itself)
    expect(Object.keys(tree).filter((f) => f.startsWith("server/")).length).toBeGreaterThan(50);
    const cycles = parseCircular(tree).filter((cycle) => cycle.every((file) => /^(server|lib|components)\//.test(file)));
    expect(cycles.map((cycle) => [...cycle, cycle[0]].join(" → "))).toEqual([]);
  }, 120_000);
});
