// The pictures a .docx brought into the import box are written in its
// Markdown as `![description](hearth-picture:ID)` (lib/html-to-markdown.ts).
// The import preview lists them and lets the facilitator write or correct
// each description — required, it is the picture's alt text — by rewriting
// that one image's description in the text, which stays the one source.
const PICTURE = /!\[((?:\\.|[^\]\\\n])*)\]\(hearth-picture:([a-z0-9]{8,40})\)/g;

export type MarkdownPicture = { id: string; alt: string };

/** Every stored picture the text names, in order, with its description unescaped. */
export function picturesIn(markdown: string): MarkdownPicture[] {
  return [...markdown.matchAll(PICTURE)].map((m) => ({ id: m[2]!, alt: m[1]!.replace(/\\(.)/g, "$1").trim() }));
}

/** The text with this picture's description replaced (kept on one line, its brackets escaped). */
export function withPictureAlt(markdown: string, id: string, alt: string): string {
  const escaped = alt.replace(/\s+/g, " ").replace(/[\\[\]]/g, (c) => `\\${c}`);
  return markdown.replace(PICTURE, (whole, _alt: string, pictureId: string) => (pictureId === id ? `![${escaped}](hearth-picture:${id})` : whole));
}

/** For the preview only: pictures still to be described get a stand-in, so the steps can be shown. */
export function withStandInAlts(markdown: string, standIn: string): string {
  return markdown.replace(PICTURE, (whole, alt: string, id: string) => (alt.trim() === "" ? `![${standIn}](hearth-picture:${id})` : whole));
}
