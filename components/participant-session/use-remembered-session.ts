"use client";
// What the phone keeps for a session in this tab's sessionStorage (keys in lib/client/storage-keys.ts),
// so a reload or a session that ended while the phone was away still shows the right things: the
// support card and title for the thank-you screen, whether the content note was seen, and the safety
// net's private message until it is closed. "Leave quickly" erases all of it (components/quick-exit.tsx).
import { useCallback, useEffect, useState } from "react";
import type { SupportResources } from "../../lib/events";
import { continuedEarly, NOTE_CONTINUED_EVENT } from "../../lib/client/early-taps";
import { noteSeenOnDevice, rememberNoteSeen } from "../../lib/client/note-seen";
import { readStored, removeStored, storageKeys, writeStored } from "../../lib/client/storage-keys";

// sessionStorage can be unavailable (privacy modes, storage disabled): never let that break a screen.
const readStorage = (key: string) => readStored("sessionStorage", key);
const writeStorage = (key: string, value: string) => writeStored("sessionStorage", key, value);

/** The support card and title last heard, kept for the thank-you screen if the session ends while this phone is away. */
export function useRememberedSession(code: string, resources: SupportResources | undefined, title: string | undefined) {
  const [remembered, setRemembered] = useState<{ resources: SupportResources | null; title: string | null }>({ resources: null, title: null });
  useEffect(() => {
    let kept: SupportResources | null = null;
    try {
      const raw = readStorage(storageKeys.resources(code));
      kept = raw ? (JSON.parse(raw) as SupportResources) : null;
    } catch {
      kept = null;
    }
    setRemembered({ resources: kept, title: readStorage(storageKeys.title(code)) });
  }, [code]);
  useEffect(() => {
    if (resources === undefined || title === undefined) return;
    writeStorage(storageKeys.resources(code), JSON.stringify(resources));
    writeStorage(storageKeys.title(code), title);
  }, [code, resources, title]);
  return remembered;
}

/**
 * The content note: shown first, once per session (per browser tab, and per browser session through
 * the note-seen cookie: lib/client/note-seen.ts). null until read, or `initial`: false when the page
 * came with the note (the server read no note-seen cookie). A tap the page's early script took before
 * React ran (lib/client/early-taps.ts) counts too, whenever it happens.
 */
export function useContentNoteSeen(code: string, sessionId: string | undefined, initial: boolean | null = null) {
  const [noteSeen, setNoteSeen] = useState<boolean | null>(initial);
  useEffect(() => {
    if (!sessionId) return;
    if (noteSeenOnDevice(code, sessionId) || continuedEarly()) {
      // the cookie too, so the server leaves the note out of the next page (one seen before the cookie existed)
      rememberNoteSeen(code, sessionId);
      setNoteSeen(true);
    } else setNoteSeen(false);
    const onEarly = () => setNoteSeen(true);
    window.addEventListener(NOTE_CONTINUED_EVENT, onEarly);
    return () => window.removeEventListener(NOTE_CONTINUED_EVENT, onEarly);
  }, [code, sessionId]);
  const continuePastNote = useCallback(() => {
    if (sessionId) rememberNoteSeen(code, sessionId);
    setNoteSeen(true);
  }, [code, sessionId]);
  return [noteSeen, continuePastNote] as const;
}

/**
 * The safety net's private message (components/care-message.tsx), shown after this phone's own answer or
 * note matched; kept through a reload until closed. "restored" shows it without taking focus again.
 */
export function useCareMessage(code: string) {
  const [care, setCareState] = useState<false | "new" | "restored">(false);
  useEffect(() => {
    if (readStorage(storageKeys.careMessage(code)) === "1") setCareState((c) => c || "restored");
  }, [code]);
  const setCare = useCallback(
    (open: boolean) => {
      setCareState(open ? "new" : false);
      if (open) writeStorage(storageKeys.careMessage(code), "1");
      else removeStored("sessionStorage", storageKeys.careMessage(code));
    },
    [code],
  );
  return [care, setCare] as const;
}
