// What the importer took out of the article, told to the facilitator once per
// kind (the counts are gathered while the safe tree is built).
import { plural } from "./titles";
import type { Context } from "./types";

export function removalWarnings(counts: Context["counts"]): string[] {
  const warnings: string[] = [];
  if (counts.html > 0) warnings.push(`Removed ${plural(counts.html, "piece")} of raw HTML: sessions show Markdown text only.`);
  if (counts.extraPictures > 0)
    warnings.push(
      `A step shows one picture: ${plural(counts.extraPictures, "more picture")} in the same section ${counts.extraPictures === 1 ? "was" : "were"} kept as ${counts.extraPictures === 1 ? "its" : "their"} description.`,
    );
  if (counts.images > 0) warnings.push(`Replaced ${plural(counts.images, "image")} with ${counts.images === 1 ? "its" : "their"} description: images are not shown in sessions.`);
  if (counts.links > 0) warnings.push(`Kept the text of ${plural(counts.links, "link")} but not the link itself: only full web, e-mail and phone links are kept.`);
  return warnings;
}
