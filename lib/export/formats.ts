// The export formats the API offers (and the summary page links to).
/** What GET /api/sessions/:id/export?format= accepts. */
export const EXPORT_FORMATS = ["md", "csv", "responses.csv", "json", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// (what each is called is in the summary page's messages, summary.downloads, in every language)
export const EXPORT_FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string }> = {
  md: { contentType: "text/markdown; charset=utf-8", extension: ".md" },
  csv: { contentType: "text/csv; charset=utf-8", extension: ".csv" },
  "responses.csv": { contentType: "text/csv; charset=utf-8", extension: "-responses.csv" },
  json: { contentType: "application/json; charset=utf-8", extension: ".json" },
  html: { contentType: "text/html; charset=utf-8", extension: ".html" },
};
