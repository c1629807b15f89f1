// The phone's first screen, in the page's HTML: the session's content note and its "Continue when
// you're ready" button, rendered by the server so a phone on slow Wi-Fi can read and continue before
// its scripts have arrived (issue 19). Shared by the server, which decides when a page may carry it
// (server/pages/participant-first-screen.ts), and the phone, which shows it
// (components/participant-session.tsx) and remembers that it was seen.
//
// Only an open session's page carries it: one with a room passphrase, locked or ended shows nothing
// of itself before the socket's join says this phone may enter. And a phone that has continued past
// the note once says so with a session cookie (NOTE_SEEN_COOKIE, for the session's own page only),
// so a reload does not show the note again, not even for a moment. "Leave quickly" removes it
// (components/quick-exit.tsx) with everything else the session kept on the device.
import type { Locale } from "./i18n/locales";
import { isLocale } from "./i18n/locales";
import type { SupportResources } from "./events";
import { readCookie } from "./cookies";

export type FirstScreen = {
  sessionId: string;
  /** the session's title (the header shows it) */
  title: string;
  /** the session's language: the note is written in it */
  language: Locale;
  /** the session's content note, Markdown (never empty: a session without one gets no first screen) */
  contentNote: string;
  /** the session's support card as phones get it (placeholders left out) */
  resources: SupportResources;
};

/**
 * A session cookie (no Max-Age: gone when the browser closes) holding the id of the session whose
 * note this phone continued past; its Path is that session's page, so no other page is sent it.
 */
export const NOTE_SEEN_COOKIE = "hearth-note-seen";

/** The participant page the note-seen cookie belongs to. */
export function noteSeenCookiePath(code: string): string {
  return `/s/${code.toUpperCase()}`;
}

/** Whether a Cookie header (or document.cookie) says the note of this session was seen. */
export function noteSeenIn(cookieHeader: string | undefined | null, sessionId: string): boolean {
  return sessionId !== "" && readCookie(cookieHeader, NOTE_SEEN_COOKIE) === sessionId;
}

/** The string the custom server hands the page in a request header, and back. */
export function encodeFirstScreen(screen: FirstScreen): string {
  return encodeURIComponent(JSON.stringify(screen));
}

export function decodeFirstScreen(value: string | null | undefined): FirstScreen | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(decodeURIComponent(value)) as Partial<FirstScreen> | null;
    if (!parsed || typeof parsed !== "object") return null;
    const { sessionId, title, language, contentNote, resources } = parsed;
    if (typeof sessionId !== "string" || typeof title !== "string" || typeof contentNote !== "string" || !isLocale(language)) return null;
    if (!resources || typeof resources.title !== "string" || !Array.isArray(resources.items)) return null;
    if (contentNote.trim() === "") return null;
    return { sessionId, title, language, contentNote, resources };
  } catch {
    return null;
  }
}
