// Templates for the signed-in facilitator: their own, the built-in ones, and
// those shared with their teams (server/services/template-service.ts).
//
//   GET    /api/templates                 → { templates }  (built-in, own, and shared with the current team)
//   GET    /api/templates/:id             → { template }  (full content; own or built-in) + ETag
//   POST   /api/templates                 { title? } → a blank template | { content } → that content   → 201 { template }
//   PUT    /api/templates/:id             { content }, optional If-Match: <version>                      → { template }
//   PATCH  /api/templates/:id             { title }                                                      → { template }
//   POST   /api/templates/:id/duplicate   → 201 { template }  (an editable copy, also of a built-in one)
//   DELETE /api/templates/:id             → { deleted: true, content }  (content: for "Undo")
//   POST   /api/templates/import/markdown { markdown, title?, language? } → 201 { template, warnings }
//   POST   /api/templates/import/json     the file's text as the body → 201 { template }
//   POST   /api/templates/convert/docx    a .docx file as the body → { markdown, notes, pictures }  (stores only
//                                        its pictures, detached, named ![…](hearth-picture:ID) in the Markdown:
//                                        the import box previews it, then imports it as above, which attaches them)
//   GET    /api/templates/:id/export      → the template file (attachment)
//   PUT    /api/templates/:id/team        { teamId } → { template }  (its author: share with a team they are in; null: stop)
//   POST   /api/templates/:id/images      a PNG or JPEG as the body → 201 { image: { id, width, height, url } }
//                                        (checked by content and re-encoded: no EXIF is stored)
//   GET    /api/images/:id                the picture, to its owner and the co-facilitators of sessions
//                                        showing it (anyone else: 404)
//
// Errors: { error: { code, message, fields? } }. Invalid content is a 400 whose
// `fields` lists every problem as { path, message }, path like
// "steps[2].prompt.question" (for a file: "template.steps[2]…"); nothing is
// stored. Another facilitator's template is a 404, like a missing one; a
// change to a built-in template is a 403; a save over a newer version is a
// 409 CONFLICT with `currentVersion`. Every status comes from ./http-error.ts.
import type { Context, Hono, MiddlewareHandler, Schema } from "hono";
import { HearthError } from "../services/hearth-error";
import { detail, versionOf } from "../services/template-service";
import type { ApiDeps } from "./deps";

import type { FacilitatorEnv } from "../auth";
import { isLocale } from "../../lib/i18n/locales";

