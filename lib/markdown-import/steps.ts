// Steps: each section's chunks packed into step bodies, a long section
// continued over several steps.
import { TEMPLATE_LIMITS, type TemplateStep } from "../template-schema";
import { cleanLine, fitTitle, sectionKey, uniqueKey } from "./titles";
import type { Context, Section } from "./types";
import { importWarning, type ImportWarning } from "./warnings";

export function sectionsToSteps(sections: Section[], ctx: Context, warnings: ImportWarning[]): TemplateStep[] {
  const steps: TemplateStep[] = [];
  const usedKeys = new Set<string>();
  for (const section of sections) {
    const bodies = packBodies(section.chunks, ctx.maxBody);
    if (bodies.length === 0) bodies.push("");
    if (bodies.length > 1) warnings.push(importWarning("SECTION_SPLIT", { title: section.title, steps: bodies.length }));
    bodies.forEach((body, index) => {
      const title = index === 0 ? section.title : fitTitle(section.title, ` ${ctx.words.continued}`);
      const picture = index === 0 && section.picture ? { image: { id: section.picture.id, alt: cleanLine(section.picture.alt).slice(0, TEMPLATE_LIMITS.imageAlt) } } : {};
      // a section continued over several steps keeps its note on each: the text goes on
      const note = section.contentNote ? { contentNote: section.contentNote } : {};
      steps.push({ key: uniqueKey(sectionKey(title), usedKeys), title, body, facilitatorNotes: "", ...note, reactions: true, ...picture });
    });
  }
  return steps;
}

/** Greedily fill each body with whole chunks; every chunk already fits on its own. */
function packBodies(chunks: string[], max: number): string[] {
  const bodies: string[] = [];
  let body = "";
  for (const chunk of chunks) {
    if (body === "") body = chunk;
    else if (body.length + 2 + chunk.length <= max) body += `\n\n${chunk}`;
    else {
      bodies.push(body);
      body = chunk;
    }
  }
  if (body !== "") bodies.push(body);
  return bodies;
}
