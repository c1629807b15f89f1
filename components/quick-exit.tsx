"use client";
// "Leave quickly": for someone who must hide what they are looking at at
// once (the domestic-violence sector's quick-exit pattern). It replaces this
// page with a neutral site using location.replace, so Back does not return to
// Hearth, and first removes what this session kept on the device (the
// participant token, the remembered support card, title, content-note and
// check-in flags, and the note-seen cookie of the session's page). It cannot
// erase the browser's history; the content note says so once. Escape pressed
// twice does the same from anywhere on the page. Before React has hydrated
// the page, the page's early script does the same (lib/client/early-taps.ts).
import { useCallback, useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { DOUBLE_ESCAPE_MS, earlyAttributes } from "../lib/client/early-taps";
import { forgetNoteSeenCookie } from "../lib/client/note-seen";
import { isSessionKey, storageArea } from "../lib/client/storage-keys";
import { useHydrated } from "../lib/client/use-hydrated";
import styles from "./quick-exit.module.css";

export type QuickExitProps = {
  /** where to go: the deployment's QUICK_EXIT_URL (server/env.ts) */
  exitUrl: string;
  /** the session's join code and id: every stored key of this session names one of them */
  code: string;
  sessionId?: string;
};

/** Remove every Hearth key of this session from local and session storage, and its note-seen cookie. */
export function forgetSessionOnDevice(code: string, sessionId?: string) {
  forgetNoteSeenCookie(code);
  const mine = (key: string) => isSessionKey(key, code, sessionId);
  for (const storage of [storageArea("localStorage"), storageArea("sessionStorage")]) {
    if (!storage) continue;
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key && mine(key)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    } catch {
      /* storage unavailable: nothing was kept there */
    }
  }
}

export function QuickExit({ exitUrl, code, sessionId }: QuickExitProps) {
  const t = useTranslations("participant.quickExit");
  const hydrated = useHydrated();
  const leave = useCallback(() => {
    forgetSessionOnDevice(code, sessionId);
    window.location.replace(exitUrl);
  }, [exitUrl, code, sessionId]);

  const lastEscape = useRef(0);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape.current < DOUBLE_ESCAPE_MS) leave();
      else lastEscape.current = now;
    };
    // capture: a dialog handling Escape must not hide the second press
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [leave]);

  return (
    // tabIndex 1: first in the tab order, before even the root layout's "Skip to content" link (which
    // comes first in the page's markup): someone in danger reaches it with one Tab. The only positive
    // tabindex in Hearth, on purpose.
    // biome-ignore lint/a11y/noPositiveTabindex: first in the tab order on purpose (said above)
    <button
      type="button"
      tabIndex={1}
      className={`button ${styles.exit}`}
      onClick={leave}
      aria-keyshortcuts="Escape Escape"
      title={t("title")}
      {...earlyAttributes(hydrated, "leave", { "exit-url": exitUrl, code, "session-id": sessionId })}
    >
      {t("button")}
    </button>
  );
}
