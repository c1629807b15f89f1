"use client";
// A step's picture on a participant's phone. Phones have no sign-in, so the
// picture is fetched with the participant token this device keeps (in a
// header: an <img src> could not send it, and a token in the address would
// end up in logs and history) and shown from memory. It is fetched only once
// its place scrolls near the screen, after the step's text is on it: the
// first screen never waits for a picture. The server sends a copy sized for
// phones; CSS fits it to a 320 px screen. Until it arrives, and if it cannot,
// its description stands in its place.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { storageKeys } from "../lib/client/storage-keys";
import styles from "./phone-step-picture.module.css";

/** `altLanguage`: the session's language, which the description (content) is written in. */
type Props = { sessionId: string; joinCode: string; stepId: string; alt: string; altLanguage?: string };

export function PhoneStepPicture({ sessionId, joinCode, stepId, alt, altLanguage }: Props) {
  const t = useTranslations("participant.picture");
  const place = useRef<HTMLElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = place.current;
    if (!element) return;
    let cancelled = false;
    let url: string | null = null;
    const load = async () => {
      const token = window.localStorage.getItem(storageKeys.participantToken(joinCode));
      if (!token) return setFailed(true);
      try {
        const res = await fetch(`/api/room/${encodeURIComponent(sessionId)}/steps/${encodeURIComponent(stepId)}/picture`, {
          headers: { Authorization: `Participant ${token}` },
        });
        if (!res.ok) throw new Error(String(res.status));
        const blob = await res.blob();
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setSrc(url);
      } catch {
        if (!cancelled) setFailed(true);
      }
    };
    const observer =
      "IntersectionObserver" in window
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((e) => e.isIntersecting)) {
                observer?.disconnect();
                void load();
              }
            },
            { rootMargin: "200px" },
          )
        : null;
    if (observer) observer.observe(element);
    else void load();
    return () => {
      cancelled = true;
      observer?.disconnect();
      if (url) URL.revokeObjectURL(url);
    };
  }, [sessionId, joinCode, stepId]);

  return (
    <figure ref={place} className={styles.figure}>
      {src ? (
        <img className={styles.picture} src={src} alt={alt} lang={altLanguage} decoding="async" />
      ) : (
        <div className={styles.placeholder}>
          <span className="muted">{failed ? t("failed", { alt }) : t("loading")}</span>
        </div>
      )}
    </figure>
  );
}
