import { describe, expect, it } from "vitest";
import { REACTIONS, REACTION_KINDS, describeReactionCount, reactionKindSchema } from "../../lib/reactions";
import { aggregateReactions, emptyReactionCounts } from "../../lib/aggregation";

describe("reaction kinds", () => {
  it("are exactly three, each with a label and an emoji-free accessible label", () => {
    expect(REACTION_KINDS).toEqual(["resonates", "support", "thinking"]);
    expect(REACTIONS.resonates.label).toBe("This resonates");
    expect(REACTIONS.support.label).toBe("Sending support");
    expect(REACTIONS.thinking.label).toBe("Made me think");
    for (const kind of REACTION_KINDS) {
      const { label, accessibleLabel } = REACTIONS[kind];
      expect(label.length).toBeGreaterThan(0);
      expect(accessibleLabel).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(label).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it("validate with the schema", () => {
    expect(reactionKindSchema.safeParse("support").success).toBe(true);
    expect(reactionKindSchema.safeParse("like").success).toBe(false);
  });

  it("describe counts for screen readers", () => {
    expect(describeReactionCount("resonates", 1)).toBe("This resonates: 1 reaction");
    expect(describeReactionCount("support", 3)).toBe("Sending support: 3 reactions");
    expect(describeReactionCount("thinking", 0)).toBe("Made me think: 0 reactions");
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
