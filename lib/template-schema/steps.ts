// A step of a template and the prompt it may carry.
import { z } from "zod";
import { facilitatorLine, facilitatorText, promptDefinitionSchema } from "../activities";
import { TEMPLATE_LIMITS } from "./limits";

// Keys end up in URLs, exports and the before/after pairing of repeated
// prompts, so they are restricted to lower-case slugs that never need escaping.
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keySchema = z.string().max(TEMPLATE_LIMITS.key).regex(KEY_PATTERN, { error: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "check-in")' });

/** A prompt inside a template: a prompt definition plus its stable key. */
export const templatePromptSchema = z.intersection(
  z.object({
    key: keySchema,
    /** key of an earlier prompt this one repeats (e.g. a check-out scale), for the before/after view */
    repeatOf: keySchema.optional(),
    /** where revealed results show: "everywhere" (projector and phones, the default) or "screen" (projector only) */
    resultsShownOn: z.enum(["everywhere", "screen"]).optional(),
  }),
  promptDefinitionSchema,
);
export type TemplatePrompt = z.infer<typeof templatePromptSchema>;

export const templateStepSchema = z.object({
  key: keySchema,
  title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.title),
  /** Markdown; may be empty (e.g. a section heading shown on its own) */
  body: facilitatorText().max(TEMPLATE_LIMITS.body),
  /** console-only talking points and timing */
  facilitatorNotes: facilitatorText().max(TEMPLATE_LIMITS.facilitatorNotes).default(""),
  /**
   * this step's own content note ("This part talks about relapse."): phones
   * show it with the text collapsed behind "Show this part"; the projector
   * shows it before the text
   */
  contentNote: facilitatorText().max(TEMPLATE_LIMITS.stepContentNote).optional(),
  /** whether participants may send reactions while this step is showing */
  reactions: z.boolean().default(false),
  /** one picture shown with the step (uploaded in the editor), with the words that describe it */
  image: z
    .object({
      id: z.string().regex(/^[a-z0-9]{8,40}$/, { error: "is not a picture Hearth stored" }),
      alt: z.string().trim().min(1, { error: "must describe the picture (alt text), for anyone who cannot see it" }).max(TEMPLATE_LIMITS.imageAlt),
      /** false: on the projector (and in exports) only; absent or true: on participants' phones too (lazy, a small copy) */
      onPhones: z.boolean().optional(),
    })
    .optional(),
  prompt: templatePromptSchema.optional(),
});
export type TemplateStep = z.infer<typeof templateStepSchema>;
