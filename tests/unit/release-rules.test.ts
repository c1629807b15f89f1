// A release asked for while another of the same prompt is being stored is not
// dropped: the one storing looks again when it is done (found in the cluster
// suite: a decision made during a store reached a process's wall late).
import { describe, expect, it } from "vitest";
import type { Release } from "../../lib/aggregation/release";
import type { Repositories } from "../../server/repositories";
import type { PromptRecord } from "../../server/repositories/session-repository";
import type { LiveSession } from "../../server/services/live-session";
import { createReleaseRules } from "../../server/services/release-rules";

function fixture() {
  const prompt = { id: "p1", releaseGeneration: 0, release: null } as unknown as PromptRecord;
  // what is due: changed by the test between calls, as answers and decisions change it
  let due: { shownCount: number } | null = { shownCount: 3 };
  let releaseSaved: () => void = () => undefined;
  const saves: number[] = [];
  const session = {
    releaseCandidate: (p: PromptRecord) =>
      due ? ({ generation: p.releaseGeneration + 1, result: null, shownCount: due.shownCount, fingerprints: {} } as unknown as Release) : null,
    adoptRelease: (p: PromptRecord, generation: number, release: Release) => {
      p.releaseGeneration = generation;
      p.release = release;
      // what was due is released (a newer due one stays due)
      if (due?.shownCount === release.shownCount) due = null;
      return true;
    },
  } as unknown as LiveSession;
  const repositories = {
    sessions: {
      // the first store waits until the test lets it finish
      saveRelease: (_promptId: string, _expected: number, release: Release) => {
        saves.push(release.shownCount);
        if (saves.length > 1) return Promise.resolve(true);
        return new Promise<boolean>((resolve) => (releaseSaved = () => resolve(true)));
      },
      readRelease: async () => null,
    },
  } as unknown as Repositories;
  return {
    rules: createReleaseRules({ repositories }),
    session,
    prompt,
    saves,
    setDue: (shownCount: number) => (due = { shownCount }),
    finishFirstSave: () => releaseSaved(),
  };
}

describe("release rules", () => {
  it("stores what became due while an earlier release was being stored, in the same call", async () => {
    const { rules, session, prompt, saves, setDue, finishFirstSave } = fixture();
    const first = rules.releaseIfDue(session, prompt);
    await Promise.resolve();
    // a decision lands while the first store is on its way: a new release is due
    setDue(2);
    expect(await rules.releaseIfDue(session, prompt)).toBe(false); // the store in flight takes it
    finishFirstSave();
    expect(await first).toBe(true);
    expect(saves).toEqual([3, 2]);
    expect(prompt.releaseGeneration).toBe(2);
    expect((prompt.release as Release).shownCount).toBe(2);
  });

  it("stores nothing when nothing is due", async () => {
    const { rules, session, prompt, saves, finishFirstSave } = fixture();
    const first = rules.releaseIfDue(session, prompt);
    finishFirstSave();
    await Promise.resolve();
    expect(await first).toBe(true);
    expect(await rules.releaseIfDue(session, prompt)).toBe(false);
    expect(saves).toEqual([3]);
  });
});
