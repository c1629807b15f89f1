// The six prompt activities (reactions live on text steps, see lib/reactions.ts):
// what a facilitator configures, and what a participant may send back.
// The server (validation) and the facilitator's pages (the editor) import these
// schemas, built from the bounds in ./activity-limits.ts, so a bound is written
// exactly once; phones only read configurations (lib/client/prompt-config.ts).
import { z } from "zod";
import { ACTIVITY_KINDS, CONFIG_DEFAULTS, LIMITS, type ActivityKind } from "./activity-limits";
import { cleanFacilitatorText } from "./user-text";

/**
 * Facilitator-written text (questions, options, titles, bodies…): cleaned like
 * participant text (lib/user-text.ts cleanFacilitatorText) before the checks
 * chained after it, at every entry point that validates with these schemas —
 * the API, the editor, JSON and Markdown imports. A line has its line breaks
 * made spaces; a text keeps them.
 */
export const facilitatorLine = () => z.string().overwrite((s) => cleanFacilitatorText(s, false));
export const facilitatorText = () => z.string().overwrite((s) => cleanFacilitatorText(s, true));

export { ACTIVITY_KINDS, CONFIG_DEFAULTS, LIMITS, type ActivityKind } from "./activity-limits";
export const activityKindSchema = z.enum(ACTIVITY_KINDS);

export const ACTIVITY_LABELS: Record<ActivityKind, string> = {
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  scale: "Scale",
  word_cloud: "Word cloud",
  open_text: "Open text",
  ranking: "Ranking",
};

const optionSchema = z.object({
  id: z.string().min(1).max(40),
  label: facilitatorLine().trim().min(1).max(LIMITS.optionLabel),
});
export type ActivityOption = z.infer<typeof optionSchema>;

const uniqueIds = (options: ActivityOption[]) => new Set(options.map((o) => o.id)).size === options.length;
const optionList = (max: number) =>
  z
    .array(optionSchema)
    .min(LIMITS.minOptions)
    .max(max)
    .refine(uniqueIds, { message: "option ids must be unique", params: { code: "duplicateOptionIds" } });

export const singleChoiceConfigSchema = z.object({ options: optionList(LIMITS.maxOptions) });
export const multipleChoiceConfigSchema = z
  .object({
    options: optionList(LIMITS.maxOptions),
    /** how many options one participant may pick; absent = any number */
    maxSelections: z.number().int().min(1).max(LIMITS.maxOptions).optional(),
  })
  .refine((c) => c.maxSelections === undefined || c.maxSelections <= c.options.length, {
    message: "maxSelections cannot exceed the number of options",
    path: ["maxSelections"],
    params: { code: "moreSelectionsThanOptions" },
  });
export const scaleConfigSchema = z.object({
  /** the scale always starts at 1 and ends at max */
  max: z.number().int().min(LIMITS.scaleMin).max(LIMITS.scaleMax),
  minLabel: facilitatorLine().trim().max(LIMITS.scaleLabel).default(CONFIG_DEFAULTS.scaleLabel),
  maxLabel: facilitatorLine().trim().max(LIMITS.scaleLabel).default(CONFIG_DEFAULTS.scaleLabel),
});
export const wordCloudConfigSchema = z.object({
  maxWords: z.number().int().min(1).max(LIMITS.maxWords).default(CONFIG_DEFAULTS.wordCloudMaxWords),
});
export const openTextConfigSchema = z.object({
  maxLength: z.number().int().min(20).max(LIMITS.openTextMax).default(CONFIG_DEFAULTS.openTextMaxLength),
});
export const rankingConfigSchema = z.object({ options: optionList(LIMITS.maxRankingItems) });

export const activityConfigSchemas = {
  single_choice: singleChoiceConfigSchema,
  multiple_choice: multipleChoiceConfigSchema,
  scale: scaleConfigSchema,
  word_cloud: wordCloudConfigSchema,
  open_text: openTextConfigSchema,
  ranking: rankingConfigSchema,
} as const;

export type ActivityConfig = {
  single_choice: z.infer<typeof singleChoiceConfigSchema>;
  multiple_choice: z.infer<typeof multipleChoiceConfigSchema>;
  scale: z.infer<typeof scaleConfigSchema>;
  word_cloud: z.infer<typeof wordCloudConfigSchema>;
  open_text: z.infer<typeof openTextConfigSchema>;
  ranking: z.infer<typeof rankingConfigSchema>;
};

