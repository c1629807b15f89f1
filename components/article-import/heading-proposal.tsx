"use client";
// The headings Hearth found in plain text, each of which can be unticked, and
// what to do with part titles; nothing changes until the facilitator chooses.
import type { RefObject } from "react";
import type { DetectedHeading } from "../../lib/plain-text-headings";
import styles from "../article-import.module.css";
import type { HeadingProposalState } from "./use-heading-proposal";

const KIND_LABEL: Record<DetectedHeading["kind"], string> = {
  title: "article title",
  heading: "heading",
  numbered: "numbered point",
  part: "part title",
  conclusion: "added: the text after the last point",
};

type Props = { split: HeadingProposalState; proposalRef: RefObject<HTMLElement | null>; id: string };

export function HeadingProposal({ split, proposalRef, id }: Props) {
  const { candidates, proposal, partTitles, setPartTitles, notHeadings, toggle } = split;
  if (!proposal) return null;
  return (
    <section ref={proposalRef} tabIndex={-1} className={styles.proposal} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className={styles.h3}>
        Hearth found {candidates.length} {candidates.length === 1 ? "heading" : "headings"} in the text
      </h3>
      <p className="muted" style={{ margin: 0 }}>
        Untick any line that is not a heading. Nothing is changed until you choose below.
      </p>
      <fieldset className={styles.fieldset}>
        <legend className="visually-hidden">Headings found</legend>
        <ul className={styles.candidates}>
          {candidates.map((h) => (
            <li key={`${h.line}:${h.title}`}>
              <label className={styles.check}>
                <input type="checkbox" checked={!notHeadings.has(h.line)} onChange={() => toggle(h.line)} />
                <span>
                  {h.title} <span className="muted">({KIND_LABEL[h.kind]})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {proposal.partTitleCount > 0 ? (
        <fieldset className={styles.fieldset}>
          <legend>{proposal.partTitleCount === 1 ? "1 part title" : `${proposal.partTitleCount} part titles`} (a heading straight before another heading):</legend>
          <label className={styles.check}>
            <input type="radio" name={id} checked={partTitles === "step"} onChange={() => setPartTitles("step")} />
            <span>a short title step of their own</span>
          </label>
          <label className={styles.check}>
            <input type="radio" name={id} checked={partTitles === "merge"} onChange={() => setPartTitles("merge")} />
            <span>merged into the next step, as its first line</span>
          </label>
        </fieldset>
      ) : null}
      {proposal.droppedLines.length > 0 ? (
        <p className="muted" style={{ margin: 0 }}>
          Left out {proposal.droppedLines.length} newsletter {proposal.droppedLines.length === 1 ? "line" : "lines"}: {proposal.droppedLines.map((l) => `“${l}”`).join(", ")}.
        </p>
      ) : null}
    </section>
  );
}
