// The summary as one standalone HTML file: no scripts, no external requests
// (a Content-Security-Policy says so), styles inline, and a print stylesheet
// so the browser's "Save as PDF" gives a clean multi-page report. Charts are
// data tables with the bars drawn in an extra, aria-hidden column: every
// number is text, and the bars print (print-color-adjust: exact).
//
// Every piece of text is escaped with `escapeHtml`, whoever wrote it.
import type { PromptAggregate } from "../aggregation";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { ENGLISH_EXPORT, type ExportTranslator } from "./export-text";
import {
  activityLabel,
  beforeAfterCountsText,
  beforeAfterSubtitle,
  beforeAfterSuppressedText,
  countsLine,
  deletedText,
  formatNumber,
  headerFacts,
  notAsked,
  notShownText,
  pictureSteps,
  promptSteps,
  reactionColumns,
  reactionEntries,
  reactionSteps,
  scaleValueLabel,
  stepLabel,
  suppressedText,
} from "./format";
import type { SessionSummary, SummaryBeforeAfter, SummaryPrompt, SummaryStep } from "./summary-types";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const e = escapeHtml;

const clamp = (p: number) => (Number.isFinite(p) ? Math.max(0, Math.min(100, p)) : 0);
const bar = (percent: number) => `<td class="bar" aria-hidden="true"><span style="width:${clamp(percent)}%"></span></td>`;

function barTable(caption: string, head: [string, string, string], rows: { label: string; count: number; percent: number }[]): string {
  return [
    `<table class="chart">`,
    `<caption class="visually-hidden">${e(caption)}</caption>`,
    `<thead><tr><th scope="col">${e(head[0])}</th><th scope="col" class="num">${e(head[1])}</th><th scope="col" class="num">${e(head[2])}</th><td aria-hidden="true"></td></tr></thead>`,
    `<tbody>`,
    ...rows.map((r) => `<tr><th scope="row">${e(r.label)}</th><td class="num">${r.count}</td><td class="num">${r.percent}%</td>${bar(r.percent)}</tr>`),
    `</tbody></table>`,
  ].join("\n");
}

function result(prompt: SummaryPrompt, t: ExportTranslator): string {
  const a = prompt.aggregate as PromptAggregate;
  const caption = t("resultsCaption", { question: prompt.question });
  if (a.result === null) return "";
  switch (a.kind) {
    case "single_choice":
    case "multiple_choice": {
      const table = barTable(
        caption,
        [t("table.option"), t("table.count"), "%"],
        a.result!.options.map((o) => ({ label: o.label, count: o.count, percent: o.percent })),
      );
      return a.kind === "multiple_choice" ? `${table}\n<p class="note">${e(t("multipleNote"))}</p>` : table;
    }
    case "scale": {
      const r = a.result!;
      return [
        `<dl class="stats"><div><dt>${e(t("mean"))}</dt><dd>${formatNumber(r.mean, t)}</dd></div><div><dt>${e(t("median"))}</dt><dd>${formatNumber(r.median, t)}</dd></div><div><dt>${e(t("scale"))}</dt><dd>${e(t("scaleRange", { max: r.distribution.length }))}</dd></div></dl>`,
        barTable(
          caption,
          [t("table.value"), t("table.count"), "%"],
          r.distribution.map((b) => ({ label: scaleValueLabel(b.value, prompt), count: b.count, percent: b.percent })),
        ),
      ].join("\n");
    }
    case "word_cloud": {
      const r = a.result!;
      if (r.words.length === 0) return `<p class="note">${e(t("noWords"))}</p>`;
      const most = Math.max(...r.words.map((w) => w.count));
      const least = Math.min(...r.words.map((w) => w.count));
      const more = r.distinctWords - r.words.length;
      return [
        `<ul class="cloud" aria-label="${e(caption)}">`,
        ...r.words.map((w) => {
          const weight = most === least ? 0.5 : (w.count - least) / (most - least);
          return `<li style="font-size:${(1 + weight * 1.2).toFixed(2)}em">${e(w.word)} <span class="count">${w.count}<span class="visually-hidden"> ${e(t("peopleCount", { count: w.count }))}</span></span></li>`;
        }),
        `</ul>`,
        more > 0 ? `<p class="note">${e(t("moreWords", { count: more }))}</p>` : "",
      ].join("\n");
    }
    case "open_text": {
      const r = a.result!;
      if (r.entries.length === 0) return `<p class="note">${e(t("noApproved"))} ${e(t("openTextNote"))}</p>`;
      return [`<p class="note">${e(t("openTextNote"))}</p>`, `<ul class="wall">`, ...r.entries.map((x) => `<li>${e(x.text)}</li>`), `</ul>`].join("\n");
    }
    case "ranking": {
      const r = a.result!;
      const top = Math.max(1, ...r.items.map((i) => i.points));
      return [
        `<table class="chart">`,
        `<caption class="visually-hidden">${e(caption)}</caption>`,
        `<thead><tr><th scope="col" class="num">${e(t("table.place"))}</th><th scope="col">${e(t("table.item"))}</th><th scope="col" class="num">${e(t("table.averagePosition"))}</th><th scope="col" class="num">${e(t("table.points"))}</th><td aria-hidden="true"></td></tr></thead>`,
        `<tbody>`,
        ...r.items.map(
          (item, i) =>
            `<tr><td class="num">${i + 1}</td><th scope="row">${e(item.label)}</th><td class="num">${item.averagePosition === null ? e(t("notPlaced")) : formatNumber(item.averagePosition, t)}</td><td class="num">${item.points}</td>${bar((item.points / top) * 100)}</tr>`,
        ),
        `</tbody></table>`,
        `<p class="note">${e(t("rankingNote", { items: r.items.length, first: r.items.length - 1 }))}</p>`,
      ].join("\n");
    }
  }
}

