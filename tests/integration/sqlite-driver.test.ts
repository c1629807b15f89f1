// The SQLite driver is better-sqlite3 13 (prebuilt N-API binaries, no
// compiler), while @prisma/adapter-better-sqlite3 7.10 asks for ^12.6: the
// `overrides` entry in package.json makes the adapter use the same 13.x copy.
// This proves the adapter really runs on it — writes, reads, a transaction and
// JSON — on whichever Node.js runs the suite (CI: 24 in full, 22 and 26 in the smoke).
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const require = createRequire(import.meta.url);

describe("better-sqlite3 13 under Prisma's adapter", () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await test?.cleanup();
  });

  it("the adapter resolves the one better-sqlite3 13.x copy, with its prebuilt binary", () => {
    const adapterRequire = createRequire(require.resolve("@prisma/adapter-better-sqlite3"));
    const fromAdapter = adapterRequire.resolve("better-sqlite3/package.json");
    expect(fromAdapter).toBe(require.resolve("better-sqlite3/package.json"));
    expect((require(fromAdapter) as { version: string }).version).toMatch(/^13\./);
    const Database = require("better-sqlite3") as new (file: string) => { prepare(sql: string): { get(): unknown }; close(): void };
    const memory = new Database(":memory:");
    expect(memory.prepare("select 1 + 1 as two").get()).toEqual({ two: 2 });
    memory.close();
  });

  it("writes, reads and rolls back through Prisma", async () => {
    const { prisma } = test.db;
    const owner = await prisma.facilitator.create({ data: { id: "driver-test", name: "Driver", email: "driver@example.org" } });
    const template = await prisma.template.create({ data: { ownerId: owner.id, title: "Ünïcode ✓ 🔥", content: { steps: [{ title: "a" }] } } });
    const read = await prisma.template.findUniqueOrThrow({ where: { id: template.id } });
    expect(read.title).toBe("Ünïcode ✓ 🔥");
    expect(read.content).toEqual({ steps: [{ title: "a" }] });
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.template.update({ where: { id: template.id }, data: { title: "changed" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await prisma.template.findUniqueOrThrow({ where: { id: template.id } })).title).toBe("Ünïcode ✓ 🔥");
  });
});
