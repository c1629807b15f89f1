"use client";
// The editor's outline: the details, the support resources, and the steps (select, move up and down,
// add), each with a badge counting the server's problems in it.
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { hasPlaceholderResources } from "../../content/asking-for-help";
import type { TemplateDraft } from "../../lib/client/template-draft";
import { DETAILS, problemCounts, RESOURCES, type FieldProblem } from "../../lib/client/template-editor-state";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import styles from "../template-editor.module.css";

type OutlineProps = {
  draft: TemplateDraft;
  selected: string;
  problems: FieldProblem[];
  readOnly: boolean;
  onSelect: (part: string) => void;
  onMove: (uid: string, delta: -1 | 1) => void;
  onAdd: () => void;
};

export function Outline({ draft, selected, problems, readOnly, onSelect, onMove, onAdd }: OutlineProps) {
  const counts = problemCounts(problems);
  const t = useTranslations("templateEditor");
  return (
    <nav className={styles.outline} aria-label={t("outline.label")}>
      <ul className={styles.outlineList}>
        <li>
          <OutlineButton id="select-details" current={selected === DETAILS} onClick={() => onSelect(DETAILS)} problems={counts.details}>
            {t("outline.details")}
          </OutlineButton>
        </li>
        <li>
          <OutlineButton id="select-resources" current={selected === RESOURCES} onClick={() => onSelect(RESOURCES)} problems={counts.resources}>
            {t("outline.resources")}
            {hasPlaceholderResources({ title: "", items: draft.resources.items }) ? (
              <span className={styles.todo}>
                <span className="visually-hidden">, </span>
                {t("outline.addLocal")}
              </span>
            ) : null}
          </OutlineButton>
        </li>
      </ul>
      <h2 className={styles.outlineHeading} id="steps-heading">
        {t("outline.steps")} <span className="muted">({draft.steps.length})</span>
      </h2>
      <ol className={styles.outlineList} aria-labelledby="steps-heading">
        {draft.steps.map((step, i) => {
          const title = step.title || t("outline.untitledStep");
          return (
            <li key={step.uid} className={styles.outlineStep}>
              <OutlineButton id={`select-${step.uid}`} current={selected === step.uid} onClick={() => onSelect(step.uid)} problems={counts.byStep.get(step.uid) ?? 0}>
                <span className={styles.stepNumber}>{i + 1}.</span> {title}
                {step.prompt ? (
                  <span className={styles.kindTag}>
                    <span className="visually-hidden">, </span>
                    {t(`kinds.${step.prompt.kind}`)}
                  </span>
                ) : null}
              </OutlineButton>
              {!readOnly ? (
                <span className={styles.moveButtons}>
                  <button
                    id={`move-up-${step.uid}`}
                    type="button"
                    className={styles.iconButton}
                    disabled={i === 0}
                    onClick={() => onMove(step.uid, -1)}
                    aria-label={t("outline.moveUp", { title })}
                    title={t("outline.moveUpShort")}
                  >
                    ↑
                  </button>
                  <button
                    id={`move-down-${step.uid}`}
                    type="button"
                    className={styles.iconButton}
                    disabled={i === draft.steps.length - 1}
                    onClick={() => onMove(step.uid, 1)}
                    aria-label={t("outline.moveDown", { title })}
                    title={t("outline.moveDownShort")}
                  >
                    ↓
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <button type="button" className="button secondary" onClick={onAdd} disabled={draft.steps.length >= TEMPLATE_LIMITS.maxSteps}>
          {t("outline.addStep")}
        </button>
      ) : null}
      {!readOnly && draft.steps.length >= TEMPLATE_LIMITS.maxSteps ? <p className="muted">{t("outline.maxSteps", { max: TEMPLATE_LIMITS.maxSteps })}</p> : null}
    </nav>
  );
}

function OutlineButton({ id, current, onClick, problems, children }: { id: string; current: boolean; onClick: () => void; problems: number; children: ReactNode }) {
  const t = useTranslations("templateEditor.outline");
  return (
    <button id={id} type="button" className={styles.outlineButton} aria-current={current ? "true" : undefined} onClick={onClick}>
      <span className={styles.outlineText}>{children}</span>
      {problems > 0 ? (
        <span className={styles.problemBadge}>
          <span className="visually-hidden">, </span>
          {t("problems", { count: problems })}
        </span>
      ) : null}
    </button>
  );
}
