"use client";
// One template on /templates: its title, counts and description, and what can
// be done with it (start, open, duplicate, rename, export, delete with a
// confirmation). Built-in templates can only be started, viewed, duplicated
// and exported.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { api } from "../../lib/client/api";
import { templateApi, type TemplateDetail, type TemplateSummary } from "../../lib/client/template-api";
import type { TemplateContent } from "../../lib/template-schema";
import styles from "../template-list.module.css";
import type { Notice } from "./notice-box";
import { RenameForm } from "./rename-form";

export function TemplateCard({
  template: t,
  onNotice,
  onError,
  onChanged,
}: {
  template: TemplateSummary;
  onNotice: (notice: Notice) => void;
  onError: (error: unknown, fallback: string) => void;
  onChanged: () => Promise<void>;
}) {
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "rename" | "confirm-delete">("view");
  const titleId = useId();
  const menuReturn = useRef<HTMLButtonElement>(null);
  const renameReturn = useRef<HTMLButtonElement>(null);

  const start = useMutation({
    mutationFn: () => api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId: t.id } }),
    onSuccess: ({ session }) => router.push(`/console/${session.id}`),
    onError: (error) => onError(error, "The session could not be started."),
  });
  const duplicate = useMutation({
    mutationFn: () => templateApi<{ template: TemplateDetail }>(`/api/templates/${t.id}/duplicate`, { method: "POST" }),
    onSuccess: async ({ template }) => {
      await onChanged();
      onNotice({ kind: "ok", message: `Made a copy: “${template.title}”. It is at the top of your templates.` });
    },
    onError: (error) => onError(error, "The template could not be copied."),
  });
  const remove = useMutation({
    mutationFn: () => templateApi<{ content: TemplateContent }>(`/api/templates/${t.id}`, { method: "DELETE" }),
    onSuccess: async ({ content }) => {
      await onChanged();
      onNotice({ kind: "ok", message: `Deleted “${t.title}”.`, undo: { title: t.title, content } });
    },
    onError: (error) => {
      setMode("view");
      onError(error, "The template could not be deleted.");
    },
  });

  const updated = new Date(t.updatedAt);
  const busy = start.isPending || duplicate.isPending || remove.isPending;

  return (
    <li className={`card ${styles.card}`}>
      <div className={styles.cardMain}>
        {mode === "rename" ? (
          <RenameForm
            template={t}
            onDone={async (renamed) => {
              setMode("view");
              if (renamed) {
                await onChanged();
                onNotice({ kind: "ok", message: `Renamed to “${renamed}”.` });
              }
              requestAnimationFrame(() => renameReturn.current?.focus());
            }}
          />
        ) : (
          <div className={styles.cardTitleRow}>
            <h3 id={titleId} className={styles.cardTitle}>
              {t.title}
            </h3>
            {t.builtIn ? <span className={styles.badge}>Built in</span> : null}
            {t.supportCardUnfinished ? <span className={styles.badge}>Support card unfinished</span> : null}
          </div>
        )}
        <p className={`muted ${styles.meta}`}>
          {t.stepCount} {t.stepCount === 1 ? "step" : "steps"} · {t.promptCount} {t.promptCount === 1 ? "prompt" : "prompts"}
          {t.builtIn ? "" : ` · changed ${updated.toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" })}`}
        </p>
        {t.description ? <p className={styles.description}>{t.description}</p> : null}
      </div>

      {mode === "confirm-delete" ? (
        <DeleteConfirm
          title={t.title}
          deleting={remove.isPending}
          onDelete={() => remove.mutate()}
          onCancel={() => {
            setMode("view");
            requestAnimationFrame(() => menuReturn.current?.focus());
          }}
        />
      ) : (
        <div className={styles.actions}>
          <button type="button" className="button" disabled={busy} onClick={() => start.mutate()}>
            {start.isPending ? "Starting…" : "Start a session"}
            <Hidden> from “{t.title}”</Hidden>
          </button>
          <Link className="button secondary" href={`/templates/${t.id}`}>
            {t.builtIn ? "View" : "Edit"}
            <Hidden> “{t.title}”</Hidden>
          </Link>
          <button type="button" className="button quiet" disabled={busy} onClick={() => duplicate.mutate()}>
            {duplicate.isPending ? "Copying…" : "Duplicate"}
            <Hidden> “{t.title}”</Hidden>
          </button>
          {!t.builtIn ? (
            <button ref={renameReturn} type="button" className="button quiet" disabled={busy || mode === "rename"} onClick={() => setMode("rename")}>
              Rename<Hidden> “{t.title}”</Hidden>
            </button>
          ) : null}
          <a className="button quiet" href={`/api/templates/${t.id}/export`} download>
            Export<Hidden> “{t.title}” as a file</Hidden>
          </a>
          {!t.builtIn ? (
            <button ref={menuReturn} type="button" className="button danger" disabled={busy} onClick={() => setMode("confirm-delete")}>
              Delete<Hidden> “{t.title}”</Hidden>
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

function Hidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

/** Deleting asks first; Cancel takes the focus, so Enter straight after never deletes. */
function DeleteConfirm({ title, deleting, onDelete, onCancel }: { title: string; deleting: boolean; onDelete: () => void; onCancel: () => void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className={styles.confirm} role="group" aria-label={`Delete “${title}”?`}>
      <p style={{ margin: 0 }}>
        <strong>Delete “{title}”?</strong> Sessions you already ran from it keep their own copy. You can undo this straight after.
      </p>
      <div className="row">
        <button type="button" className="button danger" disabled={deleting} onClick={onDelete}>
          {deleting ? "Deleting…" : "Delete template"}
        </button>
        <button ref={cancelRef} type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
