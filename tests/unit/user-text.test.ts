import { describe, expect, it } from "vitest";
import { cleanUserText, type CleanUserTextResult } from "../../lib/user-text";

const single = (raw: string, maxLength = 500) => cleanUserText(raw, { maxLength });
const multi = (raw: string, maxLength = 500) => cleanUserText(raw, { maxLength, multiline: true });
const textOf = (r: CleanUserTextResult) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.text;
};

describe("cleanUserText: what survives", () => {
  it("keeps ordinary text", () => {
    expect(single("I tell myself I should cope alone.")).toEqual({ ok: true, text: "I tell myself I should cope alone." });
  });

  it("keeps every script and emoji, including ZWJ sequences, skin tones and flags", () => {
    for (const s of [
      "Ich schäme mich",
      "أنا بخير",
      "मुझे मदद चाहिए",
      "我很好",
      "Tiếng Việt có dấu",
      "👨‍👩‍👧‍👦 family",
      "👍🏽 ok",
      "❤️‍🩹 healing",
      "🏳️‍🌈",
      "🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland",
      "می‌خواهم", // Persian with ZWNJ
    ]) {
      expect(textOf(single(s)), s).toBe(s.normalize("NFC"));
    }
  });

  it("NFC-normalises", () => {
    expect(textOf(single("cafe\u0301"))).toBe("caf\u00e9");
  });

  it("trims and collapses runs of spaces, including unusual spaces", () => {
    expect(textOf(single("  too   many    spaces  "))).toBe("too many spaces");
    expect(textOf(single("a\u00A0\u00A0b\u3000c\u2003d"))).toBe("a b c d");
    expect(textOf(single("tab\tseparated"))).toBe("tab separated");
  });
});

describe("cleanUserText: line breaks", () => {
  it("turns line breaks into spaces when not multiline", () => {
    expect(textOf(single("one\ntwo\r\nthree\rfour"))).toBe("one two three four");
    expect(textOf(single("one\u2028two\u2029three"))).toBe("one two three");
  });

  it("keeps line breaks when multiline, unified to \\n", () => {
    expect(textOf(multi("one\r\ntwo\rthree\nfour"))).toBe("one\ntwo\nthree\nfour");
    expect(textOf(multi("one\u2028two"))).toBe("one\ntwo");
  });

  it("allows at most one blank line in a row and trims each line", () => {
    expect(textOf(multi("para one  \n\n\n\n   para two"))).toBe("para one\n\npara two");
    expect(textOf(multi("\n\n  text  \n\n"))).toBe("text");
    expect(textOf(multi("a \n b"))).toBe("a\nb");
  });
});

describe("cleanUserText: what is removed", () => {
  it("removes control characters", () => {
    expect(textOf(single("bell\u0007 null\u0000 esc\u001B[31m del\u007F c1\u0085\u009B"))).toBe("bell null esc[31m del c1");
    expect(textOf(multi("a\u000Bb"))).toBe("a\nb"); // vertical tab is a line break
  });

  it("removes bidi embeddings, overrides and isolates", () => {
    expect(textOf(single("abc\u202Edef"))).toBe("abcdef");
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(textOf(single(`x${String.fromCodePoint(cp)}y`))).toBe("xy");
    }
  });

  it("keeps the non-spilling direction marks used in RTL text", () => {
    expect(textOf(single("abc\u200Fdef"))).toBe("abc\u200Fdef");
  });

  it("removes zero-width and other invisible characters", () => {
    expect(textOf(single("ze\u200Bro\u2060wid\uFEFFth\u00ADs"))).toBe("zerowidths");
  });

  it("collapses runs of joiners and drops joiners at the edges", () => {
    expect(textOf(single("a\u200D\u200D\u200Db"))).toBe("a\u200Db");
    expect(textOf(single("\u200Dhello\u200D"))).toBe("hello");
    expect(textOf(single("\u200D hello"))).toBe("hello");
  });

  it("replaces lone surrogates with U+FFFD", () => {
    expect(textOf(single("bad\uD800text"))).toBe("bad\uFFFDtext");
    expect(textOf(single("bad\uDC00text"))).toBe("bad\uFFFDtext");
    expect(textOf(single("end\uD83D"))).toBe("end\uFFFD");
    expect(textOf(single("ok 😀"))).toBe("ok 😀");
  });

  it("removes hidden tag characters outside flag sequences", () => {
    const hidden = [..."ignore this"].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join("");
    expect(textOf(single(`visible${hidden} text`))).toBe("visible text");
    const flag = "🏴󠁧󠁢󠁷󠁬󠁳󠁿";
    expect(textOf(single(`${hidden}${flag}${hidden} Wales`))).toBe(`${flag} Wales`);
  });

  it("caps stacks of combining marks (Zalgo) at 4", () => {
    const zalgo = "Z" + "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309" + "a";
    expect(textOf(single(zalgo))).toBe("Z\u0300\u0301\u0302\u0303a");
  });
});

describe("cleanUserText: errors", () => {
  it.each(["", "   ", "\n\n", "\u200B\u200B", "\u202E", "\u3164", "\u2800\u2800", "\u200D", "\u0301\u0301"])("rejects %j as empty", (raw) => {
    const r = single(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("TEXT_EMPTY");
      expect(r.message).toMatch(/write something/i);
    }
  });

  it("treats a non-string as empty", () => {
    expect(single(undefined as unknown as string)).toMatchObject({ ok: false, code: "TEXT_EMPTY" });
  });

  it("rejects text over maxLength after cleaning, never truncating", () => {
    expect(single("x".repeat(10), 10)).toEqual({ ok: true, text: "x".repeat(10) });
    const r = single("x".repeat(13), 10);
    expect(r).toEqual({
      ok: false,
      code: "TEXT_TOO_LONG",
      // how many too many, so a page can say it in its own language (lib/client/answer-draft.ts)
      over: 3,
      message: "That is 3 characters too long: please keep it to 10 or fewer.",
    });
    expect(single("x".repeat(11), 10)).toMatchObject({ message: "That is 1 character too long: please keep it to 10 or fewer." });
  });

  it("measures length after cleaning, so removed spacing does not count", () => {
    expect(single(`   ${"x".repeat(10)}   `, 10)).toEqual({ ok: true, text: "x".repeat(10) });
    expect(single("a     b", 3)).toEqual({ ok: true, text: "a b" });
  });

  it("counts length in UTF-16 code units, like zod and HTML maxlength", () => {
    expect(single("😀😀", 4).ok).toBe(true);
    expect(single("😀😀😀", 4)).toMatchObject({ ok: false, code: "TEXT_TOO_LONG" });
  });
});

describe("cleanUserText: idempotence", () => {
  it("cleaning clean text changes nothing", () => {
    const samples = ["  hello\u202E  world ", "a\r\n\r\n\r\nb", "Z\u0300\u0301\u0302\u0303\u0304\u0305", "x\u200D\u200Dy", "café\u200B"];
    for (const s of samples) {
      for (const multiline of [false, true]) {
        const once = textOf(cleanUserText(s, { maxLength: 500, multiline }));
        expect(textOf(cleanUserText(once, { maxLength: 500, multiline }))).toBe(once);
      }
    }
  });
});
