"use client";
// The template editor's state and its effects on the page: the reducer of
// lib/client/template-editor-state.ts, saving with If-Match (a change made meanwhile in another tab is
// a conflict, not silently overwritten), Ctrl/Cmd+S, the warning before a tab with unsaved work closes,
// and focus after an action.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../../lib/client/errors";
import { storageKeys } from "../../lib/client/storage-keys";
import { templateApi, TemplateApiError, type TemplateDetail } from "../../lib/client/template-api";
import { createEditorReducer, initialEditorState, serializeDraft } from "../../lib/client/template-editor-state";
import { domId } from "../../lib/client/template-field-names";
import { isImportWarning, type ImportWarning } from "../../lib/markdown-import/warnings";

export function useTemplateEditor(template: TemplateDetail, onSaved: (t: TemplateDetail) => void) {
  const readOnly = !template.editable;
  const t = useTranslations("templateEditor");
  const errors = useTranslations("common.errors");
  // the reducer speaks the page's language (its announcements, "Not saved: …")
  const reducer = useMemo(() => createEditorReducer(t), [t]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialEditorState(template.content, template.version));
  const summaryRef = useRef<HTMLDivElement>(null);
  const serialized = useMemo(() => serializeDraft(state.draft), [state.draft]);
  const dirty = !readOnly && serialized !== state.baseline;

  // Don't lose unsaved work to a closed tab or a reload.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  // Focus requested by the last action, once React has rendered it.
  useEffect(() => {
    if (state.focus) focusField(state.focus.target);
  }, [state.focus]);

  const { draft, version } = state;
  const saving = state.save.kind === "saving";
  const doSave = useCallback(
    async (force = false) => {
      if (readOnly || saving || (!dirty && !force)) return;
      const sent = draft;
      const content = JSON.parse(serialized) as unknown;
      dispatch({ type: "saveStarted" });
      try {
        const { template: saved } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}`, {
          method: "PUT",
          json: { content },
          headers: force ? {} : { "If-Match": `"${version}"` },
        });
        dispatch({ type: "saved", serialized, version: saved.version, at: new Date() });
        onSaved(saved);
      } catch (e) {
        if (e instanceof TemplateApiError && e.code === "BAD_REQUEST" && e.fields.length) dispatch({ type: "saveRefused", fields: e.fields, sent });
        else if (e instanceof TemplateApiError && e.code === "CONFLICT") dispatch({ type: "saveFailed", kind: "conflict", message: t("state.conflict") });
        else {
          const code = errorCodeOf(e);
          dispatch({ type: "saveFailed", kind: "error", message: code ? errors(code) : t("state.saveFailed") });
        }
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    },
    [dirty, draft, errors, onSaved, readOnly, saving, serialized, t, template.id, version],
  );

  // Ctrl+S / Cmd+S saves.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void doSave();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [doSave]);

  return { state, dispatch, readOnly, dirty, doSave, summaryRef };
}

/** Import warnings the templates page left for this template, shown once (then dismissed). */
export function useImportWarnings(templateId: string) {
  const [warnings, setWarnings] = useState<ImportWarning[]>([]);
  useEffect(() => {
    const key = storageKeys.importWarnings(templateId);
    const raw = sessionStorage.getItem(key);
    if (!raw) return;
    sessionStorage.removeItem(key);
    try {
      const list = JSON.parse(raw) as unknown;
      if (Array.isArray(list)) setWarnings(list.filter(isImportWarning));
    } catch {
      /* ignore */
    }
  }, [templateId]);
  return [warnings, () => setWarnings([])] as const;
}

/** Focus a field by its id ("steps.s4.title"), or an element by "#its-dom-id". */
function focusField(id: string) {
  if (id.startsWith("#")) {
    document.getElementById(id.slice(1))?.focus();
    return;
  }
  // the field itself, or the nearest container that has an id
  const parts = id.split(".");
  while (parts.length) {
    const el = document.getElementById(domId(parts.join(".")));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: "center" });
      return;
    }
    parts.pop();
  }
}
