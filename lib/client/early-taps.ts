// The participant page's early script: a few lines inline in the page's HTML
// (components/participant-session.tsx renders them first in the page), so the buttons the server
// rendered work before React's scripts have arrived, on a phone on slow Wi-Fi (issue 19). React does
// not replay a tap made before it ran; this script takes it instead:
//
//   "Continue when you're ready" (the content note)  remembers the note as seen (the tab's storage
//        and the session's note-seen cookie, as lib/client/note-seen.ts does), hides the note and
//        shows the "Joining…" screen rendered beside it (CSS: [data-note-continued] on the shell),
//        moves focus there, and tells React (NOTE_CONTINUED_EVENT), which takes over when it runs;
//   "Leave quickly", and Escape twice                 what components/quick-exit.tsx does: erases this
//        session's keys from both storages and the note-seen cookie, and replaces the page;
//   "Support" and its "Close"                        opens and closes the support card's dialog.
//
// A button takes part while it carries data-early (EARLY_ATTRIBUTE): the components render it only
// until React has hydrated them (lib/client/use-hydrated.ts), so from then on React alone handles it.
// Every action is one React would also do, and doing one twice changes nothing.
//
// The script is a constant (no user text, no session data: what it needs it reads from the buttons'
// attributes), written by hand in the JavaScript every phone browser runs, and never uses the
// characters "<" or "</": React writes it into the page as it is (the Content-Security-Policy allows
// inline scripts, server/security/headers.ts). It runs once per page load.
import { NOTE_SEEN_COOKIE } from "../participant-first-screen";
import { PARTICIPANT_PREFIX, storageKeys } from "./storage-keys";

/** Two presses of Escape within this long leave (here and in components/quick-exit.tsx). */
export const DOUBLE_ESCAPE_MS = 1500;

/** The attribute a server-rendered button carries while the early script handles it. */
export const EARLY_ATTRIBUTE = "data-early";

export type EarlyAction = "continue" | "leave" | "support" | "close";

/** Fired on window when the note was continued by the early script (React listens: use-remembered-session.ts). */
export const NOTE_CONTINUED_EVENT = "hearth:note-continued";

/** On the page's shell once the note was continued early; the shell's CSS then shows the screen after it. */
export const NOTE_CONTINUED_ATTRIBUTE = "data-note-continued";

/** Whether the early script took a tap on the note's "Continue" on this page (even where storage and cookies are refused). */
export function continuedEarly(): boolean {
  return typeof document !== "undefined" && document.querySelector(`[data-participant-shell][${NOTE_CONTINUED_ATTRIBUTE}]`) !== null;
}

/** The attributes a server-rendered button carries for the early script, or none once React handles it. */
export function earlyAttributes(hydrated: boolean, action: EarlyAction, data: Record<string, string | undefined> = {}): Record<string, string> {
  if (hydrated) return {};
  const attributes: Record<string, string> = { [EARLY_ATTRIBUTE]: action };
  for (const [name, value] of Object.entries(data)) if (value !== undefined) attributes[`data-${name}`] = value;
  return attributes;
}

/** storageKeys.contentNoteSeen(code, id) is this + CODE + "." + id */
const noteSeenKeyPrefix = storageKeys.contentNoteSeen("", "").slice(0, -1);

export const EARLY_TAPS_SCRIPT = `(function () {
  if (window.hearthEarlyTaps) return;
  window.hearthEarlyTaps = 1;
  var d = document;
  function attr(el, name) { return el.getAttribute(name) || ""; }
  function store(name) { try { return window[name]; } catch (e) { return null; } }
  function cookie(code, value) {
    d.cookie = "${NOTE_SEEN_COOKIE}=" + value + "; Path=/s/" + code.toUpperCase() + "; SameSite=Lax" +
      (location.protocol === "https:" ? "; Secure" : "") + (value ? "" : "; Max-Age=0");
  }
  function cont(b) {
    var code = attr(b, "data-code"), id = attr(b, "data-session-id");
    if (!code || !id) return;
    var s = store("sessionStorage");
    try { if (s) s.setItem("${noteSeenKeyPrefix}" + code.toUpperCase() + "." + id, "1"); } catch (e) {}
    try { cookie(code, id); } catch (e) {}
    var shell = b.closest("[data-participant-shell]");
    if (!shell) return;
    shell.setAttribute("${NOTE_CONTINUED_ATTRIBUTE}", "");
    var next = shell.querySelector("[data-early-next] h1");
    if (next) next.focus();
    window.dispatchEvent(new Event("${NOTE_CONTINUED_EVENT}"));
  }
  function leave(b) {
    var code = attr(b, "data-code").toUpperCase(), id = attr(b, "data-session-id");
    [store("localStorage"), store("sessionStorage")].forEach(function (s) {
      if (!s) return;
      try {
        var keys = [];
        for (var i = 0; s.length > i; i++) {
          var k = s.key(i);
          if (k && k.indexOf("${PARTICIPANT_PREFIX}") === 0 && ((code && k.toUpperCase().indexOf(code) !== -1) || (id && k.indexOf(id) !== -1))) keys.push(k);
        }
        keys.forEach(function (k) { s.removeItem(k); });
      } catch (e) {}
    });
    try { if (code) cookie(code, ""); } catch (e) {}
    location.replace(attr(b, "data-exit-url") || "about:blank");
  }
  d.addEventListener("click", function (e) {
    var t = e.target;
    if (t && t.hasAttribute && t.hasAttribute("data-early-dialog")) { if (t.open) t.close(); return; }
    var b = t && t.closest ? t.closest("[${EARLY_ATTRIBUTE}]") : null;
    if (!b) return;
    var action = attr(b, "${EARLY_ATTRIBUTE}"), dialog;
    if (action === "continue") cont(b);
    else if (action === "leave") leave(b);
    else if (action === "support") {
      dialog = b.nextElementSibling;
      if (dialog && dialog.showModal && !dialog.open) {
        dialog.showModal();
        var close = dialog.querySelector("[${EARLY_ATTRIBUTE}=close]");
        if (close) close.focus();
      }
    } else if (action === "close") {
      dialog = b.closest("dialog");
      if (dialog && dialog.open) dialog.close();
    }
  }, true);
  var lastEscape = 0;
  d.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    var b = d.querySelector("[${EARLY_ATTRIBUTE}=leave]");
    if (!b) return;
    var now = Date.now();
    if (${DOUBLE_ESCAPE_MS} > now - lastEscape) leave(b);
    else lastEscape = now;
  }, true);
})();`;
