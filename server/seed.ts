// Built-in templates ship with the code and are refreshed at every start:
// the "Asking for help" session in every language Hearth speaks.
import { BUILT_IN_TEMPLATES } from "../content/asking-for-help";
import { templateContentSchema } from "../lib/template-schema";
import type { Repositories } from "./repositories";

export async function seedBuiltInTemplates(repositories: Repositories): Promise<void> {
  for (const { key, content } of Object.values(BUILT_IN_TEMPLATES)) await repositories.templates.upsertBuiltIn(key, templateContentSchema.parse(content));
}
