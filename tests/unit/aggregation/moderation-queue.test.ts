import { describe, expect, it } from "vitest";
import { moderationQueue, type ModerationQueueEntry } from "../../../lib/aggregation";
import { answer, openText, pass, singleChoice, wordCloud } from "./fixtures";

describe("moderation queue (open text)", () => {
  const responses = [
    answer({ text: "approved one" }, "a", { id: "r1", moderation: "approved" }),
    answer({ text: "waiting" }, "b", { id: "r2", moderation: "pending" }),
    answer({ text: "no decision yet" }, "c", { id: "r3" }),
    answer({ text: "this is shit" }, "d", { id: "r4", moderation: "hidden" }),
    pass("e"),
  ];

  it("lists every answer with its status, pending first, then approved, then hidden", () => {
    const queue = moderationQueue(openText, responses, 3);
    expect(queue).toMatchObject({
      promptId: openText.id,
      kind: "open_text",
      answerCount: 4,
      threshold: 3,
      suppressed: false,
      counts: { pending: 2, approved: 1, hidden: 1 },
    });
    expect(queue.entries.map((e) => e.status)).toEqual(["pending", "pending", "approved", "hidden"]);
    expect(queue.entries).toEqual(
      expect.arrayContaining<ModerationQueueEntry>([
        { kind: "open_text", responseId: "r1", status: "approved", text: "approved one", flagged: false },
        { kind: "open_text", responseId: "r2", status: "pending", text: "waiting", flagged: false },
        { kind: "open_text", responseId: "r3", status: "pending", text: "no decision yet", flagged: false },
        { kind: "open_text", responseId: "r4", status: "hidden", text: "this is shit", flagged: true },
      ]),
    );
  });

  it("respects the threshold: below k, only the answer count", () => {
    const queue = moderationQueue(openText, responses.slice(0, 2), 3);
    expect(queue).toEqual({
      promptId: openText.id,
      kind: "open_text",
      answerCount: 2,
      threshold: 3,
      suppressed: true,
      counts: null,
      entries: [],
    });
  });

  it("never includes participant ids", () => {
    expect(JSON.stringify(moderationQueue(openText, responses, 1))).not.toMatch(/"participantId"/);
  });

  it("rejects kinds that are not moderated", () => {
    expect(() => moderationQueue(singleChoice as never, [], 1)).toThrow(TypeError);
  });

  it("fails closed on a bad threshold", () => {
    expect(() => moderationQueue(openText, responses, Number.NaN)).toThrow(RangeError);
  });
});

describe("moderation queue (word cloud)", () => {
  it("shows each response's counted words and how many the filter dropped", () => {
    const responses = [
      answer({ words: ["Hopes", "fuck"] }, "a", { id: "w1" }),
      answer({ words: ["calm"] }, "b", { id: "w2", moderation: "hidden" }),
      answer({ words: ["relief", "Relief"] }, "c", { id: "w3", moderation: "approved" }),
    ];
    const queue = moderationQueue(wordCloud, responses, 3);
    expect(queue.counts).toEqual({ pending: 1, approved: 1, hidden: 1 });
    expect(queue.entries).toEqual([
      { kind: "word_cloud", responseId: "w1", status: "pending", words: ["hope"], filteredCount: 1 },
      { kind: "word_cloud", responseId: "w3", status: "approved", words: ["relief"], filteredCount: 0 },
      { kind: "word_cloud", responseId: "w2", status: "hidden", words: ["calm"], filteredCount: 0 },
    ]);
  });

  it("is suppressed below the threshold too", () => {
    const queue = moderationQueue(wordCloud, [answer({ words: ["x"] }), pass(), pass(), pass()], 3);
    expect(queue).toMatchObject({ answerCount: 1, suppressed: true, counts: null, entries: [] });
  });
});
