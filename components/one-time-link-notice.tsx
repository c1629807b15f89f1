"use client";
// A one-time link just made (a co-facilitator's or a team's invitation),
// shown once to be copied and passed on privately: the server keeps only its
// hash, so this is the only time anyone sees it. Keyed by the link's address
// by the caller, so "Copied" starts over for each new link. Its words are in
// messages/<locale>/sharing.json: every page that shows one loads "sharing".
import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";

const EXPIRY_FORMAT = { dateStyle: "medium", timeStyle: "short" } as const;

/** When a link stops working, as the invitation lists show it, in the page's language. */
export function useLinkExpiry() {
  const format = useFormatter();
  return (iso: string) => format.dateTime(new Date(iso), EXPIRY_FORMAT);
}

export function OneTimeLinkNotice({ inputId, label, url }: { inputId: string; label: string; url: string }) {
  const t = useTranslations("sharing");
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice stack" role="status">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <button
        className="button quiet"
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
