"use client";
// A prompt's aggregate, shown the same way on the phone, the projector and
// the console (at three type sizes). Every number is written out as text —
// counts and percentages beside each bar, never colour or length alone — and
// each chart is a list a screen reader reads item by item. The bars are
// decoration on top.
import type { CSSProperties, ReactNode } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { readPromptConfig } from "../lib/client/prompt-config";
import type { ChoiceResult, OpenTextResult, PromptAggregate, RankingResult, ScaleResult, WordCloudResult } from "../lib/aggregation/types";
import type { PromptView } from "../lib/events";
import { FitBox, FittedCloud } from "./projector-fit";
import { ProjectorWall, type WallCommand } from "./projector-wall";
import styles from "./aggregate-view.module.css";

export type AggregateSize = "phone" | "projector" | "console";

export type AggregateViewProps = {
  aggregate: PromptAggregate;
  /** the prompt the aggregate belongs to (question for labels, scale end labels) */
  prompt?: Pick<PromptView, "question" | "config"> | null;
  size?: AggregateSize;
  /** render the question as the chart's caption (default false: most screens show it as their own heading) */
  showQuestion?: boolean;
  /** show how many passed (default: on the console only) */
  showPasses?: boolean;
  /** the line under the count while results are not revealed (default depends on size) */
  hiddenText?: string;
  className?: string;
  /** projector only: the facilitator's latest page action for the open-text wall */
  wallCommand?: WallCommand | null;
};

type T = ReturnType<typeof useTranslations<"aggregate">>;
type Format = ReturnType<typeof useFormatter>;

/**
 * The count line while no breakdown is shown. The room is sent "responded"
 * (answers and passes together, or nothing when the session hides counts),
 * never answers and passes apart; the console has the exact counts.
 */
function soFar(t: T, aggregate: PromptAggregate, passLine: string): ReactNode {
  if (aggregate.respondedCount === undefined) return `${t("answersSoFar", { count: aggregate.answerCount })}${passLine}`;
  if (aggregate.respondedCount === null) return t("comingIn");
  return t("respondedSoFar", { count: aggregate.respondedCount });
}

/**
 * A breakdown changes only in steps of k answers (lib/aggregation/release.ts);
 * this says how many are not in it. The room is told once the prompt closed.
 */
function notShownLine(t: T, aggregate: PromptAggregate, size: AggregateSize): string | null {
  const n = aggregate.notShownCount;
  if (n === null || n === undefined || n <= 0) return null;
  if (size === "console") return t("notInChart", { count: n, threshold: aggregate.threshold });
  if (aggregate.respondedCount === null) return t("moreNotShown");
  return t("notShown", { count: n });
}

export function AggregateView({ aggregate, prompt, size = "phone", showQuestion = false, showPasses, hiddenText, className, wallCommand }: AggregateViewProps) {
  const t = useTranslations("aggregate");
  // its own namespace, loaded only by the pages that show passes (console, summary): the room's pages never carry the word
  const tPasses = useTranslations("passes");
  const question = prompt?.question;
  const passes = showPasses ?? size === "console";
  const rootClass = [styles.root, styles[size], className].filter(Boolean).join(" ");
  const passCount = aggregate.passCount ?? 0;
  const passLine = passes && passCount > 0 ? ` · ${tPasses("count", { count: passCount })}` : "";

  let content: ReactNode;
  if (aggregate.suppressed) {
    content = (
      <div className={styles.waiting}>
        <p className={styles.count}>{soFar(t, aggregate, passLine)}</p>
        <p className={styles.gentle}>{t("threshold", { count: aggregate.threshold })}</p>
      </div>
    );
  } else if (aggregate.result === null) {
    content = (
      <div className={styles.waiting}>
        <p className={styles.count}>{soFar(t, aggregate, passLine)}</p>
        <p className={styles.gentle}>{hiddenText ?? t(`hint.${size}`)}</p>
      </div>
    );
  } else if (size === "projector") {
    // the projector cannot scroll: the wall pages, the cloud shows what fits, charts shrink to fit
    const notShown = notShownLine(t, aggregate, size);
    const footer = (
      <p className={styles.footer}>
        {t("basedOn", { count: aggregate.shownCount ?? aggregate.answerCount })}
        {aggregate.respondedCount === undefined ? passLine : ""}
        {notShown ? <span className={styles.gentle}> · {notShown}</span> : null}
      </p>
    );
    if (aggregate.kind === "open_text" && aggregate.result && aggregate.result.entries.length > 0)
      content = <ProjectorWall entries={aggregate.result.entries} command={wallCommand} footer={footer} />;
    else if (aggregate.kind === "word_cloud" && aggregate.result && aggregate.result.words.length > 0)
      content = (
        <>
          <WordCloud result={aggregate.result} fit />
          {footer}
        </>
      );
    else
      content = (
        <FitBox contentKey={JSON.stringify(aggregate.result)} className={styles.fitted}>
          <Chart aggregate={aggregate} config={prompt?.config} size={size} />
          {footer}
        </FitBox>
      );
  } else {
    const notShown = notShownLine(t, aggregate, size);
    content = (
      <>
        <Chart aggregate={aggregate} config={prompt?.config} size={size} />
        <p className={styles.footer}>
          {t("basedOn", { count: aggregate.shownCount ?? aggregate.answerCount })}
          {aggregate.respondedCount === undefined ? passLine : ""}
        </p>
        {notShown && <p className={styles.gentle}>{notShown}</p>}
      </>
    );
  }

  return (
    <figure className={rootClass} aria-label={!showQuestion && question ? t("results", { question }) : undefined}>
      {showQuestion && question ? <figcaption className={styles.caption}>{question}</figcaption> : null}
      {content}
    </figure>
  );
}

