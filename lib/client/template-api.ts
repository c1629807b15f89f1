"use client";
// Browser-side types for /api/templates.
export type { TemplateDetail, TemplateSummary } from "../template-schema";

// The one API client (lib/client/api.ts) already keeps per-field errors.
export { ApiError as TemplateApiError, api as templateApi } from "./api";