export function registerTemplateRoutes<S extends Schema, B extends string>(app: Hono<FacilitatorEnv, S, B>, deps: ApiDeps, requireFacilitator: MiddlewareHandler) {
  const service = deps.templates;
  const owner = (c: Context<FacilitatorEnv>) => c.get("facilitator").id;
  const id = (c: Context<FacilitatorEnv>) => c.req.param("id") ?? "";

  const jsonBody = async (c: Context): Promise<Record<string, unknown>> => {
    const body: unknown = await c.req.json().catch(() => undefined);
    if (typeof body !== "object" || body === null || Array.isArray(body)) throw new HearthError("BAD_REQUEST", "Send a JSON object as the request body.");
    return body as Record<string, unknown>;
  };

  const withVersion = (c: Context, template: Parameters<typeof detail>[0], status: 200 | 201 = 200) => {
    c.header("ETag", `"${versionOf(template)}"`);
    return c.json({ template: detail(template) }, status);
  };

  app.get("/templates", requireFacilitator, async (c) => c.json({ templates: await service.list(owner(c)) }));

  // Static paths first, so "import" is never read as a template id.
  app.post("/templates/import/markdown", requireFacilitator, async (c) => {
    const body = await jsonBody(c);
    const title = typeof body.title === "string" ? body.title : undefined;
    // the facilitator's page language: the template's note, support card and default words are in it
    const language = isLocale(body.language) ? body.language : undefined;
    const { template, warnings } = await service.importMarkdown(owner(c), body.markdown, title, language);
    deps.logger.info({ templateId: template.id, steps: template.content.steps.length }, "template imported from Markdown");
    return c.json({ template: detail(template), warnings }, 201);
  });

  app.post("/templates/convert/docx", requireFacilitator, async (c) => {
    const result = await service.convertDocx(owner(c), new Uint8Array(await c.req.arrayBuffer()));
    if (!result.ok) return c.json({ error: { code: "BAD_REQUEST", message: result.message, fields: [{ path: "(file)", message: result.message }] } }, 400);
    return c.json({ markdown: result.markdown, notes: result.notes, pictures: result.pictures });
  });

  app.post("/templates/:id/images", requireFacilitator, async (c) => {
    const image = await service.addImage(id(c), owner(c), new Uint8Array(await c.req.arrayBuffer()));
    deps.logger.info({ templateId: image.templateId, imageId: image.id }, "template picture stored");
    return c.json({ image: { id: image.id, width: image.width, height: image.height, url: `/api/images/${image.id}` } }, 201);
  });

  app.get("/images/:id", requireFacilitator, async (c) => {
    const image = await service.imageFor(id(c), owner(c));
    return new Response(new Uint8Array(image.data), {
      headers: {
        "Content-Type": image.mime,
        "Content-Length": String(image.data.byteLength),
        // A picture never changes (a replacement gets a new id); only this facilitator's browser keeps it.
        "Cache-Control": "private, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Content-Disposition": "inline",
      },
    });
  });

  app.post("/templates/import/json", requireFacilitator, async (c) => {
    // Read as text, so a file that is not JSON at all gets the same kind of
    // clear, field-named error as one that is JSON of the wrong shape.
    const template = await service.importFile(owner(c), await c.req.text());
    deps.logger.info({ templateId: template.id }, "template imported from a file");
    return c.json({ template: detail(template) }, 201);
  });

  app.post("/templates", requireFacilitator, async (c) => {
    const raw = await c.req.text();
    const body = raw.trim() === "" ? {} : await jsonBody(c);
    const template = await service.create(owner(c), {
      title: typeof body.title === "string" ? body.title : undefined,
      content: body.content,
    });
    return withVersion(c, template, 201);
  });

  app.get("/templates/:id", requireFacilitator, async (c) => withVersion(c, await service.get(id(c), owner(c))));

  app.put("/templates/:id", requireFacilitator, async (c) => {
    const body = await jsonBody(c);
    if (body.content === undefined) throw new HearthError("BAD_REQUEST", 'Send the template as { "content": … }.');
    const ifMatch = c.req.header("if-match")?.replace(/^W\//, "").replace(/"/g, "").trim();
    const template = await service.update(id(c), owner(c), body.content, ifMatch || undefined);
    return withVersion(c, template);
  });

  app.patch("/templates/:id", requireFacilitator, async (c) => withVersion(c, await service.rename(id(c), owner(c), (await jsonBody(c)).title)));

  app.put("/templates/:id/team", requireFacilitator, async (c) => {
    const teamId = (await jsonBody(c)).teamId;
    if (teamId !== null && (typeof teamId !== "string" || teamId === ""))
      throw new HearthError("BAD_REQUEST", 'Send { "teamId": … } for a team you are in, or null to stop sharing.');
    return withVersion(c, await service.share(id(c), owner(c), teamId));
  });

  app.post("/templates/:id/duplicate", requireFacilitator, async (c) => withVersion(c, await service.duplicate(id(c), owner(c)), 201));

  app.delete("/templates/:id", requireFacilitator, async (c) => {
    const content = await service.remove(id(c), owner(c));
    deps.logger.info({ templateId: id(c) }, "template deleted");
    return c.json({ deleted: true, content });
  });

  app.get("/templates/:id/export", requireFacilitator, async (c) => {
    const { fileName, file } = await service.exportFile(id(c), owner(c));
    return c.body(`${JSON.stringify(file, null, 2)}\n`, 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });
}