function Chart({ aggregate, config, size }: { aggregate: PromptAggregate; config: unknown; size: AggregateSize }) {
  switch (aggregate.kind) {
    case "single_choice":
      return aggregate.result ? <ChoiceBars result={aggregate.result} multiple={false} /> : null;
    case "multiple_choice":
      return aggregate.result ? <ChoiceBars result={aggregate.result} multiple /> : null;
    case "scale":
      return aggregate.result ? <ScaleChart result={aggregate.result} config={config} /> : null;
    case "word_cloud":
      // the console shows the top of the cloud only: the full list of answers is in Moderation
      return aggregate.result ? <WordCloud result={aggregate.result} limit={size === "console" ? CONSOLE_CLOUD_WORDS : undefined} /> : null;
    case "open_text":
      return aggregate.result ? <OpenTextWall result={aggregate.result} size={size} /> : null;
    case "ranking":
      return aggregate.result ? <RankingList result={aggregate.result} /> : null;
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------
// Bars (single and multiple choice, scale)

type Bar = { key: string; label: ReactNode; count: number; percent: number };

function clampPercent(p: number) {
  return Number.isFinite(p) ? Math.max(0, Math.min(100, p)) : 0;
}

function Bars({ bars }: { bars: Bar[] }) {
  const t = useTranslations("aggregate");
  const format = useFormatter();
  return (
    <ul role="list" className={styles.bars}>
      {bars.map((bar) => (
        <li key={bar.key} className={styles.barItem}>
          <span className={styles.barLabel}>{bar.label}</span>
          <span className={styles.barRow}>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.fill} style={{ width: `${clampPercent(bar.percent)}%` }} />
            </span>
            <span className={styles.barValue}>
              <span aria-hidden="true">
                {format.number(bar.count)} <span className={styles.sep}>·</span> {format.number(bar.percent / 100, { style: "percent", maximumFractionDigits: 1 })}
              </span>
              <span className="visually-hidden">{t("barValue", { count: bar.count, percent: format.number(bar.percent) })}</span>
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function ChoiceBars({ result, multiple }: { result: ChoiceResult; multiple: boolean }) {
  const t = useTranslations("aggregate");
  return (
    <>
      <Bars bars={result.options.map((o) => ({ key: o.id, label: o.label, count: o.count, percent: o.percent }))} />
      {multiple ? <p className={styles.note}>{t("multiple")}</p> : null}
    </>
  );
}

/** A mean, median or average position: up to two decimals, in the page's language; a dash when there is none. */
function formatStat(format: Format, n: number | null): string {
  if (n === null || !Number.isFinite(n)) return "—";
  return format.number(Math.round(n * 100) / 100, { maximumFractionDigits: 2 });
}

function ScaleChart({ result, config }: { result: ScaleResult; config: unknown }) {
  const t = useTranslations("aggregate");
  const format = useFormatter();
  const parsed = readPromptConfig("scale", config);
  const max = parsed ? parsed.max : result.distribution.length;
  const minLabel = parsed?.minLabel ?? "";
  const maxLabel = parsed?.maxLabel ?? "";
  const labelFor = (value: number) => {
    const end = value === 1 ? minLabel : value === max ? maxLabel : "";
    return (
      <>
        <span className={styles.scaleValue}>{value}</span>
        {end ? <span className={styles.scaleEnd}> — {end}</span> : null}
      </>
    );
  };
  return (
    <>
      <dl className={styles.stats}>
        <div>
          <dt>{t("mean")}</dt>
          <dd>{formatStat(format, result.mean)}</dd>
        </div>
        <div>
          <dt>{t("median")}</dt>
          <dd>{formatStat(format, result.median)}</dd>
        </div>
        <div>
          <dt>{t("scale")}</dt>
          <dd>{t("scaleRange", { min: 1, max })}</dd>
        </div>
      </dl>
      <Bars bars={result.distribution.map((b) => ({ key: String(b.value), label: labelFor(b.value), count: b.count, percent: b.percent }))} />
    </>
  );
}

// ---------------------------------------------------------------------------
// Word cloud: a list of words, each sized by how many people used it

const CONSOLE_CLOUD_WORDS = 24;

function WordCloud({ result, fit = false, limit }: { result: WordCloudResult; fit?: boolean; limit?: number }) {
  const t = useTranslations("aggregate");
  if (result.words.length === 0) return <p className={styles.empty}>{t("noWords")}</p>;
  const counts = result.words.map((w) => w.count);
  const most = Math.max(...counts);
  const least = Math.min(...counts);
  // sizes come from the whole cloud, so a word keeps its size whether or not the rest fit
  const words = (list: WordCloudResult["words"]) => (
    <ul role="list" className={styles.cloud}>
      {list.map((w) => {
        const weight = most === least ? 0.5 : (w.count - least) / (most - least);
        return (
          <li key={w.word} className={styles.word} style={{ "--w": weight.toFixed(3) } as CSSProperties}>
            <span className={styles.wordText}>{w.word}</span>
            <span className={styles.wordCount} aria-hidden="true">
              {w.count}
            </span>
            <span className="visually-hidden">{t("wordCount", { count: w.count })}</span>
          </li>
        );
      })}
    </ul>
  );
  if (fit) return <FittedCloud result={result} renderWords={words} />;
  const listed = limit === undefined ? result.words : result.words.slice(0, limit);
  const more = result.distinctWords - listed.length;
  return (
    <>
      {words(listed)}
      {more > 0 ? <p className={styles.note}>{t("moreWords", { count: more })}</p> : null}
    </>
  );
}

// ---------------------------------------------------------------------------
// Open text: a wall of approved answers, as plain text

function OpenTextWall({ result, size }: { result: OpenTextResult; size: AggregateSize }) {
  const t = useTranslations("aggregate");
  if (result.entries.length === 0) return <p className={styles.empty}>{size === "console" ? t("noApprovedConsole") : t("noApproved")}</p>;
  return (
    <ul role="list" className={styles.wall}>
      {result.entries.map((entry, index) => (
        <li key={entry.responseId ?? `${index}-${entry.text.slice(0, 24)}`} className={styles.entry}>
          {entry.text}
        </li>
      ))}
    </ul>
  );
}

// ---------------------------------------------------------------------------
// Ranking: Borda points, with the average position written out

function RankingList({ result }: { result: RankingResult }) {
  const t = useTranslations("aggregate");
  const format = useFormatter();
  const n = result.items.length;
  const top = Math.max(1, ...result.items.map((i) => i.points));
  return (
    <>
      <ol role="list" className={styles.ranking}>
        {result.items.map((item, index) => (
          <li key={item.id} className={styles.rankItem}>
            <span className={styles.rankPlace} aria-hidden="true">
              {index + 1}
            </span>
            <span className={styles.rankBody}>
              <span className={styles.barLabel}>{item.label}</span>
              <span className={styles.barRow}>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.fill} style={{ width: `${clampPercent((item.points / top) * 100)}%` }} />
                </span>
                <span className={styles.barValue}>
                  {item.averagePosition === null ? t("notPlaced") : t("averagePosition", { position: formatStat(format, item.averagePosition) })}
                  <span className={styles.sep}> · </span>
                  {t("points", { count: item.points })}
                </span>
              </span>
            </span>
          </li>
        ))}
      </ol>
      {n > 1 ? <p className={styles.note}>{t("rankingNote", { count: n - 1 })}</p> : null}
    </>
  );
}

export default AggregateView;
