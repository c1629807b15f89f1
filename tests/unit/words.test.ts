import { describe, expect, it } from "vitest";
import { cloudWordsFromAnswer, filterWords, foldPlural, isProfane, normaliseWord } from "../../lib/words";

describe("normaliseWord", () => {
  it.each([
    ["Hope", "hope"],
    ["  HOPE  ", "hope"],
    ["hope.", "hope"],
    ["#hope!", "hope"],
    ["'hope'", "hope"],
    ["“hope”", "hope"],
    ["...hope...", "hope"],
    ["(relief)", "relief"],
    ["feeling    safe", "feeling safe"],
    ["feeling\tsafe\n", "feeling safe"],
    ["  . hope .  ", "hope"],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseWord(raw)).toBe(expected);
  });

  it("returns null when nothing is left", () => {
    expect(normaliseWord("")).toBeNull();
    expect(normaliseWord("   ")).toBeNull();
    expect(normaliseWord("?!...")).toBeNull();
    expect(normaliseWord("\u200B\u200B")).toBeNull();
    expect(normaliseWord(undefined as unknown as string)).toBeNull();
  });

  it("keeps inner apostrophes and hyphens, folding typographic ones", () => {
    expect(normaliseWord("don’t")).toBe("don't");
    expect(normaliseWord("Don't")).toBe("don't");
    expect(normaliseWord("self‑care")).toBe("self-care");
    expect(normaliseWord("self-care")).toBe("self-care");
  });

  it("Unicode-normalises so composed and decomposed letters match", () => {
    const composed = "caf\u00e9";
    const decomposed = "cafe\u0301";
    expect(normaliseWord(decomposed)).toBe(composed);
    expect(normaliseWord(composed)).toBe(composed);
    expect(normaliseWord("ＨＯＰＥ")).toBe("hope"); // full-width keyboard
    expect(normaliseWord(decomposed)!.normalize("NFC")).toBe(normaliseWord(decomposed));
  });

  it("lowercases without depending on the locale", () => {
    expect(normaliseWord("İSTANBUL")).toBe("i\u0307stanbul".normalize("NFC"));
    expect(normaliseWord("ÉCOUTE")).toBe("écoute");
    expect(normaliseWord("STRASSE")).toBe("strasse");
  });

  it("keeps emoji and symbols that carry meaning", () => {
    expect(normaliseWord("🙏")).toBe("🙏");
    expect(normaliseWord("👍🏽")).toBe("👍🏽");
    expect(normaliseWord("❤️")).toBe("❤️");
    expect(normaliseWord("<3")).toBe("<3");
    expect(normaliseWord("👨‍👩‍👧")).toBe("👨‍👩‍👧");
  });

  it("removes invisible characters that would split identical-looking words", () => {
    expect(normaliseWord("ho\u200Bpe")).toBe("hope");
    expect(normaliseWord("\uFEFFhope")).toBe("hope");
    expect(normaliseWord("\u202Ehope")).toBe("hope");
  });

  it("folds simple plurals as the last step", () => {
    expect(normaliseWord("Hopes.")).toBe("hope");
    expect(normaliseWord("STORIES")).toBe("story");
  });
});

