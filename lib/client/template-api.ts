"use client";
// Browser-side types for /api/templates.
import type { TemplateContent } from "../template-schema";

export type TemplateSummary = {
  id: string;
  title: string;
  builtIn: boolean;
  description: string;
  stepCount: number;
  promptCount: number;
  updatedAt: string;
};

export type TemplateDetail = TemplateSummary & { editable: boolean; version: string; content: TemplateContent };

// The one API client (lib/client/api.ts) already keeps per-field errors.
export { ApiError as TemplateApiError, api as templateApi } from "./api";

/** Where the templates page leaves import warnings for the editor to show once. */
export const importWarningsKey = (templateId: string) => `hearth:import-warnings:${templateId}`;
