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
import { type ReactNode, type RefObject, useEffect, useId, useRef } from "react";
import { useTranslations } from "use-intl";
import type { TemplateDetail } from "../lib/client/template-api";
import { HeadingProposal } from "./article-import/heading-proposal";
import { useNoteText } from "./article-import/note-text";
import { StepsPreview } from "./article-import/steps-preview";
import { type ImportError, useArticleImport } from "./article-import/use-article-import";
import styles from "./article-import.module.css";
import type { ImportWarning } from "../lib/markdown-import/warnings";

type Props = { onCancel: () => void; onImported: (template: TemplateDetail, warnings: ImportWarning[]) => void };

const code = (chunks: ReactNode) => <code>{chunks}</code>;
const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

export function ArticleImport({ onCancel, onImported }: Props) {
  const t = useTranslations("articleImport");
  const noteText = useNoteText();
  const state = useArticleImport(onImported);
  const { text, title, note, error, saving, reading, accepted, split, refs, pictures, undescribed, preview } = state;
  const { proposal } = split;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { text: useId(), file: useId(), title: useId(), hint: useId(), parts: useId() };
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section id="import-markdown" className={`card stack ${styles.import}`} aria-labelledby="import-heading">
      <h2 id="import-heading" ref={headingRef} tabIndex={-1}>
        {t("heading")}
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        {t.rich("intro", { code })}
      </p>
      <p className="muted" style={{ margin: "0.5em 0 0" }}>
        {t.rich("contentNoteHint", { strong })}
      </p>
      <form className="stack" onSubmit={state.submit}>
        <div>
          <label htmlFor={ids.file}>{t("fileLabel")}</label>
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
          {reading ? <p className="muted">{t("reading")}</p> : null}
        </div>
        <div>
          <label htmlFor={ids.text}>{t("articleLabel")}</label>
          <textarea
            id={ids.text}
            ref={refs.text}
            rows={12}
            value={text}
            onChange={(e) => state.onTextChange(e.target.value)}
            onPaste={state.onPaste}
            placeholder={t("placeholder")}
            aria-describedby={`${ids.hint}${error ? " import-error" : ""}`}
          />
          <p id={ids.hint} className="muted" style={{ margin: "0.25rem 0 0" }}>
            {t("formattedHint")}
          </p>
        </div>
        {note ? (
          <div className={styles.note} role="status">
            <p style={{ margin: 0 }}>{note.map(noteText).join(" ")}</p>
            {accepted ? (
              <button type="button" className="button secondary" onClick={state.undo}>
                {t(accepted.change === "split" ? "notes.undoSplit" : "notes.undoConclusion")}
              </button>
            ) : null}
          </div>
        ) : null}

        <HeadingProposal split={split} proposalRef={refs.proposal} id={ids.parts} />

        {preview ? <StepsPreview preview={preview} proposed={Boolean(proposal)} pictures={pictures} onDescribe={state.describe} /> : null}

        <div>
          <label htmlFor={ids.title}>{t("titleLabel")}</label>
          <input id={ids.title} type="text" value={title} onChange={(e) => state.setTitle(e.target.value)} aria-describedby={`${ids.title}-hint`} />
          <p id={`${ids.title}-hint`} className="muted" style={{ margin: "0.25rem 0 0" }}>
            {t("titleHint")}
          </p>
        </div>
        {error ? <ImportErrorBox error={error} errorRef={refs.error} /> : null}
        <div className="row">
          {proposal ? (
            <>
              <button type="button" className="button" onClick={state.accept}>
                {t("split")}
              </button>
              <button type="button" className="button secondary" onClick={state.decline}>
                {t("keepOne")}
              </button>
            </>
          ) : (
            <button type="submit" className="button" disabled={saving || reading || text.trim() === "" || (preview !== null && !preview.ok) || undescribed > 0}>
              {saving ? t("importing") : t("import")}
            </button>
          )}
          <button type="button" className="button quiet" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
        {!proposal && undescribed > 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            {t("describeFirst", { count: undescribed })}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function ImportErrorBox({ error, errorRef }: { error: ImportError; errorRef: RefObject<HTMLDivElement | null> }) {
  const t = useTranslations("articleImport");
  // the import's own refusals by code (lib/markdown-import/input-checks.ts); anything else as the server said it
  const problemText = (f: ImportError["fields"][number]) => {
    const key = `problems.${f.code}`;
    return f.code && t.has(key as never) ? (t as unknown as (key: string, values: Record<string, string | number>) => string)(key, f.params ?? {}) : f.message;
  };
  return (
    <div id="import-error" ref={errorRef} tabIndex={-1} role="alert" className={styles.errorBox}>
      <p className="error" style={{ margin: 0 }}>
        {error.fields.length ? t("withFields", { headline: error.message }) : error.message}
      </p>
      {error.fields.length ? (
        <ul className={styles.fields}>
          {error.fields.slice(0, 12).map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one answer's problems, plain text, replaced whole
            <li key={i}>
              <code>{f.path}</code> {problemText(f)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
