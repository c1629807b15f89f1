// Profanity, per session language: which word-cloud words are dropped before
// the projector, and which open-text answers are flagged for the facilitator.
//
// A dropped word-cloud word is silent (no person decides it), so this leans
// towards letting a word through: a rude word that slips past can still be
// hidden by the facilitator, but a dropped word is a participant not heard.
//
// English: obscenity's English dataset, which also catches leetspeak and
// look-alike letters ("b1tch", "ｆｕｃｋ"), with its own allowances for
// innocent words that contain a rude one ("scunthorpe", "cocktail").
//
// Other languages, each checked with two things:
// - that language's list from naughty-words (the List of Dirty, Naughty,
//   Obscene and Otherwise Bad Words, CC BY 4.0), matched as whole words, less
//   the entries below that are everyday words there or words a support group
//   needs to be able to say (drugs, alcohol, sex, bodies, identities);
// - obscenity's English dataset, since people mix languages, but not where its
//   patterns sit inside that language's own words ({@link OWN_WORDS_WITH_ENGLISH_PATTERNS}):
//   without that, a Spanish "cumpleaños" (birthday) or a German "dick" (thick)
//   would be dropped.
// Neither catches disguised spellings in those languages, and German
// compounds ("Scheißtag") pass unless listed: moderation still applies.
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from "obscenity";
import de from "naughty-words/de.json";
import es from "naughty-words/es.json";
import fr from "naughty-words/fr.json";
import it from "naughty-words/it.json";
import nl from "naughty-words/nl.json";
import pt from "naughty-words/pt.json";
import type { Locale } from "./i18n/locales";

type OtherLocale = Exclude<Locale, "en">;

/** naughty-words' list for each language Hearth speaks besides English. */
export const LIBRARY_LISTS: Record<OtherLocale, readonly string[]> = { de, es, fr, it, nl, pt };

/**
 * Library entries Hearth does not use, per language, and why. Mostly three
 * kinds: everyday words with another meaning (German "Möpse" pugs, Dutch
 * "balen" to be fed up, Italian "pesce" fish, Portuguese "pinto" chick,
 * "saco" bag); words a support group has to be able to say (drugs and
 * alcohol, sex, bodies, sexual and gender identities, "infierno" hell); and
 * mild words that obscenity does not drop in English either ("idiota").
 */