/** A prompt definition as written in a template (kind + question + config). */
export const promptDefinitionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("single_choice"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: singleChoiceConfigSchema }),
  z.object({ kind: z.literal("multiple_choice"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: multipleChoiceConfigSchema }),
  z.object({ kind: z.literal("scale"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: scaleConfigSchema }),
  z.object({ kind: z.literal("word_cloud"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: wordCloudConfigSchema }),
  z.object({ kind: z.literal("open_text"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: openTextConfigSchema }),
  z.object({ kind: z.literal("ranking"), question: facilitatorLine().trim().min(1).max(LIMITS.question), config: rankingConfigSchema }),
]);
export type PromptDefinition = z.infer<typeof promptDefinitionSchema>;

// ---------------------------------------------------------------------------
// Answers. The wire shape is checked first (types, sizes); then
// `checkAnswerAgainstConfig` checks it against the prompt's own options and bounds.

const id = z.string().min(1).max(40);
export const answerValueSchemas = {
  single_choice: z.object({ optionId: id }).strict(),
  multiple_choice: z.object({ optionIds: z.array(id).min(1).max(LIMITS.maxOptions) }).strict(),
  scale: z.object({ value: z.number().int().min(1).max(LIMITS.scaleMax) }).strict(),
  word_cloud: z.object({ words: z.array(z.string().trim().min(1).max(LIMITS.wordLength)).min(1).max(LIMITS.maxWords) }).strict(),
  open_text: z.object({ text: z.string().trim().min(1).max(LIMITS.openTextMax) }).strict(),
  ranking: z.object({ order: z.array(id).min(LIMITS.minOptions).max(LIMITS.maxRankingItems) }).strict(),
} as const;

export type AnswerValue = {
  [K in ActivityKind]: z.infer<(typeof answerValueSchemas)[K]>;
};
export type AnyAnswerValue = AnswerValue[ActivityKind];

/** The kinds whose answers are free text and go through the moderation queue. */
export const MODERATED_KINDS: ReadonlySet<ActivityKind> = new Set(["open_text", "word_cloud"]);

export type AnswerCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Validate a raw answer for a prompt of `kind` with `config`. Returns a
 * human-readable message on failure (the caller wraps it in an error code).
 */
export function checkAnswer(kind: ActivityKind, config: unknown, raw: unknown): AnswerCheck<AnyAnswerValue> {
  const parsed = answerValueSchemas[kind].safeParse(raw);
  if (!parsed.success) return { ok: false, message: `That answer is not a valid ${ACTIVITY_LABELS[kind].toLowerCase()} answer.` };
  const value = parsed.data as AnyAnswerValue;
  switch (kind) {
    case "single_choice": {
      const c = config as ActivityConfig["single_choice"];
      const v = value as AnswerValue["single_choice"];
      if (!c.options.some((o) => o.id === v.optionId)) return { ok: false, message: "That option is not one of this prompt's choices." };
      return { ok: true, value: v };
    }
    case "multiple_choice": {
      const c = config as ActivityConfig["multiple_choice"];
      const v = value as AnswerValue["multiple_choice"];
      const ids = new Set(v.optionIds);
      if (ids.size !== v.optionIds.length) return { ok: false, message: "Each option can be picked only once." };
      if (!v.optionIds.every((x) => c.options.some((o) => o.id === x))) return { ok: false, message: "One of those options is not one of this prompt's choices." };
      if (c.maxSelections !== undefined && ids.size > c.maxSelections) return { ok: false, message: `Pick at most ${c.maxSelections}.` };
      return { ok: true, value: v };
    }
    case "scale": {
      const c = config as ActivityConfig["scale"];
      const v = value as AnswerValue["scale"];
      if (v.value > c.max) return { ok: false, message: `Pick a number from 1 to ${c.max}.` };
      return { ok: true, value: v };
    }
    case "word_cloud": {
      const c = config as ActivityConfig["word_cloud"];
      const v = value as AnswerValue["word_cloud"];
      if (v.words.length > c.maxWords) return { ok: false, message: `Send at most ${c.maxWords} word${c.maxWords === 1 ? "" : "s"}.` };
      return { ok: true, value: v };
    }
    case "open_text": {
      const c = config as ActivityConfig["open_text"];
      const v = value as AnswerValue["open_text"];
      if (v.text.length > c.maxLength) return { ok: false, message: `Keep it to ${c.maxLength} characters or fewer.` };
      return { ok: true, value: v };
    }
    case "ranking": {
      const c = config as ActivityConfig["ranking"];
      const v = value as AnswerValue["ranking"];
      const expected = new Set(c.options.map((o) => o.id));
      const given = new Set(v.order);
      if (given.size !== v.order.length || given.size !== expected.size || ![...given].every((x) => expected.has(x)))
        return { ok: false, message: "Put every item in order exactly once." };
      return { ok: true, value: v };
    }
  }
}
