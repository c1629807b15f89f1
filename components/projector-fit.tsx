"use client";
// Two ways a projector view fits its screen without scrolling:
// - FitBox shrinks whatever it holds (charts, a step's text) step by step,
//   down to a readable floor, until it fits the space left; past the floor
//   the box clips rather than push the join bar off the screen;
// - FittedCloud shows as many words as fit, biggest first, and says how many
//   more there are.
// Both measure the real thing in place, before the browser paints, so each
// answer or word is in the page once.
import { useRef, useState, type CSSProperties, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { WordCloudResult } from "../lib/aggregation/types";
import { countThatFit } from "../lib/layout/pages";
import { useBrowserLayoutEffect, useElementSize } from "./use-fit";
import styles from "./projector-fit.module.css";

/** Shrink steps for FitBox; 0.7 keeps projector labels at or above ~24px at 1080p. */
const FIT_STEPS = [1, 0.92, 0.84, 0.77, 0.7] as const;

/**
 * `onSettled`: told, once the box stops shrinking, whether its content fits (the editor's preview
 * warns when even the smallest step does not).
 */
export function FitBox({ children, contentKey, className, onSettled }: { children: ReactNode; contentKey: string; className?: string; onSettled?: (fits: boolean) => void }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(areaRef);
  const [step, setStep] = useState(0);
  const measured = useRef("");
  // after each layout: start again from full size when the content or the
  // screen changed, otherwise take one step down while it still overflows
  useBrowserLayoutEffect(() => {
    const inner = innerRef.current;
    if (!inner || size.height === 0) return;
    const now = `${contentKey}|${size.width}|${size.height}`;
    if (now !== measured.current) {
      measured.current = now;
      if (step !== 0) return setStep(0);
    }
    const overflows = inner.scrollHeight > size.height + 1;
    if (overflows && step < FIT_STEPS.length - 1) setStep(step + 1);
    else onSettled?.(!overflows);
  });
  return (
    <div className={[styles.fitArea, className].filter(Boolean).join(" ")} ref={areaRef} style={{ "--fit": FIT_STEPS[step] } as CSSProperties} data-fit={FIT_STEPS[step]}>
      <div ref={innerRef}>{children}</div>
    </div>
  );
}

/**
 * The word cloud on the projector: the server sends the most used words,
 * most used first; this shows the leading ones that fit the space left and
 * "and 34 more words" for the rest (the cloud's own count, so it includes
 * words past the server's cap).
 */
export function FittedCloud({ result, renderWords }: { result: WordCloudResult; renderWords: (words: WordCloudResult["words"]) => ReactNode }) {
  const t = useTranslations("projector");
  const areaRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(areaRef);
  // measured: for which words and screen, how many fit; until then every word is laid out to be measured
  const [fit, setFit] = useState({ key: "", shown: result.words.length });
  const key = `${result.words.map((w) => `${w.word}:${w.count}`).join("|")}#${size.width}x${size.height}`;
  useBrowserLayoutEffect(() => {
    const list = areaRef.current?.firstElementChild;
    if (!list || size.height === 0 || fit.key === key) return;
    const boxes = [...list.children].map((item) => ({ top: (item as HTMLElement).offsetTop, height: (item as HTMLElement).offsetHeight }));
    setFit({ key, shown: countThatFit(boxes, size.height) });
  });
  const shown = fit.key === key ? fit.shown : result.words.length;
  const more = result.distinctWords - shown;
  return (
    <div className={styles.cloudFrame}>
      <div className={styles.fitArea} ref={areaRef}>
        {renderWords(result.words.slice(0, shown))}
      </div>
      {more > 0 ? <p className={styles.more}>{t("cloudMore", { count: more })}</p> : null}
    </div>
  );
}
