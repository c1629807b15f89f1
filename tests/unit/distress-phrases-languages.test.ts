// The safety net in each session language (lib/distress-phrases-languages.ts):
// real phrasings it must hold, everyday idioms it must let through, and that
// a session in any language also screens with the English list.
import { describe, expect, it } from "vitest";
import { mayNeedCare, normaliseForScreening, safetyNetFor } from "../../lib/distress-phrases";
import { PHRASES_BEYOND_ENGLISH } from "../../lib/distress-phrases-languages";
import { LOCALES, type Locale } from "../../lib/i18n/locales";

const HOLDS: Record<Exclude<Locale, "en">, string[]> = {
  de: [
    "Ich denke oft an Suizid",
    "ich hatte wieder Selbstmordgedanken",
    "Manchmal will ich mich umbringen",
    "ich bring mich um",
    "ich will einfach sterben",
    "Ich möchte sterben",
    "ich wäre lieber tot",
    "alle wären ohne mich besser dran",
    "ich will nicht mehr leben",
    "ich will nicht mehr aufwachen",
    "es gibt keinen Grund mehr zu leben",
    "das Leben hat keinen Sinn mehr",
    "ich bin so lebensmüde",
    "ich kann einfach nicht mehr",
    "ich sehe keinen Ausweg",
    "ich habe eine Überdosis genommen",
    "ich habe mich wieder geritzt",
    "Selbstverletzung",
    "ich will mich verletzen",
    "MIR DAS LEBEN NEHMEN",
    "s e l b s t m o r d",
  ],
  es: [
    "pienso en el suicidio",
    "me voy a suicidar",
    "quiero matarme",
    "a veces me quiero morir",
    "solo quiero morir",
    "quiero quitarme la vida",
    "todos estarían mejor sin mí",
    "no quiero vivir más",
    "no quiero despertar mañana",
    "no tengo razones para vivir",
    "estoy cansada de vivir",
    "ya no puedo más",
    "NO PUEDO MAS",
    "no hay salida",
    "tomé una sobredosis",
    "me corto los brazos",
    "autolesión",
    "quiero hacerme daño",
    "quierooo morir",
  ],
  fr: [
    "je pense au suicide",
    "je suis suicidaire",
    "j'ai envie de me suicider",
    "je vais me tuer",
    "j’ai envie d’en finir",
    "je veux mourir",
    "je voudrais être morte",
    "ils seraient mieux sans moi",
    "je ne veux plus vivre",
    "je veux plus me réveiller",
    "aucune raison de vivre",
    "la vie n'a plus de sens",
    "j'en ai marre de vivre",
    "je n'en peux plus",
    "j en peux plus",
    "il n'y a pas d'issue",
    "scarification",
    "je me scarifie",
    "je veux me faire du mal",
    "mettre fin à mes jours",
  ],
  it: [
    "penso al suicidio",
    "voglio uccidermi",
    "ho pensato di ammazzarmi",
    "voglio farla finita",
    "voglio morire",
    "vorrei solo morire",
    "starebbero tutti meglio senza di me",
    "non voglio più vivere",
    "non voglio più svegliarmi",
    "nessun motivo per vivere",
    "sono stanca di vivere",
    "non ce la faccio più",
    "non c'è via d'uscita",
    "autolesionismo",
    "mi faccio del male",
    "mi taglio le vene",
    "togliermi la vita",
  ],
  nl: [
    "ik denk aan zelfmoord",
    "zelfmoordgedachten",
    "ik voel me suïcidaal",
    "ik wil mezelf van kant maken",
    "ik wil er een einde aan maken",
    "ik wil dood",
    "ik wil niet meer leven",
    "ik hoop niet meer wakker te worden",
    "iedereen is beter af zonder mij",
    "geen reden om te leven",
    "ik ben levensmoe",
    "ik kan het niet meer aan",
    "ik zie geen uitweg",
    "een overdosis",
    "ik snij mezelf",
    "zelfbeschadiging",
  ],
  pt: [
    "penso em suicídio",
    "vou me matar",
    "quero me matar",
    "só quero morrer",
    "queria estar morta",
    "todos ficariam melhor sem mim",
    "não quero mais viver",
    "não quero acordar amanhã",
    "nenhuma razão para viver",
    "estou cansado de viver",
    "não aguento mais",
    "não há saída",
    "tomei uma overdose",
    "automutilação",
    "quero me cortar",
    "acabar com a minha vida",
  ],
};

