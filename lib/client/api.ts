"use client";
// JSON API calls from the browser. Errors carry the server's code and message,
// and — for validation errors (e.g. a template) — its per-field problems, so a
// form can show each one next to the field it is about.
import { INVITATION_REFUSALS, type InvitationRefusal } from "../errors";
import { codeOfResponse, type ClientErrorCode } from "./errors";

/** A field's problem: its path, the server's English message, and (for templates) the stable code a screen translates by. */
export type FieldError = { path: string; message: string; code?: string; params?: Record<string, string | number> };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    /** why a one-time link was refused, when the server says (lib/errors.ts) */
    readonly reason: InvitationRefusal | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function api<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { ...(json !== undefined ? { "Content-Type": "application/json" } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "NETWORK", "Could not reach Hearth. Check your connection and try again — nothing was lost.");
  }
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown; message: string; fields?: FieldError[]; reason?: unknown } } | null;
  if (!response.ok)
    throw new ApiError(
      response.status,
      codeOfResponse(response.status, body?.error?.code),
      body?.error?.message ?? `The server answered ${response.status}.`,
      Array.isArray(body?.error?.fields) ? body.error.fields : [],
      (INVITATION_REFUSALS as readonly unknown[]).includes(body?.error?.reason) ? (body!.error!.reason as InvitationRefusal) : null,
    );
  return body as T;
}
