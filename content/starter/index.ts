// What every new template starts with, in each language: the support card
// (no phone numbers: Hearth runs in many countries, and a wrong number in a
// crisis is worse than none) and the generic content note of blank and
// imported templates. Also how a card's placeholders are recognised, in any
// language, so the console can warn and participants never see them.
import type { Locale } from "../../lib/i18n/locales";
import type { TemplateResources } from "../../lib/template-schema";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { it } from "./it";
import { nl } from "./nl";
import { pt } from "./pt";
import type { StarterDefaults } from "./starter-defaults";

const STARTERS: Record<Locale, StarterDefaults> = { en, de, es, fr, it, nl, pt };
const starterFor = (locale: Locale): StarterDefaults => STARTERS[locale];

/** The support card a new template in this language starts with: a fresh copy, safe to edit. */
export function starterResources(locale: Locale): TemplateResources {
  const { items, ...card } = starterFor(locale).resources;
  return structuredClone({ ...card, items: items.map(({ placeholder: _placeholder, ...item }) => item) });
}

/** The words an imported article's template is given where the article says nothing, in this language. */
export function importedWords(locale: Locale): StarterDefaults["imported"] {
  return starterFor(locale).imported;
}

/** The content note of a blank or imported template in this language. */
export function defaultContentNote(locale: Locale): string {
  return starterFor(locale).contentNote;
}

// Cards saved before there were other languages were recognised by this
// prefix, and a facilitator may have added to a label without replacing it
// ("Add your local crisis line here: …"); English keeps the prefix rule.
const ENGLISH_PLACEHOLDER_PREFIX = "Add your local";

/** Labels compared without case, outer or doubled spaces, or differences in how accents are encoded. */
const comparable = (label: string) => label.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

// Every language's placeholders: a German card copied into an English
// template is still unfinished.
const PLACEHOLDER_LABELS: ReadonlySet<string> = new Set(
  Object.values(STARTERS).flatMap((starter) => starter.resources.items.filter((item) => item.placeholder).map((item) => comparable(item.label))),
);

/** One of a starter card's placeholders ("Add your local crisis line here"), in any language, not yet replaced. */
export function isPlaceholderResource(item: { label: string }): boolean {
  return item.label.startsWith(ENGLISH_PLACEHOLDER_PREFIX) || PLACEHOLDER_LABELS.has(comparable(item.label));
}

/** The card as participants get it: a starter placeholder ("Add your local crisis line here") never reaches one. */
export function withoutPlaceholders<R extends { items: readonly { label: string }[] }>(resources: R): R {
  return { ...resources, items: resources.items.filter((item) => !isPlaceholderResource(item)) };
}

/** True while a resources card still holds a starter placeholder. */
export function hasPlaceholderResources(resources: TemplateResources): boolean {
  return resources.items.some(isPlaceholderResource);
}
