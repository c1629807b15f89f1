"use client";
// The summary's header: the session's title and its facts (template, date,
// duration, participants, threshold, status, pause and check-in requests).
import type { SessionSummary } from "../../lib/export/summary-types";
import { formatDuration } from "../../lib/export/format";
import styles from "../session-summary.module.css";
import { localDateTime } from "./local-date-time";

const STATUS: Record<string, string> = { lobby: "Not started yet", running: "Running — this is a live snapshot", ended: "Ended" };

export function SummaryHeader({ session: s, refreshing, onRefresh }: { session: SessionSummary["session"]; refreshing: boolean; onRefresh: () => void }) {
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>Session summary</p>
      <h1 className={styles.title}>{s.title}</h1>
      <dl className={styles.facts}>
        <div>
          <dt>Template</dt>
          <dd>{s.template ?? "—"}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{localDateTime(s.startedAt ?? s.createdAt)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(s.durationMs)}</dd>
        </div>
        <div>
          <dt>Participants</dt>
          <dd>{s.participantCount}</dd>
        </div>
        <div>
          <dt>Anonymity threshold</dt>
          <dd>
            {s.anonymityThreshold} <span className={styles.hint}>(fewer answers: counts only)</span>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{STATUS[s.status] ?? s.status}</dd>
        </div>
        {s.pauseRequests > 0 && (
          <div>
            <dt>Pause requests</dt>
            <dd>{s.pauseRequests}</dd>
          </div>
        )}
        {s.checkIns && (
          <div>
            <dt>Check-in requests</dt>
            <dd>
              {s.checkIns.total} ({s.checkIns.done} done)
            </dd>
          </div>
        )}
      </dl>
      {s.status === "running" && (
        <p className={`notice ${styles.noPrint}`}>
          The session is still running, so these numbers can still change.{" "}
          <button className="button quiet" type="button" onClick={onRefresh} disabled={refreshing}>
            {refreshing ? "Refreshing…" : "Refresh"}
          </button>
        </p>
      )}
    </header>
  );
}
