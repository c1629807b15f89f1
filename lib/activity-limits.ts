// The six activity kinds, their bounds and defaults, without the schemas (lib/activities.ts), so that
// a phone can import them without zod: the participant's page carries no validation library (it
// reads configurations the server validated, lib/client/prompt-config.ts). lib/activities.ts builds
// its schemas from these and re-exports them, so each bound is still written once.

export const ACTIVITY_KINDS = ["single_choice", "multiple_choice", "scale", "word_cloud", "open_text", "ranking"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Limits shared by forms and server checks. */
export const LIMITS = {
  optionLabel: 120,
  question: 300,
  minOptions: 2,
  maxOptions: 12,
  maxRankingItems: 8,
  scaleMin: 2,
  scaleMax: 10,
  scaleLabel: 40,
  wordLength: 30,
  maxWords: 3,
  openTextMax: 500,
} as const;

/** What a configuration leaves out means these. */
export const CONFIG_DEFAULTS = {
  scaleLabel: "",
  wordCloudMaxWords: LIMITS.maxWords,
  openTextMaxLength: 280,
} as const;
