"use client";
// One template on /templates: its title, counts and description, and what can
// be done with it (start, open, duplicate, rename, export, delete with a
// confirmation). Built-in templates can only be started, viewed, duplicated
// and exported.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { api } from "../../lib/client/api";
import { templateApi, type TemplateDetail, type TemplateSummary } from "../../lib/client/template-api";
import type { TemplateContent } from "../../lib/template-schema";
import { TemplateLanguage } from "../template-language";
import styles from "../template-list.module.css";
import type { FailedAction, Notice } from "./notice-box";
import { RenameForm } from "./rename-form";

export function TemplateCard({
  template,
  onNotice,
  onError,
  onChanged,
}: {
  template: TemplateSummary;
  onNotice: (notice: Notice) => void;
  onError: (error: unknown, failed: FailedAction) => void;
  onChanged: () => Promise<void>;
}) {
  const t = useTranslations("templates");
  const format = useFormatter();
  const router = useRouter();
  const [mode, setMode] = useState<"view" | "rename" | "confirm-delete">("view");
  const titleId = useId();
  const menuReturn = useRef<HTMLButtonElement>(null);
  const renameReturn = useRef<HTMLButtonElement>(null);

  const start = useMutation({
    mutationFn: () => api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId: template.id } }),
    onSuccess: ({ session }) => router.push(`/console/${session.id}`),
    onError: (error) => onError(error, "start"),
  });
  const duplicate = useMutation({
    mutationFn: () => templateApi<{ template: TemplateDetail }>(`/api/templates/${template.id}/duplicate`, { method: "POST" }),
    onSuccess: async ({ template: copy }) => {
      await onChanged();
      onNotice({ kind: "ok", message: t("notice.copied", { title: copy.title }) });
    },
    onError: (error) => onError(error, "duplicate"),
  });
  const remove = useMutation({
    mutationFn: () => templateApi<{ content: TemplateContent }>(`/api/templates/${template.id}`, { method: "DELETE" }),
    onSuccess: async ({ content }) => {
      await onChanged();
      onNotice({ kind: "ok", message: t("notice.deleted", { title: template.title }), undo: { title: template.title, content } });
    },
    onError: (error) => {
      setMode("view");
      onError(error, "delete");
    },
  });

  const updated = new Date(template.updatedAt);
  const busy = start.isPending || duplicate.isPending || remove.isPending;

  return (
    <li className={`card ${styles.card}`}>
      <div className={styles.cardMain}>
        {mode === "rename" ? (
          <RenameForm
            template={template}
            onDone={async (renamed) => {
              setMode("view");
              if (renamed) {
                await onChanged();
                onNotice({ kind: "ok", message: t("notice.renamed", { title: renamed }) });
              }
              requestAnimationFrame(() => renameReturn.current?.focus());
            }}
          />
        ) : (
          <div className={styles.cardTitleRow}>
            <h3 id={titleId} className={styles.cardTitle} lang={template.language}>
              {template.title}
            </h3>
            {template.builtIn ? <span className={styles.badge}>{t("card.builtIn")}</span> : null}
            <TemplateLanguage language={template.language} />
            {template.supportCardUnfinished ? <span className={styles.badge}>{t("card.supportCardUnfinished")}</span> : null}
          </div>
        )}
        <p className={`muted ${styles.meta}`}>
          {t("card.counts", { steps: template.stepCount, prompts: template.promptCount })}
          {template.builtIn ? "" : t("card.changed", { date: format.dateTime(updated, { day: "numeric", month: "short", year: "numeric" }) })}
        </p>
        {template.description ? (
          <p className={styles.description} lang={template.language}>
            {template.description}
          </p>
        ) : null}
      </div>

      {mode === "confirm-delete" ? (
        <DeleteConfirm
          title={template.title}
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
            {start.isPending ? t("card.starting") : t.rich("card.start", { title: template.title, hidden })}
          </button>
          <Link className="button secondary" href={`/templates/${template.id}`}>
            {t.rich(template.builtIn ? "card.view" : "card.edit", { title: template.title, hidden })}
          </Link>
          <button type="button" className="button quiet" disabled={busy} onClick={() => duplicate.mutate()}>
            {duplicate.isPending ? t("card.copying") : t.rich("card.duplicate", { title: template.title, hidden })}
          </button>
          {!template.builtIn ? (
            <button ref={renameReturn} type="button" className="button quiet" disabled={busy || mode === "rename"} onClick={() => setMode("rename")}>
              {t.rich("card.rename", { title: template.title, hidden })}
            </button>
          ) : null}
          <a className="button quiet" href={`/api/templates/${template.id}/export`} download>
            {t.rich("card.export", { title: template.title, hidden })}
          </a>
          {!template.builtIn ? (
            <button ref={menuReturn} type="button" className="button danger" disabled={busy} onClick={() => setMode("confirm-delete")}>
              {t.rich("card.delete", { title: template.title, hidden })}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** Deleting asks first; Cancel takes the focus, so Enter straight after never deletes. */
function DeleteConfirm({ title, deleting, onDelete, onCancel }: { title: string; deleting: boolean; onDelete: () => void; onCancel: () => void }) {
  const t = useTranslations("templates.card");
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div className={styles.confirm} role="group" aria-label={t("confirmLabel", { title })}>
      <p style={{ margin: 0 }}>{t.rich("confirmText", { title, strong })}</p>
      <div className="row">
        <button type="button" className="button danger" disabled={deleting} onClick={onDelete}>
          {deleting ? t("deleting") : t("deleteTemplate")}
        </button>
        <button ref={cancelRef} type="button" className="button quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
