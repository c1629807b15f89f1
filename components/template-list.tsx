"use client";
// /templates: the facilitator's own templates and the built-in ones. Create,
// import (an article pasted or from a file — components/article-import.tsx — or a template file), open in the editor,
// duplicate, rename, export, delete (with confirmation, and Undo), and start
// a session from any of them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { api, ApiError } from "../lib/client/api";
import { storageKeys } from "../lib/client/storage-keys";
import { templateApi, TemplateApiError, type TemplateDetail, type TemplateSummary } from "../lib/client/template-api";
import type { TemplateContent, TemplateError } from "../lib/template-schema";
import { ArticleImport } from "./article-import";
import styles from "./template-list.module.css";

/** Larger files are refused before reading (the server's limit for a template file is 1 MB). */
const MAX_JSON_FILE = 1_000_000;

type Notice = { kind: "ok" | "error"; message: string; fields?: TemplateError[]; undo?: { title: string; content: TemplateContent } };

export function TemplateList() {
  const router = useRouter();
  const client = useQueryClient();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { name: string; email: string } }>("/api/me"), retry: false });
  const templates = useQuery({
    queryKey: ["templates"],
    queryFn: () => api<{ templates: TemplateSummary[] }>("/api/templates"),
    enabled: me.isSuccess,
  });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["templates"] });

  useEffect(() => {
    if (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [me.error, router]);

  const show = (next: Notice) => {
    setNotice(next);
    // move focus to errors so keyboard and screen-reader users land on them
    if (next.kind === "error") requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const showError = (error: unknown, fallback: string) =>
    show({
      kind: "error",
      message: error instanceof Error && error.message ? error.message : fallback,
      fields: error instanceof TemplateApiError ? error.fields : undefined,
    });

  const create = useMutation({
    mutationFn: () => templateApi<{ template: TemplateDetail }>("/api/templates", { method: "POST", json: {} }),
    onSuccess: ({ template }) => {
      void refresh();
      router.push(`/templates/${template.id}`);
    },
    onError: (error) => showError(error, "The template could not be created."),
  });

  const importFile = useMutation({
    mutationFn: (text: string) =>
      templateApi<{ template: TemplateDetail }>("/api/templates/import/json", { method: "POST", body: text, headers: { "Content-Type": "application/json" } }),
    onSuccess: ({ template }) => {
      void refresh();
      show({ kind: "ok", message: `Imported “${template.title}” (${template.stepCount} steps, ${template.promptCount} prompts).` });
    },
    onError: (error) => showError(error, "The file could not be imported."),
  });

  const undoDelete = useMutation({
    mutationFn: (content: TemplateContent) => templateApi<{ template: TemplateDetail }>("/api/templates", { method: "POST", json: { content } }),
    onSuccess: ({ template }) => {
      void refresh();
      show({ kind: "ok", message: `Restored “${template.title}”.` });
    },
    onError: (error) => showError(error, "The template could not be restored."),
  });

  const fileInput = useRef<HTMLInputElement>(null);
  async function onJsonFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_JSON_FILE) {
      show({ kind: "error", message: `“${file.name}” is ${Math.ceil(file.size / 1000)} kB; a template file is much smaller than 1 MB. Choose a file exported from Hearth.` });
      return;
    }
    importFile.mutate(await file.text());
  }

  if (me.isLoading || (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED")) {
    return (
      <main id="main" className="page">
        <p aria-live="polite">Loading…</p>
      </main>
    );
  }
  if (me.error) {
    return (
      <main id="main" className="page">
        <p className="error" role="alert">
          {me.error.message}
        </p>
      </main>
    );
  }

  const all = templates.data?.templates ?? [];
  const own = all.filter((t) => !t.builtIn);
  const builtIn = all.filter((t) => t.builtIn);

  return (
    <main id="main" className={`page stack ${styles.page}`}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/dashboard">← Your sessions</Link>
      </nav>
      <div className={styles.header}>
        <h1>Templates</h1>
        <div className="row">
          <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
            {create.isPending ? "Creating…" : "New template"}
          </button>
          <button type="button" className="button secondary" aria-expanded={importing} aria-controls="import-markdown" onClick={() => setImporting((v) => !v)}>
            Import an article
          </button>
          <button type="button" className="button secondary" disabled={importFile.isPending} onClick={() => fileInput.current?.click()}>
            {importFile.isPending ? "Importing…" : "Import a template file"}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Template file to import"
            data-testid="template-file-input"
            onChange={(e) => {
              void onJsonFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </div>
      </div>
      <p className="muted">
        A template is an article split into steps, with the prompts, content note and support resources for a session. Sessions keep their own copy: editing a template never
        changes a session you already ran.
      </p>

      {notice ? (
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
              <button type="button" className="button secondary" disabled={undoDelete.isPending} onClick={() => notice.undo && undoDelete.mutate(notice.undo.content)}>
                Undo
              </button>
            ) : null}
            <button type="button" className="button quiet" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}

      {importing ? (
        <ArticleImport
          onCancel={() => setImporting(false)}
          onImported={(template, warnings) => {
            void refresh();
            if (warnings.length) sessionStorage.setItem(storageKeys.importWarnings(template.id), JSON.stringify(warnings));
            router.push(`/templates/${template.id}`);
          }}
        />
      ) : null}

      {templates.isLoading ? <p aria-live="polite">Loading templates…</p> : null}
      {templates.error ? (
        <p className="error" role="alert">
          {templates.error.message}{" "}
          <button type="button" className="button quiet" onClick={() => void templates.refetch()}>
            Try again
          </button>
        </p>
      ) : null}

      {templates.data ? (
        <>
          <section aria-labelledby="own-heading" className="stack">
            <h2 id="own-heading">Your templates</h2>
            {own.length === 0 ? (
              <p className="muted">You have no templates of your own yet. Create one, import an article, or duplicate a built-in template to adapt it for your group.</p>
            ) : (
              <ul className={styles.list}>
                {own.map((t) => (
                  <TemplateCard key={t.id} template={t} onNotice={show} onError={showError} onChanged={refresh} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="builtin-heading" className="stack">
            <h2 id="builtin-heading">Built in</h2>
            <p className="muted">Built-in templates can&apos;t be changed. Duplicate one to make your own copy to edit.</p>
            <ul className={styles.list}>
              {builtIn.map((t) => (
                <TemplateCard key={t.id} template={t} onNotice={show} onError={showError} onChanged={refresh} />
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </main>
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

// ---------------------------------------------------------------------------

function TemplateCard({
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
  const cancelDeleteRef = useRef<HTMLButtonElement>(null);
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

  useEffect(() => {
    if (mode === "confirm-delete") cancelDeleteRef.current?.focus();
  }, [mode]);

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
        <div className={styles.confirm} role="group" aria-label={`Delete “${t.title}”?`}>
          <p style={{ margin: 0 }}>
            <strong>Delete “{t.title}”?</strong> Sessions you already ran from it keep their own copy. You can undo this straight after.
          </p>
          <div className="row">
            <button type="button" className="button danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {remove.isPending ? "Deleting…" : "Delete template"}
            </button>
            <button
              ref={cancelDeleteRef}
              type="button"
              className="button quiet"
              onClick={() => {
                setMode("view");
                requestAnimationFrame(() => menuReturn.current?.focus());
              }}
            >
              Cancel
            </button>
          </div>
        </div>
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

function RenameForm({ template, onDone }: { template: TemplateSummary; onDone: (renamed: string | null) => void }) {
  const [title, setTitle] = useState(template.title);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === template.title) return onDone(null);
    setSaving(true);
    setError(null);
    try {
      const { template: renamed } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}`, { method: "PATCH", json: { title } });
      onDone(renamed.title);
    } catch (e) {
      const field = e instanceof TemplateApiError ? e.fields.find((f) => f.path === "title") : undefined;
      setError(field ? `The title ${field.message}.` : e instanceof Error ? e.message : "The title could not be saved.");
      setSaving(false);
    }
  }

  return (
    <form className={styles.rename} onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && onDone(null)}>
      <label htmlFor={inputId}>New title for “{template.title}”</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button" disabled={saving}>
          {saving ? "Saving…" : "Save title"}
        </button>
        <button type="button" className="button quiet" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
