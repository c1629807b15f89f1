"use client";
// "Import an article": the facilitator pastes an article (formatted text from
// a web page, Word or Google Docs; plain text from an e-mail or a PDF; or
// Markdown), or chooses a file (.docx, .md, .txt, .html). Formatted text is
// converted to Markdown on paste. Plain text without Markdown headings gets a
// proposal: the headings Hearth found, each of which can be unticked, and what
// to do with part titles — previewed as the steps it makes, then accepted
// (with Undo) or declined. The preview runs the same importer as the server,
// which checks everything again when the article is imported.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type FormEvent } from "react";
import { htmlToMarkdown } from "../lib/html-to-markdown";
import { importMarkdownArticle } from "../lib/markdown-import";
import { withConclusionHeading } from "../lib/markdown-conclusion";
import { picturesIn, withPictureAlt, withStandInAlts } from "../lib/markdown-pictures";
import { detectHeadings, hasMarkdownHeadings, type DetectedHeading, type PartTitles } from "../lib/plain-text-headings";
import { templateApi, TemplateApiError, type TemplateDetail } from "../lib/client/template-api";
import type { TemplateError } from "../lib/template-schema";
import styles from "./article-import.module.css";

/** Larger files are refused before reading (the server's limits: 200 kB of Markdown, a 1 MB .docx). */
const MAX_TEXT_FILE = 200_000;
const MAX_DOCX_FILE = 1_000_000;
const MAX_HTML_FILE = 2_000_000;

const KIND_LABEL: Record<DetectedHeading["kind"], string> = {
  title: "article title",
  heading: "heading",
  numbered: "numbered point",
  part: "part title",
  conclusion: "added: the text after the last point",
};

type Props = { onCancel: () => void; onImported: (template: TemplateDetail, warnings: string[]) => void };
type Accepted = { original: string; originalTitle: string; undoLabel: string; undoneNote: string };

