// Wording and number formatting shared by the Markdown, CSV and HTML exports
// (and the summary page), so every format says the same thing the same way.
// Dates are written in UTC: an export is read far from the server's clock.
import { ACTIVITY_LABELS } from "../activities";
import { REACTION_KINDS, REACTIONS } from "../reactions";
import type { SessionSummary, SummaryBeforeAfter, SummaryPrompt, SummaryStep } from "./summary-types";
import { slugify } from "../slug";

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2026-11-28 14:05 UTC" */
export function formatDateTime(iso: string | null): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** "1 h 05 min", "12 min", "40 s"; "—" when unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "—";
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds} s`;
  const totalMinutes = Math.round(totalSeconds / 60);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const hours = Math.floor(totalMinutes / 60);
  return `${hours} h ${String(totalMinutes % 60).padStart(2, "0")} min`;
}

/** Numbers from aggregation are already rounded (2 decimals); "—" for none. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? "—" : String(n);
}

export const STATUS_LABELS: Record<string, string> = { lobby: "Not started (lobby)", running: "Running (live snapshot)", ended: "Ended" };

export const activityLabel = (prompt: SummaryPrompt) => ACTIVITY_LABELS[prompt.kind] ?? prompt.kind;

export const stepLabel = (index: number) => `Step ${index + 1}`;

/** A prompt never opened and never answered. */
export const notAsked = (prompt: SummaryPrompt) => prompt.state === "idle" && prompt.aggregate.answerCount === 0 && prompt.aggregate.passCount === 0;

export function countsLine(prompt: SummaryPrompt): string {
  const a = prompt.aggregate;
  return `${plural(a.answerCount, "answer", "answers")} · ${plural(a.passCount ?? 0, "pass", "passes")}`;
}

export function suppressedText(threshold: number): string {
  return `Fewer than ${threshold} answers: to protect anonymity only the counts are shown.`;
}

/** The final breakdown was held back (lib/aggregation/release.ts); null when it was not. */
export function notShownText(prompt: SummaryPrompt): string | null {
  const n = prompt.aggregate.notShownCount;
  if (!n || n <= 0) return null;
  const k = prompt.aggregate.threshold;
  return `${plural(n, "more answer is", "more answers are")} not shown, to protect anonymity: the breakdown is the last one the room saw, since fewer than ${k} answers came after it.`;
}

export const NOT_ASKED_TEXT = "Not asked in this session.";
export const MULTIPLE_NOTE = "People could choose more than one, so the percentages can add up to more than 100%.";
export const OPEN_TEXT_NOTE = "Only answers the facilitator approved are included.";

export function deletedText(iso: string): string {
  return `The responses of this session were deleted on ${formatDateTime(iso)}. Only the session's outline remains.`;
}

export function thresholdText(k: number): string {
  return `${k} (a prompt with fewer answers shows only its counts)`;
}

/** "1 — Not at all" for the ends of a scale, "3" in between. */
export function scaleValueLabel(value: number, prompt: Pick<SummaryPrompt, "scale">): string {
  const s = prompt.scale;
  if (s && value === 1 && s.minLabel) return `1 — ${s.minLabel}`;
  if (s && value === s.max && s.maxLabel) return `${value} — ${s.maxLabel}`;
  return String(value);
}

/** Header facts, label → value, in display order. */
/** "3 check-in requests, 3 done" as the value of a fact: "3 (3 done)". */
export function checkInsText(c: { total: number; done: number }): string {
  return `${c.total} (${c.done} done)`;
}

export function headerFacts(summary: SessionSummary): [string, string][] {
  const s = summary.session;
  const facts: [string, string][] = [
    ["Template", s.template ?? "—"],
    ["Date", formatDateTime(s.startedAt ?? s.createdAt)],
    ["Duration", formatDuration(s.durationMs)],
    ["Participants", String(s.participantCount)],
    ["Anonymity threshold", thresholdText(s.anonymityThreshold)],
    ["Status", STATUS_LABELS[s.status] ?? s.status],
  ];
  if (s.pauseRequests > 0) facts.push(["Pause requests", String(s.pauseRequests)]);
  if (s.checkIns) facts.push(["Check-in requests", checkInsText(s.checkIns)]);
  facts.push(["Generated", formatDateTime(summary.generatedAt)]);
  return facts;
}

/** Steps with anything to report: a prompt, or reactions enabled. */
export function reportSteps(summary: SessionSummary): SummaryStep[] {
  return summary.steps.filter((s) => s.prompt || s.reactions);
}

/** Steps with a prompt: one section each. */
export function promptSteps(summary: SessionSummary): SummaryStep[] {
  return summary.steps.filter((s) => s.prompt);
}

/** Steps that showed a picture: exports name each by its description. */
export function pictureSteps(summary: SessionSummary): SummaryStep[] {
  return summary.steps.filter((s) => s.picture);
}

/** Steps where reactions were enabled: one row each in the reactions table. */
export function reactionSteps(summary: SessionSummary): SummaryStep[] {
  return summary.steps.filter((s) => s.reactions);
}

export const REACTION_COLUMNS = REACTION_KINDS.map((kind) => ({ kind, label: REACTIONS[kind].label }));

export function reactionEntries(step: SummaryStep): { kind: string; label: string; count: number }[] {
  if (!step.reactions) return [];
  return REACTION_KINDS.map((kind) => ({ kind, label: REACTIONS[kind].label, count: step.reactions![kind] ?? 0 }));
}

export function beforeAfterSubtitle(ba: SummaryBeforeAfter): string {
  return `${stepLabel(ba.before.stepIndex)} (${ba.before.stepTitle}) → ${stepLabel(ba.after.stepIndex)} (${ba.after.stepTitle})`;
}

/** Why the shift is not shown (fewer than k answered both times). */
export function beforeAfterSuppressedText(ba: SummaryBeforeAfter): string {
  const c = ba.comparison;
  return `Fewer than ${c.threshold} people answered both times (${c.pairedCount}), so how people moved is not shown, to protect anonymity.`;
}

/** The answer counts the shift is over (the shift itself is only counts: moved up / stayed / moved down). */
export function beforeAfterCountsText(ba: SummaryBeforeAfter): string {
  const c = ba.comparison;
  return `Answered before: ${c.beforeCount} · after: ${c.afterCount} · both times: ${c.pairedCount}`;
}

/** A file name for the export: the title as a slug, and the date. */
export function exportFileName(summary: SessionSummary, extension: string): string {
  const slug = slugify(summary.session.title, 60) || "session";
  const date = (summary.session.startedAt ?? summary.session.createdAt).slice(0, 10);
  return `hearth-${slug}-${date}${extension}`;
}
