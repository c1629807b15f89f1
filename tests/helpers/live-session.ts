// A LiveSession (server/services/live-session.ts) built in memory, for unit
// tests of what is applied to it and what is sent from it.
import type { SessionRecord, StepRecord } from "../../server/repositories/session-repository";
import { LiveSession } from "../../server/services/live-session";

/** A live session of one single-choice step ("st1", prompt "p1"), built in memory: no database. */
export function liveSessionFixture(options: { state?: "idle" | "open" | "closed"; resultsRevealed?: boolean } = {}) {
  const record: SessionRecord = {
    id: "s1",
    ownerId: "f1",
    templateId: null,
    title: "T",
    joinCode: "ABCDEF",
    status: "running",
    locked: false,
    anonymityThreshold: 1,
    currentStepIndex: 0,
    language: "en",
    contentNote: "",
    resources: { title: "", items: [] } as never,
    safetyNetPhrases: [],
    pauseRequests: 0,
    timerStartedAt: null,
    timerElapsedMs: 0,
    timerDurationMs: 0,
    createdAt: new Date(0),
    startedAt: new Date(0),
    endedAt: null,
    hideCounts: null,
    retentionDays: null,
    passphraseHash: null,
    responsesDeletedAt: null,
  };
  const steps = (state: "idle" | "open" | "closed", resultsRevealed: boolean): StepRecord[] => [
    {
      id: "st1",
      position: 0,
      title: "Q",
      body: "",
      contentNote: "",
      facilitatorNotes: "",
      reactionsEnabled: true,
      image: null,
      prompt: {
        id: "p1",
        stepId: "st1",
        kind: "single_choice",
        question: "?",
        releaseGeneration: 0,
        release: null,
        config: {
          options: [
            { id: "o1", label: "One" },
            { id: "o2", label: "Two" },
          ],
        },
        repeatOfId: null,
        state,
        resultsRevealed,
        resultsShownOn: "everywhere",
      },
    },
  ];
  return { record, steps, live: new LiveSession({ ...record }, steps(options.state ?? "open", options.resultsRevealed ?? false), 2, "http://x/j/ABCDEF") };
}
