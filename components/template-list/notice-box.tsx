"use client";
// What the template list says after an action: done (with Undo after a
// delete), or why not, with the file's problems field by field.
import type { RefObject } from "react";
import type { TemplateContent, TemplateError } from "../../lib/template-schema";
import styles from "../template-list.module.css";

export type Notice = { kind: "ok" | "error"; message: string; fields?: TemplateError[]; undo?: { title: string; content: TemplateContent } };

type Props = { notice: Notice; noticeRef: RefObject<HTMLDivElement | null>; undoing: boolean; onUndo: (content: TemplateContent) => void; onDismiss: () => void };

export function NoticeBox({ notice, noticeRef, undoing, onUndo, onDismiss }: Props) {
  return (
    <div
      ref={noticeRef}
      tabIndex={-1}
      className={notice.kind === "error" ? `card ${styles.errorBox}` : `notice ${styles.okBox}`}
      role={notice.kind === "error" ? "alert" : "status"}
    >
      <p className={notice.kind === "error" ? "error" : undefined} style={{ margin: 0 }}>
        {/* with a list of fields, the headline is the message's first part ("The file was not imported") */}
        {notice.fields?.length ? `${notice.message.split(" — ")[0]}:` : notice.message}
      </p>
      {notice.fields?.length ? <FieldList fields={notice.fields} /> : null}
      <div className="row" style={{ marginTop: "0.75rem" }}>
        {notice.undo ? (
          <button type="button" className="button secondary" disabled={undoing} onClick={() => notice.undo && onUndo(notice.undo.content)}>
            Undo
          </button>
        ) : null}
        <button type="button" className="button quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

function FieldList({ fields }: { fields: TemplateError[] }) {
  const shown = fields.slice(0, 12);
  return (
    <ul className={styles.fields}>
      {shown.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one answer's problems, plain text, replaced whole
        <li key={i}>
          <code>{f.path}</code> {f.message}
        </li>
      ))}
      {fields.length > shown.length ? <li>…and {fields.length - shown.length} more.</li> : null}
    </ul>
  );
}
