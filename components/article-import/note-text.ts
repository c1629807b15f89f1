"use client";
// A note about the article (what was loaded, pasted, split, undone) in the
// page's language; notes the converter wrote are shown as it wrote them.
import { useTranslations } from "use-intl";
import type { ImportNote } from "./read-article-file";

export function useNoteText() {
  const t = useTranslations("articleImport.notes");
  return (note: ImportNote) => ("text" in note ? note.text : t(note.key, note.values as never));
}
