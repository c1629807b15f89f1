import { describe, expect, it } from "vitest";
import type { Locale } from "../../lib/i18n/locales";
import { groupTemplates } from "../../lib/client/template-groups";

// what GET /api/templates answers: built-ins first (English, then by language code), then one's own
const listed: { id: string; builtIn: boolean; language: Locale }[] = [
  { id: "en", builtIn: true, language: "en" },
  { id: "de", builtIn: true, language: "de" },
  { id: "fr", builtIn: true, language: "fr" },
  { id: "mine-de", builtIn: false, language: "de" },
  { id: "mine-en", builtIn: false, language: "en" },
];
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe("the template list's groups", () => {
  it("puts own templates first, in any language, and the built-in in the facilitator's language before the others", () => {
    const groups = groupTemplates(listed, "de");
    expect(ids(groups.own)).toEqual(["mine-de", "mine-en"]);
    expect(ids(groups.builtIn)).toEqual(["de"]);
    expect(ids(groups.otherLanguages)).toEqual(["en", "fr"]);
  });

  it("gives an English facilitator the English built-in, the others in the API's order", () => {
    const groups = groupTemplates(listed, "en");
    expect(ids(groups.builtIn)).toEqual(["en"]);
    expect(ids(groups.otherLanguages)).toEqual(["de", "fr"]);
  });

  it("falls back to English for a language without a built-in, and for the right-to-left test locale", () => {
    expect(ids(groupTemplates(listed, "it").builtIn)).toEqual(["en"]);
    expect(ids(groupTemplates(listed, "ar-XB").builtIn)).toEqual(["en"]);
    expect(ids(groupTemplates(listed, "ar-XB").otherLanguages)).toEqual(["de", "fr"]);
  });

  it("keeps every template exactly once", () => {
    const { own, builtIn, otherLanguages } = groupTemplates(listed, "fr");
    expect([...own, ...builtIn, ...otherLanguages].map((t) => t.id).sort()).toEqual(ids(listed).sort());
  });
});