describe("foldPlural", () => {
  it.each([
    ["hopes", "hope"],
    ["hugs", "hug"],
    ["friends", "friend"],
    ["feelings", "feeling"],
    ["tears", "tear"],
    ["steps", "step"],
    ["places", "place"],
    ["causes", "cause"],
    ["shoes", "shoe"],
    ["woes", "woe"],
    ["days", "day"],
    ["ideas", "idea"],
    ["ties", "tie"],
    ["lies", "lie"],
    ["stories", "story"],
    ["worries", "worry"],
    ["families", "family"],
    ["boundaries", "boundary"],
    ["cookies", "cookie"],
    ["movies", "movie"],
    ["boxes", "box"],
    ["wishes", "wish"],
    ["classes", "class"],
    ["losses", "loss"],
    ["buzzes", "buzz"],
    ["churches", "church"],
    ["beaches", "beach"],
    ["coaches", "coach"],
    ["headaches", "headache"],
    ["aches", "ache"],
    ["lives", "life"],
    ["selves", "self"],
    ["buses", "bus"],
    ["crises", "crisis"],
    ["heroes", "hero"],
    ["quizzes", "quiz"],
    ["check-ups", "check-up"],
    ["self-doubts", "self-doubt"],
  ])("%s → %s", (plural, singular) => {
    expect(foldPlural(plural)).toBe(singular);
  });

  it.each([
    // too short to be sure
    "is",
    "us",
    "bus",
    "yes",
    "his",
    "has",
    "was",
    "gas",
    "its",
    // -ss, -us, -is, -os are not plural endings
    "grass",
    "less",
    "kindness",
    "loneliness",
    "stress",
    "progress",
    "helpless",
    "focus",
    "anxious",
    "nervous",
    "virus",
    "plus",
    "thus",
    "status",
    "this",
    "crisis",
    "basis",
    "tennis",
    "chaos",
    "kudos",
    "ethos",
    // listed words that only look plural
    "always",
    "perhaps",
    "sometimes",
    "news",
    "thanks",
    "does",
    "goes",
    "series",
    "species",
    "atlas",
    "canvas",
    "bias",
    "christmas",
    "ourselves",
    "themselves",
    "physics",
    "politics",
    "towards",
    "leaves",
    "hers",
    "yours",
    // not plurals at all
    "hope",
    "calm",
    "grateful",
  ])("leaves %s alone", (word) => {
    expect(foldPlural(word)).toBe(word);
  });

  it("only folds single ASCII words", () => {
    expect(foldPlural("deep breaths")).toBe("deep breaths");
    expect(foldPlural("lots of hugs")).toBe("lots of hugs");
    expect(foldPlural("mum's")).toBe("mum's");
    expect(foldPlural("cafés")).toBe("cafés");
    expect(foldPlural("2cats")).toBe("2cats");
    expect(foldPlural("Hopes")).toBe("Hopes"); // expects a normalised (lowercase) word
  });

  it("is idempotent on its own output for common words", () => {
    for (const w of ["stories", "boxes", "hopes", "classes", "headaches", "cookies"]) {
      const once = foldPlural(w);
      expect(foldPlural(once)).toBe(once);
    }
  });
});

describe("profanity", () => {
  it("detects profanity, including disguised spellings", () => {
    expect(isProfane("fuck")).toBe(true);
    expect(isProfane("shit")).toBe(true);
    expect(isProfane("b1tch")).toBe(true);
    expect(isProfane("ｆｕｃｋ")).toBe(true);
    expect(isProfane("fuuuuck")).toBe(true);
  });

  it("does not flag innocent words that contain a rude substring", () => {
    for (const w of ["hope", "assessment", "class", "scunthorpe", "cocktail", "analysis", "grass", "title", "therapist", "dickens"]) {
      expect(isProfane(w), w).toBe(false);
    }
  });

  it("filterWords drops profane words and keeps order", () => {
    expect(filterWords(["calm", "shit", "hope", "fuck", "safe"])).toEqual(["calm", "hope", "safe"]);
    expect(filterWords([])).toEqual([]);
  });
});

describe("cloudWordsFromAnswer", () => {
  it("normalises, de-duplicates within an answer and drops profanity", () => {
    expect(cloudWordsFromAnswer(["Hope", "hopes!", "  HOPE "])).toEqual({ words: ["hope"], profaneCount: 0 });
    expect(cloudWordsFromAnswer(["relief", "shit", "Relief", "calm"])).toEqual({ words: ["relief", "calm"], profaneCount: 1 });
    expect(cloudWordsFromAnswer(["...", "  "])).toEqual({ words: [], profaneCount: 0 });
  });
});

describe("foldPlural in hyphenated words", () => {
  it("folds a 3-letter last part but not a short word it could be mistaken for", () => {
    expect(foldPlural("add-ons")).toBe("add-on");
    expect(foldPlural("check-ins")).toBe("check-in");
    expect(foldPlural("yes-yes")).toBe("yes-yes");
    expect(foldPlural("mini-bus")).toBe("mini-bus");
    expect(foldPlural("well-being")).toBe("well-being");
  });
});
