// Content in and out of Hearth as files: a Markdown article (or a .docx made
// Markdown by template-pictures.ts), and the JSON template file both ways.
import { importMarkdownArticle } from "../../lib/markdown-import";
import { importWarning, type ImportWarning } from "../../lib/markdown-import/warnings";
import { parseTemplateFile, type TemplateFile, toTemplateFile } from "../../lib/template-schema";
import type { TemplateRecord } from "../repositories/template-repository";
import type { TemplateAccess } from "./template-access";
import { validationError } from "./template-errors";
import type { TemplatePictures } from "./template-pictures";
import { exportFileName } from "./template-records";
import type { Locale } from "../../lib/i18n/locales";

export type TemplateTransferOptions = { access: TemplateAccess; pictures: TemplatePictures };

export function createTemplateTransfer({ access, pictures }: TemplateTransferOptions) {
  return {
    async importMarkdown(ownerId: string, markdown: unknown, title?: string, language?: Locale): Promise<{ template: TemplateRecord; warnings: ImportWarning[] }> {
      if (typeof markdown !== "string" || markdown.trim() === "") {
        throw validationError("Nothing was imported", [{ path: "markdown", message: "is empty: paste an article or choose a .md file", code: "empty" }]);
      }
      const result = importMarkdownArticle(markdown, { ...(title?.trim() ? { title } : {}), ...(language ? { language } : {}) });
      if (!result.ok) throw validationError("The article could not be imported", result.errors);
      const template = await pictures.createWithImages(ownerId, result.content);
      const wanted = result.content.steps.filter((s) => s.image).length;
      const missing = wanted - template.content.steps.filter((s) => s.image).length;
      const warnings = [...result.warnings];
      if (missing > 0) warnings.push(importWarning("PICTURES_EXPIRED", { count: missing }));
      return { template, warnings };
    },

    /** `file`: the file's text (or its parsed JSON). Nothing is stored unless all of it is valid. */
    async importFile(ownerId: string, file: unknown): Promise<TemplateRecord> {
      if (typeof file === "string" && file.trim() === "") {
        throw validationError("Nothing was imported", [{ path: "(file)", message: "is empty: choose a template file exported from Hearth", code: "emptyFile" }]);
      }
      // with codes: the template list says each problem in the facilitator's language
      const parsed = parseTemplateFile(file, { codes: true });
      if (!parsed.ok) throw validationError("The file was not imported", parsed.errors);
      return pictures.createWithImages(ownerId, parsed.content);
    },

    async exportFile(id: string, ownerId: string): Promise<{ fileName: string; file: TemplateFile }> {
      const template = await access.visible(id, ownerId);
      return { fileName: exportFileName(template.title), file: toTemplateFile(template.content) };
    },
  };
}
