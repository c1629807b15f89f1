"use client";
// What the editor says above the form: that a built-in template is read-only, what an import noticed,
// and why the last save failed (each problem a link to its field; a conflict offers both ways out).
import type { RefObject } from "react";
import { useTranslations } from "use-intl";
import type { TemplateDraft } from "../../lib/client/template-draft";
import type { ImportWarning } from "../../lib/markdown-import/warnings";
import type { FieldProblem, SaveState } from "../../lib/client/template-editor-state";
import { describeField, domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";
import { problemText } from "./problem-text";

export function ReadOnlyBanner() {
  const t = useTranslations("templateEditor.notices");
  return <p className={`notice ${styles.banner}`}>{t.rich("readOnly", { strong: (chunks) => <strong>{chunks}</strong> })}</p>;
}

export function ImportWarnings({ warnings, onDismiss }: { warnings: readonly ImportWarning[]; onDismiss: () => void }) {
  const t = useTranslations("templateEditor.notices");
  // a warning's code names its message and its values are that message's arguments (lib/markdown-import/warnings.ts)
  const warningText = useTranslations("articleImport.warnings") as unknown as (code: string, values: ImportWarning["values"]) => string;
  return (
    <div className={`notice ${styles.banner}`} role="status">
      <p style={{ margin: 0 }}>{t.rich("imported", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ul>
        {warnings.map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once and never reordered
          <li key={i}>{warningText(w.code, w.values)}</li>
        ))}
      </ul>
      <button type="button" className="button quiet" onClick={onDismiss}>
        {t("dismiss")}
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
  const t = useTranslations("templateEditor");
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
              {t.rich("notices.summaryProblem", {
                name: describeField(p.fieldId, draft, t),
                problem: problemText(t, p),
                field: (chunks) => (
                  <a
                    href={`#${domId(p.fieldId)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onGoToField(p.fieldId);
                    }}
                  >
                    {chunks}
                  </a>
                ),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {save.kind === "conflict" ? (
        <div className="row">
          <button type="button" className="button secondary" onClick={onReload}>
            {t("notices.loadLatest")}
          </button>
          <button type="button" className="button danger" onClick={onSaveAnyway}>
            {t("notices.saveAnyway")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
