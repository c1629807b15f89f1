"use client";
// "Import an article": the facilitator pastes an article (formatted text from
// a web page, Word or Google Docs; plain text from an e-mail or a PDF; or
// Markdown), or chooses a file (.docx, .md, .txt, .html). Formatted text is
// converted to Markdown on paste. Plain text without Markdown headings gets a
// proposal: the headings Hearth found, each of which can be unticked, and what
// to do with part titles — previewed as the steps it makes, then accepted
// (with Undo) or declined. The preview runs the same importer as the server,
// which checks everything again when the article is imported. The state:
// article-import/use-article-import.ts.
import { type RefObject, useEffect, useId, useRef } from "react";
import type { TemplateDetail } from "../lib/client/template-api";
import { HeadingProposal } from "./article-import/heading-proposal";
import { StepsPreview } from "./article-import/steps-preview";
import { type ImportError, useArticleImport } from "./article-import/use-article-import";
import styles from "./article-import.module.css";

type Props = { onCancel: () => void; onImported: (template: TemplateDetail, warnings: string[]) => void };

export function ArticleImport({ onCancel, onImported }: Props) {
  const state = useArticleImport(onImported);
  const { text, title, note, error, saving, reading, accepted, split, refs, pictures, undescribed, preview } = state;
  const { proposal } = split;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { text: useId(), file: useId(), title: useId(), hint: useId(), parts: useId() };
  useEffect(() => headingRef.current?.focus(), []);

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
      <form className="stack" onSubmit={state.submit}>
        <div>
          <label htmlFor={ids.file}>File (optional)</label>
          <input
            id={ids.file}
            type="file"
            accept=".docx,.md,.markdown,.txt,.html,.htm,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain,text/html"
            disabled={reading}
            onChange={(e) => {
              void state.onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          {reading ? <p className="muted">Reading the document…</p> : null}
        </div>
        <div>
          <label htmlFor={ids.text}>Article</label>
          <textarea
            id={ids.text}
            ref={refs.text}
            rows={12}
            value={text}
            onChange={(e) => state.onTextChange(e.target.value)}
            onPaste={state.onPaste}
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
              <button type="button" className="button secondary" onClick={state.undo}>
                {accepted.undoLabel}
              </button>
            ) : null}
          </div>
        ) : null}

        <HeadingProposal split={split} proposalRef={refs.proposal} id={ids.parts} />

        {preview ? <StepsPreview preview={preview} proposed={Boolean(proposal)} pictures={pictures} onDescribe={state.describe} /> : null}

        <div>
          <label htmlFor={ids.title}>Title (optional)</label>
          <input id={ids.title} type="text" value={title} onChange={(e) => state.setTitle(e.target.value)} aria-describedby={`${ids.title}-hint`} />
          <p id={`${ids.title}-hint`} className="muted" style={{ margin: "0.25rem 0 0" }}>
            Left empty, the article&apos;s first heading is the title.
          </p>
        </div>
        {error ? <ImportErrorBox error={error} errorRef={refs.error} /> : null}
        <div className="row">
          {proposal ? (
            <>
              <button type="button" className="button" onClick={state.accept}>
                Split at these headings
              </button>
              <button type="button" className="button secondary" onClick={state.decline}>
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

function ImportErrorBox({ error, errorRef }: { error: ImportError; errorRef: RefObject<HTMLDivElement | null> }) {
  return (
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
  );
}
