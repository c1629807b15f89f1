"use client";
// A calm step timer: elapsed time, and the planned length when one is set.
// It is for the facilitator and the projector only — never a countdown on phones.
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";
import type { TimerState } from "../lib/events";

function format(ms: number) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, "0")}`;
}

export function elapsedOf(timer: TimerState, now: number) {
  return timer.elapsedMs + (timer.runningSince !== null ? now - timer.runningSince : 0);
}

export function TimerDisplay({ timer, className }: { timer: TimerState; className?: string }) {
  const t = useTranslations("common.timer");
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.runningSince === null) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [timer.runningSince]);
  const elapsed = elapsedOf(timer, now);
  return (
    <p className={className} role="timer" aria-live="off" style={{ fontVariantNumeric: "tabular-nums", fontSize: "1.6rem", margin: 0 }}>
      {format(elapsed)}
      {timer.durationMs > 0 && <span className="muted"> / {format(timer.durationMs)}</span>}
      {timer.runningSince === null && (
        <span className="muted" style={{ fontSize: "1rem" }}>
          {" "}
          {t("paused")}
        </span>
      )}
    </p>
  );
}
