"use client";
// The console's private "Check-in requests" panel: number, note, how long
// ago, status (new → seen → done). A new request shows as a quiet highlight
// and a screen-reader announcement — never a sound, never on the projector
// or any phone. Marking one seen tells the asker's phone alone.
import { useEffect, useRef, useState } from "react";
import { requestLabel, type CheckInView } from "../lib/check-in";
import { useCheckIns } from "../lib/client/live-hooks";
import type { HearthClientSocket } from "../lib/client/socket";
import styles from "./check-in-panel.module.css";

const STATUS_LABEL: Record<CheckInView["status"], string> = { new: "New", seen: "Seen", done: "Done" };

function ago(iso: string, now: number): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
}

export function CheckInPanel({ socket, sessionId }: { socket: HearthClientSocket | null; sessionId: string }) {
  const { requests, setStatus, error } = useCheckIns(socket, sessionId);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);

  // announce arrivals (not the first list): polite, once per new request
  const known = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!requests) return;
    const ids = new Set(requests.map((r) => r.id));
    if (known.current) {
      const arrived = requests.filter((r) => !known.current!.has(r.id));
      if (arrived.length > 0) setAnnouncement(arrived.length === 1 ? `New check-in request: ${requestLabel(arrived[0].number)}` : `${arrived.length} new check-in requests`);
    }
    known.current = ids;
  }, [requests]);

  const waiting = requests?.filter((r) => r.status === "new").length ?? 0;
  const mark = async (id: string, status: "seen" | "done") => {
    setProblem(null);
    try {
      await setStatus(id, status);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className={`card stack ${styles.panel}`} aria-labelledby="checkins-heading" data-new={waiting > 0}>
      <h2 id="checkins-heading">Check-in requests{waiting > 0 ? <span className={styles.badge}> {waiting} new</span> : null}</h2>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <p className="error">Could not load the check-in requests: {(error as Error).message}</p> : null}
      {requests && requests.length === 0 ? (
        <p className="muted">None yet. Anyone can privately ask for someone to check in with them; you see only a number and their note.</p>
      ) : null}
      {requests && requests.length > 0 ? (
        <>
          <p className="muted">Only you see these — never the projector or the phones. Marking one seen tells the person who asked, and nobody else.</p>
          <ul className={styles.list}>
            {requests.map((r) => (
              <li key={r.id} className={styles.item} data-status={r.status}>
                <p className={styles.line}>
                  <strong>{requestLabel(r.number)}</strong>
                  <span className="muted"> · {ago(r.createdAt, now)} · </span>
                  <span className={styles.status}>{STATUS_LABEL[r.status]}</span>
                  {r.mayNeedCare ? <strong className={styles.care}> · may need care</strong> : null}
                </p>
                {r.note ? <p className={styles.note}>{r.note}</p> : <p className="muted">(no note)</p>}
                {r.status !== "done" ? (
                  <div className="row">
                    {r.status === "new" ? (
                      <button type="button" className="button secondary" onClick={() => void mark(r.id, "seen")}>
                        Mark seen<span className="visually-hidden"> {requestLabel(r.number)}</span>
                      </button>
                    ) : null}
                    <button type="button" className="button quiet" onClick={() => void mark(r.id, "done")}>
                      Mark done<span className="visually-hidden"> {requestLabel(r.number)}</span>
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
