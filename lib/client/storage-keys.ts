// Every key this app keeps in the browser's localStorage and sessionStorage, in one place, and the
// wrappers that read and write them. Why one module: the participant token key was written in two
// files (the join form checks it, the live hooks write it), and "Leave quickly"
// (components/quick-exit.tsx) must find every key of a session to erase it, so a key added elsewhere
// with another shape would silently survive a quick exit.
//
// Participant keys start with PARTICIPANT_PREFIX and name the session's join code (upper case) or its
// id: forgetSessionOnDevice relies on both. The facilitator's import-warnings key uses another prefix on
// purpose: it is not a participant's trace, and quick exit leaves it alone.

/** Every participant key starts with this; "Leave quickly" erases the ones naming the session. */
export const PARTICIPANT_PREFIX = "hearth.";

export const storageKeys = {
  /** localStorage: the participant token, so a refresh or a dropped connection rejoins as the same participant */
  participantToken: (code: string) => `${PARTICIPANT_PREFIX}participant.${code.toUpperCase()}`,
  /** sessionStorage: the room passphrase typed on this phone, kept only until the join succeeds */
  passphrase: (code: string) => `${PARTICIPANT_PREFIX}passphrase.${code.toUpperCase()}`,
  /** sessionStorage: the support card, kept so it is still there when the connection is not */
  resources: (code: string) => `${PARTICIPANT_PREFIX}resources.${code}`,
  /** sessionStorage: the session's title, shown with the remembered support card */
  title: (code: string) => `${PARTICIPANT_PREFIX}title.${code}`,
  /**
   * sessionStorage: "1" while the safety net's private message is open on this phone, so a reload
   * keeps it (like the check-in request number, which the phone gets back when it rejoins) until the
   * person closes it; this tab only, and "Leave quickly" erases it
   */
  careMessage: (code: string) => `${PARTICIPANT_PREFIX}care.${code.toUpperCase()}`,
  /**
   * sessionStorage: "1" once this phone has continued past the session's content note. It names the
   * code as well as the id, so "Leave quickly" finds it before the join has said the session's id
   * (the page's early script writes it too: lib/client/early-taps.ts)
   */
  contentNoteSeen: (code: string, sessionId: string) => `${PARTICIPANT_PREFIX}contentNote.${code.toUpperCase()}.${sessionId}`,
  /** sessionStorage (facilitator): an import's warnings, carried from the template list to the editor it opens */
  importWarnings: (templateId: string) => `hearth:import-warnings:${templateId}`,
} as const;

export type StorageArea = "localStorage" | "sessionStorage";

/** The storage area, or null where the browser refuses it (privacy modes, storage disabled, no window). */
export function storageArea(which: StorageArea): Storage | null {
  try {
    return typeof window === "undefined" ? null : window[which];
  } catch {
    return null;
  }
}

// Storage can be unavailable or full: never let that break a screen. A failed read is "nothing kept".
export function readStored(which: StorageArea, key: string): string | null {
  try {
    return storageArea(which)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(which: StorageArea, key: string, value: string): void {
  try {
    storageArea(which)?.setItem(key, value);
  } catch {
    /* full or unavailable: the phone simply won't remember this */
  }
}

export function removeStored(which: StorageArea, key: string): void {
  try {
    storageArea(which)?.removeItem(key);
  } catch {
    /* unavailable: nothing was kept there */
  }
}

/** Whether a stored key belongs to the session with this join code or id (what "Leave quickly" erases). */
export function isSessionKey(key: string, code: string, sessionId?: string): boolean {
  return key.startsWith(PARTICIPANT_PREFIX) && (key.toUpperCase().includes(code.toUpperCase()) || (sessionId !== undefined && key.includes(sessionId)));
}
