"use client";
// The summary's sections: downloads, one card per prompt step with its chart
// (AggregateView, the same charts as live), the before/after shift and the
// reactions per text step.
import {
  activityLabel,
  beforeAfterCountsText,
  beforeAfterSubtitle,
  beforeAfterSuppressedText,
  countsLine,
  notAsked,
  notShownText,
  reactionColumns,
  reactionEntries,
  stepLabel,
  suppressedText,
} from "../../lib/export/format";
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from "../../lib/export/formats";
import type { SummaryBeforeAfter, SummaryStep } from "../../lib/export/summary-types";
import { AggregateView } from "../aggregate-view";
import styles from "../session-summary.module.css";
import { useExportTranslator } from "./use-export-translator";

export function Downloads({ sessionId }: { sessionId: string }) {
  return (
    <section aria-labelledby="downloads-heading" className={`card ${styles.downloads} ${styles.noPrint}`}>
      <h2 id="downloads-heading">Download or print</h2>
      <div className="row">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} className="button secondary" href={`/api/sessions/${encodeURIComponent(sessionId)}/export?format=${encodeURIComponent(format)}`} download>
            {EXPORT_FORMAT_INFO[format].label}
          </a>
        ))}
        <button className="button quiet" type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <p className="muted">Exports contain no names or tokens. The responses CSV names each participant only by a random number that means nothing outside this session.</p>
    </section>
  );
}

export function StepSection({ step }: { step: SummaryStep }) {
  const t = useExportTranslator();
  const prompt = step.prompt;
  const headingId = `step-${step.index}`;
  return (
    <article className={`card ${styles.step}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={styles.stepNo}>{stepLabel(step.index, t)}</span> {step.title}
      </h3>
      {prompt && (
        <>
          <p className={styles.question}>{prompt.question}</p>
          <p className={styles.meta}>
            {activityLabel(prompt, t)} · {countsLine(prompt, t)}
          </p>
          {notAsked(prompt) ? (
            <p className="muted">{t("notAsked")}</p>
          ) : prompt.aggregate.suppressed ? (
            <p className={styles.suppressed}>{suppressedText(prompt.aggregate.threshold, t)}</p>
          ) : (
            <>
              {prompt.kind === "open_text" && <p className={styles.meta}>{t("openTextNote")}</p>}
              <AggregateView
                aggregate={{ ...prompt.aggregate, notShownCount: null }}
                prompt={{ question: prompt.question, config: prompt.scale ?? undefined }}
                size="console"
                showPasses
              />
              {notShownText(prompt, t) && <p className={styles.meta}>{notShownText(prompt, t)}</p>}
            </>
          )}
        </>
      )}
    </article>
  );
}

export function Reactions({ steps }: { steps: SummaryStep[] }) {
  const t = useExportTranslator();
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="reactions-heading" className={styles.section}>
      <h2 id="reactions-heading">Reactions</h2>
      <div className={`card ${styles.step}`}>
        <table className={styles.reactionTable}>
          <caption className="visually-hidden">{t("heading.reactionsPerStep")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("table.step")}</th>
              {reactionColumns(t).map((c) => (
                <th key={c.kind} scope="col" className={styles.num}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.index}>
                <th scope="row">
                  <span className={styles.stepNo}>{stepLabel(step.index, t)}</span> {step.title}
                </th>
                {reactionEntries(step, t).map((r) => (
                  <td key={r.kind} className={styles.num}>
                    {r.count}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function BeforeAfter({ ba }: { ba: SummaryBeforeAfter }) {
  // counts only, over those who answered both times (lib/aggregation/before-after.ts)
  const t = useExportTranslator();
  const m = ba.comparison.movement;
  const headingId = `ba-${ba.after.promptId}`;
  return (
    <article className={`card ${styles.step}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{ba.question}</h3>
      <p className={styles.meta}>{beforeAfterSubtitle(ba, t)}</p>
      <p>{beforeAfterCountsText(ba, t)}</p>
      {m === null ? (
        <p className={styles.suppressed}>{beforeAfterSuppressedText(ba, t)}</p>
      ) : (
        <dl className={styles.movement}>
          <div>
            <dt>{t("beforeAfter.movedUp")}</dt>
            <dd>{m.movedUp}</dd>
          </div>
          <div>
            <dt>{t("beforeAfter.stayed")}</dt>
            <dd>{m.stayed}</dd>
          </div>
          <div>
            <dt>{t("beforeAfter.movedDown")}</dt>
            <dd>{m.movedDown}</dd>
          </div>
        </dl>
      )}
    </article>
  );
}
