import { describe, expect, it } from "vitest";
import { decisionBatches, MODERATION_BATCH } from "../../../lib/client/moderation-batches";
import { approvableTogether, entryText, heldForCare, shownEntries, type ModerationItem } from "../../../lib/client/moderation-view";
import { MAX_MODERATION_IDS } from "../../../lib/events";

const text = (responseId: string, t: string, status: ModerationItem["status"], mayNeedCare = false): ModerationItem => ({
  kind: "open_text",
  responseId,
  text: t,
  status,
  mayNeedCare,
});
const entries: ModerationItem[] = [
  text("a", "Feeling Calm today", "pending"),
  text("b", "so tired", "pending", true),
  text("c", "calm again", "approved"),
  text("d", "not for the wall", "hidden"),
  { kind: "word_cloud", responseId: "e", words: [], status: "pending" },
  { kind: "open_text", text: "no id yet", status: "pending" },
];

describe("what the moderation panel shows", () => {
  it("filters by status, never listing an entry without an id", () => {
    expect(shownEntries(entries, "pending", "", "(none)").map((e) => e.responseId)).toEqual(["a", "b", "e"]);
    expect(shownEntries(entries, "all", "", "(none)").map((e) => e.responseId)).toEqual(["a", "b", "c", "d", "e"]);
    expect(shownEntries(entries, "hidden", "", "(none)").map((e) => e.responseId)).toEqual(["d"]);
  });

  it("searches the text case-insensitively, trimmed, within the filter", () => {
    expect(shownEntries(entries, "all", "  CALM ", "(none)").map((e) => e.responseId)).toEqual(["a", "c"]);
    expect(shownEntries(entries, "pending", "calm", "(none)").map((e) => e.responseId)).toEqual(["a"]);
    expect(shownEntries(entries, "all", "none", "(none)").map((e) => e.responseId)).toEqual(["e"]);
  });

  it("writes a word-cloud answer as its words, or the stand-in when the filter dropped them all", () => {
    expect(entryText({ kind: "word_cloud", words: ["sun", "rain"], status: "pending" }, "(none)")).toBe("sun, rain");
    expect(entryText({ kind: "word_cloud", words: [], status: "pending" }, "(none)")).toBe("(none)");
  });

  it("approves together only waiting answers the safety net does not hold", () => {
    expect(approvableTogether(shownEntries(entries, "all", "", "")).map((e) => e.responseId)).toEqual(["a", "e"]);
    expect(heldForCare(entries)).toBe(1);
  });
});

describe("moderation decisions as socket messages", () => {
  it("sends only answers with an id, with the versions that were shown", () => {
    expect(decisionBatches([{ responseId: "a", version: "3" }, { responseId: "b" }, {}])).toEqual([{ responseIds: ["a", "b"], versions: { a: "3" } }]);
  });

  it("splits a large decision into batches, each under the socket's limit", () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ responseId: `r${i}` }));
    expect(decisionBatches(many, 2).map((b) => b.responseIds)).toEqual([["r0", "r1"], ["r2", "r3"], ["r4"]]);
    expect(MODERATION_BATCH).toBeLessThanOrEqual(MAX_MODERATION_IDS);
    expect(decisionBatches([])).toEqual([]);
  });
});
