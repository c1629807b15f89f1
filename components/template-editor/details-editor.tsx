"use client";
// The template's details: title, description and the content note phones show before the first step.
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import type { TemplateDraft } from "../../lib/client/template-draft";
import styles from "../template-editor.module.css";
import { TextField, type Updater } from "./fields";

export function DetailsEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  return (
    <section className={styles.section} aria-labelledby="details-heading">
      <h2 id="details-heading">Details &amp; content note</h2>
      <TextField fieldId="title" label="Title" value={draft.title} maxLength={TEMPLATE_LIMITS.title} onChange={(v) => update((d) => void (d.title = v))} />
      <TextField
        fieldId="description"
        label="Description"
        hint="For you and other facilitators: what the session is about, who it is for, how long it takes."
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.description}
        value={draft.description}
        onChange={(v) => update((d) => void (d.description = v))}
      />
      <TextField
        fieldId="contentNote"
        label="Content note"
        hint="Participants see this before the first step and continue when they are ready. Say what the session touches on, that every question can be passed, and where support is. Markdown works."
        multiline
        rows={8}
        maxLength={TEMPLATE_LIMITS.contentNote}
        value={draft.contentNote}
        onChange={(v) => update((d) => void (d.contentNote = v))}
      />
    </section>
  );
}