const LETS_THROUGH: Record<Exclude<Locale, "en">, string[]> = {
  de: [
    "ich sterbe vor Lachen",
    "das bringt mich um",
    "dieser Stau bringt mich noch um",
    "ich bin todmüde",
    "ich kann nicht mehr warten",
    "ich habe mir die Haare geschnitten",
    "die Spritzen liegen im Schrank",
    "Lakritzen mag ich",
    "SV Werder hat gewonnen",
    "um Hilfe zu bitten ist schwer",
    "Suizidprävention ist wichtig für alle Menschen",
    "ich bin müde",
    "",
  ],
  es: [
    "me muero de risa",
    "esto va a matarme de aburrimiento",
    "me corté el pelo",
    "quiero cortarme el pelo",
    "vivo en una calle sin salida",
    "estoy mejor sin mi ex",
    "me muero de ganas de verte",
    "pedir ayuda es difícil",
    "estoy muerta de cansancio",
  ],
  fr: [
    "je suis mort de rire",
    "ça va me tuer",
    "je me tue à le dire",
    "je vais me couper les cheveux",
    "je meurs de faim",
    "c'est à mourir de rire",
    "j'ai trouvé une issue",
    "demander de l'aide est difficile",
  ],
  it: [
    "muoio dalle risate",
    "mi fa morire",
    "devo tagliarmi i capelli",
    "voglio riferirmi a quello che hai detto",
    "devo trasferirmi a Milano",
    "ho trovato una via d'uscita",
    "chiedere aiuto è difficile",
    "sono stanca morta",
  ],
  nl: ["ik lach me dood", "ik kan niet meer komen vanavond", "ik heb geen zin meer in die film", "ik heb mijn haar laten knippen", "om hulp vragen is moeilijk", "doodmoe"],
  pt: [
    "estou morrendo de rir",
    "isso vai me matar de vergonha",
    "vou cortar o cabelo",
    "comer isso vai me fazer mal",
    "moro numa rua sem saída",
    "pedir ajuda é difícil",
    "estou morta de cansaço",
  ],
};

const OTHER_LANGUAGES = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en");

describe.each(OTHER_LANGUAGES)("the %s safety net", (language) => {
  const net = safetyNetFor([], language);

  it.each(HOLDS[language])("holds %j", (text) => {
    expect(net(text)).toBe(true);
  });

  it.each(LETS_THROUGH[language])("lets %j through", (text) => {
    expect(net(text)).toBe(false);
  });

  it("also holds English, which people mix in", () => {
    expect(net("I want to die")).toBe(true);
    expect(net("kms")).toBe(true);
  });

  it("is not the English net alone", () => {
    expect(HOLDS[language].some((text) => !safetyNetFor()(text))).toBe(true);
  });

  it("has a list that normalises to distinct, non-empty phrases", () => {
    const normalised = PHRASES_BEYOND_ENGLISH[language].map(normaliseForScreening);
    expect(normalised.every((p) => p.replace(/ /g, "").length >= 5)).toBe(true);
  });

  it("adds a template's own phrases to the language's list", () => {
    const own = safetyNetFor(["recaída esta noche"], language);
    expect(own("creo que tendré una RECAIDA esta noche")).toBe(true);
    expect(own(HOLDS[language][0]!)).toBe(true);
    expect(own("I want to die")).toBe(true);
  });
});

describe("screening by language", () => {
  it("an English session does not screen with the other languages' lists", () => {
    expect(mayNeedCare("ich will nicht mehr leben")).toBe(false);
    expect(mayNeedCare("ich will nicht mehr leben", { language: "de" })).toBe(true);
    expect(mayNeedCare("no quiero vivir", { language: "de" })).toBe(false);
  });

  it("compiles each language's built-in net once", () => {
    expect(safetyNetFor([], "fr")).toBe(safetyNetFor([], "fr"));
    expect(safetyNetFor([], "fr")).not.toBe(safetyNetFor([], "it"));
  });
});