function stepSection(step: SummaryStep, threshold: number, t: ExportTranslator): string {
  const parts = [`<article class="step">`, `<h3><span class="step-no">${e(stepLabel(step.index, t))}</span> ${e(step.title)}</h3>`];
  const prompt = step.prompt;
  if (prompt) {
    parts.push(`<p class="question">${e(prompt.question)}</p>`, `<p class="meta">${e(activityLabel(prompt, t))} · ${e(countsLine(prompt, t))}</p>`);
    if (notAsked(prompt)) parts.push(`<p class="note">${e(t("notAsked"))}</p>`);
    else if (prompt.aggregate.suppressed) parts.push(`<p class="suppressed">${e(suppressedText(threshold, t))}</p>`);
    else {
      parts.push(result(prompt, t));
      const notShown = notShownText(prompt, t);
      if (notShown) parts.push(`<p class="note">${e(notShown)}</p>`);
    }
  }
  parts.push(`</article>`);
  return parts.join("\n");
}

function beforeAfterSection(ba: SummaryBeforeAfter, t: ExportTranslator): string {
  const m = ba.comparison.movement;
  const parts = [
    `<article class="step before-after">`,
    `<h3>${e(ba.question)}</h3>`,
    `<p class="meta">${e(beforeAfterSubtitle(ba, t))}</p>`,
    `<p>${e(beforeAfterCountsText(ba, t))}</p>`,
  ];
  if (m === null) parts.push(`<p class="suppressed">${e(beforeAfterSuppressedText(ba, t))}</p>`);
  else
    parts.push(
      `<dl class="stats">`,
      `<div><dt>${e(t("beforeAfter.movedUp"))}</dt><dd>${m.movedUp}</dd></div>`,
      `<div><dt>${e(t("beforeAfter.stayed"))}</dt><dd>${m.stayed}</dd></div>`,
      `<div><dt>${e(t("beforeAfter.movedDown"))}</dt><dd>${m.movedDown}</dd></div>`,
      `</dl>`,
    );
  parts.push(`</article>`);
  return parts.join("\n");
}

function reactionsSection(steps: SummaryStep[], t: ExportTranslator): string {
  return [
    `<section aria-labelledby="reactions"><h2 id="reactions">${e(t("heading.reactions"))}</h2>`,
    `<article class="step">`,
    `<table class="chart reactions">`,
    `<caption class="visually-hidden">${e(t("heading.reactionsPerStep"))}</caption>`,
    `<thead><tr><th scope="col">${e(t("table.step"))}</th>${reactionColumns(t)
      .map((c) => `<th scope="col" class="num">${e(c.label)}</th>`)
      .join("")}</tr></thead>`,
    `<tbody>`,
    ...steps.map(
      (step) =>
        `<tr><th scope="row"><span class="step-no">${e(stepLabel(step.index, t))}</span> ${e(step.title)}</th>${reactionEntries(step, t)
          .map((r) => `<td class="num">${r.count}</td>`)
          .join("")}</tr>`,
    ),
    `</tbody></table>`,
    `</article>`,
    `</section>`,
  ].join("\n");
}

