// The export formats the API offers (and the summary page links to).
/** What GET /api/sessions/:id/export?format= accepts. */
export const EXPORT_FORMATS = ["md", "csv", "responses.csv", "json", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_INFO: Record<ExportFormat, { label: string; contentType: string; extension: string }> = {
  md: { label: "Markdown report", contentType: "text/markdown; charset=utf-8", extension: ".md" },
  csv: { label: "CSV: results", contentType: "text/csv; charset=utf-8", extension: ".csv" },
  "responses.csv": { label: "CSV: anonymised responses", contentType: "text/csv; charset=utf-8", extension: "-responses.csv" },
  json: { label: "JSON", contentType: "application/json; charset=utf-8", extension: ".json" },
  html: { label: "Printable page (HTML)", contentType: "text/html; charset=utf-8", extension: ".html" },
};
