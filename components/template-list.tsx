"use client";
// /templates: the facilitator's own templates and the built-in ones. Create,
// import (an article pasted or from a file — components/article-import.tsx — or a template file), open in the editor,
// duplicate, rename, export, delete (with confirmation, and Undo), and start
// a session from any of them. Each template's card: template-list/template-card.tsx.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api, ApiError } from "../lib/client/api";
import { storageKeys } from "../lib/client/storage-keys";
import type { TemplateSummary } from "../lib/client/template-api";
import { groupTemplates } from "../lib/client/template-groups";
import { ArticleImport } from "./article-import";
import { NoticeBox } from "./template-list/notice-box";
import { TemplateCard } from "./template-list/template-card";
import { useTemplateListActions } from "./template-list/use-template-list-actions";
import styles from "./template-list.module.css";

export function TemplateList() {
  const router = useRouter();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { name: string; email: string } }>("/api/me"), retry: false });
  const templates = useQuery({
    queryKey: ["templates"],
    queryFn: () => api<{ templates: TemplateSummary[] }>("/api/templates"),
    enabled: me.isSuccess,
  });
  const actions = useTemplateListActions();
  const { notice, show, showError, refresh } = actions;
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    if (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [me.error, router]);

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

  const { own, builtIn } = groupTemplates(templates.data?.templates ?? []);

  return (
    <main id="main" className={`page stack ${styles.page}`}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link href="/dashboard">← Your sessions</Link>
      </nav>
      <ListHeader actions={actions} importing={importing} onToggleImport={() => setImporting((v) => !v)} />
      <p className="muted">
        A template is an article split into steps, with the prompts, content note and support resources for a session. Sessions keep their own copy: editing a template never
        changes a session you already ran.
      </p>

      {notice ? (
        <NoticeBox
          notice={notice}
          noticeRef={actions.noticeRef}
          undoing={actions.undoDelete.isPending}
          onUndo={(content) => actions.undoDelete.mutate(content)}
          onDismiss={actions.dismiss}
        />
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

function ListHeader({ actions, importing, onToggleImport }: { actions: ReturnType<typeof useTemplateListActions>; importing: boolean; onToggleImport: () => void }) {
  const { create, importFile, importJsonFile } = actions;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.header}>
      <h1>Templates</h1>
      <div className="row">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? "Creating…" : "New template"}
        </button>
        <button type="button" className="button secondary" aria-expanded={importing} aria-controls="import-markdown" onClick={onToggleImport}>
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
            void importJsonFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
    </div>
  );
}
