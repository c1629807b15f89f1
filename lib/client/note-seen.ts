// Whether this phone has continued past a session's content note: kept in the tab's sessionStorage
// (storageKeys.contentNoteSeen) and in a session cookie for the session's own page
// (lib/participant-first-screen.ts), so the server, which cannot read the storage, does not put the
// note in the page's HTML again after a reload. The page's early script (./early-taps.ts) writes
// the same two when the note is continued before the page's scripts have arrived; "Leave quickly"
// erases both (components/quick-exit.tsx).
import { NOTE_SEEN_COOKIE, noteSeenCookiePath, noteSeenIn } from "../participant-first-screen";
import { readStored, storageKeys, writeStored } from "./storage-keys";

/** The cookie as document.cookie writes it: this session's page only, gone when the browser closes. */
export function noteSeenCookie(code: string, sessionId: string | null, secure: boolean): string {
  const path = noteSeenCookiePath(code);
  const attributes = `Path=${path}; SameSite=Lax${secure ? "; Secure" : ""}`;
  return sessionId === null ? `${NOTE_SEEN_COOKIE}=; ${attributes}; Max-Age=0` : `${NOTE_SEEN_COOKIE}=${encodeURIComponent(sessionId)}; ${attributes}`;
}

function setCookie(value: string) {
  try {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from the older phones' browsers people join with; the value is built in one place (noteSeenCookie)
    document.cookie = value;
  } catch {
    /* cookies refused (a sandboxed page): the tab's storage still remembers */
  }
}

const secure = () => typeof location !== "undefined" && location.protocol === "https:";

/** Whether this phone continued past the session's note (in this tab, or this browser session). */
export function noteSeenOnDevice(code: string, sessionId: string): boolean {
  if (readStored("sessionStorage", storageKeys.contentNoteSeen(code, sessionId)) === "1") return true;
  try {
    return noteSeenIn(document.cookie, sessionId);
  } catch {
    return false;
  }
}

/** Remember that this phone continued past the session's note. */
export function rememberNoteSeen(code: string, sessionId: string): void {
  writeStored("sessionStorage", storageKeys.contentNoteSeen(code, sessionId), "1");
  setCookie(noteSeenCookie(code, sessionId, secure()));
}

/** Forget it (quick exit): the cookie; the storage key goes with the session's other keys. */
export function forgetNoteSeenCookie(code: string): void {
  setCookie(noteSeenCookie(code, null, secure()));
}
