"use client";
// The support-resources card every phone can open: its title, introduction and items (reorderable);
// and below it the template's own safety-net phrases.
import { type ReactNode, useContext } from "react";
import { useTranslations } from "use-intl";
import { isPlaceholderResource } from "../../content/starter";
import { TEMPLATE_LIMITS } from "../../lib/template-schema";
import { newUid, phraseLines, type TemplateDraft } from "../../lib/client/template-draft";
import { domId } from "../../lib/client/template-field-names";
import styles from "../template-editor.module.css";
import { EditorContext, FieldErrors, TextField, type Updater, useField } from "./fields";

export function ResourcesEditor({ draft, update }: { draft: TemplateDraft; update: Updater }) {
  const { readOnly } = useContext(EditorContext);
  const t = useTranslations("templateEditor.resources");
  const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;
  const items = draft.resources.items;
  const itemsField = useField("resources.items");
  const moveItem = (from: number, to: number) =>
    update((d) => {
      const [item] = d.resources.items.splice(from, 1);
      d.resources.items.splice(to, 0, item!);
    });
  return (
    <section className={styles.section} aria-labelledby="resources-heading">
      <h2 id="resources-heading">{t("heading")}</h2>
      <p className={styles.hint}>{t("hint")}</p>
      <TextField
        fieldId="resources.title"
        label={t("cardTitle")}
        maxLength={TEMPLATE_LIMITS.resourcesTitle}
        value={draft.resources.title}
        onChange={(v) => update((d) => void (d.resources.title = v))}
      />
      <TextField
        fieldId="resources.intro"
        label={t("intro")}
        multiline
        rows={3}
        maxLength={TEMPLATE_LIMITS.resourcesIntro}
        value={draft.resources.intro}
        onChange={(v) => update((d) => void (d.resources.intro = v))}
      />
      <div id={itemsField.id} tabIndex={-1} className={styles.subsection}>
        <h3>{t("items")}</h3>
        <FieldErrors id={itemsField.errorId} label={t("items")} messages={itemsField.messages} />
        <ol className={styles.itemList}>
          {items.map((item, i) => (
            <li key={item.uid} className={`${styles.itemCard} ${isPlaceholderResource(item) ? styles.placeholderItem : ""}`}>
              <fieldset className={styles.plainFieldset} id={domId(`resources.items.${item.uid}`)} tabIndex={-1}>
                <legend className={styles.itemLegend}>
                  {t("item", { number: i + 1 })}
                  {isPlaceholderResource(item) ? <span className={styles.todo}>{t("placeholder")}</span> : null}
                </legend>
                <TextField
                  fieldId={`resources.items.${item.uid}.label`}
                  label={t("label")}
                  placeholder={t("labelPlaceholder")}
                  maxLength={TEMPLATE_LIMITS.resourceLabel}
                  value={item.label}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.label = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.detail`}
                  label={t("detail")}
                  placeholder={t("detailPlaceholder")}
                  maxLength={TEMPLATE_LIMITS.resourceDetail}
                  value={item.detail}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.detail = v))}
                />
                <TextField
                  fieldId={`resources.items.${item.uid}.url`}
                  label={t("link")}
                  type="url"
                  placeholder={t("linkPlaceholder")}
                  hint={t("linkHint")}
                  maxLength={TEMPLATE_LIMITS.url}
                  value={item.url}
                  onChange={(v) => update((d) => void (d.resources.items[i]!.url = v))}
                />
                {!readOnly ? (
                  <div className={styles.rowButtons}>
                    <button type="button" className="button quiet" disabled={i === 0} onClick={() => moveItem(i, i - 1)}>
                      {t.rich("moveUp", { number: i + 1, hidden })}
                    </button>
                    <button type="button" className="button quiet" disabled={i === items.length - 1} onClick={() => moveItem(i, i + 1)}>
                      {t.rich("moveDown", { number: i + 1, hidden })}
                    </button>
                    <button type="button" className="button danger" disabled={items.length <= 1} onClick={() => update((d) => void d.resources.items.splice(i, 1))}>
                      {t.rich("remove", { number: i + 1, hidden })}
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
            {t("add")}
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
  const t = useTranslations("templateEditor.resources");
  return (
    <div className={styles.field}>
      <h3>{t("safetyNet")}</h3>
      <TextField
        fieldId="safetyNetPhrases"
        label={t("phrases")}
        hint={t("phrasesHint", { max: TEMPLATE_LIMITS.maxSafetyNetPhrases, length: TEMPLATE_LIMITS.safetyNetPhrase })}
        multiline
        rows={4}
        value={draft.safetyNetPhrases}
        onChange={(v) => update((d) => void (d.safetyNetPhrases = v))}
      />
      {count > TEMPLATE_LIMITS.maxSafetyNetPhrases ? (
        <p className={styles.fieldError} aria-live="polite">
          {t("tooManyPhrases", { count, max: TEMPLATE_LIMITS.maxSafetyNetPhrases })}
        </p>
      ) : null}
    </div>
  );
}
