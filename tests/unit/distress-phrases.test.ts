// The safety net's phrase matching, both directions, with real phrasings
// (lib/distress-phrases.ts explains the list and its trade-off).
import { describe, expect, it } from "vitest";
import { answerMayNeedCare, mayNeedCare, normaliseForScreening, ownPhraseProblem, safetyNetFor } from "../../lib/distress-phrases";

const MATCHING = [
  "I don't see the point any more",
  "i dont see the point anymore",
  "Honestly I want to die",
  "sometimes I think everyone would be better off without me",
  "I've been thinking about suicide",
  "feeling suicidal again",
  "I just want to end it all",
  "I might kill myself",
  "KILL MYSELF",
  "Kïll mysélf",
  "k1ll mys3lf",
  "k.i.l.l myself",
  "k i l l m y s e l f",
  "I wanna diiiiie",
  "su1c1de",
  "$uicide",
  "thinking about unaliving myself",
  "unalive",
  "sewer slide",
  "kms",
  "I've been cutting myself",
  "I hurt myself last week",
  "self-harm",
  "selfharm",
  "I can't go on like this",
  "there's no reason to live",
  "I have nothing to live for",
  "I don't want to wake up tomorrow",
  "I’m so tired of living",
  "I took an overdose once",
  "I want to die!",
  "#endmylife",
];

const NOT_MATCHING = [
  "I'm dying to try it",
  "I could kill for a coffee",
  "this traffic is killing me",
  "that cake is to die for",
  "lol I'm dead",
  "kill me now, this meeting is long",
  "I don't see the point of this exercise",
  "it took skill for myself to ask",
  "my plants die when I travel",
  "I feel like a burden sometimes",
  "asking for help is hard",
  "dead tired",
  "I cut my hair",
  "self-care matters",
  "",
  "🙂🙂🙂",
];

describe("the safety net's phrase matching", () => {
  it.each(MATCHING)("holds %j", (text) => {
    expect(mayNeedCare(text)).toBe(true);
  });
  it.each(NOT_MATCHING)("lets %j through", (text) => {
    expect(mayNeedCare(text)).toBe(false);
  });

  it("normalises case, accents, look-alikes, apostrophes, repeats and spaced letters", () => {
    expect(normaliseForScreening("DON’T   Ñeed")).toBe("dont ned");
    expect(normaliseForScreening("k1ll")).toBe("kil");
    expect(normaliseForScreening("s o m e  w o r d s")).toBe("somewords");
    expect(normaliseForScreening("help!")).toBe("help");
  });

  it("takes a session's own phrases too", () => {
    expect(mayNeedCare("I'm going to relapse tonight")).toBe(false);
    expect(mayNeedCare("I'm going to relapse tonight", { extra: ["relapse tonight"] })).toBe(true);
  });

  it("screens the text of open-text and word-cloud answers only", () => {
    expect(answerMayNeedCare({ text: "I want to die" })).toBe(true);
    expect(answerMayNeedCare({ words: ["hope", "suicidal"] })).toBe(true);
    expect(answerMayNeedCare({ words: ["hope", "friends"] })).toBe(false);
    expect(answerMayNeedCare({ value: 3 })).toBe(false);
    expect(answerMayNeedCare(null)).toBe(false);
  });
});

describe("a session's safety net (the built-in list plus a template's own phrases)", () => {
  const net = safetyNetFor(["relapse tonight", "using again"]);

  it("holds the template's phrases with the same normalisation, and still the built-in list", () => {
    expect(net("I think I'm going to RELAPSE   toniiight")).toBe(true);
    expect(net("scared of us1ng again")).toBe(true);
    expect(net("I want to die")).toBe(true);
    expect(net("tonight I relapsed into watching TV")).toBe(false);
    expect(net("we are using a gain function")).toBe(false);
  });

  it("changes nothing for a session without its own phrases", () => {
    expect(safetyNetFor([])("relapse tonight")).toBe(false);
    expect(safetyNetFor()).toBe(safetyNetFor([]));
  });

  it("screens stored answers with the session's net", () => {
    expect(answerMayNeedCare({ text: "relapse tonight" })).toBe(false);
    expect(answerMayNeedCare({ text: "relapse tonight" }, net)).toBe(true);
    expect(answerMayNeedCare({ words: ["using again"] }, net)).toBe(true);
  });

  it("refuses own phrases with fewer than three letters", () => {
    expect(ownPhraseProblem("ok")).toMatch(/at least 3 letters/);
    expect(ownPhraseProblem("1!1")).toMatch(/at least 3 letters/);
    expect(ownPhraseProblem("low")).toBeNull();
  });
});
