"use client";
// What the template list says after an action: done (with Undo after a
// delete), or why not, with the file's problems field by field.
import type { RefObject } from "react";
import { useTranslations } from "use-intl";
import type { TemplateContent, TemplateError } from "../../lib/template-schema";
import { problemText } from "../template-editor/problem-text";
import styles from "../template-list.module.css";

/** What failed, for the error's headline (messages: templates.failed). */
export type FailedAction = "create" | "importFile" | "restore" | "start" | "duplicate" | "delete" | "rename";

/** `message`: already in the page's language; with `fields`, it is the headline above them. */
export type Notice = { kind: "ok" | "error"; message: string; fields?: TemplateError[]; undo?: { title: string; content: TemplateContent } };

type Props = { notice: Notice; noticeRef: RefObject<HTMLDivElement | null>; undoing: boolean; onUndo: (content: TemplateContent) => void; onDismiss: () => void };

export function NoticeBox({ notice, noticeRef, undoing, onUndo, onDismiss }: Props) {
  const t = useTranslations("templates.notice");
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className={notice.kind === "error" ? `card ${styles.errorBox}` : `notice ${styles.okBox}`}
      role={notice.kind === "error" ? "alert" : "status"}
    >
      <p className={notice.kind === "error" ? "error" : undefined} style={{ margin: 0 }}>
        {notice.fields?.length ? t("withFields", { headline: notice.message }) : notice.message}
      </p>
      {notice.fields?.length ? <FieldList fields={notice.fields} /> : null}
      <div className="row" style={{ marginTop: "0.75rem" }}>
        {notice.undo ? (
          <button type="button" className="button secondary" disabled={undoing} onClick={() => notice.undo && onUndo(notice.undo.content)}>
            {t("undo")}
          </button>
        ) : null}
        <button type="button" className="button quiet" onClick={onDismiss}>
          {t("dismiss")}
        </button>
      </div>
    </div>
  );
}

function FieldList({ fields }: { fields: TemplateError[] }) {
  const t = useTranslations("templates.notice");
  // each problem by its code, as the editor says it (templateEditor.problems; the page loads that namespace)
  const problems = useTranslations("templateEditor");
  const shown = fields.slice(0, 12);
  return (
    <ul className={styles.fields}>
      {shown.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one answer's problems, plain text, replaced whole
        <li key={i}>
          <code>{f.path}</code> {problemText(problems, { fieldId: f.path, ...f })}
        </li>
      ))}
      {fields.length > shown.length ? <li>{t("moreFields", { count: fields.length - shown.length })}</li> : null}
    </ul>
  );
}
