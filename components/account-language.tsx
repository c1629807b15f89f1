"use client";
// The language of a facilitator's own pages, kept with their account (PUT
// /api/account/language), so it follows them to every device; "my browser's
// language" leaves it to Accept-Language. The page re-renders in place.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { api } from "../lib/client/api";
import { errorCodeOf } from "../lib/client/errors";
import { isLocale, LOCALE_NAMES, LOCALES, type Locale } from "../lib/i18n/locales";

export function AccountLanguage({ saved }: { saved: Locale | null }) {
  const t = useTranslations("account.language");
  const errors = useTranslations("common.errors");
  const router = useRouter();
  const id = useId();
  const [choice, setChoice] = useState<Locale | "">(saved ?? "");
  const [status, setStatus] = useState<{ kind: "idle" | "saved" } | { kind: "error"; message: string }>({ kind: "idle" });
  const [pending, startTransition] = useTransition();

  async function choose(value: string) {
    const locale = isLocale(value) ? value : null;
    const before = choice;
    setChoice(locale ?? "");
    try {
      await api("/api/account/language", { method: "PUT", json: { locale } });
      setStatus({ kind: "saved" });
      startTransition(() => router.refresh());
    } catch (error) {
      setChoice(before);
      setStatus({ kind: "error", message: errors(errorCodeOf(error) ?? "INTERNAL") });
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="card stack">
      <h2 id={`${id}-heading`}>{t("heading")}</h2>
      <div>
        <label htmlFor={id}>{t("label")}</label>
        <select id={id} value={choice} onChange={(event) => void choose(event.target.value)} aria-busy={pending || undefined}>
          <option value="">{t("browser")}</option>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t("hint")}</p>
      <p role="status" className={status.kind === "error" ? "error" : "notice"} hidden={status.kind === "idle"}>
        {status.kind === "error" ? status.message : status.kind === "saved" ? t("saved") : ""}
      </p>
    </section>
  );
}
