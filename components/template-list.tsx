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
import { useLocale, useTranslations } from "use-intl";
import { ArticleImport } from "./article-import";
import { NoticeBox } from "./template-list/notice-box";
import { TemplateCard } from "./template-list/template-card";
import { useTemplateListActions } from "./template-list/use-template-list-actions";
import languageStyles from "./template-language.module.css";
import styles from "./template-list.module.css";
import { useErrorText } from "./use-error-text";

export function TemplateList() {
  const t = useTranslations("templates");
  const errorText = useErrorText();
  const locale = useLocale();
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
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  }
  if (me.error) {
    return (
      <main id="main" className="page">
        <p className="error" role="alert">
          {errorText(me.error)}
        </p>
      </main>
    );
  }

  const { own, builtIn, otherLanguages } = groupTemplates(templates.data?.templates ?? [], locale);
  const card = (template: TemplateSummary) => <TemplateCard key={template.id} template={template} onNotice={show} onError={showError} onChanged={refresh} />;

  return (
    <main id="main" className={`page stack ${styles.page}`}>
      <nav aria-label={t("breadcrumb")} className={styles.breadcrumb}>
        <Link href="/dashboard">{t("backToSessions")}</Link>
      </nav>
      <ListHeader actions={actions} importing={importing} onToggleImport={() => setImporting((v) => !v)} />
      <p className="muted">{t("intro")}</p>

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

      {templates.isLoading ? <p aria-live="polite">{t("loadingTemplates")}</p> : null}
      {templates.error ? (
        <p className="error" role="alert">
          {errorText(templates.error)}{" "}
          <button type="button" className="button quiet" onClick={() => void templates.refetch()}>
            {t("tryAgain")}
          </button>
        </p>
      ) : null}

      {templates.data ? (
        <>
          <section aria-labelledby="own-heading" className="stack">
            <h2 id="own-heading">{t("ownHeading")}</h2>
            {own.length === 0 ? <p className="muted">{t("ownEmpty")}</p> : <ul className={styles.list}>{own.map(card)}</ul>}
          </section>
          <section aria-labelledby="builtin-heading" className="stack">
            <h2 id="builtin-heading">{t("builtInHeading")}</h2>
            <p className="muted">{t("builtInHint")}</p>
            <ul className={styles.list}>{builtIn.map(card)}</ul>
            {otherLanguages.length > 0 ? (
              <details className={languageStyles.otherLanguages}>
                <summary>{t("otherLanguages")}</summary>
                <ul className={styles.list}>{otherLanguages.map(card)}</ul>
              </details>
            ) : null}
          </section>
        </>
      ) : null}
    </main>
  );
}

function ListHeader({ actions, importing, onToggleImport }: { actions: ReturnType<typeof useTemplateListActions>; importing: boolean; onToggleImport: () => void }) {
  const t = useTranslations("templates");
  const { create, importFile, importJsonFile } = actions;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.header}>
      <h1>{t("title")}</h1>
      <div className="row">
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? t("creating") : t("newTemplate")}
        </button>
        <button type="button" className="button secondary" aria-expanded={importing} aria-controls="import-markdown" onClick={onToggleImport}>
          {t("importArticle")}
        </button>
        <button type="button" className="button secondary" disabled={importFile.isPending} onClick={() => fileInput.current?.click()}>
          {importFile.isPending ? t("importing") : t("importFile")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t("fileInputLabel")}
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
