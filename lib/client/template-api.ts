"use client";
// Browser calls for /api/templates. Like lib/client/api.ts, but errors keep
// the server's per-field problems ({ path, message }), so the editor and the
// import forms can show each one next to the field it is about.
import type { TemplateContent, TemplateError } from "../template-schema";

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

export class TemplateApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: TemplateError[] = [],
  ) {
    super(message);
    this.name = "TemplateApiError";
  }
}

export async function templateApi<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { ...(json !== undefined ? { "Content-Type": "application/json" } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      credentials: "same-origin",
    });
  } catch {
    throw new TemplateApiError(0, "NETWORK", "Could not reach Hearth. Check your connection and try again — nothing was lost.");
  }
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; fields?: TemplateError[] } } | null;
  if (!response.ok) {
    throw new TemplateApiError(
      response.status,
      body?.error?.code ?? "INTERNAL",
      body?.error?.message ?? `The server answered ${response.status}.`,
      Array.isArray(body?.error?.fields) ? body.error.fields : [],
    );
  }
  return body as T;
}

/** Where the templates page leaves import warnings for the editor to show once. */
export const importWarningsKey = (templateId: string) => `hearth:import-warnings:${templateId}`;