export const NOT_USED: Record<OtherLocale, readonly string[]> = {
  de: [
    // another everyday meaning
    "bonze",
    "fratze",
    "kimme",
    "lümmel",
    "möpse",
    "mufti",
    "popel",
    "reudig",
    "rosette",
    "schnackeln",
    // bodies and sex, said plainly
    "nackt",
    "nippel",
    "onanieren",
    "orgasmus",
    "penis",
    "pinkeln",
    "porno",
  ],
  es: [
    // another everyday meaning
    "asno",
    "chupada",
    "chupetón",
    "concha",
    "maciza",
    "martillo",
    "pedo",
    "trio",
    // what a group has to be able to name
    "asesinato",
    "drogas",
    "heroína",
    "infierno",
    "maldito",
    "nazi",
    "racista",
    "travesti",
    "prostituta",
    "pervertido",
    "sádico",
    // bodies and sex, said plainly
    "caca",
    "coprofagía",
    "esperma",
    "haciendo el amor",
    "orina",
    "pezón",
    "pis",
    "semen",
    "sexo",
    "sexo oral",
    "vulva",
    // mild
    "idiota",
    "imbécil",
  ],
  fr: [
    // another everyday meaning
    "baiser",
    "chatte",
    "gerbe",
    "gueule",
    "jouir",
    "meuf",
    "pédale",
    "péter",
    "ramoner",
    "tanche",
    "tapette",
    "trique",
    // what a group has to be able to name
    "bourré",
    "bourrée",
    "folle",
    "gerber",
    "ménage à trois",
    // bodies, said plainly
    "caca",
    "clitoris",
    "pipi",
    "zizi",
    // mild
    "déconne",
    "déconner",
  ],
  it: [
    // another everyday meaning
    "ammucchiata",
    "bagnarsi",
    "balle",
    "battere",
    "biga",
    "brinca",
    "cagna",
    "cesso",
    "cozza",
    "fava",
    "finocchio",
    "monta",
    "montare",
    "nave scuola",
    "palle",
    "patacca",
    "pesce",
    "pippa",
    "pisello",
    "pistolotto",
    "pompa",
    "porca",
    "porco",
    "quaglia",
    "regina",
    "rizzarsi",
    "ruffiano",
    "sbattere",
    "sbattersi",
    "sega",
    "spagnola",
    "tirare",
    "vacca",
    "vangare",
    "ingoio",
    "succhione",
    // dialect words whose everyday sense could not be checked: when unsure, not dropped
    "bofilo",
    "budiùlo",
    "caciocappella",
    "casci",
    "fracicone",
    "mona",
    "mussa",
    "padulo",
    "picio",
    "pincare",
    "pinnolone",
    "tarzanello",
    "zio cantante",
    // what a group has to be able to name, bodies said plainly
    "anale",
    "cadavere",
    "cacca",
    "chiappa",
    "goldone",
    "guardone",
    "pipì",
    "pisciare",
    "pomiciare",
    "scorreggiare",
    "lofare",
    "loffa",
    "loffare",
    // mild
    "assatanato",
    "boiata",
    "ciospo",
    "femminuccia",
    "imbecille",
    "lecchino",
    "mannaggia",
    "palloso",
    "pippone",
    "pirla",
    "porca miseria",
    "porco zio",
  ],
  nl: [
    // another everyday meaning, or an idiom that is not rude as a word on its own
    "aardappels afgieten",
    "achter het raam zitten",
    "afrossen",
    "aftrekken",
    "anita",
    "asbak",
    "balen",
    "bekken",
    "beurt",
    "boemelen",
    "broekhoesten",
    "brugpieper",
    "buffelen",
    "buiten de pot piesen",
    "de ballen",
    "de hond uitlaten",
    "de koffer induiken",
    "de pijp uitgaan",
    "driehoog achter wonen",
    "een halve man en een paardekop",
    "gat",
    "gedoogzone",
    "gras maaien",
    "griet",
    "hol",
    "johny",
    "kanen",
    "knor",
    "matje",
    "muts",
    "naaien",
    "nicht",
    "paal",
    "palen",
    "pijpen",
    "poot",
    "pot",
    "raaskallen",
    "remsporen",
    "reutelen",
    "rukken",
    "schatje",
    "slempen",
    "spuiten",
    "standje",
    "stootje",
    "toeter",
    "tongzoeng",
    "vergallen",
    "wippen",
    "zaadje",
    "zuigen",
    // what a group has to be able to name, bodies said plainly
    "afwerkplaats",
    "hoerenbuurt",
    "huisdealer",
    "klaarkomen",
    "naakt",
    "penoze",
    "piesen",
    "poep",
    "poepen",
    "trottoir prostituée",
    "zuiplap",
    // mild
    "afberen",
    "bedonderen",
    "belazeren",
    "boerenpummel",
    "dombo",
    "engerd",
    "gadverdamme",
    "klojo",
    "klooien",
    "klootjesvolk",
    "krentekakker",
    "lummel",
    "mafketel",
    "ouwehoeren",
    "potverdorie",
    "publiciteitsgeil",
    "sufferd",
    "viespeuk",
    "watje",
    "welzijnsmafia",
  ],
  pt: [
    // another everyday meaning
    "amador",
    "aranha",
    "bicha",
    "burro",
    "comer",
    "consolo",
    "frango assado",
    "grelho",
    "mama",
    "pau",
    "pinto",
    "saco",
    "torneira",
    "veado",
    "passar um cheque",
    "dum raio",
    // what a group has to be able to name
    "aborto",
    "ariano",
    "bissexual",
    "camisinha",
    "cerveja",
    "cocaína",
    "heroína",
    "heterosexual",
    "homem gay",
    "homoerótico",
    "homosexual",
    "inferno",
    "lésbica",
    "lolita",
    "transar",
    "vibrador",
    // bodies and sex, said plainly
    "ânus",
    "bumbum",
    "chupar",
    "clitoris",
    "coito",
    "fecal",
    "gozar",
    "peidar",
    "pênis",
  ],
};

/**
 * Parts of everyday words in each language that contain one of obscenity's
 * English patterns. An English match that overlaps one of these inside the
 * same word is not a match in a session of that language. Found by running
 * obscenity over Debian's spelling dictionaries of each language; the price is
 * that a few English words pass there ("dick" in German sessions, "retard" in
 * French ones, where it means "late").
 */
