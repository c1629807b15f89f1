"use client";
// The socket's state in words (a dot's colour alone would not say it).
import { useTranslations } from "use-intl";
import type { ConnectionStatus } from "../lib/client/use-connection-status";
import styles from "./connection-badge.module.css";

export type ConnectionBadgeProps = {
  status: ConnectionStatus;
  className?: string;
};

export function ConnectionBadge({ status, className }: ConnectionBadgeProps) {
  const t = useTranslations("common.connection");
  return (
    <span role="status" aria-live="polite" className={[styles.badge, styles[status], className].filter(Boolean).join(" ")}>
      <span className={styles.dot} aria-hidden="true" />
      <span className="visually-hidden">{t("label")} </span>
      {t(status)}
    </span>
  );
}

export default ConnectionBadge;
