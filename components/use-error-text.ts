"use client";
// The words for an error the browser got: its code's message in the page's
// language (messages/<locale>/common.json, errors), never the server's English.
import { useTranslations } from "use-intl";
import { errorCodeOf } from "../lib/client/errors";

export function useErrorText() {
  const t = useTranslations("common.errors");
  return (error: unknown) => t(errorCodeOf(error) ?? "INTERNAL");
}
