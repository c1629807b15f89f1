"use client";
// The summary's header: the session's title and its facts (template, date,
// duration, participants, threshold, status, pause and check-in requests).
import { useTranslations } from "use-intl";
import type { SessionSummary } from "../../lib/export/summary-types";
import { formatDuration } from "../../lib/export/format";
import styles from "../session-summary.module.css";
import { useLocalDateTime } from "./local-date-time";
import { useExportTranslator } from "./use-export-translator";

const STATUSES = ["lobby", "running", "ended"] as const;

export function SummaryHeader({ session: s, refreshing, onRefresh }: { session: SessionSummary["session"]; refreshing: boolean; onRefresh: () => void }) {
  const t = useTranslations("summary");
  const localDateTime = useLocalDateTime();
  const facts = useExportTranslator();
  const status = STATUSES.find((known) => known === s.status);
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>{t("kicker")}</p>
      <h1 className={styles.title}>{s.title}</h1>
      <dl className={styles.facts}>
        <div>
          <dt>{facts("facts.template")}</dt>
          <dd>{s.template ?? "—"}</dd>
        </div>
        <div>
          <dt>{facts("facts.date")}</dt>
          <dd>{localDateTime(s.startedAt ?? s.createdAt)}</dd>
        </div>
        <div>
          <dt>{facts("facts.duration")}</dt>
          <dd>{formatDuration(s.durationMs)}</dd>
        </div>
        <div>
          <dt>{facts("facts.participants")}</dt>
          <dd>{s.participantCount}</dd>
        </div>
        <div>
          <dt>{facts("facts.threshold")}</dt>
          <dd>
            {s.anonymityThreshold} <span className={styles.hint}>{t("thresholdHint")}</span>
          </dd>
        </div>
        <div>
          <dt>{facts("facts.status")}</dt>
          <dd>{status ? t(`status.${status}`) : s.status}</dd>
        </div>
        {s.pauseRequests > 0 && (
          <div>
            <dt>{facts("facts.pauseRequests")}</dt>
            <dd>{s.pauseRequests}</dd>
          </div>
        )}
        {s.checkIns && (
          <div>
            <dt>{facts("facts.checkIns")}</dt>
            <dd>{facts("checkInsValue", s.checkIns)}</dd>
          </div>
        )}
      </dl>
      {s.status === "running" && (
        <p className={`notice ${styles.noPrint}`}>
          {t("stillRunning")}{" "}
          <button className="button quiet" type="button" onClick={onRefresh} disabled={refreshing}>
            {refreshing ? t("refreshing") : t("refresh")}
          </button>
        </p>
      )}
    </header>
  );
}
