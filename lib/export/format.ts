// Wording and number formatting shared by the Markdown, CSV and HTML exports
// (and the summary page), so every format says the same thing the same way.
// Dates are written in UTC: an export is read far from the server's clock.
// The words come from the session language's messages (./export-text.ts):
// each function here takes the translator.
import { REACTION_KINDS, type ReactionKind } from "../reactions";
import { slugify } from "../slug";
import type { ExportTranslator } from "./export-text";
import type { SessionSummary, SummaryBeforeAfter, SummaryPrompt, SummaryStep } from "./summary-types";

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

/** A mean or an average place, as a person reads it in the session's language ("3.67", "3,67"); "—" for none. CSV keeps plain numbers. */
export function formatNumber(n: number | null | undefined, t: ExportTranslator): string {
  return n === null || n === undefined || !Number.isFinite(n) ? "—" : t("decimal", { value: n });
}

const STATUSES = ["lobby", "running", "ended"] as const;

export function statusLabel(status: string, t: ExportTranslator): string {
  const known = STATUSES.find((s) => s === status);
  return known ? t(`status.${known}`) : status;
}

export const activityLabel = (prompt: Pick<SummaryPrompt, "kind">, t: ExportTranslator) => t(`activity.${prompt.kind}`);

export const stepLabel = (index: number, t: ExportTranslator) => t("step", { number: index + 1 });

/** A prompt never opened and never answered. */
export const notAsked = (prompt: SummaryPrompt) => prompt.state === "idle" && prompt.aggregate.answerCount === 0 && prompt.aggregate.passCount === 0;

export function countsLine(prompt: SummaryPrompt, t: ExportTranslator): string {
  const a = prompt.aggregate;
  return `${t("answers", { count: a.answerCount })} · ${t("passes", { count: a.passCount ?? 0 })}`;
}

export function suppressedText(threshold: number, t: ExportTranslator): string {
  return t("suppressed", { threshold });
}

/** The final breakdown was held back (lib/aggregation/release.ts); null when it was not. */
export function notShownText(prompt: SummaryPrompt, t: ExportTranslator): string | null {
  const n = prompt.aggregate.notShownCount;
  if (!n || n <= 0) return null;
  return t("notShown", { count: n, threshold: prompt.aggregate.threshold });
}

export function deletedText(iso: string, t: ExportTranslator): string {
  return t("deleted", { date: formatDateTime(iso) });
}

/** "1 — Not at all" for the ends of a scale, "3" in between. */
export function scaleValueLabel(value: number, prompt: Pick<SummaryPrompt, "scale">): string {
  const s = prompt.scale;
  if (s && value === 1 && s.minLabel) return `1 — ${s.minLabel}`;
  if (s && value === s.max && s.maxLabel) return `${value} — ${s.maxLabel}`;
  return String(value);
}

/** Header facts, label → value, in display order. */
export function headerFacts(summary: SessionSummary, t: ExportTranslator): [string, string][] {
  const s = summary.session;
  const facts: [string, string][] = [
    [t("facts.template"), s.template ?? "—"],
    [t("facts.date"), formatDateTime(s.startedAt ?? s.createdAt)],
    [t("facts.duration"), formatDuration(s.durationMs)],
    [t("facts.participants"), String(s.participantCount)],
    [t("facts.threshold"), t("thresholdValue", { threshold: s.anonymityThreshold })],
    [t("facts.status"), statusLabel(s.status, t)],
  ];
  if (s.pauseRequests > 0) facts.push([t("facts.pauseRequests"), String(s.pauseRequests)]);
  // "3 (3 done)": three check-in requests, all three done
  if (s.checkIns) facts.push([t("facts.checkIns"), t("checkInsValue", s.checkIns)]);
  facts.push([t("facts.generated"), formatDateTime(summary.generatedAt)]);
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

export function reactionColumns(t: ExportTranslator): { kind: ReactionKind; label: string }[] {
  return REACTION_KINDS.map((kind) => ({ kind, label: t(`reaction.${kind}`) }));
}

export function reactionEntries(step: SummaryStep, t: ExportTranslator): { kind: string; label: string; count: number }[] {
  if (!step.reactions) return [];
  return REACTION_KINDS.map((kind) => ({ kind, label: t(`reaction.${kind}`), count: step.reactions![kind] ?? 0 }));
}

export function beforeAfterSubtitle(ba: SummaryBeforeAfter, t: ExportTranslator): string {
  return `${stepLabel(ba.before.stepIndex, t)} (${ba.before.stepTitle}) → ${stepLabel(ba.after.stepIndex, t)} (${ba.after.stepTitle})`;
}

/** Why the shift is not shown (fewer than k answered both times). */
export function beforeAfterSuppressedText(ba: SummaryBeforeAfter, t: ExportTranslator): string {
  const c = ba.comparison;
  return t("beforeAfter.suppressed", { threshold: c.threshold, paired: c.pairedCount });
}

/** The answer counts the shift is over (the shift itself is only counts: moved up / stayed / moved down). */
export function beforeAfterCountsText(ba: SummaryBeforeAfter, t: ExportTranslator): string {
  const c = ba.comparison;
  return t("beforeAfter.counts", { before: c.beforeCount, after: c.afterCount, both: c.pairedCount });
}

/** A file name for the export: the title as a slug, and the date. */
export function exportFileName(summary: SessionSummary, extension: string): string {
  const slug = slugify(summary.session.title, 60) || "session";
  const date = (summary.session.startedAt ?? summary.session.createdAt).slice(0, 10);
  return `hearth-${slug}-${date}${extension}`;
}