export const OWN_WORDS_WITH_ENGLISH_PATTERNS: Record<OtherLocale, readonly string[]> = {
  de: [
    "bestial",
    "fackle",
    "fockmast",
    "gernegroß",
    "assyr",
    "analy",
    "analph",
    "analog",
    "analge",
    "kanal",
    "kanäl",
    "annalen",
    "dick",
    "sporn",
    "fackel",
    "wankel",
    "wanken",
    "wankt",
    "rappel",
    "rappe",
    "felchen",
    "schinken",
    "assoz",
    "asse",
    "gerecht",
    "nuss",
    "pazifist",
    "salafist",
    "eck",
    "cockpit",
    "fukushima",
    "kanus",
  ],
  es: [
    "bestial",
    "bastardill",
    "sobretarde",
    "cumpl",
    "cúmpl",
    "cuman",
    "cume",
    "cúmul",
    "cumar",
    "cumic",
    "negr",
    "anal",
    "anál",
    "añal",
    "pañal",
    "panal",
    "fanal",
    "fagoc",
    "fagot",
    "fagác",
    "semen",
    "sement",
    "arsén",
    "turd",
    "túrd",
    "añus",
    "apañus",
    "rapé",
    "peñísc",
    "comin",
    "cumin",
    "cumín",
    "cúmel",
    "cuntir",
    "granalla",
  ],
  fr: [
    "bestial",
    "pissenlit",
    "pissalad",
    "asse",
    "assé",
    "assè",
    "assî",
    "asso",
    "assy",
    "assi",
    "assu",
    "assa",
    "analg",
    "analy",
    "analph",
    "analec",
    "anallerg",
    "annal",
    "artisanal",
    "tympanal",
    "fanal",
    "rapet",
    "rappel",
    "râpe",
    "râpé",
    "râper",
    "râpè",
    "retard",
    "fagot",
    "fagal",
    "fagne",
    "cockpit",
    "arsén",
    "semence",
    "sèment",
    "cumin",
    "pandanus",
    "canus",
    "pissoi",
    "pissot",
    "vagin",
    "négro",
    "negro",
  ],
  it: [
    "bestial",
    "asse",
    "asso",
    "assa",
    "assi",
    "assu",
    "annus",
    "anali",
    "analf",
    "analit",
    "annali",
    "fanal",
    "rapi",
    "rappezz",
    "raper",
    "fagi",
    "fagli",
    "faggi",
    "fagot",
    "penisol",
    "semen",
    "sement",
    "arse",
    "negro",
    "comporne",
    "gianal",
    "oganal",
  ],
  nl: [
    "bestia",
    "kettingga",
    "groep",
    "alcohol",
    "cum suis",
    "cummerband",
    "kikken",
    "kanaal",
    "kanal",
    "analy",
    "analis",
    "analf",
    "analo",
    "analg",
    "annalen",
    "artisana",
    "anaal",
    "wankel",
    "kikker",
    "cockpit",
    "assor",
    "assyr",
    "assel",
    "asson",
    "assep",
    "asser",
    "assegaai",
    "assebroek",
    "asscher",
    "assmann",
    "aass",
    "aars",
    "schink",
    "fagot",
    "fagel",
    "fagoc",
    "anus",
    "gasm",
    "arseen",
    "doping",
    "camping",
    "bastaard",
    "harpen",
    "rapen",
    "pissebed",
    "cocksdorp",
    "shiitake",
    "boobytrap",
    "sluter",
    "slutter",
    "tuurde",
    "twatwa",
    "cum laude",
    "cumi",
    "cumarin",
    "abbo",
    "bisschops",
    "houderschaps",
  ],
  pt: [
    "bestial",
    "analí",
    "asso",
    "asse",
    "assa",
    "assá",
    "assé",
    "assí",
    "assó",
    "assu",
    "assi",
    "cumpr",
    "cumpl",
    "cume",
    "cúmpl",
    "cúmul",
    "cumul",
    "anali",
    "analf",
    "análo",
    "analó",
    "anál",
    "analé",
    "analg",
    "anali",
    "reanál",
    "planalt",
    "artesanal",
    "fanal",
    "granal",
    "fagul",
    "fagot",
    "fagó",
    "fagoc",
    "fagund",
    "rretar",
    "semen",
    "sémen",
    "sement",
    "negro",
    "arsén",
    "hentai",
  ],
};

