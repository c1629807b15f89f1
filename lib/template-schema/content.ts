// A whole template: its steps, content note, support card and language, with
// the checks across steps.
import { z } from "zod";
import { facilitatorLine, facilitatorText } from "../activities";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales";
import { crossFieldIssues } from "./cross-field";
import { TEMPLATE_LIMITS } from "./limits";
import { resourcesSchema, safetyNetPhrasesSchema } from "./resources";
import { templateStepSchema } from "./steps";

export const templateContentSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** the language the template is written in; a session run from it starts in this language (files from before languages existed are English) */
    language: z.enum(LOCALES).default(DEFAULT_LOCALE),
    title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.title),
    description: facilitatorText().trim().max(TEMPLATE_LIMITS.description).default(""),
    /** shown to participants before the first step */
    contentNote: facilitatorText().trim().min(1, { error: "must not be empty: the content note is shown before the first step" }).max(TEMPLATE_LIMITS.contentNote),
    resources: resourcesSchema,
    /** the facilitator's own safety-net phrases (see safetyNetPhrasesSchema); left out when there are none */
    safetyNetPhrases: safetyNetPhrasesSchema.optional(),
    steps: z.array(templateStepSchema).min(TEMPLATE_LIMITS.minSteps).max(TEMPLATE_LIMITS.maxSteps),
  })
  .superRefine(
    (content, ctx) => {
      for (const issue of crossFieldIssues(content.steps)) ctx.addIssue({ code: "custom", ...issue });
    },
    // Run even when other fields are invalid, so a facilitator fixing a file
    // sees every problem in one pass instead of discovering duplicates later.
    { when: (payload) => Array.isArray((payload.value as { steps?: unknown } | undefined)?.steps) },
  );
export type TemplateContent = z.infer<typeof templateContentSchema>;
