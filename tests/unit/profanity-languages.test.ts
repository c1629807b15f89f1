// Profanity per session language (lib/profanity.ts): each language's own rude
// words are caught, English ones too, and that language's everyday words —
// including the ones that contain an English rude pattern — are not.
import { describe, expect, it } from "vitest";
import { LIBRARY_LISTS, NOT_USED, OWN_SHORT_WORDS, isProfaneIn } from "../../lib/profanity";
import { cloudWordsFromAnswer, isProfane } from "../../lib/words";
import { LOCALES, type Locale } from "../../lib/i18n/locales";

type OtherLocale = Exclude<Locale, "en">;
const OTHER_LANGUAGES = LOCALES.filter((l): l is OtherLocale => l !== "en");

const RUDE: Record<OtherLocale, string[]> = {
  de: ["Scheiße", "scheisse", "SCHEISSE", "Arschloch", "Wichser", "Hurensohn", "Fotze", "scheißeee"],
  es: ["mierda", "Gilipollas", "puta", "hijo de puta", "coño", "cabrón", "mierdaaa"],
  fr: ["merde", "Putain", "connard", "salope", "enculé", "fils de pute", "merdeee"],
  it: ["cazzo", "Stronzo", "vaffanculo", "merda", "minchia", "testa di cazzo", "cazzzzo"],
  nl: ["kut", "klootzak", "godverdomme", "lul", "hoer", "teringlijer", "kuttt"],
  pt: ["merda", "caralho", "porra", "foda-se", "filho da puta", "puta", "caralhoooo"],
};

const EVERYDAY: Record<OtherLocale, string[]> = {
  de: [
    "Hoffnung",
    "dick",
    "dicke Luft",
    "Kanal",
    "Analyse",
    "Marktanalyse",
    "Ansporn",
    "Fackel",
    "Wankelmut",
    "Schinken",
    "Abo",
    "FKK",
    "Möpse",
    "nackt",
    "Masse",
    "Mut",
    "Kummer",
    "Geduld",
    "Ass",
  ],
  es: ["cumpleaños", "cumplir", "análisis", "negro", "pañal", "drogas", "heroína", "infierno", "idiota", "esperanza", "miedo", "amigos", "bestial", "martillo"],
  fr: ["assez", "analyse", "retard", "en retard", "rappel", "râpe", "fagot", "pissenlit", "bourré", "folle", "gueule de bois", "espoir", "courage", "baiser", "cumin"],
  it: [
    "fu",
    "assolutamente",
    "assorbire",
    "analisi",
    "annusare",
    "rappezzare",
    "fagiolo",
    "penisola",
    "pesce",
    "regina",
    "sega",
    "porca miseria",
    "speranza",
    "coraggio",
    "bestiale",
  ],
  nl: ["kanaal", "analyse", "kikker", "wankel", "cockpit", "balen", "naaien", "zuiplap", "spuiten", "nicht", "campagnegroep", "hoop", "moed", "graanalcohol", "cum laude"],
  pt: [
    "cumprimento",
    "cumprir",
    "assombrar",
    "análise",
    "analítico",
    "planalto",
    "negro",
    "cerveja",
    "cocaína",
    "amigos",
    "saco",
    "pinto",
    "comer",
    "homossexual",
    "lésbica",
    "esperança",
    "bestial",
  ],
};

describe.each(OTHER_LANGUAGES)("profanity in a %s session", (locale) => {
  it.each(RUDE[locale])("drops %j", (word) => {
    expect(isProfaneIn(locale, word)).toBe(true);
  });

  it.each(EVERYDAY[locale])("keeps %j", (word) => {
    expect(isProfaneIn(locale, word)).toBe(false);
  });

  it("still drops English profanity, disguised or not", () => {
    for (const w of ["fuck", "shit", "b1tch", "ｆｕｃｋ", "motherfucker"]) expect(isProfaneIn(locale, w), w).toBe(true);
  });

  it("only leaves out entries that are in the library's list", () => {
    const library = new Set(LIBRARY_LISTS[locale].map((w) => w.toLowerCase()));
    for (const w of NOT_USED[locale]) expect(library.has(w), w).toBe(true);
  });

  it("allows its short words only as whole words", () => {
    for (const w of OWN_SHORT_WORDS[locale] ?? []) {
      expect(isProfaneIn(locale, w), w).toBe(false);
      expect(isProfaneIn(locale, `${w}ck`), `${w}ck`).toBe(isProfane(`${w}ck`));
    }
  });
});

describe("profanity by language in the word cloud", () => {
  it("drops by the session's language", () => {
    expect(cloudWordsFromAnswer(["Hoffnung", "Scheiße", "Kanal"], undefined, "de")).toEqual({ words: ["hoffnung", "kanal"], profaneCount: 1 });
    expect(cloudWordsFromAnswer(["cumpleaños", "mierda"], undefined, "es")).toEqual({ words: ["cumpleaños"], profaneCount: 1 });
  });

  it("English sessions keep their filter unchanged: other languages' words are not looked up", () => {
    expect(isProfaneIn("en", "merda")).toBe(false);
    expect(isProfaneIn("en", "fuck")).toBe(true);
    expect(isProfane("scheiße")).toBe(false);
  });

  it("a German session does not drop a Spanish word that is rude only in Spanish", () => {
    expect(isProfaneIn("de", "mierda")).toBe(false);
    expect(isProfaneIn("es", "mierda")).toBe(true);
  });
});
