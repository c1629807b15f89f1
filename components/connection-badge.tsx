"use client";
// The socket's state in words (a dot's colour alone would not say it).
import type { ConnectionStatus } from "../lib/client/use-connection-status";
import styles from "./connection-badge.module.css";

const TEXT: Record<ConnectionStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
};

export type ConnectionBadgeProps = {
  status: ConnectionStatus;
  className?: string;
};

export function ConnectionBadge({ status, className }: ConnectionBadgeProps) {
  return (
    <span role="status" aria-live="polite" className={[styles.badge, styles[status], className].filter(Boolean).join(" ")}>
      <span className={styles.dot} aria-hidden="true" />
      <span className="visually-hidden">Connection: </span>
      {TEXT[status]}
    </span>
  );
}

export default ConnectionBadge;
