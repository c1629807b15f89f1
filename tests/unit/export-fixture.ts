// A fixed session for the export tests: every activity, a prompt below the
// threshold, a prompt never asked, reactions, a check-in/check-out pair, and
// participant text written to break every format (Markdown, HTML, CSV
// quoting, spreadsheet formulas). k = 3.
import { buildRawResponses, buildSessionSummary, type SummaryInput } from "../../lib/export";

const opts = (...pairs: [string, string][]) => ({ options: pairs.map(([id, label]) => ({ id, label })) });

let n = 0;
const r = (promptId: string, participantId: string, value: unknown, moderation: string | null = null) => ({
  id: `r${++n}`,
  promptId,
  participantId,
  passed: false,
  value,
  moderation,
});
const pass = (promptId: string, participantId: string) => ({ id: `r${++n}`, promptId, participantId, passed: true, value: { pass: true }, moderation: null });

/** Text that must reach every format intact and inert. */
export const TRICKY = {
  commaNewline: "I should cope alone, like always.\nNobody needs to know.",
  injection: '=1+1 "quoted" <script>alert(1)</script> [link](javascript:alert(1)) # not a heading',
  markdown: "- starts with a dash @me *bold* _it_ `code` https://example.org | pipe & amp",
  pending: "pending secret text",
  hidden: "hidden secret text",
  formulaLabel: '=HYPERLINK("http://evil.example","click")',
} as const;

/** Labels of the prompt below the threshold: they must appear in no format. */
export const SUPPRESSED_LABELS = ["Talk to a friend this week", "Ask one small question"];

