// Word-cloud normalisation per session language (lib/words.ts): what merges,
// and above all what must stay apart.
import { describe, expect, it } from "vitest";
import { cloudWordsFromAnswer, dropElidedArticle, normaliseWord, normaliseWordIn } from "../../lib/words";
import { LOCALES } from "../../lib/i18n/locales";

describe("normaliseWord in every language", () => {
  it.each(LOCALES)("%s: case, edge punctuation, whitespace, full-width and composed forms", (locale) => {
    expect(normaliseWordIn(locale, "  RUHE!  ")).toBe("ruhe");
    expect(normaliseWordIn(locale, "«calme»")).toBe("calme");
    expect(normaliseWordIn(locale, "¡ánimo!")).toBe("ánimo");
    expect(normaliseWordIn(locale, "¿Paz?")).toBe("paz");
    expect(normaliseWordIn(locale, "ＦＲＩＥＤＥＮ")).toBe("frieden");
    expect(normaliseWordIn(locale, "cafe\u0301")).toBe("caf\u00e9");
    expect(normaliseWordIn(locale, "...")).toBeNull();
  });

  it.each(LOCALES)("%s: accents are kept, so words they tell apart stay apart", (locale) => {
    expect(normaliseWordIn(locale, "Año")).toBe("año");
    expect(normaliseWordIn(locale, "ano")).toBe("ano");
    expect(normaliseWordIn(locale, "AVÓ")).toBe("avó");
    expect(normaliseWordIn(locale, "avô")).toBe("avô");
    expect(normaliseWordIn(locale, "Pêche")).not.toBe(normaliseWordIn(locale, "péché"));
    expect(normaliseWordIn(locale, "Müde")).toBe("müde");
    expect(normaliseWordIn(locale, "perché")).toBe("perché");
  });
});

describe("German", () => {
  it("keeps ß and does not merge it with ss", () => {
    expect(normaliseWordIn("de", "Maße")).toBe("maße");
    expect(normaliseWordIn("de", "Masse")).toBe("masse");
    expect(normaliseWordIn("de", "GROẞ")).toBe("groß"); // capital ẞ
  });

  it("folds no plurals (nichts is not nicht, alles is not alle)", () => {
    for (const w of ["nichts", "alles", "freunde", "ängste", "Kinder"]) expect(normaliseWordIn("de", w)).toBe(w.toLowerCase());
  });
});

describe("Dutch", () => {
  it("writes the ĳ ligature and a capital IJ as ij", () => {
    expect(normaliseWordIn("nl", "ĳs")).toBe("ijs");
    expect(normaliseWordIn("nl", "IJsland")).toBe("ijsland");
    expect(normaliseWordIn("nl", "Vrĳheid")).toBe("vrijheid");
  });

  it("folds no plurals", () => {
    expect(normaliseWordIn("nl", "vrienden")).toBe("vrienden");
    expect(normaliseWordIn("nl", "zorgen")).toBe("zorgen");
    expect(normaliseWordIn("nl", "ogen")).toBe("ogen");
  });
});

describe("French", () => {
  it("drops the elided article l', with either apostrophe", () => {
    expect(normaliseWordIn("fr", "l'espoir")).toBe("espoir");
    expect(normaliseWordIn("fr", "L’Espoir")).toBe("espoir");
    expect(normaliseWordIn("fr", "l'amour-propre")).toBe("amour-propre");
    expect(cloudWordsFromAnswer(["espoir", "L'espoir"], () => false, "fr").words).toEqual(["espoir"]);
  });

  it("keeps elisions that carry meaning", () => {
    expect(normaliseWordIn("fr", "d'accord")).toBe("d'accord");
    expect(normaliseWordIn("fr", "j'ai peur")).toBe("j'ai peur");
    expect(normaliseWordIn("fr", "c'est dur")).toBe("c'est dur");
    expect(normaliseWordIn("fr", "n'importe")).toBe("n'importe");
    expect(normaliseWordIn("fr", "aujourd'hui")).toBe("aujourd'hui");
    expect(normaliseWordIn("fr", "quelqu'un")).toBe("quelqu'un");
  });

  it("folds no plurals (fois is not foi)", () => {
    for (const w of ["fois", "amis", "temps", "corps", "mois", "larmes"]) expect(normaliseWordIn("fr", w)).toBe(w);
  });
});

describe("Italian", () => {
  it("drops the elided article l'", () => {
    expect(normaliseWordIn("it", "l'ansia")).toBe("ansia");
    expect(normaliseWordIn("it", "L’amore")).toBe("amore");
  });

  it("keeps elided prepositions and un', which change the meaning", () => {
    expect(normaliseWordIn("it", "senz'ansia")).toBe("senz'ansia");
    expect(normaliseWordIn("it", "dell'anima")).toBe("dell'anima");
    expect(normaliseWordIn("it", "un'amica")).toBe("un'amica");
  });

  it("folds no plurals (pene is not pena, amici is not amico)", () => {
    for (const w of ["pene", "amici", "giorni", "lacrime"]) expect(normaliseWordIn("it", w)).toBe(w);
  });
});

describe("Spanish and Portuguese", () => {
  it("fold no plurals (celos is not celo, mais is not mai)", () => {
    for (const w of ["celos", "ganas", "amigos", "lunes", "crisis"]) expect(normaliseWordIn("es", w)).toBe(w);
    for (const w of ["mais", "amigos", "lágrimas", "pais"]) expect(normaliseWordIn("pt", w)).toBe(w);
  });

  it("keep an apostrophe-free word as typed apart from case", () => {
    expect(normaliseWordIn("pt", "Esperança")).toBe("esperança");
    expect(normaliseWordIn("es", "CORAZÓN")).toBe("corazón");
  });
});

describe("English stays as it was", () => {
  it("still folds plurals, and only in English sessions", () => {
    expect(normaliseWord("Hopes")).toBe("hope");
    expect(normaliseWordIn("en", "Hopes")).toBe("hope");
    expect(normaliseWordIn("de", "Hopes")).toBe("hopes");
  });

  it("does not drop a leading l' in English or German", () => {
    expect(dropElidedArticle("l'oreal", "en")).toBe("l'oreal");
    expect(dropElidedArticle("l'auto", "de")).toBe("l'auto");
    expect(dropElidedArticle("l'auto", "fr")).toBe("auto");
  });
});
