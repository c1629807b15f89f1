// A step's picture (uploaded in the editor), with its description as alt
// text, on the facilitators' screens: the projector, the console and the
// editor's preview (served to the template's owner and the session's
// co-facilitators). Phones have their own: components/phone-step-picture.tsx.
import styles from "./step-picture.module.css";

export function StepPicture({ image, size }: { image: { src: string; alt: string } | null | undefined; size: "projector" | "preview" | "phone" }) {
  if (!image) return null;
  return <img className={styles[size]} src={image.src} alt={image.alt} loading="lazy" decoding="async" />;
}
