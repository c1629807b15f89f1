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
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ReactNode,
} from "react";
import { hasPlaceholderResources } from "../content/asking-for-help";
import { ACTIVITY_KINDS, ACTIVITY_LABELS, LIMITS, type ActivityKind } from "../lib/activities";
import { api } from "../lib/client/api";
import { storageKeys } from "../lib/client/storage-keys";
import { templateApi, TemplateApiError, type TemplateDetail } from "../lib/client/template-api";
import {
  blankPrompt,
  contentToDraft,
  draftToContent,
  fieldIdFor,
  newOption,
  newStep,
  newUid,
  phraseLines,
  promptKeys,
  repeatCandidates,
  repeatTarget,
  stepUidOf,
  uniqueKey,
  type OptionDraft,
  type PromptDraft,
  type StepDraft,
  type TemplateDraft,
} from "../lib/client/template-draft";
import { TEMPLATE_LIMITS, type TemplateError } from "../lib/template-schema";
import styles from "./template-editor.module.css";
import { StepImageField } from "./step-image-field";
import { TemplatePreview, type PreviewMode } from "./template-preview";

const DETAILS = "@details";
const RESOURCES = "@resources";

type FieldProblem = { fieldId: string; path: string; message: string };

/** DOM id of a field: "steps.s4.prompt.question" → "f-steps-s4-prompt-question" */
const domId = (fieldId: string) => `f-${fieldId.replace(/[^A-Za-z0-9_-]/g, "-")}`;

type EditorContextValue = {
  problems: FieldProblem[];
  clearProblem: (fieldId: string) => void;
  readOnly: boolean;
  templateId: string;
};
const EditorContext = createContext<EditorContextValue>({ problems: [], clearProblem: () => undefined, readOnly: false, templateId: "" });

type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "invalid"; message: string }
  | { kind: "conflict"; message: string }
  | { kind: "error"; message: string };

