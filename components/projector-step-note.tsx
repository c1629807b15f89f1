// A step's own content note as the shared screen shows it: before the step's
// text, labelled like the phones' note, and telling the room what their phones
// do with it — the text there stays folded until each person chooses to open
// it, so nobody has to read it because it is on the wall. Used by the
// projector and the editor's projector preview, so the two cannot differ.
import { useTranslations } from "use-intl";
import styles from "./projector-step-note.module.css";

export function ProjectorStepNote({ note }: { note: string }) {
  const t = useTranslations("projector.note");
  if (!note.trim()) return null;
  return (
    <div className={styles.note} role="note" aria-label={t("label")}>
      <p className={styles.label}>{t("title")}</p>
      <p className={styles.text}>{note}</p>
      <p className={styles.phones}>{t("phones")}</p>
    </div>
  );
}
