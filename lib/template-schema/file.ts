// The export/import file wrapper: a template with its format and version.
import { z } from "zod";
import { type TemplateContent, templateContentSchema } from "./content";

export const TEMPLATE_FILE_FORMAT = "hearth-template";
export const TEMPLATE_FILE_VERSION = 1;

export const templateFileSchema = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT, { error: `this is not a Hearth template file (expected format "${TEMPLATE_FILE_FORMAT}")` }),
  version: z.literal(TEMPLATE_FILE_VERSION, {
    error: (iss) =>
      typeof iss.input === "number" && iss.input > TEMPLATE_FILE_VERSION
        ? `this file was made by a newer version of Hearth (file version ${iss.input}); update Hearth to import it`
        : `must be ${TEMPLATE_FILE_VERSION}`,
  }),
  template: templateContentSchema,
});
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** Wrap a template for download; the inverse of `parseTemplateFile`. */
export function toTemplateFile(content: TemplateContent): TemplateFile {
  return { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, template: content };
}
