// The safety net: text from phones (open-text answers, word-cloud words,
// check-in notes) is screened on the server for language about suicide,
// self-harm and acute crisis. A match is never shown automatically (it waits
// for the facilitator's individual decision, marked "may need care"), and the
// author's phone alone gets a gentle private message with the support card.
//
// Where the list comes from. It is curated by hand for Hearth from the kinds
// of wording that crisis-line and peer-support moderation guidance (e.g. the
// Samaritans' online-safety guidance for moderators, and the keyword lists
// peer-support apps describe publicly) treat as warning signs: stated intent
// ("kill myself", "end my life"), hopelessness about living ("no reason to
// live", "better off without me"), self-harm ("hurt myself", "cut myself"),
// and the obfuscations people use online to get past filters ("unalive",
// "sewer slide", "kms", "su1c1de"). It is not a clinical instrument.
//
// The trade-off, chosen deliberately. A false positive costs little: one
// answer waits for an individual decision, and its author sees a kind note
// with the support card ("if that's not you right now, ignore this"). A false
// negative costs a person who reached out and met silence. So phrases lean
// inclusive where intent is plausible ("I cut myself" also matches someone who
// cut themselves shaving; "suicide" matches a film title), and stay out where
// the everyday idiom dominates and no crisis meaning is likely: "dying to try
// it", "I could kill for a coffee", "this is killing me", "to die for",
// "I'm dead" (laughing), "kill me now" (a joke far more often than not),
// "I don't see the point of this exercise" (the point *of living* is listed).
// Single words like "die", "dead" or "kill" are never enough on their own.
//
// Matching is on normalised words (see normaliseForScreening): case, accents,
// repeated letters ("diiiie"), common digit/symbol swaps ("k1ll", "$uicide"),
// apostrophes ("don't" = "dont"), punctuation between letters ("k.i.l.l") and
// spaced-out letters ("k i l l  m y s e l f") do not hide a phrase. A phrase
// matches only as whole words, so "skill myself" is not "kill myself".
//
// Other languages: each session language has its own list
// (./distress-phrases-languages.ts), and a session screens with its
// language's list plus the English one, since people mix languages. A
// template may add the facilitator's own phrases (the words their group uses,
// a local slang term): they are added to the lists, never replace them, and
// travel with the template and each session made from it.
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { PHRASES_BEYOND_ENGLISH } from "./distress-phrases-languages";

/** A language with a built-in list: every session language. */
export type ScreeningLanguage = Locale;

const PHRASES: Record<ScreeningLanguage, readonly string[]> = {
  ...PHRASES_BEYOND_ENGLISH,
  en: [
    // suicide, stated or obfuscated
    "suicide",
    "suicidal",
    "kill myself",
    "killing myself",
    "kms",
    "kys",
    "end my life",
    "ending my life",
    "end it all",
    "ending it all",
    "take my own life",
    "taking my own life",
    "take my life",
    "unalive myself",
    "unalive",
    "unaliving",
    "unalived",
    "sewer slide",
    "want to die",
    "wanna die",
    "going to die tonight",
    "wish i was dead",
    "wish i were dead",
    "better off dead",
    "better off without me",
    "rather be dead",
    "dont want to be alive",
    "dont want to live",
    "dont want to be here anymore",
    "dont want to wake up",
    "not want to wake up",
    "no reason to live",
    "nothing to live for",
    "no point in living",
    "no point living",
    "whats the point of living",
    "dont see the point anymore",
    "dont see the point in living",
    "cant see the point anymore",
    "tired of living",
    "tired of being alive",
    "cant go on",
    "cannot go on",
    "cant do this anymore",
    "no way out",
    "goodbye forever",
    "overdose",
    "jump off a bridge",
    // self-harm
    "self harm",
    "selfharm",
    "harm myself",
    "harming myself",
    "hurt myself",
    "hurting myself",
    "cut myself",
    "cutting myself",
    "burn myself",
    "starve myself",
  ],
};

// digits and symbols people swap for letters to get past filters
const LOOKALIKES: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", "|": "i" };

/**
 * Lower case, no accents, look-alike characters mapped to letters, no
 * apostrophes, every run of a repeated letter made one letter ("sleep" and
 * "sleeeep" both become "slep"; phrases are normalised the same way), words
 * separated by single spaces, and runs of three or more single letters joined
 * ("k i l l" → "kil").
 */
