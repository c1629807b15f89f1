"use client";
// The editor's top bar: back to the list, the title, the save status, and Save / Discard / Duplicate /
// Start a session. Starting needs the changes saved first, and says so.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "../../lib/client/api";
import { templateApi, type TemplateDetail } from "../../lib/client/template-api";
import { saveStatusText, type SaveState } from "../../lib/client/template-editor-state";
import styles from "../template-editor.module.css";

type TopBarProps = {
  templateId: string;
  title: string;
  readOnly: boolean;
  dirty: boolean;
  save: SaveState;
  onSave: () => void;
  onDiscard: () => void;
  /** a copy or a start that failed: shown in the error summary */
  onError: (message: string) => void;
};

export function TopBar({ templateId, title, readOnly, dirty, save, onSave, onDiscard, onError }: TopBarProps) {
  const router = useRouter();
  const [duplicating, setDuplicating] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);

  async function duplicate() {
    setDuplicating("Copying…");
    try {
      const { template: copy } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${templateId}/duplicate`, { method: "POST" });
      router.push(`/templates/${copy.id}`);
    } catch (e) {
      setDuplicating(null);
      onError(e instanceof Error ? e.message : "The template could not be copied.");
    }
  }

  async function startSession() {
    setStarting("Starting…");
    try {
      const { session } = await api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId } });
      router.push(`/console/${session.id}`);
    } catch (e) {
      setStarting(null);
      onError(e instanceof Error ? e.message : "The session could not be started.");
    }
  }

  return (
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
        <h1 className={styles.h1}>{title || "Untitled template"}</h1>
      </div>
      <div className={styles.topActions}>
        <p className={`${styles.status} ${dirty ? styles.statusDirty : ""}`} aria-live="polite">
          {dirty ? <span aria-hidden="true">● </span> : null}
          {saveStatusText({ readOnly, dirty, save })}
        </p>
        {readOnly ? (
          <button type="button" className="button" onClick={() => void duplicate()} disabled={duplicating !== null}>
            {duplicating ?? "Duplicate to edit"}
          </button>
        ) : (
          <>
            {dirty ? (
              <button type="button" className="button quiet" onClick={onDiscard}>
                Discard changes
              </button>
            ) : null}
            <button type="button" className="button" onClick={onSave} disabled={save.kind === "saving" || !dirty} aria-keyshortcuts="Control+S Meta+S">
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
  );
}
