"use client";
// The support-resources card every phone can open: its title, introduction and items (reorderable);
// and below it the template's own safety-net phrases.
import { useContext } from "react";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import { newUid, phraseLines, type TemplateDraft } from "../../lib/client/template-draft";
import { domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";
import { EditorContext, FieldErrors, TextField, type Updater, useField } from "./fields";

export function ResourcesEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const { readOnly } = useContext(EditorContext);
  const items = draft.resources.items;
  const itemsField = useField("resources.items");
  const moveItem = (from: number, to: number) =>
    update((d) => {
      const [item] = d.resources.items.splice(from, 1);
      d.resources.items.splice(to, 0, item!);
    });
  return (
    <section className={styles.section} aria-labelledby="resources-heading">
      <h2 id="resources-heading">Support resources</h2>
      <p className={styles.hint}>
        Participants can open this card from every screen, and see it again when the session ends. Hearth adds no hotline numbers for you: list the crisis lines and local services
        that work where your group meets, and remove the “Add your local…” placeholders.
      </p>
      <TextField
        fieldId="resources.title"
        label="Card title"
        maxLength={TEMPLATE_LIMITS.resourcesTitle}
        value={draft.resources.title}
        onChange={(v) => update((d) => void (d.resources.title = v))}
      />
      <TextField
        fieldId="resources.intro"
        label="Introduction (optional)"
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.resourcesIntro}
        value={draft.resources.intro}
        onChange={(v) => update((d) => void (d.resources.intro = v))}
      />
      <div id={itemsField.id} tabIndex={-1} className={styles.subsection}>
        <h3>Items</h3>
        <FieldErrors id={itemsField.errorId} label="Items" messages={itemsField.messages} />
        <ol className={styles.itemList}>
          {items.map((item, i) => (
            <li key={item.uid} className={`${styles.itemCard} ${item.label.startsWith("Add your local") ? styles.placeholderItem : ""}`}>
              <fieldset className={styles.plainFieldset} id={domId(`resources.items.${item.uid}`)} tabIndex={-1}>
                <legend className={styles.itemLegend}>
                  Item {i + 1}
                  {item.label.startsWith("Add your local") ? <span className={styles.todo}>Placeholder: replace it</span> : null}
                </legend>
                <TextField
                  fieldId={`resources.items.${item.uid}.label`}
                  label="Label"
                  placeholder="e.g. Riverside Recovery Centre — 0123 456 789"
                  maxLength={TEMPLATE_LIMITS.resourceLabel}
                  value={item.label}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.label = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.detail`}
                  label="Details (optional)"
                  placeholder="e.g. Free and confidential, open every day 9am–9pm"
                  maxLength={TEMPLATE_LIMITS.resourceDetail}
                  value={item.detail}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.detail = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.url`}
                  label="Link (optional)"
                  type="url"
                  placeholder="https://…, tel:+44… or mailto:…"
                  hint="A phone number as tel:+441234567890 lets people call with one tap."
                  maxLength={TEMPLATE_LIMITS.url}
                  value={item.url}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.url = v))}
                />
                {!readOnly ? (
                  <div className={styles.rowButtons}>
                    <button type="button" className="button quiet" disabled={i === 0} onClick={() => moveItem(i, i - 1)}>
                      Move up<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                    <button type="button" className="button quiet" disabled={i === items.length - 1} onClick={() => moveItem(i, i + 1)}>
                      Move down<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                    <button type="button" className="button danger" disabled={items.length <= 1} onClick={() => update((d) => void d.resources.items.splice(i, 1))}>
                      Remove<span className="visually-hidden"> item {i + 1}</span>
                    </button>
                  </div>
                ) : null}
              </fieldset>
            </li>
          ))}
        </ol>
        {!readOnly ? (
          <button
            type="button"
            className="button secondary"
            disabled={items.length >= TEMPLATE_LIMITS.maxResourceItems}
            onClick={() => {
              update((d) => void d.resources.items.push({ uid: newUid("r"), label: "", detail: "", url: "" }));
              itemsField.clear();
            }}
          >
            Add an item
          </button>
        ) : null}
      </div>
      <SafetyNetPhrasesField draft={draft} update={update} />
    </section>
  );
}

/** The facilitator's own safety-net phrases (lib/distress-phrases.ts), one a line; added to the built-in list. */
function SafetyNetPhrasesField({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const count = phraseLines(draft.safetyNetPhrases).length;
  return (
    <div className={styles.field}>
      <h3>Safety net: your own words</h3>
      <TextField
        fieldId="safetyNetPhrases"
        label="Your phrases"
        hint={
          <>
            Words or phrases that may mean someone needs care, one a line: words your group uses for a crisis, a relapse or self-harm. An answer, a word-cloud word or a check-in
            note containing one waits for your own decision (never “Approve all”), and its author privately sees the support card. These are added to Hearth&apos;s built-in list,
            never instead of it; case, accents, repeated letters and digits for letters are ignored. At most {TEMPLATE_LIMITS.maxSafetyNetPhrases}, each up to{" "}
            {TEMPLATE_LIMITS.safetyNetPhrase} characters.
          </>
        }
        multiline
        rows={4}
        value={draft.safetyNetPhrases}
        onChange={(v) => update((d) => void (d.safetyNetPhrases = v))}
      />
      {count > TEMPLATE_LIMITS.maxSafetyNetPhrases ? (
        <p className={styles.fieldError} aria-live="polite">
          {count} phrases — at most {TEMPLATE_LIMITS.maxSafetyNetPhrases}
        </p>
      ) : null}
    </div>
  );
}
