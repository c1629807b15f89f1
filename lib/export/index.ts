// Post-session summary and its exports. Pure: no I/O.
export * from "./summary-types";
export { buildRawResponses, buildSessionSummary, type SummaryInput } from "./summary-build";
export { formatSummaryJson } from "./summary-json";
export { escapeMarkdown, formatSummaryMarkdown } from "./summary-markdown";
export { csvCell, formatResponsesCsv, formatSummaryCsv, neutraliseFormula } from "./summary-csv";
export { escapeHtml, formatSummaryHtml } from "./summary-html";
export { exportFileName } from "./format";

export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from "./formats";
