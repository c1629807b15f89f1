// What the importer took out of the article or changed, told to the facilitator once per kind: each
// warning has a code and its values, so the editor says it in the facilitator's language
// (articleImport.warnings in messages/<locale>/), and an English message for the API's other readers,
// made from the same English message so the wording lives in one place.
import { createTranslator } from "use-intl/core";
import englishMessages from "../../messages/en/articleImport.json";
import type { Messages } from "../i18n/messages";
import type { Context } from "./types";

export type ImportWarningCode = keyof (typeof englishMessages)["warnings"];
export type ImportWarning = { code: ImportWarningCode; values: Record<string, string | number>; message: string };

const english = /* @__PURE__ */ createTranslator({ locale: "en", messages: { articleImport: englishMessages } as Messages, namespace: "articleImport.warnings" });

export function importWarning(code: ImportWarningCode, values: Record<string, string | number> = {}): ImportWarning {
  // the code names one English message and the values are its arguments (tests/unit/i18n checks every locale has them)
  return { code, values, message: (english as unknown as (key: string, values: Record<string, string | number>) => string)(code, values) };
}

export function removalWarnings(counts: Context["counts"]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (counts.html > 0) warnings.push(importWarning("RAW_HTML", { count: counts.html }));
  if (counts.extraPictures > 0) warnings.push(importWarning("EXTRA_PICTURES", { count: counts.extraPictures }));
  if (counts.images > 0) warnings.push(importWarning("IMAGES_REPLACED", { count: counts.images }));
  if (counts.links > 0) warnings.push(importWarning("LINKS_DROPPED", { count: counts.links }));
  return warnings;
}

/** A warning as the editor reads it back from the browser's storage (written by the template list after an import). */
export function isImportWarning(value: unknown): value is ImportWarning {
  if (!value || typeof value !== "object") return false;
  const w = value as Partial<ImportWarning>;
  return typeof w.code === "string" && w.code in englishMessages.warnings && typeof w.message === "string" && !!w.values && typeof w.values === "object";
}
