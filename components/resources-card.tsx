"use client";
// Support resources (helplines, local services), reachable from every
// participant screen in one tap and shown inline at the end of a session.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { earlyAttributes } from "../lib/client/early-taps";
import { useHydrated } from "../lib/client/use-hydrated";
import type { SupportResources } from "../lib/events";
import { safeDecode } from "../lib/safe-decode";
import styles from "./resources-card.module.css";

const LINK_PROTOCOLS = new Set(["https:", "http:", "tel:", "mailto:"]);

/** The item's URL when it is a web, phone or e-mail link; null for anything else. */
function safeResourceUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** What a phone or e-mail link leads to, shown as text so it can be read or copied. */
function linkTarget(url: URL): string | null {
  if (url.protocol === "tel:") return safeDecode(url.pathname || url.href.slice(4));
  if (url.protocol === "mailto:") return safeDecode(url.pathname || url.href.slice(7));
  return null;
}

type SupportText = ReturnType<typeof useTranslations<"common">>;

function linkHint(t: SupportText, url: URL): string {
  if (url.protocol === "tel:") return t("support.call");
  if (url.protocol === "mailto:") return t("support.email");
  return t("support.website");
}

function ResourceList({ resources }: { resources: SupportResources }) {
  const t = useTranslations("common");
  if (resources.items.length === 0) {
    return <p className="muted">{t("support.facilitatorHere")}</p>;
  }
  return (
    <ul role="list" className={styles.list}>
      {resources.items.map((item, index) => {
        const url = safeResourceUrl(item.url);
        const target = url ? linkTarget(url) : null;
        const showTarget = target && !(item.detail ?? "").includes(target);
        const web = url && (url.protocol === "https:" || url.protocol === "http:");
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the card's items as the server sent them, never reordered on the phone
          <li key={`${index}-${item.label}`} className={styles.item}>
            <span className={styles.label}>{item.label}</span>
            {item.detail ? <span className={styles.detail}>{item.detail}</span> : null}
            {url ? (
              <a className={`button secondary ${styles.link}`} href={url.href} {...(web ? { target: "_blank", rel: "noopener noreferrer" } : { rel: "noopener noreferrer" })}>
                {linkHint(t, url)}
                {showTarget ? <span className={styles.target}> {target}</span> : null}
                <span className="visually-hidden">
                  {`: ${item.label}`}
                  {web ? ` ${t("opensInNewTab")}` : ""}
                </span>
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export type ResourcesCardProps = {
  resources: SupportResources;
  /** heading level of the card's title (default 2) */
  headingLevel?: 2 | 3;
  className?: string;
};

/** The plain inline card, e.g. on the thank-you screen. */
export function ResourcesCard({ resources, headingLevel = 2, className }: ResourcesCardProps) {
  const t = useTranslations("common.support");
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  return (
    <section className={["card", styles.card, className].filter(Boolean).join(" ")} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.title}>
        {resources.title || t("title")}
      </Heading>
      {resources.intro ? <p className={styles.intro}>{resources.intro}</p> : null}
      <ResourceList resources={resources} />
    </section>
  );
}

export type ResourcesButtonProps = {
  resources: SupportResources;
  /** the button's text (default: "Support" in the page's language) */
  label?: string;
  className?: string;
  /**
   * On the participant's server-rendered page: the button and its dialog work before React has
   * hydrated them, through the page's early script (lib/client/early-taps.ts).
   */
  early?: boolean;
};

/**
 * A persistent "Support" button that opens the resources in a modal
 * <dialog>: focus moves into it, the rest of the page is inert, Esc or
 * "Close" closes it, and focus returns to the button.
 */
export function ResourcesButton({ resources, label, className, early = false }: ResourcesButtonProps) {
  const t = useTranslations("common.support");
  // the early script's part ends once React handles the button
  const hydrated = useHydrated() || !early;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();

  const show = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    setOpen(true);
    closeRef.current?.focus();
  }, []);

  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // "close" fires for the Close button, Esc (via "cancel") and form method=dialog alike.
    const onClose = () => {
      setOpen(false);
      buttonRef.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    // opened by the early script before React was here: say so
    if (dialog.open) setOpen(true);
    return () => dialog.removeEventListener("close", onClose);
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={["button", "secondary", styles.trigger, className].filter(Boolean).join(" ")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={show}
        {...earlyAttributes(hydrated, "support")}
      >
        {label ?? t("title")}
      </button>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the backdrop tap is a pointer shortcut; the dialog closes with Escape and its Close button */}
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-labelledby={titleId}
        {...(hydrated ? {} : { "data-early-dialog": "" })}
        onClick={(event) => {
          // a tap on the backdrop (outside the panel) closes the dialog
          if (event.target === event.currentTarget) close();
        }}
      >
        <div className={styles.panel}>
          <div className={styles.dialogHeader}>
            <h2 id={titleId} className={styles.title}>
              {resources.title || t("title")}
            </h2>
            <button ref={closeRef} type="button" className="button quiet" onClick={close} {...earlyAttributes(hydrated, "close")}>
              {t("close")}
            </button>
          </div>
          {resources.intro ? <p className={styles.intro}>{resources.intro}</p> : null}
          <ResourceList resources={resources} />
          <p className={`muted ${styles.footnote}`}>{t("private")}</p>
        </div>
      </dialog>
    </>
  );
}

export default ResourcesCard;
