// The summary as JSON: the SessionSummary itself, documented field by field
// in docs/export-format.md. `format` and `version` come first so a reader can
// tell what it holds before reading on.
import { SUMMARY_FORMAT, SUMMARY_VERSION, type SessionSummary } from "./summary-types";

export function formatSummaryJson(summary: SessionSummary): string {
  const { format, version, ...rest } = summary;
  if (format !== SUMMARY_FORMAT || version !== SUMMARY_VERSION) throw new TypeError(`not a ${SUMMARY_FORMAT} v${SUMMARY_VERSION} summary`);
  return `${JSON.stringify({ format, version, ...rest }, null, 2)}\n`;
}
