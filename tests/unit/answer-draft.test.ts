// The participant's answer form without a browser: drafts per kind (lib/client/answer-draft.ts), the
// form's transitions (lib/client/answer-form-state.ts) and ranking by taps (lib/client/ranking-order.ts).
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import germanAnswer from "../../messages/de/answer.json";
import { englishAnswerText, type AnswerText } from "../../lib/client/answer-text";
import type { Messages } from "../../lib/i18n/messages";
import { answerErrorMessage, draftFromOwn, draftToValue, emptyDraft, parsePrompt, remainingSpoken, scaleColumns, toggleOption, type Parsed } from "../../lib/client/answer-draft";
import { answerFormReducer, initialAnswerForm } from "../../lib/client/answer-form-state";
import { clearOrder, moveItem, placeItem } from "../../lib/client/ranking-order";
import { LIMITS, type ActivityKind } from "../../lib/activities";
import type { OwnAnswer, PromptView } from "../../lib/events";

const options = [
  { id: "a", label: "Friends" },
  { id: "b", label: "Family" },
  { id: "c", label: "A counsellor" },
];
const prompt = (kind: ActivityKind, config: unknown): PromptView => ({
  id: "p1",
  kind,
  question: "?",
  config,
  state: "open",
  resultsRevealed: false,
  resultsShownOn: "everywhere",
  repeatOfId: null,
});
const parse = (kind: ActivityKind, config: unknown) => parsePrompt(prompt(kind, config))!;
const own = (value: unknown, passed = false): OwnAnswer => ({ promptId: "p1", passed, value: value as OwnAnswer["value"] });

