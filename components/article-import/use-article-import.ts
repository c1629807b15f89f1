"use client";
// The import box's state: the text and title, what Hearth says about them
// (a note, with Undo for a change it made), the heading proposal, the preview
// (the same importer as the server, which checks everything again) and the
// import itself.
import { type ClipboardEvent, type FormEvent, useMemo, useRef, useState } from "react";
import { checkArticleFile } from "../../lib/client/article-file";
import { useLocale, useTranslations } from "use-intl";
import { templateApi, TemplateApiError, type TemplateDetail } from "../../lib/client/template-api";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { withConclusionHeading } from "../../lib/markdown-conclusion";
import { importMarkdownArticle } from "../../lib/markdown-import";
import { picturesIn, withPictureAlt, withStandInAlts } from "../../lib/markdown-pictures";
import { hasMarkdownHeadings } from "../../lib/plain-text-headings";
import type { TemplateError } from "../../lib/template-schema";
import { useErrorText } from "../use-error-text";
import { type ImportNote, readArticleFile } from "./read-article-file";
import { useNoteText } from "./note-text";
import { STAND_IN_ALT } from "./steps-preview";
import { useHeadingProposal } from "./use-heading-proposal";
import type { ImportWarning } from "../../lib/markdown-import/warnings";

/** A change Hearth made to the text, with its Undo: the split at the proposed headings, or the "Conclusion" step added to formatted text. */
type Accepted = { original: string; originalTitle: string; change: "split" | "conclusion" };
export type ImportError = { message: string; fields: TemplateError[] };

