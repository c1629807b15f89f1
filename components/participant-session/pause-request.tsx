"use client";
// "I need a pause": only the facilitator sees a count. One request a minute per page, remembered across
// the step changing.
import { useCallback, useEffect, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../../lib/client/errors";
import { PAUSE_REQUEST_INTERVAL_MS } from "../../lib/pause";
import styles from "../participant-session.module.css";

// the button waits as long as the server counts one request (lib/pause.ts: the one place for it)
const PAUSE_COOLDOWN_MS = PAUSE_REQUEST_INTERVAL_MS;

export function PauseRequest({ requestPause }: { requestPause: () => Promise<unknown> }) {
  // The cooldown survives the step changing (this component is re-mounted per screen).
  const t = useTranslations("participant.pause");
  const tErrors = useTranslations("common.errors");
  const [sentAt, setSentAt] = usePauseSentAt();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const explainId = useId();
  const coolingDown = sentAt !== null;

  const send = async () => {
    if (sending || coolingDown) return;
    setSending(true);
    setError(null);
    try {
      await requestPause();
      setSentAt(Date.now());
    } catch (e) {
      const code = errorCodeOf(e);
      setError(code ? tErrors(code) : t("failed"));
    } finally {
      setSending(false);
    }
  };

  return (
    <aside className={styles.pause} aria-label={t("region")}>
      <button type="button" className={`button quiet ${styles.pauseButton}`} aria-describedby={explainId} aria-disabled={sending || coolingDown} onClick={() => void send()}>
        {sending ? t("sending") : t("button")}
      </button>
      <p id={explainId} className={styles.pauseNote}>
        {t("note")}
      </p>
      <p role="status" className={styles.pauseStatus}>
        {coolingDown ? t("sent") : ""}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </aside>
  );
}

// One cooldown per page, shared across re-mounts.
let pauseSentAtGlobal: number | null = null;
function usePauseSentAt(): [number | null, (t: number) => void] {
  const [sentAt, setSentAtState] = useState<number | null>(() => (pauseSentAtGlobal !== null && Date.now() - pauseSentAtGlobal < PAUSE_COOLDOWN_MS ? pauseSentAtGlobal : null));
  useEffect(() => {
    if (sentAt === null) return;
    const left = PAUSE_COOLDOWN_MS - (Date.now() - sentAt);
    const t = setTimeout(() => setSentAtState(null), Math.max(0, left));
    return () => clearTimeout(t);
  }, [sentAt]);
  const set = useCallback((t: number) => {
    pauseSentAtGlobal = t;
    setSentAtState(t);
  }, []);
  return [sentAt, set];
}
