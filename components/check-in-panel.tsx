"use client";
// The console's private "Check-in requests" panel: number, note, how long
// ago, status (new → seen → done). A new request shows as a quiet highlight
// and a screen-reader announcement — never a sound, never on the projector
// or any phone. Marking one seen tells the asker's phone alone.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { useCheckIns } from "../lib/client/live-hooks";
import type { HearthClientSocket } from "../lib/client/socket";
import styles from "./check-in-panel.module.css";
import { useErrorText } from "./use-error-text";

type PanelText = ReturnType<typeof useTranslations<"console.checkIns">>;

function ago(t: PanelText, iso: string, now: number): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return t("justNow");
  if (minutes < 60) return t("minutesAgo", { minutes });
  return t("hoursAgo", { hours: Math.floor(minutes / 60) });
}

export function CheckInPanel({ socket, sessionId }: { socket: HearthClientSocket | null; sessionId: string }) {
  const t = useTranslations("console.checkIns");
  const errorText = useErrorText();
  const requestLabel = (number: number) => t("request", { number });
  const { requests, setStatus, error } = useCheckIns(socket, sessionId);
  const [problem, setProblem] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // announce arrivals (not the first list): polite, once per new request
  const known = useRef<Set<string> | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!requests) return;
    const ids = new Set(requests.map((r) => r.id));
    if (known.current) {
      const arrived = requests.filter((r) => !known.current!.has(r.id));
      if (arrived.length > 0) setAnnouncement(arrived.length === 1 ? t("announceOne", { number: arrived[0]!.number }) : t("announceMany", { count: arrived.length }));
    }
    known.current = ids;
  }, [requests, t]);

  const waiting = requests?.filter((r) => r.status === "new").length ?? 0;
  const mark = async (id: string, status: "seen" | "done") => {
    setProblem(null);
    try {
      await setStatus(id, status);
    } catch (e) {
      setProblem(errorText(e));
    }
  };

  return (
    <section className={`card stack ${styles.panel}`} aria-labelledby="checkins-heading" data-new={waiting > 0}>
      <h2 id="checkins-heading">
        {t("heading")}
        {waiting > 0 ? <span className={styles.badge}> {t("newBadge", { count: waiting })}</span> : null}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <p className="error">{t("loadFailed", { reason: errorText(error) })}</p> : null}
      {requests && requests.length === 0 ? <p className="muted">{t("none")}</p> : null}
      {requests && requests.length > 0 ? (
        <>
          <p className="muted">{t("onlyYou")}</p>
          <ul className={styles.list}>
            {requests.map((r) => (
              <li key={r.id} className={styles.item} data-status={r.status}>
                <p className={styles.line}>
                  <strong>{requestLabel(r.number)}</strong>
                  <span className="muted"> · {ago(t, r.createdAt, now)} · </span>
                  <span className={styles.status}>{t(`status.${r.status}`)}</span>
                  {r.mayNeedCare ? <strong className={styles.care}> · {t("mayNeedCare")}</strong> : null}
                </p>
                {r.note ? <p className={styles.note}>{r.note}</p> : <p className="muted">{t("noNote")}</p>}
                {r.status !== "done" ? (
                  <div className="row">
                    {r.status === "new" ? (
                      <button type="button" className="button secondary" onClick={() => void mark(r.id, "seen")}>
                        {t("markSeen")}
                        <span className="visually-hidden"> {requestLabel(r.number)}</span>
                      </button>
                    ) : null}
                    <button type="button" className="button quiet" onClick={() => void mark(r.id, "done")}>
                      {t("markDone")}
                      <span className="visually-hidden"> {requestLabel(r.number)}</span>
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
