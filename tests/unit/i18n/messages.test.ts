// Every locale has exactly the messages English has, with the same ICU
// arguments, and every plural has the forms its language needs: a new key
// in messages/en/ fails here until each translation has it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../lib/i18n/locales";
import { NAMESPACES } from "../../../lib/i18n/messages";

const root = path.join(import.meta.dirname, "../../../messages");
type Tree = { [key: string]: string | Tree };

function namespacesOf(locale: string): string[] {
  return readdirSync(path.join(root, locale))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}
function read(locale: string, namespace: string): Tree {
  return JSON.parse(readFileSync(path.join(root, locale, `${namespace}.json`), "utf8")) as Tree;
}
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}
/** The arguments a message uses, with their ICU type ("argument", "plural", "number", "tag" …). */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.set(el.value, "argument");
    if (el.type === TYPE.number) into.set(el.value, "number");
    if (el.type === TYPE.date || el.type === TYPE.time) into.set(el.value, "date");
    if (el.type === TYPE.plural) into.set(el.value, el.pluralType === "ordinal" ? "selectordinal" : "plural");
    if (el.type === TYPE.select) into.set(el.value, "select");
    if (el.type === TYPE.tag) {
      into.set(el.value, "tag");
      argumentsOf(el.children, into);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}
function pluralsOf(elements: MessageFormatElement[], into: { name: string; options: string[] }[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.plural && el.pluralType !== "ordinal") into.push({ name: el.value, options: Object.keys(el.options) });
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) pluralsOf(option.value, into);
    if (el.type === TYPE.tag) pluralsOf(el.children, into);
  }
  return into;
}

const english = new Map(namespacesOf("en").map((ns) => [ns, flatten(read("en", ns))]));

describe("messages", () => {
  it("lists every English namespace in lib/i18n/messages.ts", () => {
    expect([...NAMESPACES].sort()).toEqual(namespacesOf("en"));
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      it("has exactly the namespaces and keys English has", () => {
        expect(namespacesOf(locale)).toEqual(namespacesOf("en"));
        for (const [ns, keys] of english) expect([...flatten(read(locale, ns)).keys()].sort(), `${locale}/${ns}.json`).toEqual([...keys.keys()].sort());
      });

      it("uses the same ICU arguments as English in every message, and parses", () => {
        for (const [ns, keys] of english) {
          const theirs = flatten(read(locale, ns));
          for (const [key, source] of keys) {
            const translated = theirs.get(key);
            if (translated === undefined) continue; // the key test above says so
            const where = `${locale}/${ns}.json ${key}`;
            expect(translated.trim(), where).not.toBe("");
            expect(Object.fromEntries(argumentsOf(parse(translated))), where).toEqual(Object.fromEntries(argumentsOf(parse(source))));
          }
        }
      });

      it("gives every plural the forms the language needs", () => {
        // CLDR's categories for cardinal numbers in this language; "many" is
        // only for millions in the Romance languages, where "other" reads right
        const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((c) => c !== "many");
        for (const ns of english.keys()) {
          for (const [key, message] of flatten(read(locale, ns))) {
            for (const plural of pluralsOf(parse(message))) {
              for (const category of needed) expect(plural.options, `${locale}/${ns}.json ${key} {${plural.name}, plural}`).toContain(category);
            }
          }
        }
      });

      it("formats every message with sample values, leaving no ICU syntax behind", () => {
        for (const ns of english.keys()) {
          const messages = read(locale, ns);
          const t = createTranslator({ locale, messages: { [ns]: messages }, namespace: ns as never });
          for (const [key, message] of flatten(messages)) {
            const args = argumentsOf(parse(message));
            for (const n of [0, 1, 2, 5, 21, 1000000]) {
              const values = Object.fromEntries(
                [...args].map(([name, type]) => [name, type === "tag" ? (chunks: string) => chunks : type === "date" ? new Date(0) : type === "select" ? "other" : n]),
              );
              // markup: tags become their text, so the whole message is checked as a string
              const out = t.markup(key as never, values as never);
              expect(out, `${locale}/${ns}.json ${key}`).not.toMatch(/[{}]/);
            }
          }
        }
      });
    });
  }
});
