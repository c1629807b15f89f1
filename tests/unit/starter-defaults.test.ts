// The defaults every new template starts with, in each language
// (content/starter): a support card with no phone numbers and placeholders
// for local services that are recognised in every language, and a generic
// content note.
import { describe, expect, it } from "vitest";
import { defaultContentNote, hasPlaceholderResources, isPlaceholderResource, starterResources } from "../../content/starter";
import { LOCALES, type Locale } from "../../lib/i18n/locales";
import { IMPORTED_CONTENT_NOTE } from "../../lib/markdown-import";
import { resourcesSchema, TEMPLATE_LIMITS } from "../../lib/template-schema";
import { PAUSE_LABELS } from "../helpers/built-in-words";

const placeholdersOf = (locale: Locale) => starterResources(locale).items.filter(isPlaceholderResource);
const english = starterResources("en");

describe.each(LOCALES)("starter defaults in %s", (locale) => {
  const card = starterResources(locale);

  it("is a valid support card, already in the schema's normalised form", () => {
    expect(resourcesSchema.parse(card)).toEqual(card);
  });

  it("has English's items in English's order: the placeholders at the same places", () => {
    expect(card.items).toHaveLength(english.items.length);
    expect(card.items.map(isPlaceholderResource)).toEqual(english.items.map(isPlaceholderResource));
    expect(placeholdersOf(locale)).toHaveLength(2);
    for (const item of card.items) expect(item.detail, item.label).toBeTruthy();
  });

  it("names no phone numbers and links nowhere", () => {
    expect(JSON.stringify(card)).not.toMatch(/\d{3}/);
    expect(card.items.every((item) => item.url === undefined)).toBe(true);
  });

  it("is unfinished until its placeholders are replaced", () => {
    expect(hasPlaceholderResources(card)).toBe(true);
    const filledIn = { ...card, items: card.items.map((item) => (isPlaceholderResource(item) ? { label: "Samaritans: 116 123", url: "tel:116123" } : item)) };
    expect(hasPlaceholderResources(filledIn)).toBe(false);
    const [firstPlaceholder] = placeholdersOf(locale);
    const oneLeft = { ...card, items: card.items.map((item) => (item.label === firstPlaceholder.label ? { label: "Samaritans: 116 123" } : item)) };
    expect(oneLeft.items.filter(isPlaceholderResource)).toHaveLength(1);
    expect(hasPlaceholderResources(oneLeft)).toBe(true);
  });

  it("gives a fresh copy each time: editing one card changes no other", () => {
    const first = starterResources(locale);
    first.items[0].label = "Edited";
    first.items.pop();
    expect(starterResources(locale)).toEqual(card);
  });

  it("has a content note that says every question can be passed, and names the pause button", () => {
    const note = defaultContentNote(locale);
    expect(note.length).toBeLessThanOrEqual(TEMPLATE_LIMITS.contentNote / 2); // room for an article's own note before it
    expect(note).toContain(PAUSE_LABELS[locale]);
    expect(note.split("\n\n")).toHaveLength(defaultContentNote("en").split("\n\n").length);
  });
});

describe("recognising placeholders", () => {
  it("recognises every language's placeholders whatever the template's language, and only them", () => {
    const all = LOCALES.flatMap((locale) => starterResources(locale).items);
    const placeholders = LOCALES.flatMap(placeholdersOf);
    expect(placeholders).toHaveLength(2 * LOCALES.length);
    expect(new Set(placeholders.map((p) => p.label)).size).toBe(placeholders.length);
    // a German card pasted into an English template is still unfinished
    expect(hasPlaceholderResources({ ...english, items: [...english.items.filter((i) => !isPlaceholderResource(i)), placeholdersOf("de")[0]] })).toBe(true);
    expect(all.filter((item) => !isPlaceholderResource(item))).toHaveLength(all.length - placeholders.length);
  });

  it("ignores case, outer and doubled spaces, and how accents are encoded", () => {
    const [german] = placeholdersOf("de");
    expect(isPlaceholderResource({ label: `  ${german.label.toUpperCase().replace(" ", "  ")} ` })).toBe(true);
    const [portuguese] = placeholdersOf("pt");
    expect(isPlaceholderResource({ label: portuguese.label.normalize("NFD") })).toBe(true);
    const [french] = placeholdersOf("fr");
    expect(french.label.normalize("NFD")).not.toBe(french.label);
    expect(isPlaceholderResource({ label: french.label.normalize("NFD") })).toBe(true);
  });

  it("keeps the English prefix rule for cards saved before other languages: anything starting 'Add your local'", () => {
    expect(isPlaceholderResource({ label: "Add your local women's refuge here" })).toBe(true);
    expect(isPlaceholderResource({ label: "Add your local crisis line here: Samaritans 116 123" })).toBe(true);
  });

  it("treats an edited placeholder in another language as the facilitator's own item", () => {
    const [german] = placeholdersOf("de");
    expect(isPlaceholderResource({ label: `${german.label}: Telefonseelsorge 0800 111 0 111` })).toBe(false);
    expect(isPlaceholderResource({ label: "Telefonseelsorge" })).toBe(false);
    expect(isPlaceholderResource({ label: "Your local crisis line" })).toBe(false);
  });
});

describe("the importer's content note", () => {
  it("is the English default (imports are English until they say otherwise)", () => {
    expect(IMPORTED_CONTENT_NOTE).toBe(defaultContentNote("en"));
  });
});

describe("French spacing", () => {
  it("never lets a line break before : ; ? ! or inside « »", () => {
    const text = JSON.stringify([starterResources("fr"), defaultContentNote("fr")]);
    expect(text).toMatch(/\u00a0:/);
    expect(text).not.toMatch(/ [:;?!»]|« /);
  });
});
