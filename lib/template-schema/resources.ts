// The support-resources card and the facilitator's own safety-net phrases:
// what a template says outside its steps.
import { z } from "zod";
import { facilitatorLine, facilitatorText } from "../activities";
import { MIN_OWN_PHRASE_LETTERS, normaliseForScreening, ownPhraseProblem } from "../distress-phrases";
import { TEMPLATE_LIMITS } from "./limits";

const SAFE_LINK_PROTOCOLS = new Set(["http:", "https:", "tel:", "mailto:"]);

/**
 * True for absolute http(s), tel: and mailto: URLs. Anything else (relative
 * paths, javascript:, data:, …) is refused: these links are shown to
 * participants, and a template file may come from anywhere.
 */
export function isSafeLinkUrl(url: string): boolean {
  try {
    // URL parsing normalises case and strips tabs/newlines, so tricks like
    // "JaVa\tScript:" are caught by the protocol check.
    return SAFE_LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

const resourceItemSchema = z.object({
  label: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.resourceLabel),
  detail: facilitatorText().trim().max(TEMPLATE_LIMITS.resourceDetail).optional(),
  // Editor forms send "" for an empty field; treat it as "no link".
  url: z
    .string()
    .trim()
    .max(TEMPLATE_LIMITS.url)
    .refine((u) => u === "" || isSafeLinkUrl(u), {
      error: "must be a full http://, https://, tel: or mailto: link (or left empty)",
      params: { code: "unsafeLink" },
    })
    .transform((u) => (u === "" ? undefined : u))
    .optional(),
});

export const resourcesSchema = z.object({
  title: facilitatorLine().trim().min(1).max(TEMPLATE_LIMITS.resourcesTitle),
  intro: facilitatorText().trim().max(TEMPLATE_LIMITS.resourcesIntro).optional(),
  items: z.array(resourceItemSchema).min(1, { error: "add at least one item: the support card is reachable from every participant screen" }).max(TEMPLATE_LIMITS.maxResourceItems),
});
export type TemplateResources = z.infer<typeof resourcesSchema>;

/**
 * The facilitator's own safety-net phrases, added to the built-in list
 * (lib/distress-phrases.ts): cleaned like other facilitator text, blank lines
 * dropped, repeats (after the matcher's normalisation) kept once, each at
 * most `safetyNetPhrase` characters with at least a few letters, and at most
 * `maxSafetyNetPhrases` of them. A problem names the phrase, since the editor
 * shows the list as one field.
 */
export const safetyNetPhrasesSchema = z
  .array(facilitatorLine().trim())
  .transform((phrases) => {
    const seen = new Set<string>();
    return phrases.filter((p) => {
      if (p === "") return false;
      const key = normaliseForScreening(p) || p;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .superRefine((phrases, ctx) => {
    if (phrases.length > TEMPLATE_LIMITS.maxSafetyNetPhrases)
      ctx.addIssue({
        code: "custom",
        message: `number ${phrases.length}; at most ${TEMPLATE_LIMITS.maxSafetyNetPhrases} are allowed`,
        params: { code: "tooManyPhrases", count: phrases.length, max: TEMPLATE_LIMITS.maxSafetyNetPhrases },
      });
    for (const phrase of phrases) {
      const shown = phrase.length > 30 ? `${phrase.slice(0, 30)}…` : phrase;
      if (phrase.length > TEMPLATE_LIMITS.safetyNetPhrase)
        ctx.addIssue({
          code: "custom",
          message: `include “${shown}”, which is longer than ${TEMPLATE_LIMITS.safetyNetPhrase} characters`,
          params: { code: "phraseTooLong", phrase: shown, max: TEMPLATE_LIMITS.safetyNetPhrase },
        });
      else {
        const problem = ownPhraseProblem(phrase);
        // (the one problem ownPhraseProblem names: too few letters)
        if (problem)
          ctx.addIssue({ code: "custom", message: `include “${shown}”, which ${problem}`, params: { code: "phraseTooFewLetters", phrase: shown, min: MIN_OWN_PHRASE_LETTERS } });
      }
    }
  });
