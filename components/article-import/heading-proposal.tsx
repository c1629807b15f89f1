"use client";
// The headings Hearth found in plain text, each of which can be unticked, and
// what to do with part titles; nothing changes until the facilitator chooses.
import type { RefObject } from "react";
import { useTranslations } from "use-intl";
import type { DetectedHeading } from "../../lib/plain-text-headings";
import styles from "../article-import.module.css";
import type { HeadingProposalState } from "./use-heading-proposal";

type Props = { split: HeadingProposalState; proposalRef: RefObject<HTMLElement | null>; id: string };

export function HeadingProposal({ split, proposalRef, id }: Props) {
  const t = useTranslations("articleImport.proposal");
  const { candidates, proposal, partTitles, setPartTitles, notHeadings, toggle } = split;
  if (!proposal) return null;
  return (
    <section ref={proposalRef} tabIndex={-1} className={styles.proposal} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className={styles.h3}>
        {t("found", { count: candidates.length })}
      </h3>
      <p className="muted" style={{ margin: 0 }}>
        {t("untick")}
      </p>
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">{t("headingsFound")}</legend>
        <ul className={styles.candidates}>
          {candidates.map((h) => (
            <li key={`${h.line}:${h.title}`}>
              <label className={styles.check}>
                <input type="checkbox" checked={!notHeadings.has(h.line)} onChange={() => toggle(h.line)} />
                <span>
                  {h.title} <span className="muted">({t(`kind.${h.kind satisfies DetectedHeading["kind"]}`)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {proposal.partTitleCount > 0 ? (
        <fieldset className={styles.fieldset}>
          <legend>{t("partTitles", { count: proposal.partTitleCount })}</legend>
          <label className={styles.check}>
            <input type="radio" name={id} checked={partTitles === "step"} onChange={() => setPartTitles("step")} />
            <span>{t("partStep")}</span>
          </label>
          <label className={styles.check}>
            <input type="radio" name={id} checked={partTitles === "merge"} onChange={() => setPartTitles("merge")} />
            <span>{t("partMerge")}</span>
          </label>
        </fieldset>
      ) : null}
      {proposal.droppedLines.length > 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          {t("dropped", { count: proposal.droppedLines.length, lines: proposal.droppedLines.map((text) => t("quoted", { text })).join(", ") })}
        </p>
      ) : null}
    </section>
  );
}
