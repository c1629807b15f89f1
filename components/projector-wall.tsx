"use client";
// The projector's open-text wall. A projector cannot scroll, so the approved
// answers are split into screenfuls: the type first shrinks (down to a floor
// still readable from the back of a room), then the wall pages, turning
// calmly by itself ("Page 2 of 5") unless the viewer prefers reduced motion
// or the facilitator paused it; the facilitator can also step it from the
// console. Every answer is laid out once, hidden, at each type size; the
// pages are whole rows of that layout, so what shows is exactly what was
// measured.
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import type { OpenTextEntry } from "../lib/aggregation/types";
import type { WallPageAction } from "../lib/events";
import { pagesOfColumns } from "../lib/layout/pages";
import { useBrowserLayoutEffect, useElementSize, usePrefersReducedMotion } from "./use-fit";
import styles from "./projector-wall.module.css";

/** Type sizes tried in turn, largest first; the last is the readable floor (see the CSS). */
const SCALES = [1, 0.86, 0.74] as const;
/** The type size (index in SCALES) of a wall that pages. */
const PAGED_SCALE = 1;
/** A page stays up long enough to read every answer on it. */
export const WALL_PAGE_MS = 15_000;

/** A facilitator's page action, numbered so the same action twice is two actions. */
export type WallCommand = { action: WallPageAction; seq: number };

function entryKey(entry: OpenTextEntry, index: number) {
  return entry.responseId ?? `${index}-${entry.text.slice(0, 24)}`;
}

/** The type sizes tried, in order: each of SCALES for one page, then the paged size. */
const TRIALS = [0, 1, 2, PAGED_SCALE] as const;

/** Which layout is being measured (all answers rendered) or settled on (one page rendered). */
type Fit = { key: string; trial: number; settled: boolean; pages: [number, number][] };

export function ProjectorWall({ entries, command, footer }: { entries: OpenTextEntry[]; command?: WallCommand | null; footer?: ReactNode }) {
  const t = useTranslations("projector.wall");
  const areaRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const size = useElementSize(areaRef);
  const reducedMotion = usePrefersReducedMotion();
  const [fit, setFit] = useState<Fit>({ key: "", trial: 0, settled: false, pages: [[0, entries.length]] });
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  const key = `${entries.map((e, i) => entryKey(e, i) + e.text.length).join("|")}#${size.width}x${size.height}`;

  // Measuring renders every answer in one list (the columns past the right
  // edge are clipped), so each answer is in the page once and only once; a
  // settled layout renders one page. Both happen before the browser paints.
  useBrowserLayoutEffect(() => {
    const list = listRef.current;
    if (!list || size.height === 0) return;
    if (fit.key !== key) return setFit({ key, trial: 0, settled: false, pages: fit.pages });
    if (fit.settled) return;
    const lefts = [...list.children].map((item) => (item as HTMLElement).offsetLeft);
    // the columns that start inside the screen's width make one page
    const perPage = new Set(lefts.filter((left) => left < size.width - 1).map(Math.round)).size;
    const pages = pagesOfColumns(lefts, perPage);
    // smaller type only when it brings everything onto one screen; when the
    // wall pages anyway, the middle size: fewer pages, still easy to read
    if (pages.length === 1 || fit.trial === TRIALS.length - 1) setFit({ key, trial: fit.trial, settled: true, pages });
    else setFit({ key, trial: fit.trial + 1, settled: false, pages: fit.pages });
  });

  const measuring = fit.key !== key || !fit.settled;
  const scale = TRIALS[fit.key === key ? fit.trial : 0]!;
  const pageCount = fit.pages.length;
  const current = Math.min(page, pageCount - 1);
  const turning = !paused && !reducedMotion && pageCount > 1;

  // a calm rotation: each page stays WALL_PAGE_MS, counted afresh after any turn
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is a trigger: the wait starts again after any turn
  useEffect(() => {
    if (!turning) return;
    const timer = setTimeout(() => setPage((p) => (Math.min(p, pageCount - 1) + 1) % pageCount), WALL_PAGE_MS);
    return () => clearTimeout(timer);
  }, [turning, current, pageCount]);

  // a new page fades in (not with reduced motion)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `current` is a trigger: each new page fades in
  useEffect(() => {
    if (!reducedMotion) listRef.current?.animate?.([{ opacity: 0 }, { opacity: 1 }], { duration: 600, easing: "ease-out" });
  }, [current, reducedMotion]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per facilitator command (its seq), with the page count of that render
  useEffect(() => {
    if (!command) return;
    if (command.action === "pause") setPaused(true);
    else if (command.action === "resume") setPaused(false);
    else setPage((p) => (Math.min(p, pageCount - 1) + (command.action === "next" ? 1 : pageCount - 1)) % pageCount);
  }, [command?.seq]);

  const [start, end] = measuring ? [0, entries.length] : (fit.pages[current] ?? [0, entries.length]);
  const style = { "--wall-scale": SCALES[scale], "--wall-max": `${size.height}px` } as CSSProperties;
  const status = paused ? t("paused") : reducedMotion ? t("manual") : t("turning");

  return (
    <div className={styles.frame}>
      <div className={styles.area} ref={areaRef}>
        <ul role="list" className={styles.wall} style={style} ref={listRef} data-wall-page={current + 1}>
          {entries.slice(start, end).map((entry, i) => (
            <li key={entryKey(entry, start + i)} className={styles.entry}>
              {entry.text}
            </li>
          ))}
        </ul>
      </div>
      {/* one line under the wall: the page (when there are several) and the footer beside it */}
      <div className={styles.under}>
        {pageCount > 1 ? (
          <p className={styles.pageLine} data-wall-status={paused ? "paused" : turning ? "turning" : "manual"}>
            {t("page", { page: current + 1, count: pageCount })} <span className={styles.pageStatus}>· {status}</span>
          </p>
        ) : null}
        {footer}
      </div>
    </div>
  );
}