export function TemplateEditor({ templateId }: { templateId: string }) {
  const router = useRouter();
  const client = useQueryClient();
  // bumped to start the editor afresh from the server's latest version
  const [generation, setGeneration] = useState(0);
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
    if (query.error instanceof TemplateApiError && query.error.status === 401) router.replace("/signin");
  }, [query.error, router]);

  if (query.isLoading) {
    return (
      <main id="main" className="page">
        <p aria-live="polite">Loading the template…</p>
      </main>
    );
  }
  if (query.error || !query.data) {
    const notFound = query.error instanceof TemplateApiError && query.error.status === 404;
    return (
      <main id="main" className="page stack">
        <h1>{notFound ? "Template not found" : "The template could not be loaded"}</h1>
        <p className="error" role="alert">
          {notFound ? "This template does not exist, or it belongs to someone else." : (query.error as Error | null)?.message}
        </p>
        <Link className="button secondary" href="/templates">
          Back to templates
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
  const router = useRouter();
  const readOnly = !template.editable;
  const [draft, setDraft] = useState<TemplateDraft>(() => contentToDraft(template.content));
  const [baseline, setBaseline] = useState(() => JSON.stringify(draftToContent(draft)));
  const [version, setVersion] = useState(template.version);
  const [selected, setSelected] = useState<string>(DETAILS);
  const [previewMode, setPreviewMode] = useState<PreviewMode>("phone");
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const [warnings, setWarnings] = useState<string[]>([]);
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);
  const [, rerender] = useState(0);
  const pendingFocus = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const serialized = useMemo(() => JSON.stringify(draftToContent(draft)), [draft]);
  const dirty = !readOnly && serialized !== baseline;

  // Import warnings left by the templates page, shown once.
  useEffect(() => {
    const key = storageKeys.importWarnings(template.id);
    const raw = sessionStorage.getItem(key);
    if (!raw) return;
    sessionStorage.removeItem(key);
    try {
      const list = JSON.parse(raw) as unknown;
      if (Array.isArray(list)) setWarnings(list.filter((w): w is string => typeof w === "string"));
    } catch {
      /* ignore */
    }
  }, [template.id]);

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

  // Focus requested by the last action (after React has rendered it).
  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    pendingFocus.current = null;
    focusField(id);
  });

  const update = useCallback((change: (d: TemplateDraft) => void) => {
    setDraft((prev) => {
      const next = structuredClone(prev);
      change(next);
      return next;
    });
    setSave((s) => (s.kind === "saved" ? { kind: "idle" } : s));
  }, []);

  const clearProblem = useCallback((fieldId: string) => {
    setProblems((list) => (list.some((p) => p.fieldId === fieldId) ? list.filter((p) => p.fieldId !== fieldId) : list));
  }, []);

  const doSave = useCallback(
    async (force = false) => {
      if (readOnly || save.kind === "saving" || (!dirty && !force)) return;
      const sent = draft;
      const content = JSON.parse(serialized) as unknown;
      setSave({ kind: "saving" });
      try {
        const { template: saved } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}`, {
          method: "PUT",
          json: { content },
          headers: force ? {} : { "If-Match": `"${version}"` },
        });
        setBaseline(serialized);
        setVersion(saved.version);
        setProblems([]);
        setSave({ kind: "saved", at: new Date() });
        setAnnouncement("Saved.");
        onSaved(saved);
      } catch (e) {
        if (e instanceof TemplateApiError && e.status === 400 && e.fields.length) {
          const list = e.fields.map((f: TemplateError) => ({ fieldId: fieldIdFor(f.path, sent), path: f.path, message: f.message }));
          setProblems(list);
          setSave({ kind: "invalid", message: `Not saved: ${list.length === 1 ? "1 problem needs" : `${list.length} problems need`} fixing.` });
          requestAnimationFrame(() => summaryRef.current?.focus());
        } else if (e instanceof TemplateApiError && e.status === 409) {
          setSave({ kind: "conflict", message: e.message });
          requestAnimationFrame(() => summaryRef.current?.focus());
        } else {
          setSave({ kind: "error", message: e instanceof Error ? e.message : "The template could not be saved." });
          requestAnimationFrame(() => summaryRef.current?.focus());
        }
      }
    },
    [dirty, draft, onSaved, readOnly, save.kind, serialized, template.id, version],
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

  function discard() {
    if (!window.confirm("Discard all changes since the last save?")) return;
    const restored = contentToDraft(JSON.parse(baseline));
    setDraft(restored);
    setBaseline(JSON.stringify(draftToContent(restored)));
    setProblems([]);
    setSave({ kind: "idle" });
    setSelected(DETAILS);
    setAnnouncement("Changes discarded.");
  }

  async function duplicate() {
    setDuplicating("Copying…");
    try {
      const { template: copy } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}/duplicate`, { method: "POST" });
      router.push(`/templates/${copy.id}`);
    } catch (e) {
      setDuplicating(null);
      setSave({ kind: "error", message: e instanceof Error ? e.message : "The template could not be copied." });
    }
  }

  async function startSession() {
    setStarting("Starting…");
    try {
      const { session } = await api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId: template.id } });
      router.push(`/console/${session.id}`);
    } catch (e) {
      setStarting(null);
      setSave({ kind: "error", message: e instanceof Error ? e.message : "The session could not be started." });
    }
  }

  /** Select the part a field is in, then focus the field (or its nearest container). */
  function goToField(fieldId: string) {
    const stepUid = stepUidOf(fieldId);
    setSelected(stepUid && draft.steps.some((s) => s.uid === stepUid) ? stepUid : fieldId.startsWith("resources") || fieldId === "safetyNetPhrases" ? RESOURCES : DETAILS);
    pendingFocus.current = fieldId;
    rerender((n) => n + 1); // so the focus effect runs even when the selection is unchanged
  }

  // -- steps ---------------------------------------------------------------

  function addStep() {
    const step = newStep(draft);
    const at = draft.steps.findIndex((s) => s.uid === selected);
    update((d) => {
      d.steps.splice(at >= 0 ? at + 1 : d.steps.length, 0, step);
    });
    setSelected(step.uid);
    pendingFocus.current = `steps.${step.uid}.title`;
    setAnnouncement(`Added a step at position ${(at >= 0 ? at + 1 : draft.steps.length) + 1}.`);
  }

  function moveStep(uid: string, delta: -1 | 1) {
    const from = draft.steps.findIndex((s) => s.uid === uid);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= draft.steps.length) return;
    update((d) => {
      const [step] = d.steps.splice(from, 1);
      d.steps.splice(to, 0, step!);
    });
    const title = draft.steps[from]!.title || "Untitled step";
    setAnnouncement(`Moved “${title}” to position ${to + 1} of ${draft.steps.length}.`);
    // keep focus on the button that was pressed, or its partner at either end
    const atEdge = (delta === -1 && to === 0) || (delta === 1 && to === draft.steps.length - 1);
    pendingFocus.current = `#move-${atEdge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down"}-${uid}`;
  }

  function deleteStep(uid: string) {
    const index = draft.steps.findIndex((s) => s.uid === uid);
    if (index < 0 || draft.steps.length <= TEMPLATE_LIMITS.minSteps) return;
    const removedKey = draft.steps[index]!.prompt?.key;
    update((d) => {
      d.steps.splice(index, 1);
      // repeats of the deleted prompt become questions of their own
      if (removedKey) for (const s of d.steps) if (s.prompt?.repeatOf === removedKey) s.prompt.repeatOf = "";
    });
    const next = draft.steps[index + 1] ?? draft.steps[index - 1];
    setSelected(next?.uid ?? DETAILS);
    setProblems((list) => list.filter((p) => stepUidOf(p.fieldId) !== uid));
    setAnnouncement(`Deleted “${draft.steps[index]!.title || "Untitled step"}”.`);
    pendingFocus.current = next ? `#select-${next.uid}` : null;
  }

  const selectedIndex = draft.steps.findIndex((s) => s.uid === selected);
  const target = selectedIndex >= 0 ? selected : selected === RESOURCES ? RESOURCES : DETAILS;
  const problemsByStep = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of problems) {
      const uid = stepUidOf(p.fieldId);
      if (uid) counts.set(uid, (counts.get(uid) ?? 0) + 1);
    }
    return counts;
  }, [problems]);
  const onResources = (fieldId: string) => fieldId.startsWith("resources") || fieldId === "safetyNetPhrases";
  const detailProblems = problems.filter((p) => !stepUidOf(p.fieldId) && !onResources(p.fieldId)).length;
  const resourceProblems = problems.filter((p) => onResources(p.fieldId)).length;

  const status = readOnly
    ? "Read-only"
    : save.kind === "saving"
      ? "Saving…"
      : dirty
        ? "Unsaved changes"
        : save.kind === "saved"
          ? `Saved at ${save.at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })}`
          : "All changes saved";

  return (
    <EditorContext.Provider value={{ problems, clearProblem, readOnly, templateId: template.id }}>
      <main id="main" className={styles.page}>
        <header className={styles.topBar}>
          <div className={styles.topTitle}>
            <Link
              href="/templates"
              className={styles.back}
              onClick={(event) => {
                if (dirty && !window.confirm("You have unsaved changes. Leave without saving them?")) event.preventDefault();
              }}
            >
              ← Templates
            </Link>
            <h1 className={styles.h1}>{draft.title || "Untitled template"}</h1>
          </div>
          <div className={styles.topActions}>
            <p className={`${styles.status} ${dirty ? styles.statusDirty : ""}`} aria-live="polite">
              {dirty ? <span aria-hidden="true">● </span> : null}
              {status}
            </p>
            {readOnly ? (
              <button type="button" className="button" onClick={() => void duplicate()} disabled={duplicating !== null}>
                {duplicating ?? "Duplicate to edit"}
              </button>
            ) : (
              <>
                {dirty ? (
                  <button type="button" className="button quiet" onClick={discard}>
                    Discard changes
                  </button>
                ) : null}
                <button type="button" className="button" onClick={() => void doSave()} disabled={save.kind === "saving" || !dirty} aria-keyshortcuts="Control+S Meta+S">
                  {save.kind === "saving" ? "Saving…" : "Save"}
                  <span className={styles.kbdHint} aria-hidden="true">
                    Ctrl+S
                  </span>
                </button>
              </>
            )}
            <button
              type="button"
              className="button secondary"
              onClick={() => void startSession()}
              disabled={dirty || starting !== null}
              aria-describedby={dirty ? "start-hint" : undefined}
            >
              {starting ?? "Start a session"}
            </button>
            {dirty ? (
              <span id="start-hint" className="visually-hidden">
                Save your changes first.
              </span>
            ) : null}
          </div>
        </header>

        {readOnly ? (
          <p className={`notice ${styles.banner}`}>
            <strong>This is a built-in template, so it can&apos;t be changed.</strong> Duplicate it to make your own copy, then edit that one.
          </p>
        ) : null}

        {warnings.length ? (
          <div className={`notice ${styles.banner}`} role="status">
            <p style={{ margin: 0 }}>
              <strong>Imported.</strong> Review the content note and the support resources, and add prompts to the steps. Notes from the import:
            </p>
            <ul>
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
            <button type="button" className="button quiet" onClick={() => setWarnings([])}>
              Dismiss
            </button>
          </div>
        ) : null}

        {(save.kind === "invalid" && problems.length > 0) || save.kind === "conflict" || save.kind === "error" ? (
          <div ref={summaryRef} tabIndex={-1} className={styles.errorSummary} role="alert" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" className={styles.errorTitle}>
              {save.message}
            </h2>
            {save.kind === "invalid" ? (
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    <a
                      href={`#${domId(p.fieldId)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        goToField(p.fieldId);
                      }}
                    >
                      {describeField(p.fieldId, draft)}
                    </a>{" "}
                    {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
            {save.kind === "conflict" ? (
              <div className="row">
                <button type="button" className="button secondary" onClick={onReload}>
                  Load the latest version (drops your changes)
                </button>
                <button type="button" className="button danger" onClick={() => void doSave(true)}>
                  Save mine anyway
                </button>
              </div>
            ) : null}
          </div>
        ) : null}

        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>

        <div className={styles.layout}>
          <nav className={styles.outline} aria-label="Template outline">
            <ul className={styles.outlineList}>
              <li>
                <OutlineButton id="select-details" current={selected === DETAILS} onClick={() => setSelected(DETAILS)} problems={detailProblems}>
                  Details &amp; content note
                </OutlineButton>
              </li>
              <li>
                <OutlineButton id="select-resources" current={selected === RESOURCES} onClick={() => setSelected(RESOURCES)} problems={resourceProblems}>
                  Support resources
                  {hasPlaceholderResources({ title: "", items: draft.resources.items }) ? (
                    <span className={styles.todo}>
                      <span className="visually-hidden">, </span>Add local services
                    </span>
                  ) : null}
                </OutlineButton>
              </li>
            </ul>
            <h2 className={styles.outlineHeading} id="steps-heading">
              Steps <span className="muted">({draft.steps.length})</span>
            </h2>
            <ol className={styles.outlineList} aria-labelledby="steps-heading">
              {draft.steps.map((step, i) => (
                <li key={step.uid} className={styles.outlineStep}>
                  <OutlineButton id={`select-${step.uid}`} current={selected === step.uid} onClick={() => setSelected(step.uid)} problems={problemsByStep.get(step.uid) ?? 0}>
                    <span className={styles.stepNumber}>{i + 1}.</span> {step.title || "Untitled step"}
                    {step.prompt ? (
                      <span className={styles.kindTag}>
                        <span className="visually-hidden">, </span>
                        {ACTIVITY_LABELS[step.prompt.kind]}
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
                        onClick={() => moveStep(step.uid, -1)}
                        aria-label={`Move “${step.title || "Untitled step"}” up`}
                        title="Move up"
                      >
                        ↑
                      </button>
                      <button
                        id={`move-down-${step.uid}`}
                        type="button"
                        className={styles.iconButton}
                        disabled={i === draft.steps.length - 1}
                        onClick={() => moveStep(step.uid, 1)}
                        aria-label={`Move “${step.title || "Untitled step"}” down`}
                        title="Move down"
                      >
                        ↓
                      </button>
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
            {!readOnly ? (
              <button type="button" className="button secondary" onClick={addStep} disabled={draft.steps.length >= TEMPLATE_LIMITS.maxSteps}>
                Add step
              </button>
            ) : null}
            {!readOnly && draft.steps.length >= TEMPLATE_LIMITS.maxSteps ? <p className="muted">A template can have at most {TEMPLATE_LIMITS.maxSteps} steps.</p> : null}
          </nav>

          <div className={styles.form}>
            <fieldset className={styles.readOnlyWrap} disabled={readOnly}>
              <legend className="visually-hidden">{readOnly ? "Template contents (read-only)" : "Edit the template"}</legend>
              {selectedIndex >= 0 ? (
                <StepEditor
                  key={selected}
                  draft={draft}
                  index={selectedIndex}
                  update={update}
                  onDelete={() => deleteStep(selected)}
                />
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
                Preview
              </h2>
              <div className={styles.toggle} role="group" aria-label="Preview as">
                {(["phone", "projector"] as const).map((mode) => (
                  <button key={mode} type="button" aria-pressed={previewMode === mode} className={styles.toggleButton} onClick={() => setPreviewMode(mode)}>
                    {mode === "phone" ? "Phone" : "Projector"}
                  </button>
                ))}
              </div>
            </div>
            <TemplatePreview draft={draft} target={target} mode={previewMode} />
          </aside>
        </div>
      </main>
    </EditorContext.Provider>
  );
}

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

const FIELD_NAMES: Record<string, string> = {
  title: "Title",
  description: "Description",
  contentNote: "Content note",
  body: "Text",
  facilitatorNotes: "Facilitator notes",
  reactions: "Reactions",
  key: "Key",
  question: "Question",
  kind: "Activity",
  repeatOf: "Repeat of",
  config: "Prompt settings",
  options: "Options",
  label: "Label",
  detail: "Details",
  url: "Link",
  max: "Highest number",
  minLabel: "Label for 1",
  maxLabel: "Label for the highest number",
  maxWords: "Words per person",
  maxLength: "Longest answer",
  maxSelections: "Choices per person",
  intro: "Introduction",
  items: "Items",
  steps: "Steps",
  safetyNetPhrases: "Safety net › Your phrases",
};

/** A readable name for a field id, e.g. "Step 3 “Checking in” › Question". */
function describeField(fieldId: string, draft: TemplateDraft): string {
  const parts = fieldId.split(".");
  const names: string[] = [];
  if (parts[0] === "steps" && parts[1]) {
    const i = draft.steps.findIndex((s) => s.uid === parts[1]);
    const step = draft.steps[i];
    names.push(step ? `Step ${i + 1} “${step.title || "Untitled step"}”` : "A deleted step");
    let rest = parts.slice(2);
    if (rest[0] === "prompt") rest = rest.slice(1);
    if (rest[0] === "config" && rest.length > 1) rest = rest.slice(1);
    if (rest[0] === "options" && rest[1] && step?.prompt) {
      const n = step.prompt.options.findIndex((o) => o.uid === rest[1]);
      names.push(n >= 0 ? `Option ${n + 1}` : "An option");
      rest = rest.slice(2);
    }
    for (const r of rest) names.push(FIELD_NAMES[r] ?? r);
  } else if (parts[0] === "resources") {
    names.push("Support resources");
    let rest = parts.slice(1);
    if (rest[0] === "items" && rest[1]) {
      const n = draft.resources.items.findIndex((item) => item.uid === rest[1]);
      names.push(n >= 0 ? `Item ${n + 1}` : "An item");
      rest = rest.slice(2);
    }
    for (const r of rest) names.push(FIELD_NAMES[r] ?? r);
  } else {
    for (const r of parts) names.push(FIELD_NAMES[r] ?? r);
  }
  return names.join(" › ");
}

function OutlineButton({ id, current, onClick, problems, children }: { id: string; current: boolean; onClick: () => void; problems: number; children: ReactNode }) {
  return (
    <button id={id} type="button" className={styles.outlineButton} aria-current={current ? "true" : undefined} onClick={onClick}>
      <span className={styles.outlineText}>{children}</span>
      {problems > 0 ? (
        <span className={styles.problemBadge}>
          <span className="visually-hidden">, </span>⚠ {problems} {problems === 1 ? "problem" : "problems"}
        </span>
      ) : null}
    </button>
  );
}

// ---------------------------------------------------------------------------
// Fields

function useField(fieldId: string) {
  const { problems, clearProblem } = useContext(EditorContext);
  const messages = problems.filter((p) => p.fieldId === fieldId).map((p) => p.message);
  const id = domId(fieldId);
  return {
    id,
    errorId: `${id}-error`,
    messages,
    clear: () => clearProblem(fieldId),
  };
}

function FieldErrors({ id, label, messages }: { id: string; label: string; messages: string[] }) {
  if (!messages.length) return null;
  return (
    <p id={id} className={styles.fieldError}>
      {messages.map((m, i) => (
        <span key={i}>
          {label} {m}.
        </span>
      ))}
    </p>
  );
}

type TextFieldProps = {
  fieldId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  monospace?: boolean;
  type?: "text" | "url";
  /** shown to screen readers as the label, when the visible one is short */
  ariaLabel?: string;
  hideLabel?: boolean;
};

function TextField({ fieldId, label, value, onChange, hint, multiline, rows = 4, maxLength, placeholder, monospace, type = "text", ariaLabel, hideLabel }: TextFieldProps) {
  const field = useField(fieldId);
  const hintId = `${field.id}-hint`;
  const describedBy = [hint ? hintId : null, field.messages.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id: field.id,
    value,
    placeholder,
    "aria-invalid": field.messages.length ? true : undefined,
    "aria-describedby": describedBy,
    "aria-label": ariaLabel,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      onChange(e.target.value);
      field.clear();
    },
  };
  const over = maxLength !== undefined && value.length > maxLength;
  return (
    <div className={styles.field}>
      <label htmlFor={field.id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} className={monospace ? styles.mono : undefined} />
      ) : (
        <input {...common} type="text" inputMode={type === "url" ? "url" : undefined} autoComplete="off" spellCheck={type === "url" ? false : undefined} />
      )}
      {maxLength !== undefined && value.length > maxLength * 0.8 ? (
        <p className={over ? styles.fieldError : styles.hint} aria-live="polite">
          {value.length} of {maxLength} characters{over ? " — too long" : ""}
        </p>
      ) : null}
      <FieldErrors id={field.errorId} label={label} messages={field.messages} />
    </div>
  );
}

// ---------------------------------------------------------------------------
// Details

type Updater = (change: (d: TemplateDraft) => void) => void;

function DetailsEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  return (
    <section className={styles.section} aria-labelledby="details-heading">
      <h2 id="details-heading">Details &amp; content note</h2>
      <TextField fieldId="title" label="Title" value={draft.title} maxLength={TEMPLATE_LIMITS.title} onChange={(v) => update((d) => void (d.title = v))} />
      <TextField
        fieldId="description"
        label="Description"
        hint="For you and other facilitators: what the session is about, who it is for, how long it takes."
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.description}
        value={draft.description}
        onChange={(v) => update((d) => void (d.description = v))}
      />
      <TextField
        fieldId="contentNote"
        label="Content note"
        hint="Participants see this before the first step and continue when they are ready. Say what the session touches on, that every question can be passed, and where support is. Markdown works."
        multiline
        rows={8}
        maxLength={TEMPLATE_LIMITS.contentNote}
        value={draft.contentNote}
        onChange={(v) => update((d) => void (d.contentNote = v))}
      />
    </section>
  );
}

// ---------------------------------------------------------------------------
// Support resources

function ResourcesEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const { readOnly } = useContext(EditorContext);
  const items = draft.resources.items;
  const itemsField = useField("resources.items");
  const moveItem = (from: number, to: number) =>
    update((d) => {
      const [item] = d.resources.items.splice(from, 1);
      d.resources.items.splice(to, 0, item!);
    });
  return (
    <section className={styles.section} aria-labelledby="resources-heading">
      <h2 id="resources-heading">Support resources</h2>
      <p className={styles.hint}>
        Participants can open this card from every screen, and see it again when the session ends. Hearth adds no hotline numbers for you: list the
        crisis lines and local services that work where your group meets, and remove the “Add your local…” placeholders.
      </p>
      <TextField
        fieldId="resources.title"
        label="Card title"
        maxLength={TEMPLATE_LIMITS.resourcesTitle}
        value={draft.resources.title}
        onChange={(v) => update((d) => void (d.resources.title = v))}
      />
      <TextField
        fieldId="resources.intro"
        label="Introduction (optional)"
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.resourcesIntro}
        value={draft.resources.intro}
        onChange={(v) => update((d) => void (d.resources.intro = v))}
      />
      <div id={itemsField.id} tabIndex={-1} className={styles.subsection}>
        <h3>Items</h3>
        <FieldErrors id={itemsField.errorId} label="Items" messages={itemsField.messages} />
        <ol className={styles.itemList}>
          {items.map((item, i) => (
            <li key={item.uid} className={`${styles.itemCard} ${item.label.startsWith("Add your local") ? styles.placeholderItem : ""}`}>
              <fieldset className={styles.plainFieldset} id={domId(`resources.items.${item.uid}`)} tabIndex={-1}>
                <legend className={styles.itemLegend}>
                  Item {i + 1}
                  {item.label.startsWith("Add your local") ? <span className={styles.todo}>Placeholder: replace it</span> : null}
                </legend>
                <TextField
                  fieldId={`resources.items.${item.uid}.label`}
                  label="Label"
                  placeholder="e.g. Riverside Recovery Centre — 0123 456 789"
                  maxLength={TEMPLATE_LIMITS.resourceLabel}
                  value={item.label}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.label = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.detail`}
                  label="Details (optional)"
                  placeholder="e.g. Free and confidential, open every day 9am–9pm"
                  maxLength={TEMPLATE_LIMITS.resourceDetail}
                  value={item.detail}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.detail = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.url`}
                  label="Link (optional)"
                  type="url"
                  placeholder="https://…, tel:+44… or mailto:…"
                  hint="A phone number as tel:+441234567890 lets people call with one tap."
                  maxLength={TEMPLATE_LIMITS.url}
                  value={item.url}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.url = v))}
                />
                {!readOnly ? (
                  <div className={styles.rowButtons}>
                    <button type="button" className="button quiet" disabled={i === 0} onClick={() => moveItem(i, i - 1)}>
                      Move up<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                    <button type="button" className="button quiet" disabled={i === items.length - 1} onClick={() => moveItem(i, i + 1)}>
                      Move down<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                    <button
                      type="button"
                      className="button danger"
                      disabled={items.length <= 1}
                      onClick={() => update((d) => void d.resources.items.splice(i, 1))}
                    >
                      Remove<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                  </div>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        {!readOnly ? (
          <button
            type="button"
            className="button secondary"
            disabled={items.length >= TEMPLATE_LIMITS.maxResourceItems}
            onClick={() => {
              update((d) => void d.resources.items.push({ uid: newUid("r"), label: "", detail: "", url: "" }));
              itemsField.clear();
            }}
          >
            Add an item
          </button>
        ) : null}
      </div>
      <SafetyNetPhrasesField draft={draft} update={update} />
    </section>
  );
}

/** The facilitator's own safety-net phrases (lib/distress-phrases.ts), one a line; added to the built-in list. */
function SafetyNetPhrasesField({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const count = phraseLines(draft.safetyNetPhrases).length;
  return (
    <div className={styles.field}>
      <h3>Safety net: your own words</h3>
      <TextField
        fieldId="safetyNetPhrases"
        label="Your phrases"
        hint={
          <>
            Words or phrases that may mean someone needs care, one a line: words your group uses for a crisis, a relapse or self-harm. An answer, a word-cloud word or a check-in note containing one waits for
            your own decision (never “Approve all”), and its author privately sees the support card. These are added to Hearth&apos;s built-in list, never
            instead of it; case, accents, repeated letters and digits for letters are ignored. At most {TEMPLATE_LIMITS.maxSafetyNetPhrases}, each up to{" "}
            {TEMPLATE_LIMITS.safetyNetPhrase} characters.
          </>
        }
        multiline
        rows={4}
        value={draft.safetyNetPhrases}
        onChange={(v) => update((d) => void (d.safetyNetPhrases = v))}
      />
      {count > TEMPLATE_LIMITS.maxSafetyNetPhrases ? (
        <p className={styles.fieldError} aria-live="polite">
          {count} phrases — at most {TEMPLATE_LIMITS.maxSafetyNetPhrases}
        </p>
      ) : null}
    </div>
  );
}

// ---------------------------------------------------------------------------
// A step

function StepEditor({ draft, index, update, onDelete }: { draft: TemplateDraft; index: number; update: Updater; onDelete: () => void }) {
  const { readOnly, templateId } = useContext(EditorContext);
  const step = draft.steps[index]!;
  const base = `steps.${step.uid}`;
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const change = (fn: (s: StepDraft) => void) => update((d) => fn(d.steps[index]!));
  const repeatedBy = step.prompt ? draft.steps.filter((s) => s.prompt?.repeatOf === step.prompt!.key) : [];
  const reactionsId = useId();

  return (
    <section className={styles.section} aria-labelledby="step-heading" id={domId(base)} tabIndex={-1}>
      <h2 id="step-heading">
        Step {index + 1} <span className="muted">of {draft.steps.length}</span>
      </h2>
      <TextField fieldId={`${base}.title`} label="Step title" maxLength={TEMPLATE_LIMITS.title} value={step.title} onChange={(v) => change((s) => void (s.title = v))} />
      <TextField
        fieldId={`${base}.body`}
        label="Text"
        hint={
          <>
            Markdown: <code>**bold**</code>, <code>*italic*</code>, <code>- list</code>, <code>[link](https://…)</code>. HTML is not shown; add a picture below. Keep it
            short enough to read from the back of a room — the preview shows how it fits.
          </>
        }
        multiline
        monospace
        rows={10}
        maxLength={TEMPLATE_LIMITS.body}
        value={step.body}
        onChange={(v) => change((s) => void (s.body = v))}
      />
      <StepImageField templateId={templateId} image={step.image} readOnly={readOnly} onChange={(image) => change((s) => void (s.image = image))} />
      <TextField
        fieldId={`${base}.contentNote`}
        label="Content note for this step (optional)"
        hint="For a part that touches something hard (relapse, shame, loss): phones show this note first and keep the text folded until the person chooses “Show this part”; the projector shows it before the text."
        multiline
        rows={2}
        maxLength={TEMPLATE_LIMITS.stepContentNote}
        value={step.contentNote}
        onChange={(v) => change((s) => void (s.contentNote = v))}
      />
      <TextField
        fieldId={`${base}.facilitatorNotes`}
        label="Facilitator notes"
        hint="Only you see these, in the console: talking points, timing, what to watch for."
        multiline
        rows={4}
        maxLength={TEMPLATE_LIMITS.facilitatorNotes}
        value={step.facilitatorNotes}
        onChange={(v) => change((s) => void (s.facilitatorNotes = v))}
      />
      <div className={styles.checkbox}>
        <input id={reactionsId} type="checkbox" checked={step.reactions} onChange={(e) => change((s) => void (s.reactions = e.target.checked))} />
        <label htmlFor={reactionsId}>Let participants react to this step (“This resonates”, “Sending support”, “Made me think”)</label>
      </div>

      <PromptEditor draft={draft} index={index} update={update} repeatedBy={repeatedBy} />

      {!readOnly ? (
        <div className={styles.dangerZone}>
          {confirming ? (
            <div className={styles.confirm} role="group" aria-label="Confirm deleting this step">
              <p style={{ margin: 0 }}>
                <strong>Delete step {index + 1}, “{step.title || "Untitled step"}”?</strong>
                {step.prompt ? " Its prompt goes with it." : ""}
                {repeatedBy.length ? ` ${repeatedBy.length === 1 ? "The step that repeats it" : "The steps that repeat it"} will ask a question of their own.` : ""} You can
                still discard all unsaved changes afterwards.
              </p>
              <div className="row">
                <button type="button" className="button danger" onClick={onDelete}>
                  Delete step
                </button>
                <button
                  ref={cancelRef}
                  type="button"
                  className="button quiet"
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => deleteRef.current?.focus());
                  }}
                >
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <button ref={deleteRef} type="button" className="button danger" disabled={draft.steps.length <= TEMPLATE_LIMITS.minSteps} onClick={() => setConfirming(true)}>
              Delete this step
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------------------
// A step's prompt

function PromptEditor({ draft, index, update, repeatedBy }: { draft: TemplateDraft; index: number; update: Updater; repeatedBy: StepDraft[] }) {
  const step = draft.steps[index]!;
  const prompt = step.prompt;
  const base = `steps.${step.uid}.prompt`;
  const kindField = useField(`${base}.kind`);
  const promptField = useField(base);
  const configField = useField(`${base}.config`);
  const repeatField = useField(`${base}.repeatOf`);
  const change = (fn: (p: PromptDraft) => void) => update((d) => fn(d.steps[index]!.prompt!));

  function setKind(value: string) {
    kindField.clear();
    update((d) => {
      const s = d.steps[index]!;
      if (value === "") {
        if (s.prompt) s.stash = s.prompt;
        s.prompt = null;
        return;
      }
      const kind = value as ActivityKind;
      if (s.prompt) {
        if (s.prompt.kind !== kind) s.prompt.repeatOf = "";
        s.prompt.kind = kind;
      } else if (s.stash) {
        s.prompt = { ...s.stash, kind, repeatOf: s.stash.kind === kind ? s.stash.repeatOf : "" };
        s.stash = null;
      } else {
        s.prompt = blankPrompt(uniqueKey(s.key, promptKeys(d)), kind);
      }
    });
  }

  const candidates = prompt ? repeatCandidates(draft.steps, index) : [];
  const target = prompt ? repeatTarget(draft.steps, index) : null;
  const targetIndex = target ? draft.steps.findIndex((s) => s.prompt?.key === target.key) : -1;
  const brokenRepeat = prompt?.repeatOf && !target;

  return (
    <fieldset className={styles.promptBox} id={promptField.id} tabIndex={-1}>
      <legend className={styles.promptLegend}>Prompt</legend>
      <FieldErrors id={promptField.errorId} label="Prompt" messages={promptField.messages} />
      <div className={styles.field}>
        <label htmlFor={kindField.id}>Activity</label>
        <select
          id={kindField.id}
          value={prompt?.kind ?? ""}
          onChange={(e) => setKind(e.target.value)}
          aria-invalid={kindField.messages.length ? true : undefined}
          aria-describedby={kindField.messages.length ? kindField.errorId : undefined}
        >
          <option value="">No prompt — just the text</option>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {ACTIVITY_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldErrors id={kindField.errorId} label="Activity" messages={kindField.messages} />
      </div>
      {!prompt ? (
        <p className={styles.hint}>Every prompt offers “Pass”. Answers are anonymous and shown only in aggregate.</p>
      ) : (
        <>
          <TextField
            fieldId={`${base}.question`}
            label="Question"
            maxLength={LIMITS.question}
            value={prompt.question}
            onChange={(v) => change((p) => void (p.question = v))}
            placeholder={prompt.kind === "scale" ? "e.g. How comfortable are you asking for help right now?" : "Ask one clear, gentle question"}
          />
          {candidates.length > 0 || prompt.repeatOf ? (
            <div className={styles.field}>
              <label htmlFor={repeatField.id}>Repeat of an earlier prompt</label>
              <p className={styles.hint} id={`${repeatField.id}-hint`}>
                For a check-in and a check-out: the summary shows how answers moved between the two.
              </p>
              <select
                id={repeatField.id}
                value={prompt.repeatOf}
                aria-describedby={[`${repeatField.id}-hint`, repeatField.messages.length ? repeatField.errorId : ""].filter(Boolean).join(" ")}
                aria-invalid={repeatField.messages.length || brokenRepeat ? true : undefined}
                onChange={(e) => {
                  repeatField.clear();
                  configField.clear();
                  const key = e.target.value;
                  update((d) => {
                    const p = d.steps[index]!.prompt!;
                    p.repeatOf = key;
                    const original = d.steps.find((s) => s.prompt?.key === key)?.prompt;
                    if (original && !p.question.trim()) p.question = original.question;
                  });
                }}
              >
                <option value="">No — a question of its own</option>
                {candidates.map((c) => (
                  <option key={c.key} value={c.key}>
                    Step {c.stepIndex + 1}: {c.question || "(no question yet)"}
                  </option>
                ))}
                {brokenRepeat && !candidates.some((c) => c.key === prompt.repeatOf) ? <option value={prompt.repeatOf}>(no longer available)</option> : null}
              </select>
              <FieldErrors id={repeatField.errorId} label="Repeat of" messages={repeatField.messages} />
              {brokenRepeat ? (
                <p className={styles.fieldError}>
                  The prompt this repeats is no longer an earlier {ACTIVITY_LABELS[prompt.kind].toLowerCase()} prompt. Choose another, or “No”.
                </p>
              ) : null}
            </div>
          ) : null}
          <fieldset className={styles.field}>
            <legend>Where results show</legend>
            <label>
              <input
                type="radio"
                name={`${base}.resultsShownOn`}
                checked={prompt.resultsShownOn !== "screen"}
                onChange={() => change((p) => void (p.resultsShownOn = "everywhere"))}
              />{" "}
              On the projector and on phones
            </label>
            <label>
              <input
                type="radio"
                name={`${base}.resultsShownOn`}
                checked={prompt.resultsShownOn === "screen"}
                onChange={() => change((p) => void (p.resultsShownOn = "screen"))}
              />{" "}
              On the projector only (phones say the results are on the screen)
            </label>
          </fieldset>
          <FieldErrors id={configField.errorId} label="Prompt settings" messages={configField.messages} />
          {target ? (
            <p className="notice" id={configField.id} tabIndex={-1}>
              Uses the same settings as step {targetIndex + 1}&apos;s prompt, so the answers can be compared. Change them there.
            </p>
          ) : (
            <div id={configField.id} tabIndex={-1}>
              <KindSettings prompt={prompt} base={base} change={change} />
            </div>
          )}
          {repeatedBy.length ? (
            <p className={styles.hint}>
              Repeated by {repeatedBy.map((s) => `step ${draft.steps.indexOf(s) + 1}`).join(", ")}: those use these settings too.
            </p>
          ) : null}
        </>
      )}
    </fieldset>
  );
}

function KindSettings({ prompt, base, change }: { prompt: PromptDraft; base: string; change: (fn: (p: PromptDraft) => void) => void }) {
  const cfg = `${base}.config`;
  const maxField = useField(`${cfg}.max`);
  const maxWordsField = useField(`${cfg}.maxWords`);
  const maxLengthField = useField(`${cfg}.maxLength`);
  const maxSelField = useField(`${cfg}.maxSelections`);
  switch (prompt.kind) {
    case "single_choice":
    case "ranking":
      return <OptionsEditor prompt={prompt} base={cfg} change={change} max={prompt.kind === "ranking" ? LIMITS.maxRankingItems : LIMITS.maxOptions} />;
    case "multiple_choice":
      return (
        <>
          <OptionsEditor prompt={prompt} base={cfg} change={change} max={LIMITS.maxOptions} />
          <div className={styles.field}>
            <label htmlFor={maxSelField.id}>How many can each person pick?</label>
            <select
              id={maxSelField.id}
              value={prompt.maxSelections}
              onChange={(e) => {
                maxSelField.clear();
                change((p) => void (p.maxSelections = e.target.value));
              }}
              aria-invalid={maxSelField.messages.length ? true : undefined}
              aria-describedby={maxSelField.messages.length ? maxSelField.errorId : undefined}
            >
              <option value="">Any number</option>
              {Array.from({ length: Math.max(prompt.options.length, Number(prompt.maxSelections) || 0) }, (_, i) => i + 1).map((n) => (
                <option key={n} value={String(n)}>
                  At most {n}
                </option>
              ))}
            </select>
            <FieldErrors id={maxSelField.errorId} label="Choices per person" messages={maxSelField.messages} />
          </div>
        </>
      );
    case "scale":
      return (
        <div className={styles.scaleGrid}>
          <div className={styles.field}>
            <label htmlFor={maxField.id}>Scale from 1 to</label>
            <select
              id={maxField.id}
              value={String(prompt.scaleMax)}
              onChange={(e) => {
                maxField.clear();
                change((p) => void (p.scaleMax = Number(e.target.value)));
              }}
              aria-invalid={maxField.messages.length ? true : undefined}
              aria-describedby={maxField.messages.length ? maxField.errorId : undefined}
            >
              {Array.from({ length: LIMITS.scaleMax - LIMITS.scaleMin + 1 }, (_, i) => i + LIMITS.scaleMin).map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
            <FieldErrors id={maxField.errorId} label="Highest number" messages={maxField.messages} />
          </div>
          <TextField
            fieldId={`${cfg}.minLabel`}
            label="Label for 1"
            placeholder="e.g. Not at all"
            maxLength={LIMITS.scaleLabel}
            value={prompt.minLabel}
            onChange={(v) => change((p) => void (p.minLabel = v))}
          />
          <TextField
            fieldId={`${cfg}.maxLabel`}
            label={`Label for ${prompt.scaleMax}`}
            placeholder="e.g. Very comfortable"
            maxLength={LIMITS.scaleLabel}
            value={prompt.maxLabel}
            onChange={(v) => change((p) => void (p.maxLabel = v))}
          />
        </div>
      );
    case "word_cloud":
      return (
        <div className={styles.field}>
          <label htmlFor={maxWordsField.id}>Words per person</label>
          <select
            id={maxWordsField.id}
            value={String(prompt.maxWords)}
            onChange={(e) => {
              maxWordsField.clear();
              change((p) => void (p.maxWords = Number(e.target.value)));
            }}
            aria-describedby={`${maxWordsField.id}-hint${maxWordsField.messages.length ? ` ${maxWordsField.errorId}` : ""}`}
          >
            {Array.from({ length: LIMITS.maxWords }, (_, i) => i + 1).map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
          <p id={`${maxWordsField.id}-hint`} className={styles.hint}>
            Words are grouped regardless of case and simple plurals; offensive words are filtered out, and you approve words before they reach the room.
          </p>
          <FieldErrors id={maxWordsField.errorId} label="Words per person" messages={maxWordsField.messages} />
        </div>
      );
    case "open_text":
      return (
        <div className={styles.field}>
          <label htmlFor={maxLengthField.id}>Longest answer (characters)</label>
          <input
            id={maxLengthField.id}
            type="number"
            min={20}
            max={LIMITS.openTextMax}
            step={10}
            value={prompt.maxLength}
            onChange={(e) => {
              maxLengthField.clear();
              change((p) => void (p.maxLength = e.target.value));
            }}
            aria-invalid={maxLengthField.messages.length ? true : undefined}
            aria-describedby={`${maxLengthField.id}-hint${maxLengthField.messages.length ? ` ${maxLengthField.errorId}` : ""}`}
            className={styles.narrowInput}
          />
          <p id={`${maxLengthField.id}-hint`} className={styles.hint}>
            From 20 to {LIMITS.openTextMax}. Answers wait in your moderation queue: nothing reaches the projector until you approve it.
          </p>
          <FieldErrors id={maxLengthField.errorId} label="Longest answer" messages={maxLengthField.messages} />
        </div>
      );
  }
}

function OptionsEditor({ prompt, base, change, max }: { prompt: PromptDraft; base: string; change: (fn: (p: PromptDraft) => void) => void; max: number }) {
  const { readOnly } = useContext(EditorContext);
  const optionsField = useField(`${base}.options`);
  const { problems, clearProblem } = useContext(EditorContext);
  const listRef = useRef<HTMLOListElement>(null);
  const focusOption = useRef<string | null>(null);
  useEffect(() => {
    if (!focusOption.current) return;
    document.getElementById(focusOption.current)?.focus();
    focusOption.current = null;
  });

  const move = (from: number, to: number, option: OptionDraft, dir: "up" | "down") => {
    change((p) => {
      const [o] = p.options.splice(from, 1);
      p.options.splice(to, 0, o!);
    });
    const atEdge = to === 0 || to === prompt.options.length - 1;
    focusOption.current = `opt-${atEdge ? (dir === "up" ? "down" : "up") : dir}-${option.uid}`;
  };

  return (
    <div className={styles.subsection}>
      <h3 className={styles.optionsHeading} id={`${optionsField.id}-heading`}>
        {prompt.kind === "ranking" ? "Items to rank" : "Options"}
      </h3>
      <p className={styles.hint}>
        {prompt.options.length} of at most {max}
        {prompt.kind === "ranking" ? ". Participants put them in order; the summary shows the average position." : "."}
      </p>
      <FieldErrors id={optionsField.errorId} label={prompt.kind === "ranking" ? "Items" : "Options"} messages={optionsField.messages} />
      <ol ref={listRef} className={styles.optionList} id={optionsField.id} tabIndex={-1} aria-labelledby={`${optionsField.id}-heading`}>
        {prompt.options.map((option, i) => {
          const labelId = domId(`${base}.options.${option.uid}.label`);
          const messages = problems.filter((p) => p.fieldId === `${base}.options.${option.uid}.label` || p.fieldId === `${base}.options.${option.uid}`).map((p) => p.message);
          const name = `${prompt.kind === "ranking" ? "Item" : "Option"} ${i + 1}`;
          return (
            <li key={option.uid} className={styles.optionRow}>
              <label htmlFor={labelId} className={styles.optionLabel}>
                {name}
              </label>
              <input
                id={labelId}
                type="text"
                value={option.label}
                placeholder={prompt.kind === "ranking" ? "An item to rank" : "An answer people can choose"}
                onChange={(e) => {
                  clearProblem(`${base}.options.${option.uid}.label`);
                  optionsField.clear();
                  const value = e.target.value;
                  change((p) => void (p.options[i]!.label = value));
                }}
                aria-invalid={messages.length ? true : undefined}
                aria-describedby={messages.length ? `${labelId}-error` : undefined}
              />
              {!readOnly ? (
                <span className={styles.optionButtons}>
                  <button
                    id={`opt-up-${option.uid}`}
                    type="button"
                    className={styles.iconButton}
                    disabled={i === 0}
                    aria-label={`Move ${name.toLowerCase()} up`}
                    title="Move up"
                    onClick={() => move(i, i - 1, option, "up")}
                  >
                    ↑
                  </button>
                  <button
                    id={`opt-down-${option.uid}`}
                    type="button"
                    className={styles.iconButton}
                    disabled={i === prompt.options.length - 1}
                    aria-label={`Move ${name.toLowerCase()} down`}
                    title="Move down"
                    onClick={() => move(i, i + 1, option, "down")}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={`${styles.iconButton} ${styles.iconDanger}`}
                    disabled={prompt.options.length <= LIMITS.minOptions}
                    aria-label={`Remove ${name.toLowerCase()}`}
                    title="Remove"
                    onClick={() => {
                      change((p) => {
                        p.options.splice(i, 1);
                        if (p.maxSelections !== "" && Number(p.maxSelections) > p.options.length) p.maxSelections = String(p.options.length);
                      });
                      const next = prompt.options[i + 1] ?? prompt.options[i - 1];
                      if (next) focusOption.current = domId(`${base}.options.${next.uid}.label`);
                    }}
                  >
                    ✕
                  </button>
                </span>
              ) : null}
              {messages.length ? (
                <p id={`${labelId}-error`} className={`${styles.fieldError} ${styles.optionError}`}>
                  {messages.map((m, k) => (
                    <span key={k}>
                      {name} {m}.
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <button
          type="button"
          className="button secondary"
          disabled={prompt.options.length >= max}
          onClick={() => {
            const option = newOption(prompt.options);
            change((p) => void p.options.push(option));
            optionsField.clear();
            focusOption.current = domId(`${base}.options.${option.uid}.label`);
          }}
        >
          Add {prompt.kind === "ranking" ? "an item" : "an option"}
        </button>
      ) : null}
    </div>
  );
}