export function useArticleImport(onImported: (template: TemplateDetail, warnings: ImportWarning[]) => void) {
  const t = useTranslations("articleImport");
  const errorText = useErrorText();
  const noteText = useNoteText();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [note, setNote] = useState<ImportNote[] | null>(null);
  const [reading, setReading] = useState(false);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [declined, setDeclined] = useState(false);
  const split = useHeadingProposal(text, !accepted && !declined);
  const { proposal } = split;
  const { error, setError, saving, submit, errorRef } = useSubmitArticle({ text, title, proposed: Boolean(proposal) }, onImported);
  const refs = { error: errorRef, text: useRef<HTMLTextAreaElement>(null), proposal: useRef<HTMLElement>(null) };
  // a paste or a new file is a new article: its own proposal, no Undo of the last one
  const freshText = useRef(false);

  const previewSource = proposal ? proposal.markdown : split.deferredText;
  const previewTitle = title.trim() || proposal?.title || "";
  // A .docx's pictures: each needs its description before the import (the
  // preview shows the steps meanwhile, with a stand-in for the missing ones).
  const pictures = useMemo(() => picturesIn(text), [text]);
  const undescribed = pictures.filter((p) => p.alt === "").length;
  const preview = useMemo(
    () => (previewSource.trim() === "" ? null : importMarkdownArticle(withStandInAlts(previewSource, STAND_IN_ALT), previewTitle ? { title: previewTitle } : {})),
    [previewSource, previewTitle],
  );

  function resetFor(next: string) {
    setText(next);
    setAccepted(null);
    setDeclined(false);
    split.clearTicks();
    setError(null);
  }

  /**
   * Formatted text (a paste, an .html or .docx file) as Markdown: the same
   * "Conclusion" step plain text gets is added for the text after the last
   * numbered point, and said, with Undo.
   */
  function loadFormatted(markdown: string, notes: ImportNote[], at?: { start: number; end: number }) {
    const whole = at ? text.slice(0, at.start) + markdown + text.slice(at.end) : markdown;
    const concluded = withConclusionHeading(whole);
    resetFor(concluded ?? whole);
    freshText.current = false; // typing next edits this text: its Undo stays
    if (concluded) {
      setAccepted({ original: whole, originalTitle: title, change: "conclusion" });
      notes = [...notes, { key: "conclusionAdded" }];
    }
    setNote(notes);
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    freshText.current = true;
    const html = event.clipboardData.getData("text/html");
    const plain = event.clipboardData.getData("text/plain");
    // Markdown copied from an editor arrives as HTML too: keep it as typed.
    if (!html || hasMarkdownHeadings(plain)) return;
    const { markdown, notes } = htmlToMarkdown(html);
    // Formatted text without real headings: the plain text is better for finding them.
    if (!hasMarkdownHeadings(markdown)) return;
    event.preventDefault();
    const area = event.currentTarget;
    loadFormatted(markdown, [{ key: "pasted" }, ...notes.map((text) => ({ text }))], {
      start: area.selectionStart,
      end: area.selectionEnd,
    });
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setNote(null);
    // only a .docx takes a moment (the server converts it)
    if (checkArticleFile(file).kind === "docx") setReading(true);
    const read = await readArticleFile(file).finally(() => setReading(false));
    if (read.kind === "refused") setError({ message: noteText(read.note), fields: [] });
    else if (read.kind === "failed") setError({ message: t("withReason", { headline: t("notes.docxFailed"), reason: errorText(read.error) }), fields: [] });
    else if (read.kind === "formatted") loadFormatted(read.markdown, read.notes);
    else {
      resetFor(read.text);
      setNote([read.note]);
    }
  }

  function onTextChange(value: string) {
    if (freshText.current || value.trim() === "") resetFor(value);
    else {
      // Typing keeps the choice made (and its Undo); ticks are per line, so they start over.
      setText(value);
      split.clearTicks();
    }
    freshText.current = false;
  }

  function accept() {
    if (!proposal) return;
    setAccepted({ original: text, originalTitle: title, change: "split" });
    setText(proposal.markdown);
    if (!title.trim() && proposal.title) setTitle(proposal.title);
    setNote([{ key: "splitDone", values: { count: proposal.headings.length } }]);
    requestAnimationFrame(() => refs.text.current?.focus());
  }

  function undo() {
    if (!accepted) return;
    setText(accepted.original);
    setTitle(accepted.originalTitle);
    setAccepted(null);
    setNote([{ key: accepted.change === "split" ? "undoneSplit" : "undoneConclusion" }]);
    // the plain-text proposal comes back (and takes the focus); a formatted text stays as it is
    if (accepted.change === "split") requestAnimationFrame(() => refs.proposal.current?.focus());
  }

  const describe = (id: string, alt: string) => setText((current) => withPictureAlt(current, id, alt));

  return {
    ...{ text, title, setTitle, note, error, saving, reading, accepted, split, refs, pictures, undescribed, preview },
    ...{ onPaste, onFile, onTextChange, accept, decline: () => setDeclined(true), undo, submit, describe },
  };
}

/** The import itself: the server checks everything again and answers with the template and what it noticed. */
function useSubmitArticle(
  { text, title, proposed }: { text: string; title: string; proposed: boolean },
  onImported: (template: TemplateDetail, warnings: ImportWarning[]) => void,
) {
  const t = useTranslations("articleImport");
  const locale = useLocale();
  const errorText = useErrorText();
  const [error, setError] = useState<ImportError | null>(null);
  const [saving, setSaving] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (proposed) return; // the choice comes first: its buttons are in the form
    setSaving(true);
    setError(null);
    try {
      const { template, warnings } = await templateApi<{ template: TemplateDetail; warnings: ImportWarning[] }>("/api/templates/import/markdown", {
        method: "POST",
        // the template is made in the facilitator's language: its note, support card and default words
        json: { markdown: text, ...(title.trim() ? { title } : {}), language: locale },
      });
      onImported(template, warnings);
    } catch (e) {
      // the headline, then the importer's problems field by field, or what the error's code means
      const fields = e instanceof TemplateApiError ? e.fields : [];
      setError({ message: fields.length ? t("failed") : t("withReason", { headline: t("failed"), reason: errorText(e) }), fields });
      setSaving(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }
  return { error, setError, saving, submit, errorRef };
}
