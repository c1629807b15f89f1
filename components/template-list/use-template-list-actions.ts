"use client";
// The list's own actions and what it says about them: a new template, a
// template file imported, a deleted one restored (Undo). Errors take the focus,
// so keyboard and screen-reader users land on them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { kilobytes } from "../../lib/client/article-file";
import { templateApi, TemplateApiError, type TemplateDetail } from "../../lib/client/template-api";
import type { TemplateContent } from "../../lib/template-schema";
import { useErrorText } from "../use-error-text";
import type { FailedAction, Notice } from "./notice-box";

/** Larger files are refused before reading (the server's limit for a template file is 1 MB). */
const MAX_JSON_FILE = 1_000_000;

export function useTemplateListActions() {
  const t = useTranslations("templates");
  const errorText = useErrorText();
  const router = useRouter();
  const client = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["templates"] });

  const show = (next: Notice) => {
    setNotice(next);
    if (next.kind === "error") requestAnimationFrame(() => noticeRef.current?.focus());
  };
  // the headline says what failed; then either the server's problems field by field, or what its code means
  const showError = (error: unknown, failed: FailedAction) => {
    const headline = t(`failed.${failed}`);
    const fields = error instanceof TemplateApiError && error.fields.length > 0 ? error.fields : undefined;
    show({ kind: "error", message: fields ? headline : t("notice.withReason", { headline, reason: errorText(error) }), fields });
  };

  const create = useMutation({
    mutationFn: () => templateApi<{ template: TemplateDetail }>("/api/templates", { method: "POST", json: {} }),
    onSuccess: ({ template }) => {
      void refresh();
      router.push(`/templates/${template.id}`);
    },
    onError: (error) => showError(error, "create"),
  });

  const importFile = useMutation({
    mutationFn: (text: string) =>
      templateApi<{ template: TemplateDetail }>("/api/templates/import/json", { method: "POST", body: text, headers: { "Content-Type": "application/json" } }),
    onSuccess: ({ template }) => {
      void refresh();
      show({ kind: "ok", message: t("notice.imported", { title: template.title, steps: template.stepCount, prompts: template.promptCount }) });
    },
    onError: (error) => showError(error, "importFile"),
  });

  const undoDelete = useMutation({
    mutationFn: (content: TemplateContent) => templateApi<{ template: TemplateDetail }>("/api/templates", { method: "POST", json: { content } }),
    onSuccess: ({ template }) => {
      void refresh();
      show({ kind: "ok", message: t("notice.restored", { title: template.title }) });
    },
    onError: (error) => showError(error, "restore"),
  });

  async function importJsonFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_JSON_FILE) {
      show({ kind: "error", message: t("notice.fileTooLarge", { name: file.name, size: kilobytes(file.size) }) });
      return;
    }
    importFile.mutate(await file.text());
  }

  return { notice, noticeRef, show, showError, dismiss: () => setNotice(null), refresh, create, importFile, importJsonFile, undoDelete };
}
