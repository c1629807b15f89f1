// Word-cloud words: how a participant's typed word becomes the key it is
// counted under, and which words never reach the cloud.
//
// A word cloud is shown on the projector without a human in between (the
// facilitator can hide a whole response afterwards), so two things matter:
// - the same word typed differently ("Hope", " hopes.", "ＨＯＰＥ") is one
//   word, or the cloud splits a shared feeling into several small ones;
// - profanity is dropped automatically (obscenity's English dataset, which
//   also catches leetspeak and look-alike letters: "b1tch", "ｆｕｃｋ").
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";

// ---------------------------------------------------------------------------
// Normalisation

// Punctuation stripped from either end of a word ("hope.", "#hope", "'hope'").
// Symbols stay: emoji (So), skin-tone modifiers (Sk) and "<3" are real
// answers in a word cloud.
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;
// Phones send typographic apostrophes (iOS "smart punctuation") and hyphens;
// folded so "don’t" and "don't", "self‑care" and "self-care" are one word.
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\uFF07]/g;
const HYPHENS = /[\u2010\u2011]/g;
const WHITESPACE_RUN = /\s+/gu;
// Invisible characters that would make identical-looking words count apart.
// ZWJ (U+200D) is kept because it glues emoji sequences together, and ZWNJ
// (U+200C) because it changes spelling in Persian and Indic scripts.
const INVISIBLES = /[\u00AD\u200B\u200E\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/**
 * The key a word-cloud word is counted under, or null when nothing is left.
 *
 * Steps, in order: NFKC (compatibility) normalisation — so full-width and
 * ligature forms from phone keyboards match plain letters; the result is also
 * NFC — then invisible characters removed, typographic apostrophes/hyphens
 * folded, whitespace collapsed and trimmed, lowercased with the
 * locale-insensitive `toLowerCase` (the server's locale must not change how
 * words group), punctuation stripped from both ends (inner apostrophes and
 * hyphens stay: "don't", "self-care"), and finally {@link foldPlural}.
 */
export function normaliseWord(raw: string): string | null {
  if (typeof raw !== "string") return null;
  let word = raw.normalize("NFKC").replace(INVISIBLES, "").replace(APOSTROPHES, "'").replace(HYPHENS, "-");
  word = word.replace(WHITESPACE_RUN, " ").trim().toLowerCase();
  // Stripping edge punctuation can expose whitespace (`"  hope ."`), so trim again.
  word = word.replace(EDGE_PUNCTUATION, "").trim();
  // toLowerCase can decompose (İ → i + U+0307); bring it back to NFC.
  word = word.normalize("NFC");
  if (word === "") return null;
  return foldPlural(word);
}

// ---------------------------------------------------------------------------
// Plural folding
//
// Deliberately conservative: a word that is left plural only makes a cloud a
// little less merged, but a wrong fold puts words in people's mouths
// ("always" → "alway", "chaos" → "chao"). So we only fold:
// - single words of ASCII letters of at least 4 letters, so "is", "us",
//   "bus", "yes", "his", "gas", "was" are never touched; in a hyphenated
//   word the last part is folded when it has at least 3 letters
//   ("check-ups" → "check-up", "add-ons" → "add-on");
// - never words ending in -ss, -us, -is, -os ("grass", "less", "kindness",
//   "anxious", "focus", "this", "crisis", "chaos");
// - never the listed non-plurals ending in -s ("always", "news", "does");
// and the rules, first match wins:
//   irregulars listed below                 lives → life, buses → bus
//   -ies → -y (5+ letters)                  stories → story, worries → worry
//     (but listed -ie nouns drop the s)     cookies → cookie, movies → movie
//   -sses, -shes, -xes, -zzes → drop "es"   classes → class, wishes → wish, boxes → box
//   -ches → drop "es"                       churches → church, beaches → beach
//     (but -aches after a consonant → -s)   headaches → headache, aches → ache
//   otherwise drop the "s"                  hopes → hope, hugs → hug, shoes → shoe
// Multi-word entries ("deep breaths", "lots of hugs") are left as typed:
// which word carries the plural is not something a suffix rule can know.

const NEVER_FOLD = new Set([
  // adverbs, conjunctions, pronouns and other words that merely end in s
  "always",
  "perhaps",
  "sometimes",
  "besides",
  "whereas",
  "nowadays",
  "towards",
  "afterwards",
  "backwards",
  "forwards",
  "upwards",
  "downwards",
  "upstairs",
  "downstairs",
  "indoors",
  "outdoors",
  "overseas",
  "hers",
  "ours",
  "yours",
  "theirs",
  "ourselves",
  "yourselves",
  "themselves",
  "does",
  "goes",
  "alas",
  "thanks",
  "yes",
  "its",
  "has",
  "was",
  "gas",
  "news",
  "lens",
  "series",
  "species",
  "means",
  "diabetes",
  "measles",
  "mumps",
  "rabies",
  "herpes",
  "scissors",
  "trousers",
  "pants",
  "jeans",
  "shorts",
  "glasses",
  "crossroads",
  "headquarters",
  "atlas",
  "alias",
  "canvas",
  "bias",
  "christmas",
  "pancreas",
  "texas",
  "physics",
  "ethics",
  "politics",
  "economics",
  "mathematics",
  "athletics",
  "gymnastics",
  "aesthetics",
  "electronics",
  "linguistics",
  "genetics",
  // "leaves" is as likely the verb as the plural of "leaf"
  "leaves",
]);

// Nouns ending in -ie, whose plural is just +s (so -ies → -y would be wrong).
const IE_NOUNS = new Set([
  "cookie",
  "movie",
  "calorie",
  "brownie",
  "selfie",
  "hoodie",
  "rookie",
  "zombie",
  "freebie",
  "genie",
  "pixie",
  "auntie",
  "bestie",
  "veggie",
  "newbie",
  "birdie",
  "roomie",
  "sweetie",
  "goalie",
  "smoothie",
  "prairie",
  "hippie",
  "techie",
  "foodie",
  "groupie",
  "junkie",
  "lassie",
  "bootie",
  "necktie",
  "magpie",
  "collie",
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  lives: "life",
  wives: "wife",
  knives: "knife",
  halves: "half",
  wolves: "wolf",
  shelves: "shelf",
  selves: "self",
  thieves: "thief",
  loaves: "loaf",
  buses: "bus",
  gases: "gas",
  lenses: "lens",
  viruses: "virus",
  bonuses: "bonus",
  focuses: "focus",
  campuses: "campus",
  statuses: "status",
  circuses: "circus",
  crises: "crisis",
  diagnoses: "diagnosis",
  quizzes: "quiz",
  heroes: "hero",
  potatoes: "potato",
  tomatoes: "tomato",
  echoes: "echo",
  vetoes: "veto",
};

const FOLDABLE = /^[a-z]{4,}$|^(?:[a-z]+-)+[a-z]{3,}$/;

/**
 * Fold a simple English plural to its singular, conservatively (see the rules
 * above). Expects an already-normalised word; returns it unchanged when no
 * rule applies with confidence.
 */
export function foldPlural(word: string): string {
  if (!FOLDABLE.test(word)) return word;
  const cut = word.lastIndexOf("-") + 1;
  const head = word.slice(0, cut);
  const last = word.slice(cut);
  const folded = foldSingle(last);
  return folded === last ? word : head + folded;
}

function foldSingle(w: string): string {
  if (!w.endsWith("s") || NEVER_FOLD.has(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (/(?:ss|us|is|os)$/.test(w)) return w;
  if (w.endsWith("ies") && w.length >= 5) {
    const ie = w.slice(0, -1);
    return IE_NOUNS.has(ie) ? ie : w.slice(0, -3) + "y";
  }
  if (/(?:sses|shes|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("ches")) {
    // "headaches" is headache+s; "beaches", "coaches" are beach/coach+es.
    if (/[^eo]aches$/.test(w) || w === "aches") return w.slice(0, -1);
    return w.slice(0, -2);
  }
  return w.slice(0, -1);
}

// ---------------------------------------------------------------------------
// Profanity

let matcher: RegExpMatcher | undefined;
// Built on first use: compiling the dataset costs a few milliseconds, and
// modules that only normalise words should not pay it.
function profanityMatcher(): RegExpMatcher {
  matcher ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return matcher;
}

/** True when the word contains an English profanity (including disguised spellings). */
export function isProfane(word: string): boolean {
  return profanityMatcher().hasMatch(word);
}

/** The words that may appear in a word cloud: profane ones dropped, order kept. */
export function filterWords(words: readonly string[]): string[] {
  return words.filter((w) => !isProfane(w));
}

export interface CloudWords {
  /** Distinct normalised words, in the order first typed. */
  words: string[];
  /** How many distinct words were dropped by the profanity filter. */
  profaneCount: number;
}

/**
 * The words one participant's answer contributes to a cloud: each
 * normalised, empty and profane ones dropped, and a word repeated within the
 * answer ("hope, Hope, hopes") kept once — one participant, one vote per word.
 */
export function cloudWordsFromAnswer(
  rawWords: readonly string[],
  // Injectable so a caller can memoise it: the profanity check (~80 µs a
  // word) costs far more than everything else about a word-cloud answer.
  profane: (word: string) => boolean = isProfane,
): CloudWords {
  const seen = new Set<string>();
  const words: string[] = [];
  let profaneCount = 0;
  for (const raw of rawWords) {
    const word = normaliseWord(raw);
    if (word === null || seen.has(word)) continue;
    seen.add(word);
    if (profane(word)) profaneCount++;
    else words.push(word);
  }
  return { words, profaneCount };
}