export function ArticleImport({ onCancel, onImported }: Props) {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; fields: TemplateError[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const [reading, setReading] = useState(false);
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [declined, setDeclined] = useState(false);
  const [partTitles, setPartTitles] = useState<PartTitles>("step");
  const [notHeadings, setNotHeadings] = useState<ReadonlySet<number>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const proposalRef = useRef<HTMLElement>(null);
  // a paste or a new file is a new article: its own proposal, no Undo of the last one
  const freshText = useRef(false);
  const ids = { text: useId(), file: useId(), title: useId(), hint: useId(), parts: useId() };
  useEffect(() => headingRef.current?.focus(), []);

  // A long article re-imports on every keystroke otherwise.
  const deferredText = useDeferredValue(text);
  const offerSplit = !accepted && !declined && deferredText.trim() !== "" && !hasMarkdownHeadings(deferredText);
  // Candidates come from the text as it is; the proposal leaves out what was unticked.
  const candidates = useMemo(() => (offerSplit ? detectHeadings(deferredText, { partTitles }).headings : []), [offerSplit, deferredText, partTitles]);
  const proposal = useMemo(
    () => (offerSplit && candidates.length > 0 ? detectHeadings(deferredText, { partTitles, notHeadings }) : null),
    [offerSplit, candidates.length, deferredText, partTitles, notHeadings],
  );
  const previewSource = proposal ? proposal.markdown : deferredText;
  const previewTitle = title.trim() || proposal?.title || "";
  // A .docx's pictures: each needs its description before the import (the
  // preview shows the steps meanwhile, with a stand-in for the missing ones).
  const pictures = useMemo(() => picturesIn(text), [text]);
  const undescribed = pictures.filter((p) => p.alt === "").length;
  const preview = useMemo(
    () => (previewSource.trim() === "" ? null : importMarkdownArticle(withStandInAlts(previewSource, STAND_IN_ALT), previewTitle ? { title: previewTitle } : {})),
    [previewSource, previewTitle],
  );
  const describe = (id: string, alt: string) => setText((current) => withPictureAlt(current, id, alt));

  function resetFor(next: string) {
    setText(next);
    setAccepted(null);
    setDeclined(false);
    setNotHeadings(new Set());
    setError(null);
  }

  /**
   * Formatted text (a paste, an .html or .docx file) as Markdown: the same
   * "Conclusion" step plain text gets is added for the text after the last
   * numbered point, and said, with Undo.
   */
  function loadFormatted(markdown: string, notes: string[], at?: { start: number; end: number }) {
    const whole = at ? text.slice(0, at.start) + markdown + text.slice(at.end) : markdown;
    const concluded = withConclusionHeading(whole);
    resetFor(concluded ?? whole);
    freshText.current = false; // typing next edits this text: its Undo stays
    if (concluded) {
      setAccepted({
        original: whole,
        originalTitle: title,
        undoLabel: "Undo the Conclusion step",
        undoneNote: "Undone: the text after the last point stays in that point's step.",
      });
      notes = [...notes, "Added a “Conclusion” step for the text after the last numbered point, as for plain text."];
    }
    setNote(notes.join(" "));
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
    loadFormatted(markdown, ["Pasted the formatted text as Markdown: headings, lists, bold, italics and links are kept; styles, scripts and pictures are left out.", ...notes], {
      start: area.selectionStart,
      end: area.selectionEnd,
    });
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setNote(null);
    const name = file.name.toLowerCase();
    const fail = (message: string) => setError({ message, fields: [] });
    if (name.endsWith(".docx")) {
      if (file.size > MAX_DOCX_FILE)
        return fail(`“${file.name}” is ${Math.ceil(file.size / 1000)} kB; Hearth imports Word documents up to 1 MB. Remove large pictures, or save the text as a new document.`);
      setReading(true);
      try {
        const { markdown, notes } = await templateApi<{ markdown: string; notes: string[] }>("/api/templates/convert/docx", {
          method: "POST",
          body: await file.arrayBuffer(),
          headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        });
        const found = picturesIn(markdown);
        const toDescribe = found.filter((p) => p.alt === "").length;
        const pictureNote =
          found.length === 0
            ? []
            : [
                `It has ${found.length === 1 ? "1 picture" : `${found.length} pictures`}${toDescribe > 0 ? `; describe ${toDescribe === 1 ? "the one" : `the ${toDescribe}`} without a description below, for anyone who cannot see ${toDescribe === 1 ? "it" : "them"}` : ", each with the description it has in the document"}.`,
              ];
        loadFormatted(markdown, [`Loaded “${file.name}”. Check the preview, then import it.`, ...pictureNote, ...notes]);
      } catch (e) {
        fail(e instanceof Error && e.message ? e.message : "The document could not be read.");
      } finally {
        setReading(false);
      }
      return;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      if (file.size > MAX_HTML_FILE) return fail(`“${file.name}” is ${Math.ceil(file.size / 1000)} kB; save a shorter page.`);
      loadFormatted(htmlToMarkdown(await file.text()).markdown, [`Loaded “${file.name}” as Markdown. Check the preview, then import it.`]);
      return;
    }
    if (file.size > MAX_TEXT_FILE) return fail(`“${file.name}” is ${Math.ceil(file.size / 1000)} kB; Hearth imports articles up to 200 kB. Split it into smaller articles.`);
    resetFor(await file.text());
    setNote(`Loaded “${file.name}”. Check the preview, then import it.`);
  }

  function accept() {
    if (!proposal) return;
    setAccepted({ original: text, originalTitle: title, undoLabel: "Undo the split", undoneNote: "Undone: the text is back as you pasted it." });
    setText(proposal.markdown);
    if (!title.trim() && proposal.title) setTitle(proposal.title);
    setNote(
      `Split at ${proposal.headings.length} ${proposal.headings.length === 1 ? "heading" : "headings"}. The text now marks them as Markdown headings (## …); you can still edit it.`,
    );
    requestAnimationFrame(() => textRef.current?.focus());
  }

  function undo() {
    if (!accepted) return;
    setText(accepted.original);
    setTitle(accepted.originalTitle);
    setAccepted(null);
    setNote(accepted.undoneNote);
    // the plain-text proposal comes back (and takes the focus); a formatted text stays as it is
    if (accepted.undoLabel === "Undo the split") requestAnimationFrame(() => proposalRef.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (proposal) return; // the choice comes first: its buttons are in the form
    setSaving(true);
    setError(null);
    try {
      const { template, warnings } = await templateApi<{ template: TemplateDetail; warnings: string[] }>("/api/templates/import/markdown", {
        method: "POST",
        json: { markdown: text, ...(title.trim() ? { title } : {}) },
      });
      onImported(template, warnings);
    } catch (e) {
      const fields = e instanceof TemplateApiError ? e.fields : [];
      const message = e instanceof Error && e.message ? e.message : "The article could not be imported.";
      setError({ message: fields.length ? message.split(" — ")[0]! : message, fields });
      setSaving(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  const toggle = (line: number) =>
    setNotHeadings((current) => {
      const next = new Set(current);
      if (!next.delete(line)) next.add(line);
      return next;
    });

  return (
    <section id="import-markdown" className={`card stack ${styles.import}`} aria-labelledby="import-heading">
      <h2 id="import-heading" ref={headingRef} tabIndex={-1}>
        Import an article
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        Paste an article copied from a web page, Word, Google Docs, an e-mail or a PDF — or choose a Word (<code>.docx</code>), Markdown or text file. Each heading starts a step
        and the text under it becomes the step&apos;s text; you see the steps before anything is saved. Add prompts afterwards in the editor.
      </p>
      <p className="muted" style={{ margin: "0.5em 0 0" }}>
        For a part that touches something hard, start the first line under its heading with <strong>Content note:</strong> (for example “Content note: This part mentions
        relapse.”). It becomes that step&apos;s content note, and phones keep the step&apos;s text folded until the person chooses to open it. The same line at the very top of the
        article is added to the session&apos;s content note.
      </p>
      <form className="stack" onSubmit={submit}>
        <div>
          <label htmlFor={ids.file}>File (optional)</label>
          <input
            id={ids.file}
            type="file"
            accept=".docx,.md,.markdown,.txt,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain,text/html"
            disabled={reading}
            onChange={(e) => {
              void onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          {reading ? <p className="muted">Reading the document…</p> : null}
        </div>
        <div>
          <label htmlFor={ids.text}>Article</label>
          <textarea
            id={ids.text}
            ref={textRef}
            rows={12}
            value={text}
            onChange={(e) => {
              const value = e.target.value;
              if (freshText.current || value.trim() === "") resetFor(value);
              else {
                // Typing keeps the choice made (and its Undo); ticks are per line, so they start over.
                setText(value);
                setNotHeadings(new Set());
              }
              freshText.current = false;
            }}
            onPaste={onPaste}
            placeholder={"Paste the article here.\n\nHeadings can be plain lines (as copied from a web page or a PDF) or Markdown: # Title, ## Section…"}
            aria-describedby={`${ids.hint}${error ? " import-error" : ""}`}
          />
          <p id={ids.hint} className="muted" style={{ margin: "0.25rem 0 0" }}>
            Formatted text keeps its headings, lists, bold, italics and links. A Word document&apos;s pictures come with it (a step shows one); pictures in pasted text are left out
            (their description is kept).
          </p>
        </div>
        {note ? (
          <div className={styles.note} role="status">
            <p style={{ margin: 0 }}>{note}</p>
            {accepted ? (
              <button type="button" className="button secondary" onClick={undo}>
                {accepted.undoLabel}
              </button>
            ) : null}
          </div>
        ) : null}

        {proposal ? (
          <section ref={proposalRef} tabIndex={-1} className={styles.proposal} aria-labelledby={`${ids.parts}-h`}>
            <h3 id={`${ids.parts}-h`} className={styles.h3}>
              Hearth found {candidates.length} {candidates.length === 1 ? "heading" : "headings"} in the text
            </h3>
            <p className="muted" style={{ margin: 0 }}>
              Untick any line that is not a heading. Nothing is changed until you choose below.
            </p>
            <fieldset className={styles.fieldset}>
              <legend className="visually-hidden">Headings found</legend>
              <ul className={styles.candidates}>
                {candidates.map((h) => (
                  <li key={`${h.line}:${h.title}`}>
                    <label className={styles.check}>
                      <input type="checkbox" checked={!notHeadings.has(h.line)} onChange={() => toggle(h.line)} />
                      <span>
                        {h.title} <span className="muted">({KIND_LABEL[h.kind]})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            {proposal.partTitleCount > 0 ? (
              <fieldset className={styles.fieldset}>
                <legend>{proposal.partTitleCount === 1 ? "1 part title" : `${proposal.partTitleCount} part titles`} (a heading straight before another heading):</legend>
                <label className={styles.check}>
                  <input type="radio" name={ids.parts} checked={partTitles === "step"} onChange={() => setPartTitles("step")} />
                  <span>a short title step of their own</span>
                </label>
                <label className={styles.check}>
                  <input type="radio" name={ids.parts} checked={partTitles === "merge"} onChange={() => setPartTitles("merge")} />
                  <span>merged into the next step, as its first line</span>
                </label>
              </fieldset>
            ) : null}
            {proposal.droppedLines.length > 0 ? (
              <p className="muted" style={{ margin: 0 }}>
                Left out {proposal.droppedLines.length} newsletter {proposal.droppedLines.length === 1 ? "line" : "lines"}: {proposal.droppedLines.map((l) => `“${l}”`).join(", ")}.
              </p>
            ) : null}
          </section>
        ) : null}

        {preview ? <StepsPreview preview={preview} proposed={Boolean(proposal)} pictures={pictures} onDescribe={describe} /> : null}

        <div>
          <label htmlFor={ids.title}>Title (optional)</label>
          <input id={ids.title} type="text" value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={`${ids.title}-hint`} />
          <p id={`${ids.title}-hint`} className="muted" style={{ margin: "0.25rem 0 0" }}>
            Left empty, the article&apos;s first heading is the title.
          </p>
        </div>
        {error ? (
          <div id="import-error" ref={errorRef} tabIndex={-1} role="alert" className={styles.errorBox}>
            <p className="error" style={{ margin: 0 }}>
              {error.message}
              {error.fields.length ? ":" : ""}
            </p>
            {error.fields.length ? (
              <ul className={styles.fields}>
                {error.fields.slice(0, 12).map((f, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one answer's problems, plain text, replaced whole
                  <li key={i}>
                    <code>{f.path}</code> {f.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="row">
          {proposal ? (
            <>
              <button type="button" className="button" onClick={accept}>
                Split at these headings
              </button>
              <button type="button" className="button secondary" onClick={() => setDeclined(true)}>
                Keep it as one text
              </button>
            </>
          ) : (
            <button type="submit" className="button" disabled={saving || reading || text.trim() === "" || (preview !== null && !preview.ok) || undescribed > 0}>
              {saving ? "Importing…" : "Import article"}
            </button>
          )}
          <button type="button" className="button quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
        {!proposal && undescribed > 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            Describe {undescribed === 1 ? "the picture" : `the ${undescribed} pictures`} in the preview first: {undescribed === 1 ? "its description is" : "their descriptions are"}{" "}
            what anyone who cannot see {undescribed === 1 ? "it" : "them"} gets.
          </p>
        ) : null}
      </form>
    </section>
  );
}

type PreviewProps = {
  preview: ReturnType<typeof importMarkdownArticle>;
  proposed: boolean;
  pictures: { id: string; alt: string }[];
  onDescribe: (id: string, alt: string) => void;
};

function StepsPreview({ preview, proposed, pictures, onDescribe }: PreviewProps) {
  const headingId = useId();
  const altOf = new Map(pictures.map((p) => [p.id, p.alt]));
  if (!preview.ok) {
    return (
      <div className={styles.errorBox}>
        <p className="error" style={{ margin: 0 }}>
          This cannot be imported yet: {preview.errors.map((e) => `${e.path} ${e.message}`).join("; ")}
        </p>
      </div>
    );
  }
  const steps = preview.content.steps;
  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {proposed ? "Split at these headings, it becomes" : "Preview:"} {steps.length} {steps.length === 1 ? "step" : "steps"}
      </h3>
      <ol className={styles.steps}>
        {steps.map((s) => (
          <li key={s.key}>
            <strong>{s.title}</strong>
            <span className="muted">
              {" "}
              — {s.body.trim() === "" ? (s.image ? "a picture" : "title only") : `${wordCount(s.body)} words`}
              {s.body.trim() !== "" && s.image ? ", and a picture" : ""}
              {s.contentNote ? ", with a content note" : ""}
            </span>
            {s.image ? <PictureDescription id={s.image.id} alt={altOf.get(s.image.id) ?? ""} stepTitle={s.title} onDescribe={onDescribe} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Shown in the preview for a picture not described yet; never stored (the import needs a real description). */
const STAND_IN_ALT = "a picture still to be described";

function PictureDescription({ id, alt, stepTitle, onDescribe }: { id: string; alt: string; stepTitle: string; onDescribe: (id: string, alt: string) => void }) {
  const inputId = useId();
  const missing = alt.trim() === "";
  return (
    <div className={styles.picture}>
      {/* the facilitator's own picture, stored when the document was read; its description is written just beside */}
      <img src={`/api/images/${id}`} alt="" className={styles.thumbnail} loading="lazy" decoding="async" />
      <div className={styles.pictureField}>
        <label htmlFor={inputId}>Describe the picture in “{stepTitle}” (required)</label>
        <input
          id={inputId}
          type="text"
          value={alt}
          maxLength={300}
          required
          aria-invalid={missing}
          aria-describedby={missing ? `${inputId}-missing` : undefined}
          onChange={(e) => onDescribe(id, e.target.value)}
        />
        {missing ? (
          <p id={`${inputId}-missing`} className="error" style={{ margin: "0.25rem 0 0" }}>
            The document gives no description: write what the picture shows.
          </p>
        ) : null}
      </div>
    </div>
  );
}

const wordCount = (markdown: string) => markdown.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