export function fixtureInput(): SummaryInput {
  n = 0;
  return {
    session: {
      id: "sess_fixture",
      title: 'Tuesday group: "Asking for help", week 3 <b>',
      templateTitle: "Asking for help",
      status: "ended",
      createdAt: new Date("2026-11-28T18:00:00Z"),
      startedAt: new Date("2026-11-28T18:05:00Z"),
      endedAt: new Date("2026-11-28T19:17:30Z"),
      anonymityThreshold: 3,
      pauseRequests: 1,
      responsesDeletedAt: null,
    },
    participantCount: 8,
    steps: [
      { id: "s0", position: 0, title: "Welcome", reactionsEnabled: true, prompt: null },
      {
        id: "s1",
        position: 1,
        title: "Check-in",
        reactionsEnabled: false,
        prompt: {
          id: "checkin",
          kind: "scale",
          question: "How comfortable are you asking for help right now?",
          config: { max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" },
          repeatOfId: null,
          state: "closed",
        },
      },
      {
        id: "s2",
        position: 2,
        title: "What gets in the way",
        reactionsEnabled: false,
        prompt: {
          id: "barriers",
          kind: "multiple_choice",
          question: "Which of these have held you back?",
          config: opts(["fear", "Fear of judgement"], ["pride", 'Pride, or "I should cope"'], ["formula", TRICKY.formulaLabel], ["burden", "Not wanting to be a burden, honestly"]),
          repeatOfId: null,
          state: "closed",
        },
      },
      {
        id: "s3",
        position: 3,
        title: "The inner voice",
        reactionsEnabled: false,
        prompt: {
          id: "voice",
          kind: "open_text",
          question: "One thing you tell yourself that makes asking harder?",
          config: { maxLength: 280 },
          repeatOfId: null,
          state: "closed",
        },
      },
      {
        id: "s4",
        position: 4,
        title: "What matters most",
        reactionsEnabled: false,
        prompt: {
          id: "rank",
          kind: "ranking",
          question: "Which benefit matters most to you?",
          config: opts(["wellbeing", "Wellbeing"], ["connection", "Connection"], ["solving", "Solving problems"]),
          repeatOfId: null,
          state: "closed",
        },
      },
      {
        id: "s5",
        position: 5,
        title: "Being helped",
        reactionsEnabled: false,
        prompt: { id: "cloud", kind: "word_cloud", question: "One word for how it feels to be helped", config: { maxWords: 1 }, repeatOfId: null, state: "closed" },
      },
      {
        id: "s6",
        position: 6,
        title: "A small step",
        reactionsEnabled: false,
        prompt: {
          id: "step",
          kind: "single_choice",
          question: "Which small step could you try this week?",
          config: opts(["talk", SUPPRESSED_LABELS[0]!], ["ask", SUPPRESSED_LABELS[1]!]),
          repeatOfId: null,
          state: "closed",
        },
      },
      {
        id: "s7",
        position: 7,
        title: "Spare question",
        reactionsEnabled: false,
        prompt: { id: "spare", kind: "single_choice", question: "A question we did not get to", config: opts(["y", "Yes"], ["n", "No"]), repeatOfId: null, state: "idle" },
      },
      {
        id: "s8",
        position: 8,
        title: "Check-out",
        reactionsEnabled: false,
        prompt: {
          id: "checkout",
          kind: "scale",
          question: "How comfortable are you asking for help right now?",
          config: { max: 5, minLabel: "Not at all", maxLabel: "Very comfortable" },
          repeatOfId: "checkin",
          state: "closed",
        },
      },
      { id: "s9", position: 9, title: "Conclusion", reactionsEnabled: true, prompt: null },
    ],
    responses: [
      // check-in: 2 3 1 4 · pass · 2
      r("checkin", "p1", { value: 2 }),
      r("checkin", "p2", { value: 3 }),
      r("checkin", "p3", { value: 1 }),
      r("checkin", "p4", { value: 4 }),
      pass("checkin", "p5"),
      r("checkin", "p6", { value: 2 }),
      // barriers
      r("barriers", "p1", { optionIds: ["fear", "pride"] }),
      r("barriers", "p2", { optionIds: ["fear"] }),
      r("barriers", "p3", { optionIds: ["burden"] }),
      r("barriers", "p4", { optionIds: ["fear", "burden", "formula"] }),
      pass("barriers", "p5"),
      // open text: three approved, one pending, one hidden
      r("voice", "p1", { text: TRICKY.commaNewline }, "approved"),
      r("voice", "p2", { text: TRICKY.injection }, "approved"),
      r("voice", "p3", { text: TRICKY.pending }, "pending"),
      r("voice", "p4", { text: TRICKY.hidden }, "hidden"),
      r("voice", "p5", { text: TRICKY.markdown }, "approved"),
      // ranking
      r("rank", "p1", { order: ["connection", "wellbeing", "solving"] }),
      r("rank", "p2", { order: ["connection", "solving", "wellbeing"] }),
      r("rank", "p3", { order: ["wellbeing", "connection", "solving"] }),
      // word cloud: "=sum(a1" is a formula once normalised; the hidden one never shows
      r("cloud", "p1", { words: ["Relief"] }),
      r("cloud", "p2", { words: ["relief "] }),
      r("cloud", "p3", { words: ["Hopes"] }),
      r("cloud", "p4", { words: ["=SUM(A1)"] }),
      r("cloud", "p5", { words: ["shame"] }, "hidden"),
      // below the threshold: two answers and a pass
      r("step", "p1", { optionId: "talk" }),
      r("step", "p2", { optionId: "ask" }),
      pass("step", "p3"),
      // check-out: p1 2→4, p2 3→3, p3 1→2, p4 4→5; p6 only before, p7 only after
      r("checkout", "p1", { value: 4 }),
      r("checkout", "p2", { value: 3 }),
      r("checkout", "p3", { value: 2 }),
      r("checkout", "p4", { value: 5 }),
      pass("checkout", "p6"),
      r("checkout", "p7", { value: 3 }),
    ],
    reactions: [
      { stepId: "s0", participantId: "p1", kind: "resonates" },
      { stepId: "s0", participantId: "p2", kind: "resonates" },
      { stepId: "s0", participantId: "p3", kind: "support" },
    ],
  };
}

export const FIXTURE_NOW = new Date("2026-11-28T19:30:00Z");

export const PARTICIPANT_NUMBERS = new Map([
  ["p1", 402817],
  ["p2", 18],
  ["p3", 777001],
  ["p4", 55123],
  ["p5", 9342],
  ["p6", 610000],
  ["p7", 123456],
  ["p8", 31],
]);

export function fixtureSummary() {
  return buildSessionSummary(fixtureInput(), FIXTURE_NOW);
}

export function fixtureRaw() {
  const input = fixtureInput();
  return buildRawResponses(input, buildSessionSummary(input, FIXTURE_NOW), PARTICIPANT_NUMBERS);
}

export function deletedSummary() {
  const input = fixtureInput();
  input.session.responsesDeletedAt = new Date("2026-11-29T09:00:00Z");
  input.session.pauseRequests = 0;
  input.responses = [];
  input.reactions = [];
  return buildSessionSummary(input, FIXTURE_NOW);
}
