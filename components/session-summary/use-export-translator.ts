"use client";
// The summary page says what the exports say, in the page's language: the
// same translator lib/export uses, over the "export" messages the page loaded.
import { useMemo } from "react";
import { useLocale, useMessages } from "use-intl";
import { type ExportTranslator, exportTranslator } from "../../lib/export/export-text";

export function useExportTranslator(): ExportTranslator {
  const locale = useLocale();
  const messages = useMessages().export;
  return useMemo(() => exportTranslator(locale, messages), [locale, messages]);
}
