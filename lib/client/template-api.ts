"use client";
// Browser-side types for /api/templates.
export type { TemplateDetail, TemplateSummary } from "../template-schema";

// The one API client (lib/client/api.ts) already keeps per-field errors.
export { ApiError as TemplateApiError, api as templateApi } from "./api";

/** Where the templates page leaves import warnings for the editor to show once. */
export const importWarningsKey = (templateId: string) => `hearth:import-warnings:${templateId}`;
