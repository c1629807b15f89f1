// Cleaning text that participants type (open-text answers, word-cloud words)
// before it is validated, stored and shown to the room.
//
// Participant text ends up on a projector in front of a group, so it must not
// be able to break the page around it: no control characters, no bidi
// overrides that flip the rest of a line, no invisible padding that makes an
// answer look empty or two answers look different, no "Zalgo" stacks of
// combining marks spilling over neighbouring lines. Everything a person can
// meaningfully write — any script, emoji (including ZWJ sequences and flags),
// line breaks where allowed — survives.

export interface CleanUserTextOptions {
  /**
   * Longest accepted text, counted in UTF-16 code units (`string.length`):
   * the same unit as zod's `.max()` in lib/activities.ts and as the HTML
   * `maxlength` attribute, so the browser, this check and the schema agree.
   */
  maxLength: number;
  /** Keep line breaks (open text). When false every line break becomes a space. */
  multiline?: boolean;
}

export type UserTextErrorCode = "TEXT_EMPTY" | "TEXT_TOO_LONG";
/** `over`: for TEXT_TOO_LONG, how many characters too many (so a page can say it in its own language) */
export type CleanUserTextResult = { ok: true; text: string } | { ok: false; code: UserTextErrorCode; message: string; over?: number };

// Unpaired UTF-16 surrogates cannot be encoded as UTF-8 (databases and JSON
// encoders reject or mangle them); replaced with U+FFFD like TextEncoder does.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks of every kind, made into "\n" (or a space) before anything else.
const LINE_BREAK = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;
// C0 and C1 controls and DEL (tab and newline were handled before).
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Bidi embeddings, overrides and isolates: an unterminated U+202E reverses
// the rest of the line on the projector, and they can disguise text
// ("Trojan Source"). The non-spilling marks LRM/RLM/ALM are kept for RTL text.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
// Invisible characters with no use in a short answer: soft hyphen, zero-width
// space, word joiner, invisible math operators, Mongolian vowel separator,
// BOM / zero-width no-break space, interlinear annotation marks, and
// noncharacters.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]/g;
// Tag characters (U+E0020–E007F) are invisible ASCII look-alikes used to hide
// text; their one legitimate use is inside a subdivision flag (🏴 + tags + U+E007F).
const FLAG_TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/u;
const TAG_CHARACTERS = /[\u{E0000}-\u{E007F}]/gu;
const HAS_TAG_CHARACTER = /[\u{E0000}-\u{E007F}]/u;
// ZWJ/ZWNJ join emoji and shape Persian/Indic text, one at a time and only
// between two characters. Runs collapse to one; at either end they are dropped.
const JOINER_RUN = /([\u200C\u200D])[\u200C\u200D]+/g;
// Real text stacks at most a few combining marks on one letter (Vietnamese,
// Hebrew cantillation, Devanagari); more than this is Zalgo.
const MAX_COMBINING_MARKS = 4;
const COMBINING_RUN = new RegExp(`(\\p{M}{${MAX_COMBINING_MARKS}})\\p{M}+`, "gu");
// A text made only of these has nothing visible in it: whitespace, marks with
// no letter, format characters, and the blank-looking letters used to fake an
// empty answer (Hangul fillers, Braille blank).
const NOTHING_VISIBLE = /^[\s\p{M}\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]*$/u;

/**
 * Clean participant-supplied text and check its length.
 *
 * In order: lone surrogates → U+FFFD; NFC normalisation; line breaks unified
 * to "\n" (or a space when not `multiline`), tabs to spaces; control, bidi
 * override/isolate, invisible and stray tag characters removed; ZWJ/ZWNJ runs
 * collapsed; combining-mark runs capped at 4; runs of spaces collapsed to one
 * and each line trimmed; at most one blank line in a row; the whole trimmed.
 *
 * Text with nothing visible left is TEXT_EMPTY. Text longer than `maxLength`
 * after cleaning is TEXT_TOO_LONG — never truncated, so what a person wrote is
 * never silently cut.
 */
export function cleanUserText(raw: string, options: CleanUserTextOptions): CleanUserTextResult {
  const text = typeof raw === "string" ? cleanText(raw, options.multiline ?? false) : "";
  if (NOTHING_VISIBLE.test(text)) {
    return { ok: false, code: "TEXT_EMPTY", message: "Write something first, or choose Pass to skip this one." };
  }
  if (text.length > options.maxLength) {
    const over = text.length - options.maxLength;
    return {
      ok: false,
      code: "TEXT_TOO_LONG",
      over,
      message: `That is ${over} character${over === 1 ? "" : "s"} too long: please keep it to ${options.maxLength} or fewer.`,
    };
  }
  return { ok: true, text };
}

function cleanText(raw: string, multiline: boolean): string {
  let text = raw.replace(LONE_SURROGATE, "\uFFFD").normalize("NFC");
  text = text.replace(LINE_BREAK, multiline ? "\n" : " ").replace(/\t/g, " ");
  text = text.replace(CONTROL, "").replace(BIDI_CONTROL, "").replace(INVISIBLE, "");
  text = keepFlagTagsOnly(text);
  text = text.replace(JOINER_RUN, "$1").replace(COMBINING_RUN, "$1");
  // Every whitespace except "\n" (NBSP, ideographic space, en spaces...) → one space.
  text = text.replace(/[^\S\n]+/gu, " ");
  text = text
    .split("\n")
    .map((line) => trimJoiners(line.trim()))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
  return trimJoiners(text.trim());
}

function keepFlagTagsOnly(text: string): string {
  if (!HAS_TAG_CHARACTER.test(text)) return text;
  // Split out valid flag sequences, strip tags from everything between them.
  let out = "";
  let rest = text;
  for (let m = FLAG_TAG_SEQUENCE.exec(rest); m !== null; m = FLAG_TAG_SEQUENCE.exec(rest)) {
    out += rest.slice(0, m.index).replace(TAG_CHARACTERS, "") + m[0];
    rest = rest.slice(m.index + m[0].length);
  }
  return out + rest.replace(TAG_CHARACTERS, "");
}

// Joiners at the edges join nothing; removing them may expose a space, so
// both go together.
function trimJoiners(text: string): string {
  return text.replace(/^[\u200C\u200D\s]+|[\u200C\u200D\s]+$/g, "");
}

// ---------------------------------------------------------------------------
// Facilitator-written text (titles, questions, options, step bodies, notes,
// resources) reaches every phone and the projector just like participant text,
// so the characters that can break a page or disguise text go the same way.
// Unlike cleanUserText, spacing is left alone (a step body is Markdown, where
// indentation and line breaks mean something) and nothing is refused here:
// the schema around it checks emptiness and length on the cleaned text.

/**
 * Lone surrogates → U+FFFD (they cannot be stored as UTF-8), NFC, every line
 * break made "\n" (or a space when not `multiline`), and control, bidi
 * override/isolate, invisible and stray tag characters removed.
 */
export function cleanFacilitatorText(raw: string, multiline: boolean): string {
  let text = raw.replace(LONE_SURROGATE, "\uFFFD").normalize("NFC");
  text = text.replace(LINE_BREAK, multiline ? "\n" : " ");
  if (!multiline) text = text.replace(/\t/g, " ");
  text = text.replace(CONTROL, "").replace(BIDI_CONTROL, "").replace(INVISIBLE, "");
  return keepFlagTagsOnly(text);
}
