// Built-in templates ship with the code and are refreshed at every start.
import { askingForHelpTemplate, ASKING_FOR_HELP_KEY } from "../content/asking-for-help";
import { templateContentSchema } from "../lib/template-schema";
import type { Repositories } from "./repositories";

export async function seedBuiltInTemplates(repositories: Repositories): Promise<void> {
  await repositories.templates.upsertBuiltIn(ASKING_FOR_HELP_KEY, templateContentSchema.parse(askingForHelpTemplate));
}
