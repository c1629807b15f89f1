// A locale's messages as the pages read them (messages/<locale>/*.json), for tests that look for the
// words a reader of that language sees rather than a copy of them. Each locale is read once.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import type { PageLocale } from "../../lib/i18n/locales";

export type Say = (key: string, values?: Record<string, string | number>) => string;

const messagesDir = path.join(import.meta.dirname, "../../messages");
const cache = new Map<string, Record<string, unknown>>();

function messagesOf(locale: string): Record<string, unknown> {
  let messages = cache.get(locale);
  if (!messages) {
    const dir = path.join(messagesDir, locale);
    messages = Object.fromEntries(readdirSync(dir).map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]));
    cache.set(locale, messages);
  }
  return messages;
}

/** A locale's words, formatted as the pages format them (use-intl, every namespace). */
export const wordsOf = (locale: string): Say => createTranslator({ locale: locale as PageLocale, messages: messagesOf(locale) }) as unknown as Say;

/** A message as written, e.g. "place at position {number}"; throws for a key the locale lacks. */
export function rawMessage(locale: string, key: string): string {
  let node: unknown = messagesOf(locale);
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== "string") throw new Error(`no ${locale} message ${key}`);
  return node;
}

/** A message as a pattern: its {arguments} match anything and its <tags> are dropped. */
export const messagePattern = (locale: string, key: string) =>
  new RegExp(
    rawMessage(locale, key)
      .replace(/<\/?[a-z]+>/g, "")
      .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
      .replace(/\{[^}]+\}/g, ".+"),
  );
