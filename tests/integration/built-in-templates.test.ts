// The seed (server/seed.ts) against a real database: every start stores the
// built-in "Asking for help" session in all seven languages, refreshes them
// in place (the English one keeps the id existing sessions point at), and the
// template list shows them English first, then by language code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASKING_FOR_HELP_KEY, BUILT_IN_TEMPLATES } from "../../content/asking-for-help";
import { LOCALES } from "../../lib/i18n/locales";
import { templateContentSchema } from "../../lib/template-schema";
import { createRepositories, type Repositories } from "../../server/repositories";
import { seedBuiltInTemplates } from "../../server/seed";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "../helpers/database";

const OWNER = "seed-test";

describe.each(await providersUnderTest())("seeding the built-in templates on %s", (provider) => {
  let database: TestDatabase;
  let repos: Repositories;
  const builtInRows = () => database.db.prisma.template.findMany({ where: { builtInKey: { not: null } }, orderBy: { builtInKey: "asc" } });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    repos = createRepositories(database.db.prisma, provider);
    await database.db.prisma.facilitator.create({ data: { id: OWNER, name: "Seed test", email: "seed@example.org" } });
  });
  afterAll(() => database?.cleanup());

  it("keeps the English built-in of a database from before languages, and adds the other six beside it", async () => {
    // what a start of the previous release stored: the English built-in only
    await repos.templates.upsertBuiltIn(ASKING_FOR_HELP_KEY, templateContentSchema.parse(BUILT_IN_TEMPLATES.en.content));
    const [before] = await builtInRows();

    await seedBuiltInTemplates(repos);
    const rows = await builtInRows();
    expect(rows.map((r) => r.builtInKey)).toEqual(LOCALES.map((locale) => BUILT_IN_TEMPLATES[locale].key));
    expect(rows[0]).toMatchObject({ id: before.id, builtInKey: "asking-for-help", title: "Asking for help" });
  });

  it("stores each language's template as the schema reads it, in its own language", async () => {
    const rows = await builtInRows();
    for (const [index, locale] of LOCALES.entries()) {
      const { key, content } = BUILT_IN_TEMPLATES[locale];
      expect(rows[index], key).toMatchObject({ builtInKey: key, title: content.title, ownerId: null });
      expect(rows[index].content).toEqual(templateContentSchema.parse(content));
      expect((rows[index].content as { language: string }).language).toBe(locale);
    }
  });

  it("refreshes them in place at the next start: the same seven rows, the same ids", async () => {
    const ids = (await builtInRows()).map((r) => r.id);
    await seedBuiltInTemplates(repos);
    await seedBuiltInTemplates(repos);
    expect((await builtInRows()).map((r) => r.id)).toEqual(ids);
    expect(await database.db.prisma.template.count()).toBe(LOCALES.length);
  });

  it("lists the built-ins first, English first and then by language code, whichever was refreshed last", async () => {
    // make Portuguese the most recently updated, as the last upsert of a start would
    await repos.templates.upsertBuiltIn(BUILT_IN_TEMPLATES.pt.key, templateContentSchema.parse(BUILT_IN_TEMPLATES.pt.content));
    const mine = await repos.templates.create(OWNER, templateContentSchema.parse({ ...BUILT_IN_TEMPLATES.de.content, title: "Unsere Gruppe" }));
    const listed = await repos.templates.listVisibleTo(OWNER);
    expect(listed.map((t) => t.builtInKey)).toEqual([...LOCALES.map((locale) => BUILT_IN_TEMPLATES[locale].key), null]);
    expect(listed.at(-1)!.id).toBe(mine.id);
    expect(listed.map((t) => t.content.language)).toEqual([...LOCALES, "de"]);
  });
});
