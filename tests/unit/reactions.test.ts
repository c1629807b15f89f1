import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reactionKindSchema } from "../../lib/events";
import { isReactionKind, REACTION_KINDS } from "../../lib/reactions";
import { aggregateReactions, emptyReactionCounts } from "../../lib/aggregation";

const messagesDir = path.join(import.meta.dirname, "../../messages");

describe("reaction kinds", () => {
  it("are exactly three, each with emoji-free words for the phone's button and the counts on the projector and console, in every language", () => {
    expect(REACTION_KINDS).toEqual(["resonates", "support", "thinking"]);
    for (const locale of readdirSync(messagesDir)) {
      const read = (ns: string) => JSON.parse(readFileSync(path.join(messagesDir, locale, `${ns}.json`), "utf8")).reactions as Record<string, string>;
      const [phone, projector, console_] = [read("participant"), read("projector"), read("console")];
      for (const kind of REACTION_KINDS)
        for (const [where, words] of [
          ["participant", phone[kind]],
          ["projector", projector[kind]],
          ["console", console_[kind]],
        ]) {
          expect(words, `${locale} ${where}.reactions.${kind}`).toMatch(/\p{L}{2,}/u);
          expect(words).not.toMatch(/\p{Extended_Pictographic}/u);
        }
    }
    expect(REACTION_KINDS.filter(isReactionKind)).toEqual([...REACTION_KINDS]);
    expect(["like", "__proto__", "toString"].some(isReactionKind)).toBe(false);
  });

  it("validate with the schema", () => {
    expect(reactionKindSchema.safeParse("support").success).toBe(true);
    expect(reactionKindSchema.safeParse("like").success).toBe(false);
  });
});

describe("aggregateReactions", () => {
  it("counts every kind, zeros included", () => {
    expect(aggregateReactions([])).toEqual({ resonates: 0, support: 0, thinking: 0 });
    expect(aggregateReactions([{ kind: "resonates" }, { kind: "support" }, { kind: "resonates" }])).toEqual({
      resonates: 2,
      support: 1,
      thinking: 0,
    });
  });

  it("applies no threshold: a single reaction is shown", () => {
    expect(aggregateReactions([{ kind: "thinking" }]).thinking).toBe(1);
  });

  it("ignores unknown kinds, including prototype names", () => {
    expect(aggregateReactions([{ kind: "like" }, { kind: "__proto__" }, { kind: "toString" }, { kind: "support" }])).toEqual({
      resonates: 0,
      support: 1,
      thinking: 0,
    });
  });

  it("counts a participant once per kind when participant ids are given", () => {
    const counts = aggregateReactions([
      { kind: "support", participantId: "p1" },
      { kind: "support", participantId: "p1" },
      { kind: "resonates", participantId: "p1" },
      { kind: "support", participantId: "p2" },
      { kind: "support" },
      { kind: "support" },
    ]);
    expect(counts).toEqual({ resonates: 1, support: 4, thinking: 0 });
  });

  it("does not confuse ids that would collide when naively joined", () => {
    const counts = aggregateReactions([
      { kind: "support", participantId: "a:support" },
      { kind: "support", participantId: "a" },
    ]);
    expect(counts.support).toBe(2);
  });

  it("accepts any iterable and returns a fresh object each time", () => {
    function* taps() {
      yield { kind: "resonates" };
      yield { kind: "resonates" };
    }
    expect(aggregateReactions(taps()).resonates).toBe(2);
    const a = emptyReactionCounts();
    a.support = 5;
    expect(emptyReactionCounts().support).toBe(0);
  });
});
