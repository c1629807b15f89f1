"use client";
// What the editor says above the form: that a built-in template is read-only, what an import noticed,
// and why the last save failed (each problem a link to its field; a conflict offers both ways out).
import type { RefObject } from "react";
import type { TemplateDraft } from "../../lib/client/template-draft";
import type { FieldProblem, SaveState } from "../../lib/client/template-editor-state";
import { describeField, domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";

export function ReadOnlyBanner() {
  return (
    <p className={`notice ${styles.banner}`}>
      <strong>This is a built-in template, so it can&apos;t be changed.</strong> Duplicate it to make your own copy, then edit that one.
    </p>
  );
}

export function ImportWarnings({ warnings, onDismiss }: { warnings: readonly string[]; onDismiss: () => void }) {
  return (
    <div className={`notice ${styles.banner}`} role="status">
      <p style={{ margin: 0 }}>
        <strong>Imported.</strong> Review the content note and the support resources, and add prompts to the steps. Notes from the import:
      </p>
      <ul>
        {warnings.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once and never reordered
          <li key={i}>{w}</li>
        ))}
      </ul>
      <button type="button" className="button quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

type ErrorSummaryProps = {
  save: SaveState & { message: string };
  problems: FieldProblem[];
  draft: TemplateDraft;
  summaryRef: RefObject<HTMLDivElement | null>;
  onGoToField: (fieldId: string) => void;
  onReload: () => void;
  onSaveAnyway: () => void;
};

export function ErrorSummary({ save, problems, draft, summaryRef, onGoToField, onReload, onSaveAnyway }: ErrorSummaryProps) {
  return (
    <div ref={summaryRef} tabIndex={-1} className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={styles.errorTitle}>
        {save.message}
      </h2>
      {save.kind === "invalid" ? (
        <ul>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of plain text and a link, with no state of their own to keep
            <li key={i}>
              <a
                href={`#${domId(p.fieldId)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGoToField(p.fieldId);
                }}
              >
                {describeField(p.fieldId, draft)}
              </a>{" "}
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {save.kind === "conflict" ? (
        <div className="row">
          <button type="button" className="button secondary" onClick={onReload}>
            Load the latest version (drops your changes)
          </button>
          <button type="button" className="button danger" onClick={onSaveAnyway}>
            Save mine anyway
          </button>
        </div>
      ) : null}
    </div>
  );
}
