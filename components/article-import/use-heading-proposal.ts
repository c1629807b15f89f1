"use client";
// Plain text without Markdown headings gets a proposal: the headings Hearth
// found (each can be unticked) and what to do with part titles. Computed from
// the deferred text: a long article re-imports on every keystroke otherwise.
import { useDeferredValue, useMemo, useState } from "react";
import { detectHeadings, hasMarkdownHeadings, type PartTitles } from "../../lib/plain-text-headings";

/** `open`: the facilitator has neither accepted nor declined a split of this text. */
export function useHeadingProposal(text: string, open: boolean) {
  const [partTitles, setPartTitles] = useState<PartTitles>("step");
  const [notHeadings, setNotHeadings] = useState<ReadonlySet<number>>(new Set());
  const deferredText = useDeferredValue(text);
  const offerSplit = open && deferredText.trim() !== "" && !hasMarkdownHeadings(deferredText);
  // Candidates come from the text as it is; the proposal leaves out what was unticked.
  const candidates = useMemo(() => (offerSplit ? detectHeadings(deferredText, { partTitles }).headings : []), [offerSplit, deferredText, partTitles]);
  const proposal = useMemo(
    () => (offerSplit && candidates.length > 0 ? detectHeadings(deferredText, { partTitles, notHeadings }) : null),
    [offerSplit, candidates.length, deferredText, partTitles, notHeadings],
  );
  const toggle = (line: number) =>
    setNotHeadings((current) => {
      const next = new Set(current);
      if (!next.delete(line)) next.add(line);
      return next;
    });
  return { deferredText, candidates, proposal, partTitles, setPartTitles, notHeadings, toggle, clearTicks: () => setNotHeadings(new Set()) };
}

export type HeadingProposalState = ReturnType<typeof useHeadingProposal>;
