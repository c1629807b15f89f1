// Word-cloud words: how a participant's typed word becomes the key it is
// counted under, and which words never reach the cloud.
//
// A word cloud is shown on the projector without a human in between (the
// facilitator can hide a whole response afterwards), so two things matter:
// - the same word typed differently ("Hope", " hopes.", "ＨＯＰＥ") is one
//   word, or the cloud splits a shared feeling into several small ones;
// - profanity is dropped automatically (./profanity.ts: in English
//   obscenity's dataset, which also catches leetspeak and look-alike letters,
//   "b1tch", "ｆｕｃｋ"; in the other languages their own list as well).
//
// Languages. A session's language (lib/i18n/locales.ts) decides the few
// steps that differ: case folding uses that language's rules, French and
// Italian drop a leading elided article ("l'espoir" is "espoir"), and plural
// folding runs for English only. Accents are never removed in any language:
// they tell words apart ("año"/"ano", "avó"/"avô", "pêche"/"péché"), and a
// word cloud that merged them would put words in people's mouths.
// No stop words are removed either: an entry is a word the participant chose,
// never a sentence split up, and a per-language stop list would drop other
// languages' words in the mixed groups we have ("sin" is a Spanish stop word,
// "die" a German one, "door" a Dutch one).
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";
import { isProfaneIn } from "./profanity";

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
 * folded, whitespace collapsed and trimmed, lowercased with the session
 * language's rules (`toLocaleLowerCase(locale)`, never the server's own
 * locale, which must not change how words group), punctuation stripped from
 * both ends (inner apostrophes and hyphens stay: "don't", "self-care"), a
 * leading elided article dropped in French and Italian ({@link dropElidedArticle}),
 * and for English {@link foldPlural}.
 *
 * The Dutch "ĳ" ligature becomes "ij" by NFKC; the German "ß" stays "ß" and is
 * not merged with "ss" ("Maße" measures, "Masse" mass).
 */
export function normaliseWordIn(locale: Locale, raw: string): string | null {
  if (typeof raw !== "string") return null;
  let word = raw.normalize("NFKC").replace(INVISIBLES, "").replace(APOSTROPHES, "'").replace(HYPHENS, "-");
  word = word.replace(WHITESPACE_RUN, " ").trim().toLocaleLowerCase(locale);
  // Stripping edge punctuation can expose whitespace (`"  hope ."`), so trim again.
  word = word.replace(EDGE_PUNCTUATION, "").trim();
  // lowercasing can decompose (İ → i + U+0307); bring it back to NFC.
  word = dropElidedArticle(word.normalize("NFC"), locale);
  if (word === "") return null;
  return locale === "en" ? foldPlural(word) : word;
}

/** {@link normaliseWordIn} for an English session (one argument, so `words.map(normaliseWord)` stays safe). */
export function normaliseWord(raw: string): string | null {
  return normaliseWordIn(DEFAULT_LOCALE, raw);
}

// French and Italian write the definite article glued to a word that starts
// with a vowel: "l'espoir" is "espoir" with "the". Only that article is
// dropped. Other elisions carry meaning and stay: French "d'accord" (agreed)
// is not "accord" (an agreement), "j'ai", "c'est", "n'importe"; Italian
// "senz'ansia" (without anxiety) must never become "ansia", nor "dell'",
// "nell'", "un'" turn into the bare word.
const ELIDED_ARTICLE: Partial<Record<Locale, RegExp>> = {
  fr: /^l'(?=\p{L})/u,
  it: /^l'(?=\p{L})/u,
};

/** The word without a leading elided definite article, in the languages that have one. */
export function dropElidedArticle(word: string, locale: Locale): string {
  const article = ELIDED_ARTICLE[locale];
  return article ? word.replace(article, "") : word;
}

// ---------------------------------------------------------------------------
// Plural folding (English sessions only)
//
// Other languages have no suffix rule that is safe without a dictionary:
// French "fois" (times) is not "foi" (faith), Spanish "celos" (jealousy) is
// not "celo", German "nichts" (nothing) is not "nicht" (not), Italian changes
// the last vowel ("amico"/"amici", and "pena"/"pene" are different words). So
// in those sessions "amigo" and "amigos" are two words in the cloud.
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

// Per session language: see ./profanity.ts.

/** True when the word contains an English profanity (including disguised spellings). */
export function isProfane(word: string): boolean {
  return isProfaneIn(DEFAULT_LOCALE, word);
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
  profane: ((word: string) => boolean) | undefined = undefined,
  /** The session's language: how words are normalised and, unless `profane` is given, which profanity is dropped. */
  locale: Locale = DEFAULT_LOCALE,
): CloudWords {
  const isRude = profane ?? ((word: string) => isProfaneIn(locale, word));
  const seen = new Set<string>();
  const words: string[] = [];
  let profaneCount = 0;
  for (const raw of rawWords) {
    const word = normaliseWordIn(locale, raw);
    if (word === null || seen.has(word)) continue;
    seen.add(word);
    if (isRude(word)) profaneCount++;
    else words.push(word);
  }
  return { words, profaneCount };
}
