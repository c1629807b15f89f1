"use client";
// The list's own actions and what it says about them: a new template, a
// template file imported, a deleted one restored (Undo). Errors take the focus,
// so keyboard and screen-reader users land on them.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { templateApi, TemplateApiError, type TemplateDetail } from "../../lib/client/template-api";
import type { TemplateContent } from "../../lib/template-schema";
import type { Notice } from "./notice-box";

/** Larger files are refused before reading (the server's limit for a template file is 1 MB). */
const MAX_JSON_FILE = 1_000_000;

export function useTemplateListActions() {
  const router = useRouter();
  const client = useQueryClient();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["templates"] });

  const show = (next: Notice) => {
    setNotice(next);
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

  async function importJsonFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_JSON_FILE) {
      show({ kind: "error", message: `“${file.name}” is ${Math.ceil(file.size / 1000)} kB; a template file is much smaller than 1 MB. Choose a file exported from Hearth.` });
      return;
    }
    importFile.mutate(await file.text());
  }

  return { notice, noticeRef, show, showError, dismiss: () => setNotice(null), refresh, create, importFile, importJsonFile, undoDelete };
}
