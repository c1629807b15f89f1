// The participant page's first screen in its HTML (issue 19): an open session's page carries its
// content note and "Continue" (server/pages/participant-first-screen.ts), so a phone on slow Wi-Fi can
// read and continue before its scripts arrive. The real server with its production pages on port 0:
// the note is in the HTML of an open session's page, as text; not for a session with a passphrase, a
// locked one, an ended one, an unknown code, nor once the phone's note-seen cookie says it continued;
// a browser's own copy of the server's header changes nothing; the look-up keeps the socket join's
// per-address limits (an unknown code spends a miss, spent misses get nothing session-specific, and
// it spends no join attempt); and no log line names the code, the title or the note.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFirstScreen } from "../../lib/participant-first-screen";
import type { ParticipantJoined } from "../../lib/events";
import { send, startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { capturedLog } from "../helpers/captured-log";

const NOTE_TEXT = "This session is about asking for help";
const CONTINUE = "Continue when you&#x27;re ready";
/** a template's own note, with Markdown and with HTML that must never become HTML */
const HOSTILE_NOTE = "We talk about **loss** tonight.\n\n<img src=x onerror=alert(1)> and <script>alert(2)</script> stay text or go.";

async function page(hearth: TestHearth, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${hearth.url}${path}`, { headers, redirect: "manual" });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") };
}

/** The page's HTML up to the flight data Next streams after it: what the browser shows before any script. */
const markup = (html: string) => html.slice(0, html.indexOf("self.__next_f") === -1 ? html.length : html.indexOf("self.__next_f"));

describe("the participant page's first screen", () => {
  let hearth: TestHearth;
  let cookie: string;
  const captured = capturedLog();

  beforeAll(async () => {
    hearth = await startTestHearth({ pages: true, logger: captured.logger });
    ({ cookie } = await hearth.signUp());
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  /** A new session from the built-in template, and a console watching it. */
  async function session() {
    const created = await hearth.createSession(cookie);
    const facilitator = await hearth.connect({ cookie });
    expect((await send(facilitator, "console:watch", { sessionId: created.id })).ok).toBe(true);
    return { ...created, facilitator };
  }

  it("carries an open session's content note and its Continue in the HTML, in the lobby and once running", async () => {
    const s = await session();
    const lobby = await page(hearth, `/s/${s.joinCode}`);
    expect(lobby.status).toBe(200);
    const shown = markup(lobby.html);
    expect(shown).toContain("Before we begin");
    expect(shown).toContain(NOTE_TEXT);
    expect(shown).toContain(CONTINUE);
    // the button works before the scripts: the page's early script and the button's attributes for it
    expect(shown).toContain('data-early="continue"');
    expect(shown).toContain(`data-session-id="${s.id}"`);
    expect(shown).toMatch(/<script>\(function \(\) \{\s+if \(window\.hearthEarlyTaps\)/);
    // the session's own title and support card, placeholders left out
    expect(shown).toContain("Asking for help");
    expect(lobby.html).not.toContain("Add your local");
    // the QR code's address leads there
    expect(await page(hearth, `/j/${s.joinCode}`)).toMatchObject({ status: 307, location: `/s/${s.joinCode}` });

    expect((await send(s.facilitator, "session:start", { sessionId: s.id })).ok).toBe(true);
    expect(markup((await page(hearth, `/s/${s.joinCode}`)).html)).toContain(NOTE_TEXT);
  });

  it("renders the note's text as text, never as HTML", async () => {
    const list = await hearth.fetchJson("/api/templates", { cookie });
    const builtIn = list.body.templates.find((t: { builtIn: boolean }) => t.builtIn);
    const full = await hearth.fetchJson(`/api/templates/${builtIn.id}`, { cookie });
    const content = { ...full.body.template.content, title: "Tuesday group", contentNote: HOSTILE_NOTE };
    const made = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { content } });
    expect(made.status).toBe(201);
    const s = await hearth.createSession(cookie, made.body.template.id);
    const { html } = await page(hearth, `/s/${s.joinCode}`);
    expect(markup(html)).toContain("<strong>loss</strong>");
    // nowhere in the page: not in its markup, not in the data Next streams after it
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert(2)");
    expect(html).not.toContain("onerror=alert(1)>");
  });

  it("shows nothing of a session with a passphrase, a locked one or an ended one before the join", async () => {
    const withWord = await session();
    expect((await send(withWord.facilitator, "session:settings", { sessionId: withWord.id, passphrase: "lantern" })).ok).toBe(true);
    const locked = await session();
    expect((await send(locked.facilitator, "session:lock", { sessionId: locked.id, locked: true })).ok).toBe(true);
    const ended = await session();
    expect((await send(ended.facilitator, "session:start", { sessionId: ended.id })).ok).toBe(true);
    expect((await send(ended.facilitator, "session:end", { sessionId: ended.id })).ok).toBe(true);
    for (const s of [withWord, locked, ended]) {
      const { status, html } = await page(hearth, `/s/${s.joinCode}`);
      expect(status).toBe(200);
      // what a phone showed before issue 19: "Joining…", and nothing of the session
      expect(markup(html)).toContain("Joining…");
      // (the page's messages, which Next sends along, name the note's heading: the markup does not)
      for (const text of ["Before we begin", CONTINUE, 'data-early="continue"']) expect(markup(html), `${s.joinCode}: ${text}`).not.toContain(text);
      for (const text of [NOTE_TEXT, s.id, "Asking for help"]) expect(html, `${s.joinCode}: ${text}`).not.toContain(text);
    }
    // a phone that joined before the lock still gets back in with its token (the socket join, as before)
    const early = await session();
    const phone = await hearth.connect();
    const joined = await send<ParticipantJoined>(phone, "participant:join", { code: early.joinCode });
    expect(joined.ok).toBe(true);
    expect((await send(early.facilitator, "session:lock", { sessionId: early.id, locked: true })).ok).toBe(true);
    expect(markup((await page(hearth, `/s/${early.joinCode}`)).html)).not.toContain(NOTE_TEXT);
    const back = await hearth.connect();
    expect((await send(back, "participant:join", { code: early.joinCode, token: joined.ok ? joined.data.participantToken : "" })).ok).toBe(true);
  });

  it("shows nothing session-specific for an unknown code, and believes no browser's copy of the server's header", async () => {
    const unknown = await page(hearth, "/s/ZZZZZZ");
    expect(unknown.status).toBe(200);
    expect(markup(unknown.html)).toContain("Joining…");
    expect(unknown.html).not.toContain(NOTE_TEXT);
    // a forged first screen sent by the browser itself is dropped by the custom server
    const forged = encodeFirstScreen({ sessionId: "forged", title: "Forged", language: "en", contentNote: "FORGED-NOTE walrus", resources: { title: "x", items: [] } });
    const tried = await page(hearth, "/s/ZZZZZZ", { "x-hearth-first-screen": forged });
    expect(tried.html).not.toContain("FORGED-NOTE");
    expect(markup(tried.html)).not.toContain("Before we begin");
  });

  it("leaves the note out once the phone's note-seen cookie says it continued (a reload), for that session only", async () => {
    const s = await session();
    const other = await session();
    const seen = await page(hearth, `/s/${s.joinCode}`, { cookie: `hearth-lang=en; hearth-note-seen=${s.id}` });
    expect(markup(seen.html)).toContain("Joining…");
    expect(seen.html).not.toContain(NOTE_TEXT);
    expect(markup(seen.html)).not.toContain("Before we begin");
    // another session's cookie (a cookie names its session, and is sent only to that session's page) is not this one's
    expect(markup((await page(hearth, `/s/${s.joinCode}`, { cookie: `hearth-note-seen=${other.id}` })).html)).toContain(NOTE_TEXT);
  });

  it("logs neither the code nor anything of the session", async () => {
    const s = await session();
    await page(hearth, `/s/${s.joinCode}`);
    await page(hearth, "/s/QQQQQQ");
    const log = captured.text();
    for (const text of [s.joinCode, "QQQQQQ", NOTE_TEXT, "loss", "lantern"]) expect(log, text).not.toContain(text);
  });
});

describe("the participant page keeps the join limits", () => {
  let hearth: TestHearth;
  afterAll(async () => {
    await hearth?.stop();
  });

  it("spends a miss for an unknown code, and none of the join attempts; spent misses get nothing session-specific", async () => {
    hearth = await startTestHearth({ pages: true, rateLimits: { joinCodeMissesPerIp: { points: 3, duration: 600 }, joinAttemptsPerIp: { points: 3, duration: 600 } } });
    const { cookie } = await hearth.signUp();
    const s = await hearth.createSession(cookie);
    // the page looked up many times over spends no join attempt: the socket join still goes ahead
    for (let i = 0; i < 5; i++) expect(markup((await page(hearth, `/s/${s.joinCode}`)).html)).toContain(NOTE_TEXT);
    const phone = await hearth.connect();
    expect((await send(phone, "participant:join", { code: s.joinCode })).ok).toBe(true);
    // three wrong codes through the page spend this address's misses ...
    for (const code of ["ZZZZZ2", "ZZZZZ3", "ZZZZZ4"]) expect((await page(hearth, `/s/${code}`)).html).not.toContain(NOTE_TEXT);
    // ... so the right code's page shows nothing of its session any more (not even its language)
    const after = await page(hearth, `/s/${s.joinCode}`);
    expect(after.status).toBe(200);
    expect(after.html).not.toContain(NOTE_TEXT);
    expect(after.html).not.toContain("Asking for help");
    expect(after.html).not.toContain(s.id);
    // and the socket join from the same address is refused too: one budget
    const next = await hearth.connect();
    expect(await send(next, "participant:join", { code: s.joinCode })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
  });
});
