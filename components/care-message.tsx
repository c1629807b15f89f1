"use client";
// The safety net's private answer on the author's phone alone
// (lib/distress-phrases.ts): gentle, never alarming, no "we detected". It
// offers the session's support card and a check-in request, and can simply
// be closed by someone who did not mean it that way.
import { useEffect, useId, useRef } from "react";
import { useTranslations } from "use-intl";
import type { SupportResources } from "../lib/events";
import { ResourcesCard } from "./resources-card";
import { CHECK_IN_ANCHOR } from "./check-in-request";
import styles from "./care-message.module.css";

/** `takeFocus`: brought into view and focused (just shown); false when it comes back after a reload. */
export function CareMessage({ resources, canCheckIn, takeFocus = true, onClose }: { resources: SupportResources; canCheckIn: boolean; takeFocus?: boolean; onClose: () => void }) {
  const t = useTranslations("care.message");
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    ref.current?.scrollIntoView({ block: "start" });
    ref.current?.focus({ preventScroll: true });
  }, [takeFocus]);
  return (
    <section ref={ref} tabIndex={-1} className={`card ${styles.care}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t("heading")}
      </h2>
      <p>{t("thanks")}</p>
      <p>
        {t("private")}
        {canCheckIn ? ` ${t("checkInOffer")}` : ""}
      </p>
      <p>{t("danger")}</p>
      <ResourcesCard resources={resources} headingLevel={3} className={styles.resources} />
      <div className={styles.actions}>
        {canCheckIn ? (
          <a
            className="button"
            href={`#${CHECK_IN_ANCHOR}`}
            onClick={(event) => {
              event.preventDefault();
              const target = document.getElementById(CHECK_IN_ANCHOR);
              target?.scrollIntoView({ block: "center" });
              target?.focus({ preventScroll: true });
            }}
          >
            {t("askCheckIn")}
          </a>
        ) : null}
        <button type="button" className="button quiet" onClick={onClose}>
          {t("close")}
        </button>
      </div>
    </section>
  );
}
