"use client";
// The editor's top bar: back to the list, the title, the save status, and Save / Discard / Duplicate /
// Start a session. Starting needs the changes saved first, and says so.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { api } from "../../lib/client/api";
import { errorCodeOf } from "../../lib/client/errors";
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
  const t = useTranslations("templateEditor");
  const errors = useTranslations("common.errors");
  const format = useFormatter();
  /** what a failed copy or start says: the error's code in words, else the editor's own message */
  const failure = (e: unknown, fallback: string) => {
    const code = errorCodeOf(e);
    return code ? errors(code) : fallback;
  };

  async function duplicate() {
    setDuplicating(t("topBar.copying"));
    try {
      const { template: copy } = await templateApi<{ template: TemplateDetail }>(`/api/templates/${templateId}/duplicate`, { method: "POST" });
      router.push(`/templates/${copy.id}`);
    } catch (e) {
      setDuplicating(null);
      onError(failure(e, t("topBar.copyFailed")));
    }
  }

  async function startSession() {
    setStarting(t("topBar.starting"));
    try {
      const { session } = await api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId } });
      router.push(`/console/${session.id}`);
    } catch (e) {
      setStarting(null);
      onError(failure(e, t("topBar.startFailed")));
    }
  }

  return (
    <header className={styles.topBar}>
      <div className={styles.topTitle}>
        <Link
          href="/templates"
          className={styles.back}
          onClick={(event) => {
            if (dirty && !window.confirm(t("topBar.confirmLeave"))) event.preventDefault();
          }}
        >
          {t("topBar.back")}
        </Link>
        <h1 className={styles.h1}>{title || t("topBar.untitledTemplate")}</h1>
      </div>
      <div className={styles.topActions}>
        <p className={`${styles.status} ${dirty ? styles.statusDirty : ""}`} aria-live="polite">
          {dirty ? <span aria-hidden="true">● </span> : null}
          {saveStatusText({ readOnly, dirty, save }, t, (at) => format.dateTime(at, { hour: "2-digit", minute: "2-digit" }))}
        </p>
        {readOnly ? (
          <button type="button" className="button" onClick={() => void duplicate()} disabled={duplicating !== null}>
            {duplicating ?? t("topBar.duplicate")}
          </button>
        ) : (
          <>
            {dirty ? (
              <button type="button" className="button quiet" onClick={onDiscard}>
                {t("topBar.discard")}
              </button>
            ) : null}
            <button type="button" className="button" onClick={onSave} disabled={save.kind === "saving" || !dirty} aria-keyshortcuts="Control+S Meta+S">
              {save.kind === "saving" ? t("topBar.saving") : t("topBar.save")}
              <span className={styles.kbdHint} aria-hidden="true">
                {t("topBar.shortcut")}
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
          {starting ?? t("topBar.start")}
        </button>
        {dirty ? (
          <span id="start-hint" className="visually-hidden">
            {t("topBar.saveFirst")}
          </span>
        ) : null}
      </div>
    </header>
  );
}