describe("answer drafts", () => {
  it("reads a prompt's configuration, or says it cannot (the form then offers only Pass)", () => {
    expect(parse("scale", { max: 5 })).toEqual({ kind: "scale", config: { max: 5, minLabel: "", maxLabel: "" } });
    expect(parsePrompt(prompt("single_choice", { options: [] }))).toBeNull();
    expect(parsePrompt(prompt("nonsense" as ActivityKind, {}))).toBeNull();
  });

  it("starts each kind empty, with one slot per allowed word", () => {
    expect(emptyDraft(parse("single_choice", { options }))).toEqual({ optionId: null });
    expect(emptyDraft(parse("word_cloud", { maxWords: 3 }))).toEqual({ words: ["", "", ""] });
    expect(emptyDraft(parse("ranking", { options }))).toEqual({ order: [] });
  });

  it("restores a saved answer, dropping options that no longer exist", () => {
    expect(draftFromOwn(parse("multiple_choice", { options }), own({ optionIds: ["a", "gone", "c"] }))).toEqual({ optionIds: ["a", "c"] });
    expect(draftFromOwn(parse("word_cloud", { maxWords: 3 }), own({ words: ["hope"] }))).toEqual({ words: ["hope", "", ""] });
    expect(draftFromOwn(parse("ranking", { options }), own({ order: ["c", "gone", "a"] }))).toEqual({ order: ["c", "a"] });
    expect(draftFromOwn(parse("scale", { max: 5 }), own(null, true))).toEqual({ value: null });
    expect(draftFromOwn(parse("open_text", { maxLength: 100 }), own({ text: 42 }))).toEqual({ text: "" });
  });

  it("turns a draft into the answer the server accepts, or says kindly what is missing", () => {
    expect(draftToValue(parse("single_choice", { options }), { optionId: null })).toEqual({ ok: false, message: "Choose one of the options first, or Pass." });
    expect(draftToValue(parse("single_choice", { options }), { optionId: "b" })).toEqual({ ok: true, value: { optionId: "b" } });
    expect(draftToValue(parse("multiple_choice", { options, maxSelections: 1 }), { optionIds: ["a", "b"] })).toEqual({ ok: false, message: "Choose at most 1." });
    expect(draftToValue(parse("scale", { max: 5 }), { value: 3 })).toEqual({ ok: true, value: { value: 3 } });
    // blank word slots are skipped; a word too long is named by its slot
    expect(draftToValue(parse("word_cloud", { maxWords: 3 }), { words: [" ", "hope", ""] })).toEqual({ ok: true, value: { words: ["hope"] } });
    expect(draftToValue(parse("word_cloud", { maxWords: 2 }), { words: ["ok", "x".repeat(LIMITS.wordLength + 1)] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Word 2 is too long/),
    });
    expect(draftToValue(parse("word_cloud", { maxWords: 2 }), { words: ["", ""] })).toEqual({ ok: false, message: "Write at least one word first, or Pass." });
    expect(draftToValue(parse("open_text", { maxLength: 20 }), { text: "x".repeat(21) })).toMatchObject({ ok: false });
    expect(draftToValue(parse("ranking", { options }), { order: ["a"] })).toEqual({ ok: false, message: "Place all the items (2 still to place) first, or Pass." });
    expect(draftToValue(parse("ranking", { options }), { order: ["a", "b"] })).toEqual({ ok: false, message: "Place the last item first, or Pass." });
  });

  it("keeps the facilitator's order of options whatever order they were ticked in", () => {
    expect(toggleOption(options, ["c"], "a", true)).toEqual(["a", "c"]);
    expect(toggleOption(options, ["a", "c"], "a", false)).toEqual(["c"]);
  });

  it("lays out the scale and says how much room is left only near the limit", () => {
    expect(scaleColumns(5)).toBe(5);
    expect(scaleColumns(10)).toBe(5);
    expect(remainingSpoken(200, 280)).toBe("");
    expect(remainingSpoken(20, 280)).toBe("20 characters left");
    expect(remainingSpoken(-3, 280)).toBe("3 characters too many");
  });

  it("explains a dropped connection rather than the server's 'join first', and any other error by its code", () => {
    const fromCode = (code: string) => `message for ${code}`;
    expect(answerErrorMessage({ code: "UNAUTHENTICATED", message: "Join first" }, englishAnswerText, fromCode)).toMatch(/connection dropped/);
    expect(answerErrorMessage({ code: "RATE_LIMITED", message: "Slow down" }, englishAnswerText, fromCode)).toBe("message for RATE_LIMITED");
    expect(answerErrorMessage(new Error("boom"), englishAnswerText, fromCode)).toMatch(/not saved/);
    expect(answerErrorMessage(undefined, englishAnswerText, fromCode)).toMatch(/not saved/);
  });

  it("says it all in the phone's language when given its messages, and an error by its code, not the server's English", () => {
    const de = createTranslator({ locale: "de", messages: { answer: germanAnswer } as Messages, namespace: "answer" }) as AnswerText;
    expect(draftToValue(parse("single_choice", { options }), { optionId: null }, de)).toEqual({ ok: false, message: "Wähle zuerst eine der Antworten – oder lass die Frage aus." });
    expect(draftToValue(parse("ranking", { options }), { order: ["a"] }, de)).toEqual({
      ok: false,
      message: "Ordne zuerst alle Einträge ein (2 fehlen noch) – oder lass die Frage aus.",
    });
    expect(draftToValue(parse("open_text", { maxLength: 20 }), { text: "x".repeat(21) }, de)).toEqual({
      ok: false,
      message: "Das ist 1 Zeichen zu lang: Bitte bleib bei höchstens 20.",
    });
    expect(draftToValue(parse("open_text", { maxLength: 20 }), { text: "  " }, de)).toMatchObject({ ok: false, message: expect.stringContaining("Auslassen") });
    expect(remainingSpoken(-3, 280, de)).toBe("3 Zeichen zu viel");
    expect(placeItem(options, [], "b", de).spoken).toBe(`Family auf Platz 1 von ${options.length}.`);
    const fromCode = (code: string) => `message for ${code}`;
    expect(answerErrorMessage({ code: "RATE_LIMITED", message: "Slow down" }, de, fromCode)).toBe("message for RATE_LIMITED");
    expect(answerErrorMessage({ code: "UNAUTHENTICATED", message: "Join first" }, de, fromCode)).toMatch(/^Die Verbindung war kurz weg/);
    expect(answerErrorMessage(new Error("boom"), de, fromCode)).toMatch(/^Etwas ist schiefgegangen/);
  });
});

