"use client";
// A template's language as a small label, in that language's own name
// ("Deutsch"), so a facilitator can tell the built-in sessions apart.
import type { Locale } from "../lib/i18n/locales";
import { LOCALE_NAMES } from "../lib/i18n/locales";
import styles from "./template-language.module.css";

export function TemplateLanguage({ language }: { language: Locale }) {
  return (
    <span className={styles.language} lang={language}>
      {LOCALE_NAMES[language]}
    </span>
  );
}
