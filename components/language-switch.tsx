"use client";
// The device's own interface language: on a phone in a session (the content
// stays in the session's language), and on the pages people see before they
// sign in. The choice is a cookie (lib/i18n/cookie.ts), so the server renders
// every later page in it; router.refresh() re-renders this one in place,
// keeping the page's state (a phone stays connected, its draft stays).
import { useRouter } from "next/navigation";
import { useId, useSyncExternalStore, useTransition } from "react";
import { useLocale, useTranslations } from "use-intl";
import { INTERFACE_LOCALE_COOKIE, interfaceLocaleCookie } from "../lib/i18n/cookie";
import { safeDecode } from "../lib/safe-decode";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../lib/i18n/locales";
import styles from "./language-switch.module.css";

function readChoice(): Locale | "" {
  const entry = document.cookie.split("; ").find((part) => part.startsWith(`${INTERFACE_LOCALE_COOKIE}=`));
  const value = entry ? safeDecode(entry.slice(INTERFACE_LOCALE_COOKIE.length + 1)) : "";
  return isLocale(value) ? value : "";
}
/** Whether the person chose a language on this device (else the page follows the session or the browser). */
export function hasOwnLanguageChoice(): boolean {
  return readChoice() !== "";
}
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `fallback`: what "no choice" means here — the session's language on a phone
 * in a session, the browser's language elsewhere.
 */
export function LanguageSwitch({ fallback }: { fallback: { kind: "session"; language: Locale } | { kind: "browser" } }) {
  const t = useTranslations("common.language");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const choice = useSyncExternalStore(subscribe, readChoice, () => "" as const);

  function choose(value: string) {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from the older phones' browsers people join with; the value is built in one place (lib/i18n/cookie.ts)
    document.cookie = interfaceLocaleCookie(isLocale(value) ? value : null);
    for (const listener of listeners) listener();
    startTransition(() => router.refresh());
  }

  return (
    <div className={styles.switch}>
      <label htmlFor={id}>{t("label")}</label>
      <select id={id} value={choice} onChange={(event) => choose(event.target.value)} aria-busy={pending || undefined}>
        <option value="">{fallback.kind === "session" ? t("sessionDefault", { language: LOCALE_NAMES[fallback.language] }) : t("browserDefault")}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <span className="visually-hidden" aria-live="polite">
        {choice && !pending && isLocale(locale) ? t("changed", { language: LOCALE_NAMES[locale] }) : ""}
      </span>
    </div>
  );
}