describe("the answer form's transitions", () => {
  const parsed = parse("single_choice", { options }) as Parsed;
  const send = { promptId: "p1", value: { optionId: "a" } };

  it("sends, says it is saved only when the server acknowledged, and closes the form", () => {
    let s = initialAnswerForm(parsed, undefined);
    s = answerFormReducer(s, { type: "draft", draft: { optionId: "a" } });
    s = answerFormReducer(s, { type: "sending", payload: send });
    expect(s).toMatchObject({ pending: "send", error: null, announcement: "", lastAttempt: send });
    s = answerFormReducer(s, { type: "retrying", notice: { code: "OFFLINE", attempt: 1 } as never });
    expect(s.retrying).not.toBeNull();
    s = answerFormReducer(s, { type: "saved", payload: send });
    expect(s).toMatchObject({ pending: null, retrying: null, lastAttempt: null, editing: false, announcement: "saved" });
    expect(s.draft).toEqual({ optionId: "a" });
  });

  it("keeps what was typed and the attempt for 'Try again' when a send fails", () => {
    let s = answerFormReducer(initialAnswerForm(parsed, undefined), { type: "draft", draft: { optionId: "b" } });
    s = answerFormReducer(answerFormReducer(s, { type: "sending", payload: send }), { type: "failed", message: "Not saved" });
    expect(s).toMatchObject({ pending: null, error: "Not saved", lastAttempt: send, draft: { optionId: "b" } });
    // an incomplete answer is said without offering to send it again
    expect(answerFormReducer(s, { type: "incomplete", message: "Choose one" })).toMatchObject({ error: "Choose one", lastAttempt: null });
  });

  it("follows the server's copy: a reset clears the form, a rejoin restores the answer unless it is being changed", () => {
    const saved = own({ optionId: "c" });
    let s = initialAnswerForm(parsed, saved);
    expect(s.draft).toEqual({ optionId: "c" });
    s = answerFormReducer(s, { type: "change" });
    s = answerFormReducer(s, { type: "draft", draft: { optionId: "a" } });
    expect(answerFormReducer(s, { type: "ownChanged", parsed, own: own({ optionId: "b" }) })).toBe(s);
    const reset = answerFormReducer(s, { type: "ownChanged", parsed, own: undefined });
    expect(reset).toMatchObject({ draft: { optionId: null }, editing: false, error: null });
    const kept = answerFormReducer(s, { type: "keepSaved", parsed, own: saved });
    expect(kept).toMatchObject({ draft: { optionId: "c" }, editing: false });
    const notEditing = initialAnswerForm(parsed, saved);
    expect(answerFormReducer(notEditing, { type: "ownChanged", parsed, own: own({ optionId: "b" }) }).draft).toEqual({ optionId: "b" });
  });

  it("says a pass was saved as a pass", () => {
    const s = answerFormReducer(initialAnswerForm(parsed, undefined), { type: "saved", payload: { promptId: "p1", pass: true } });
    expect(s.announcement).toBe("passed");
  });
});

describe("ranking by taps", () => {
  it("places items in order, keeping focus in the pool until the last", () => {
    const first = placeItem(options, [], "b");
    expect(first).toEqual({ order: ["b"], spoken: "Family placed at position 1 of 3.", focus: "pool:c" });
    const second = placeItem(options, ["b"], "c");
    expect(second.focus).toBe("pool:a"); // the last one left
    const last = placeItem(options, ["b", "c"], "a");
    expect(last).toEqual({ order: ["b", "c", "a"], spoken: "Friends placed at position 3 of 3. All items placed.", focus: "up:a" });
  });

  it("moves an item, with focus on the arrow that still works at either end", () => {
    expect(moveItem(options, ["a", "b", "c"], 1, -1)).toEqual({ order: ["b", "a", "c"], spoken: "Family moved to position 1 of 3.", focus: "down:b" });
    expect(moveItem(options, ["a", "b", "c"], 0, 1)).toEqual({ order: ["b", "a", "c"], spoken: "Friends moved to position 2 of 3.", focus: "down:a" });
    expect(moveItem(options, ["a", "b", "c"], 0, -1)).toBeNull();
    expect(moveItem(options, ["a", "b", "c"], 2, 1)).toBeNull();
  });

  it("starts over with focus on the first item", () => {
    expect(clearOrder(options)).toEqual({ order: [], spoken: "Order cleared. Tap the items again, most important first.", focus: "pool:a" });
  });
});
