// The participant page's session, looked up once per request by the custom server (server/app.ts)
// before Next renders /s/CODE: its language (server/i18n/page-locale.ts) and, for an open session,
// the first screen the page carries in its HTML (lib/participant-first-screen.ts) — the content note
// and its "Continue" button, usable before the phone's scripts and its join have arrived.
//
// The rules:
// - The look-up is a join attempt's look-up and keeps the join limits (server/security/join-guard.ts):
//   an address whose wrong codes are spent gets nothing session-specific (not even the session's
//   language), and an unknown code spends one of its misses, so the page tells a guesser no more, and
//   no sooner, than `participant:join` does. It spends no join attempt: the phone's socket join that
//   follows spends that, and the attempts budget is sized for a room of phones joining at once.
// - Only an open session gets a first screen: not one with a room passphrase, a locked one or an
//   ended one, which show nothing of themselves before the join lets this phone in (a phone that
//   already joined gets back in through its token, as before). Nor a session without a content note,
//   nor a phone whose note-seen cookie says it continued past the note already (a reload).
// - Nothing is stored and nothing session-specific is logged: no code, no title, no note.
import type { IncomingMessage } from "node:http";
import { withoutPlaceholders } from "../../content/asking-for-help";
import type { SupportResources } from "../../lib/events";
import type { Locale } from "../../lib/i18n/locales";
import { normaliseJoinCode } from "../../lib/join-code";
import { type FirstScreen, noteSeenIn } from "../../lib/participant-first-screen";
import { safeDecode } from "../../lib/safe-decode";
import type { Logger } from "../logger";

/** What the look-up reads of a session (a SessionRecord: server/repositories/session-records.ts). */
export type FirstScreenSession = {
  id: string;
  title: string;
  status: string;
  locked: boolean;
  passphraseHash: string | null;
  contentNote: string;
  language: Locale;
  resources: SupportResources;
};

export type ParticipantPageDeps = {
  /** the session with this (canonical) join code, or null */
  findByJoinCode: (code: string) => Promise<FirstScreenSession | null>;
  /** the per-address join limits shared with `participant:join` */
  join: { mayLookUp(ip: string): Promise<boolean>; missed(ip: string): Promise<void> };
  /** the address a request is counted under (never stored) */
  clientIp: (req: IncomingMessage) => string;
  logger: Logger;
};

export type ParticipantPageSession = {
  /** the session's language, or null (no such session, or the address may not look codes up now) */
  language: Locale | null;
  /** the first screen the page may carry, or null: the page shows what it shows before a join */
  firstScreen: FirstScreen | null;
};

const NOTHING: ParticipantPageSession = { language: null, firstScreen: null };

/** The canonical code of a participant page (/s/CODE, as Next will render it), or null for any other request. */
export function participantPageCode(url: string | undefined): string | null | undefined {
  const path = (url ?? "/").split("?")[0] ?? "/";
  const match = /^\/s\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  const raw = match[1] ?? "";
  const code = normaliseJoinCode(safeDecode(raw));
  // not a code, or not its canonical spelling: the page redirects and shows nothing of a session
  return code && code === raw ? code : null;
}

export function createParticipantPages(deps: ParticipantPageDeps) {
  return {
    /**
     * For a participant page (/s/CODE): its session's language and first screen. undefined for every
     * other request (the page's language is decided as before).
     */
    async lookUp(req: IncomingMessage): Promise<ParticipantPageSession | undefined> {
      const code = participantPageCode(req.url);
      if (code === undefined) return undefined;
      if (code === null) return NOTHING;
      try {
        const ip = deps.clientIp(req);
        if (!(await deps.join.mayLookUp(ip))) return NOTHING;
        const session = await deps.findByJoinCode(code);
        if (!session) {
          await deps.join.missed(ip);
          return NOTHING;
        }
        return { language: session.language, firstScreen: firstScreenOf(session, req.headers.cookie) };
      } catch (error) {
        // the database away: the page renders as before a join (in the browser's language); the
        // error's name only, since a driver's message can quote the query and so the code
        deps.logger.warn({ error: error instanceof Error ? error.name : typeof error }, "could not look up a participant page's session; rendering it without one");
        return NOTHING;
      }
    },
  };
}

/** The first screen an open session's page carries, or null. */
export function firstScreenOf(session: FirstScreenSession, cookieHeader: string | undefined): FirstScreen | null {
  if (session.status === "ended" || session.locked || session.passphraseHash) return null;
  if (session.contentNote.trim() === "") return null;
  if (noteSeenIn(cookieHeader, session.id)) return null;
  return {
    sessionId: session.id,
    title: session.title,
    language: session.language,
    contentNote: session.contentNote,
    resources: withoutPlaceholders(session.resources),
  };
}
