// A step's picture (uploaded in the editor), with its description as alt
// text. Served only to the template's owner, so it appears on the projector,
// the console and the editor's preview — not on phones.
import styles from "./step-picture.module.css";

export function StepPicture({ image, size }: { image: { src: string; alt: string } | null | undefined; size: "projector" | "preview" }) {
  if (!image) return null;
  return <img className={size === "projector" ? styles.projector : styles.preview} src={image.src} alt={image.alt} loading="lazy" decoding="async" />;
}
