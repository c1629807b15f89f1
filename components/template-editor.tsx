"use client";
// /templates/<id>: the template editor.
//
// Left, the outline: the template's details, its support resources, and its
// steps (select, Move up / Move down, add). Middle, the selected part's form.
// Right, a live preview as a phone or as the projector.
//
// Edits stay in a local draft until "Save" (or Ctrl/Cmd+S); the server
// validates the whole template and answers with every problem's field path,
// which is shown next to that field and listed at the top. Saves carry the
// version the editor loaded, so a change made meanwhile in another tab is not
// silently overwritten. Built-in templates open read-only.
//
// This file loads the template and lays the editor out; its parts are in components/template-editor/
// (the outline, the top bar, the form of each part) and its state is one reducer in
// lib/client/template-editor-state.ts.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";
import { templateApi, TemplateApiError, type TemplateDetail } from "../lib/client/template-api";
import { newStep } from "../lib/client/template-draft";
import { previewTarget, RESOURCES } from "../lib/client/template-editor-state";
import styles from "./template-editor.module.css";
import { DetailsEditor } from "./template-editor/details-editor";
import { EditorContext, type Updater } from "./template-editor/fields";
import { ErrorSummary, ImportWarnings, ReadOnlyBanner } from "./template-editor/notices";
import { Outline } from "./template-editor/outline";
import { ResourcesEditor } from "./template-editor/resources-editor";
import { StepEditor } from "./template-editor/step-editor";
import { TopBar } from "./template-editor/top-bar";
import { useImportWarnings, useTemplateEditor } from "./template-editor/use-template-editor";
import { TemplatePreview, type PreviewMode } from "./template-preview";

export function TemplateEditor({ templateId }: { templateId: string }) {
  const router = useRouter();
  const client = useQueryClient();
  // bumped to start the editor afresh from the server's latest version
  const [generation, setGeneration] = useState(0);
  const t = useTranslations("templateEditor.page");
  const errors = useTranslations("common.errors");
  const query = useQuery({
    queryKey: ["template", templateId],
    queryFn: () => templateApi<{ template: TemplateDetail }>(`/api/templates/${templateId}`),
    retry: false,
    // loaded fresh on every visit (the list may have renamed it meanwhile),
    // and never refetched underneath an open editor
    staleTime: Infinity,
    gcTime: 0,
  });

  useEffect(() => {
    if (query.error instanceof TemplateApiError && query.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [query.error, router]);

  if (query.isLoading) {
    return (
      <main id="main" className="page">
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  }
  if (query.error || !query.data) {
    const notFound = query.error instanceof TemplateApiError && query.error.code === "NOT_FOUND";
    const code = errorCodeOf(query.error);
    return (
      <main id="main" className="page stack">
        <h1>{t(notFound ? "notFound" : "notLoaded")}</h1>
        <p className="error" role="alert">
          {notFound ? t("notFoundDetail") : code ? errors(code) : errors("INTERNAL")}
        </p>
        <Link className="button secondary" href="/templates">
          {t("backToTemplates")}
        </Link>
      </main>
    );
  }
  return (
    <Editor
      key={`${query.data.template.id}:${generation}`}
      template={query.data.template}
      onSaved={(template) => {
        client.setQueryData(["template", templateId], { template });
        void client.invalidateQueries({ queryKey: ["templates"] });
      }}
      onReload={() => {
        void query.refetch().then(() => setGeneration((g) => g + 1));
      }}
    />
  );
}

// ---------------------------------------------------------------------------

function Editor({ template, onSaved, onReload }: { template: TemplateDetail; onSaved: (t: TemplateDetail) => void; onReload: () => void }) {
  const { state, dispatch, readOnly, dirty, doSave, summaryRef } = useTemplateEditor(template, onSaved);
  const [warnings, dismissWarnings] = useImportWarnings(template.id);
  const [previewMode, setPreviewMode] = useState<PreviewMode>("phone");
  const { draft, selected, problems, save } = state;
  const t = useTranslations("templateEditor");

  const update: Updater = useCallback((change) => dispatch({ type: "edit", change }), [dispatch]);
  const clearProblem = useCallback((fieldId: string) => dispatch({ type: "clearProblem", fieldId }), [dispatch]);
  const context = useMemo(() => ({ problems, clearProblem, readOnly, templateId: template.id }), [problems, clearProblem, readOnly, template.id]);

  function discard() {
    if (!window.confirm(t("page.confirmDiscard"))) return;
    dispatch({ type: "discard" });
  }

  const selectedIndex = draft.steps.findIndex((s) => s.uid === selected);

  return (
    <EditorContext.Provider value={context}>
      <main id="main" className={styles.page}>
        <TopBar
          templateId={template.id}
          title={draft.title}
          readOnly={readOnly}
          dirty={dirty}
          save={save}
          onSave={() => void doSave()}
          onDiscard={discard}
          onError={(message) => dispatch({ type: "saveFailed", kind: "error", message })}
        />

        {readOnly ? <ReadOnlyBanner /> : null}
        {warnings.length ? <ImportWarnings warnings={warnings} onDismiss={dismissWarnings} /> : null}
        {(save.kind === "invalid" && problems.length > 0) || save.kind === "conflict" || save.kind === "error" ? (
          <ErrorSummary
            save={save}
            problems={problems}
            draft={draft}
            summaryRef={summaryRef}
            onGoToField={(fieldId) => dispatch({ type: "goToField", fieldId })}
            onReload={onReload}
            onSaveAnyway={() => void doSave(true)}
          />
        ) : null}

        <p className="visually-hidden" aria-live="polite">
          {state.announcement}
        </p>

        <div className={styles.layout}>
          <Outline
            draft={draft}
            selected={selected}
            problems={problems}
            readOnly={readOnly}
            onSelect={(part) => dispatch({ type: "select", part })}
            onMove={(uid, delta) => dispatch({ type: "moveStep", uid, delta })}
            onAdd={() => dispatch({ type: "addStep", step: newStep(draft, t("state.newStep")) })}
          />

          <div className={styles.form}>
            <fieldset className={styles.readOnlyWrap} disabled={readOnly}>
              <legend className="visually-hidden">{t(readOnly ? "page.legendReadOnly" : "page.legendEdit")}</legend>
              {selectedIndex >= 0 ? (
                <StepEditor key={selected} draft={draft} index={selectedIndex} update={update} onDelete={() => dispatch({ type: "deleteStep", uid: selected })} />
              ) : selected === RESOURCES ? (
                <ResourcesEditor draft={draft} update={update} />
              ) : (
                <DetailsEditor draft={draft} update={update} />
              )}
            </fieldset>
          </div>

          <aside className={styles.preview} aria-labelledby="preview-heading">
            <div className={styles.previewHeader}>
              <h2 id="preview-heading" className={styles.previewTitle}>
                {t("page.preview")}
              </h2>
              <div className={styles.toggle} role="group" aria-label={t("page.previewAs")}>
                {(["phone", "projector"] as const).map((mode) => (
                  <button key={mode} type="button" aria-pressed={previewMode === mode} className={styles.toggleButton} onClick={() => setPreviewMode(mode)}>
                    {t(mode === "phone" ? "page.phone" : "page.projector")}
                  </button>
                ))}
              </div>
            </div>
            <TemplatePreview draft={draft} target={previewTarget(state)} mode={previewMode} />
          </aside>
        </div>
      </main>
    </EditorContext.Provider>
  );
}
