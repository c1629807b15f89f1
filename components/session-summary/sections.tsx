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
import { useTranslations } from "use-intl";
import { type ExportFormat, EXPORT_FORMATS } from "../../lib/export/formats";
import type { SummaryBeforeAfter, SummaryStep } from "../../lib/export/summary-types";
import { AggregateView } from "../aggregate-view";
import styles from "../session-summary.module.css";
import { useExportTranslator } from "./use-export-translator";

/** Each format's button, by its key in the "summary.downloads" messages. */
const FORMAT_LABEL_KEYS = { md: "md", csv: "csv", "responses.csv": "responses", json: "json", html: "html" } as const satisfies Record<ExportFormat, string>;

export function Downloads({ sessionId }: { sessionId: string }) {
  const t = useTranslations("summary.downloads");
  return (
    <section aria-labelledby="downloads-heading" className={`card ${styles.downloads} ${styles.noPrint}`}>
      <h2 id="downloads-heading">{t("heading")}</h2>
      <div className="row">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} className="button secondary" href={`/api/sessions/${encodeURIComponent(sessionId)}/export?format=${encodeURIComponent(format)}`} download>
            {t(FORMAT_LABEL_KEYS[format])}
          </a>
        ))}
        <button className="button quiet" type="button" onClick={() => window.print()}>
          {t("print")}
        </button>
      </div>
      <p className="muted">{t("note")}</p>
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
      <h2 id="reactions-heading">{t("heading.reactions")}</h2>
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
