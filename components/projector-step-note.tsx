// A step's own content note as the shared screen shows it: before the step's
// text, labelled like the phones' note, and telling the room what their phones
// do with it — the text there stays folded until each person chooses to open
// it, so nobody has to read it because it is on the wall. Used by the
// projector and the editor's projector preview, so the two cannot differ.
import styles from "./projector-step-note.module.css";

export function ProjectorStepNote({ note }: { note: string }) {
  if (!note.trim()) return null;
  return (
    <div className={styles.note} role="note" aria-label="Content note for this part">
      <p className={styles.label}>Content note</p>
      <p className={styles.text}>{note}</p>
      <p className={styles.phones}>On your phone, this part stays folded until you choose “Show this part”.</p>
    </div>
  );
}