const STYLES = `
:root { --text:#221c17; --muted:#5b5047; --border:#d9cdbf; --surface:#fff; --surface-2:#f3ece3; --bar:#b9532a; --bar-2:#1f5f8b; --bg:#fbf7f2; }
@media screen and (prefers-color-scheme: dark) {
  :root { --text:#f5eee7; --muted:#c9bcaf; --border:#4a4039; --surface:#25201c; --surface-2:#302925; --bar:#e0895c; --bar-2:#7fb6e0; --bg:#1b1714; }
}
* { box-sizing: border-box; }
html { color-scheme: light dark; }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 0.75rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--border); }
h3 { font-size: 1.1rem; margin: 0 0 0.35rem; overflow-wrap: anywhere; }
.step-no { color: var(--muted); font-weight: 600; margin-right: 0.35em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.step { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: 1rem 1.1rem; margin: 0 0 1rem; }
.question { font-weight: 700; margin: 0.25rem 0; overflow-wrap: anywhere; }
.meta, .note { color: var(--muted); margin: 0.25rem 0 0.6rem; }
.note { font-size: 0.92rem; }
.suppressed, .deleted { background: var(--surface-2); border-left: 4px solid var(--bar); padding: 0.5rem 0.75rem; margin: 0.5rem 0; }
.deleted { font-weight: 700; }
.chart { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-variant-numeric: tabular-nums; }
.chart th, .chart td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: middle; }
.chart thead th { font-size: 0.85rem; color: var(--muted); }
.chart th[scope="row"] { font-weight: 600; overflow-wrap: anywhere; }
.chart .num { text-align: right; white-space: nowrap; }
.chart .bar { width: 35%; }
.paired .bar { width: 22%; }
.bar span { display: block; height: 0.8rem; background: var(--bar); border-radius: 999px; min-width: 1px; }
.bar.after span { background: var(--bar-2); }
.stats { display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; margin: 0.5rem 0; }
.stats div { display: flex; gap: 0.4em; }
.stats dt { color: var(--muted); font-weight: 600; }
.stats dd { margin: 0; font-weight: 700; }
.cloud { list-style: none; padding: 0; margin: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.3em 1em; align-items: baseline; }
.cloud li { font-weight: 600; overflow-wrap: anywhere; }
.cloud .count { font-size: 0.75rem; color: var(--muted); vertical-align: super; }
.wall { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; gap: 0.5rem; }
.wall li { border: 1px solid var(--border); border-left: 4px solid var(--bar); border-radius: 8px; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: 0.9rem; margin-top: 2rem; border-top: 1px solid var(--border); padding-top: 0.75rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, .question, .meta { break-after: avoid; page-break-after: avoid; }
  .step { border-color: #bbb; break-inside: avoid; page-break-inside: avoid; }
  .step:has(.wall) { break-inside: auto; page-break-inside: auto; }
  .wall li, .chart tr { break-inside: avoid; page-break-inside: avoid; }
}
`;

/** The printable page in the session's language: `t` from exportTranslator and `lang` its locale (English when left out). */
export function formatSummaryHtml(summary: SessionSummary, t: ExportTranslator = ENGLISH_EXPORT, lang: Locale = DEFAULT_LOCALE): string {
  const s = summary.session;
  const body: string[] = [
    `<header>`,
    `<h1>${e(t("heading.summary", { title: s.title }))}</h1>`,
    `<dl class="facts">`,
    ...headerFacts(summary, t).map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`),
    `</dl>`,
    `</header>`,
  ];
  if (s.responsesDeletedAt) body.push(`<p class="deleted" role="note">${e(deletedText(s.responsesDeletedAt, t))}</p>`);
  else {
    if (summary.beforeAfter.length) {
      body.push(
        `<section aria-labelledby="before-after"><h2 id="before-after">${e(t("heading.beforeAfter"))}</h2>`,
        ...summary.beforeAfter.map((ba) => beforeAfterSection(ba, t)),
        `</section>`,
      );
    }
    body.push(
      `<section aria-labelledby="steps"><h2 id="steps">${e(t("heading.steps"))}</h2>`,
      ...promptSteps(summary).map((step) => stepSection(step, s.anonymityThreshold, t)),
      `</section>`,
    );
    const withPictures = pictureSteps(summary);
    if (withPictures.length) {
      body.push(
        `<section aria-labelledby="pictures"><h2 id="pictures">${e(t("heading.pictures"))}</h2><ul>`,
        ...withPictures.map((step) => `<li><span class="step-no">${e(stepLabel(step.index, t))}</span> ${e(step.title)}: ${e(step.picture!)}</li>`),
        `</ul></section>`,
      );
    }
    const withReactions = reactionSteps(summary);
    if (withReactions.length) body.push(reactionsSection(withReactions, t));
  }
  body.push(`<footer>${e(t("footer"))}</footer>`);
  return [
    `<!doctype html>`,
    `<html lang="${e(lang)}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="generator" content="Hearth">`,
    `<title>${e(t("heading.summary", { title: s.title }))}</title>`,
    `<style>${STYLES}</style>`,
    `</head>`,
    `<body>`,
    `<main>`,
    ...body,
    `</main>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