export function normaliseForScreening(text: string): string {
  const letters = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    // only inside a word ("k1ll", "$uicide"): a "!" or "1" after a word is punctuation or a number
    .replace(/[0-9@$!|](?=[\p{L}0-9@$!|])/gu, (c) => LOOKALIKES[c] ?? c)
    .replace(/[^\p{L}]+/gu, " ")
    .replace(/(\p{L})\1+/gu, "$1")
    .trim();
  if (!letters) return "";
  const words = letters.split(" ");
  const joined: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j]!.length === 1) j++;
    if (j - i >= 3) {
      joined.push(
        words
          .slice(i, j)
          .join("")
          .replace(/(\p{L})\1+/gu, "$1"),
      );
      i = j;
    } else {
      joined.push(words[i]!);
      i++;
    }
  }
  // "any more" and "anymore" are one phrase
  return joined.join(" ").replace(/\bany more\b/g, "anymore");
}

type CompiledList = { phrases: string[]; squashed: string[] };
const compiled = new Map<ScreeningLanguage, CompiledList>();

function compile(list: readonly string[]): CompiledList {
  const phrases = [...new Set(list.map(normaliseForScreening).filter(Boolean))];
  return { phrases, squashed: phrases.map((p) => p.replace(/ /g, "")) };
}

function listFor(language: ScreeningLanguage): CompiledList {
  let list = compiled.get(language);
  if (!list) compiled.set(language, (list = compile(PHRASES[language])));
  return list;
}

/**
 * The safety net one session screens with: the built-in list of its language,
 * the English list, and the template's own phrases. True when the text may need care.
 */
export type SafetyNet = (text: string) => boolean;

/**
 * True when `text` contains a phrase of the list (whole words, after
 * normalisation). `extra`: more phrases for this session (a template's own).
 * Spelled-out text ("k i l l m y s e l f") is joined into one word by the
 * normalisation, so such a word is also checked for a phrase without spaces.
 */
export function mayNeedCare(text: string, options: { language?: ScreeningLanguage; extra?: readonly string[] } = {}): boolean {
  return safetyNetFor(options.extra, options.language)(text);
}

const DEFAULT_NETS = new Map<ScreeningLanguage, SafetyNet>();

/** The built-in lists a session in this language screens with: its own, and English (people mix languages). */
function builtInLists(language: ScreeningLanguage): CompiledList[] {
  return language === DEFAULT_LOCALE ? [listFor(DEFAULT_LOCALE)] : [listFor(language), listFor(DEFAULT_LOCALE)];
}

/** The safety net with the built-in lists and these extra phrases (compiled once per session, not per answer). */
export function safetyNetFor(extra: readonly string[] = [], language: ScreeningLanguage = DEFAULT_LOCALE): SafetyNet {
  if (extra.length === 0) {
    let net = DEFAULT_NETS.get(language);
    if (!net) DEFAULT_NETS.set(language, (net = screenWith(builtInLists(language))));
    return net;
  }
  const own = compile(extra);
  return screenWith(own.phrases.length ? [...builtInLists(language), own] : builtInLists(language));
}

/** The built-in list alone, for text outside any session. */
export const defaultSafetyNet: SafetyNet = (text) => safetyNetFor()(text);

function screenWith(lists: readonly CompiledList[]): SafetyNet {
  return (text) => {
    const normalised = normaliseForScreening(text);
    if (!normalised) return false;
    const padded = ` ${normalised} `;
    const words = normalised.split(" ");
    for (const list of lists) {
      for (const phrase of list.phrases) if (padded.includes(` ${phrase} `)) return true;
      for (const word of words) if (word.length >= 6 && list.squashed.some((p) => p.length >= 5 && word.includes(p) && p.length >= word.length - 4)) return true;
    }
    return false;
  };
}

/** Letters a facilitator's own phrase needs after normalisation: fewer would hold every answer with a short word. */
export const MIN_OWN_PHRASE_LETTERS = 3;

/** Why a facilitator's own phrase cannot be used, or null when it can. */
export function ownPhraseProblem(phrase: string): string | null {
  const normalised = normaliseForScreening(phrase);
  if (normalised.replace(/ /g, "").length < MIN_OWN_PHRASE_LETTERS) return `needs at least ${MIN_OWN_PHRASE_LETTERS} letters (punctuation and digits alone do not count)`;
  return null;
}

/** The text of an answer that the safety net screens (open text, word-cloud words); null for other kinds. */
export function screenedTextOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as { text?: unknown; words?: unknown };
  if (typeof v.text === "string") return v.text;
  if (Array.isArray(v.words)) return v.words.filter((w): w is string => typeof w === "string").join(" · ");
  return null;
}

/** Whether a stored answer value is one the safety net holds (`net`: the session's). */
export function answerMayNeedCare(value: unknown, net: SafetyNet = defaultSafetyNet): boolean {
  const text = screenedTextOf(value);
  return text !== null && net(text);
}