/**
 * Short everyday words of a language that obscenity reads as English
 * profanity, allowed only as the whole word: Italian "fu" (was) must pass, but
 * not "fuck"; German "Abo" (a subscription), "FKK" (naturism), "Ass" (an ace).
 */
export const OWN_SHORT_WORDS: Partial<Record<OtherLocale, readonly string[]>> = {
  de: ["abo", "abos", "fkk", "ass"],
  es: ["fu"],
  it: ["fu"],
  nl: ["fu"],
};

// ---------------------------------------------------------------------------
// English (obscenity)

let english: RegExpMatcher | undefined;
// Built on first use: compiling the dataset costs a few milliseconds, and
// modules that only normalise words should not pay it.
function englishMatcher(): RegExpMatcher {
  english ??= new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  return english;
}

/**
 * True when the text contains an English profanity that is not inside one of
 * `ownParts` nor is the whole of one of `ownShortWords` (see {@link OWN_WORDS_WITH_ENGLISH_PATTERNS}).
 */
function englishMatch(text: string, ownParts: readonly string[] = [], ownShortWords: readonly string[] = []): boolean {
  const matches = englishMatcher().getAllMatches(text);
  if (matches.length === 0 || (ownParts.length === 0 && ownShortWords.length === 0)) return matches.length > 0;
  // Lower case keeps every index here (the lists hold no letter whose lower case is longer).
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const own of ownParts) for (let at = lower.indexOf(own); at !== -1; at = lower.indexOf(own, at + 1)) spans.push([at, at + own.length - 1]);
  const wordAround = (start: number, end: number) => {
    let from = start;
    let to = end + 1;
    while (from > 0 && /\p{L}/u.test(lower[from - 1]!)) from--;
    while (to < lower.length && /\p{L}/u.test(lower[to]!)) to++;
    return lower.slice(from, to);
  };
  return matches.some((m) => !spans.some(([start, end]) => m.startIndex <= end && m.endIndex >= start) && !ownShortWords.includes(wordAround(m.startIndex, m.endIndex)));
}

// ---------------------------------------------------------------------------
// Other languages (naughty-words, whole words)

/** Lower case in the language's rules, typographic apostrophes folded, German ß as ss, split into words. */
function wordsOf(text: string, locale: OtherLocale): string[] {
  let t = text
    .normalize("NFKC")
    .toLocaleLowerCase(locale)
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02BC]/g, "'");
  if (locale === "de") t = t.replace(/ß/g, "ss");
  return t.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

type CompiledList = { single: Set<string>; multi: string[][] };
const compiled = new Map<OtherLocale, CompiledList>();

function listFor(locale: OtherLocale): CompiledList {
  let list = compiled.get(locale);
  if (list) return list;
  const notUsed = new Set(NOT_USED[locale].map((w) => wordsOf(w, locale).join(" ")));
  list = { single: new Set(), multi: [] };
  for (const entry of LIBRARY_LISTS[locale]) {
    const words = wordsOf(entry, locale);
    if (words.length === 0 || notUsed.has(words.join(" "))) continue;
    if (words.length === 1) list.single.add(words[0]!);
    else list.multi.push(words);
  }
  compiled.set(locale, list);
  return list;
}

// "merdaaa", "cazzzzo": a letter typed three or more times is also read once and twice.
const STRETCHED = /(\p{L})\1{2,}/gu;

function listMatch(text: string, locale: OtherLocale): boolean {
  const list = listFor(locale);
  const words = wordsOf(text, locale);
  const variants = new Set([words, words.map((w) => w.replace(STRETCHED, "$1")), words.map((w) => w.replace(STRETCHED, "$1$1"))].map((ws) => ws.join(" ")));
  for (const variant of variants) {
    const ws = variant.split(" ");
    if (ws.some((w) => list.single.has(w))) return true;
    const padded = ` ${variant} `;
    if (list.multi.some((phrase) => padded.includes(` ${phrase.join(" ")} `))) return true;
  }
  return false;
}

/** True when the text contains profanity for a session in this language (English is checked in every language). */
export function isProfaneIn(locale: Locale, text: string): boolean {
  if (locale === "en") return englishMatch(text);
  return listMatch(text, locale) || englishMatch(text, OWN_WORDS_WITH_ENGLISH_PATTERNS[locale], OWN_SHORT_WORDS[locale]);
}
