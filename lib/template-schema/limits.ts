// Every bound of a template, in one place.

/** Limits shared by the editor forms, the Markdown importer and server checks. */
export const TEMPLATE_LIMITS = {
  title: 120,
  description: 1000,
  contentNote: 1500,
  stepContentNote: 500,
  key: 64,
  body: 4000,
  facilitatorNotes: 4000,
  minSteps: 1,
  maxSteps: 60,
  resourcesTitle: 120,
  resourcesIntro: 600,
  maxResourceItems: 20,
  resourceLabel: 200,
  resourceDetail: 500,
  url: 500,
  imageAlt: 300,
  safetyNetPhrase: 80,
  maxSafetyNetPhrases: 50,
} as const;
