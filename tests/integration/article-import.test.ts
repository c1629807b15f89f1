// Bringing one's own article through the real server: a .docx becomes
// Markdown for the import box (signed-in facilitators only, no template
// stored, non-documents and oversized files refused) and its pictures are
// stored checked and re-encoded, waiting for the import, which makes them the
// steps' pictures — only the facilitator's own, only described; the Markdown
// that the browser made from a paste — plain text split at the headings
// Hearth found, or clipboard HTML — imports as exactly its sections, the same
// steps both ways, re-checked by the server.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
import { withConclusionHeading } from "../../lib/markdown-conclusion";
import { detectHeadings } from "../../lib/plain-text-headings";
import { providersUnderTest } from "../helpers/database";
import { startTestHearth, type TestHearth } from "../helpers/hearth-server";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe.each(await providersUnderTest())("article import on %s", (provider) => {
  let hearth: TestHearth;
  let owner: { cookie: string };
  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
    owner = await hearth.signUp();
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const convert = (body: BodyInit, cookie: string | undefined = owner.cookie) =>
    hearth.fetchJson("/api/templates/convert/docx", { method: "POST", cookie, body, headers: { "content-type": DOCX_TYPE } });

  it("converts a .docx to Markdown for a signed-in facilitator, storing no template", async () => {
    const before = await hearth.database.prisma.template.count();
    const { status, body } = await convert(fixture("session-plan.docx"));
    expect(status).toBe(200);
    expect(body.markdown).toMatch(/^# Asking for help\n\nTonight we talk/);
    expect(body.markdown).toContain("## Small steps\n\n1. Start with someone you trust.");
    expect(await hearth.database.prisma.template.count()).toBe(before);

    const imported = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: body.markdown } });
    expect(imported.status).toBe(201);
    expect(imported.body.template.content.steps.map((s: { title: string }) => s.title)).toEqual(["Asking for help", "What holds us back", "Small steps"]);
    expect(imported.body.template.content.steps[1].image).toEqual({ id: expect.any(String), alt: "Two people sitting on a bench, talking" });
  });

  it("stores a .docx's pictures without EXIF for the preview, and the import makes them its steps' pictures once each is described", async () => {
    const { status, body } = await convert(fixture("pictures.docx"));
    expect(status).toBe(200);
    expect(body.pictures).toBe(2);
    expect(body.notes.join(" ")).toMatch(/1 of the document's 3 pictures was not taken/);
    const ids = [...(body.markdown as string).matchAll(/hearth-picture:([a-z0-9]+)/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(2);
    const rows = await hearth.database.prisma.templateImage.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => [r.templateId, r.detachedAt !== null])).toEqual([
      [null, true],
      [null, true],
    ]);
    for (const r of rows) expect(Buffer.from(r.data).includes(Buffer.from("GPSLatitude"))).toBe(false);
    // the facilitator's preview loads them; nobody else can
    const other = await hearth.signUp();
    expect((await fetch(`${hearth.url}/api/images/${ids[0]}`, { headers: { cookie: owner.cookie } })).status).toBe(200);
    expect((await fetch(`${hearth.url}/api/images/${ids[0]}`, { headers: { cookie: other.cookie } })).status).toBe(404);

    // not described: refused, naming the step, and nothing is stored
    const before = await hearth.database.prisma.template.count();
    const undescribed = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: body.markdown } });
    expect(undescribed.status).toBe(400);
    expect(undescribed.body.error.fields).toEqual([expect.objectContaining({ path: "steps[2].image.alt", message: expect.stringMatching(/describe the picture/) })]);
    expect(await hearth.database.prisma.template.count()).toBe(before);

    const described = (body.markdown as string).replace("![](hearth-picture:", "![A drawing, warm on the left](hearth-picture:");
    // another facilitator importing the same text gets no picture of the owner's
    const stolen = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: other.cookie, json: { markdown: described } });
    expect(stolen.status).toBe(201);
    expect(stolen.body.template.content.steps.map((s: { image?: unknown }) => s.image)).toEqual([undefined, undefined, undefined, undefined]);

    const imported = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: described } });
    expect(imported.status).toBe(201);
    const steps = imported.body.template.content.steps;
    expect(steps.map((s: { image?: { alt: string } }) => s.image?.alt)).toEqual([undefined, "Two people on a bench by a river, talking", "A drawing, warm on the left", undefined]);
    expect(steps.map((s: { image?: { id: string } }) => s.image?.id).filter(Boolean)).toEqual(ids);
    const attached = await hearth.database.prisma.templateImage.findMany({ where: { id: { in: ids } } });
    expect(attached.map((r) => [r.templateId, r.detachedAt])).toEqual([
      [imported.body.template.id, null],
      [imported.body.template.id, null],
    ]);
  });

  it("refuses anonymous requests, files that are not Word documents, and files over 1 MB", async () => {
    expect((await convert(fixture("session-plan.docx"), "")).status).toBe(401);
    const notDocx = await convert(fixture("clipboard-word.html"));
    expect(notDocx.status).toBe(400);
    expect(notDocx.body.error.message).toMatch(/not a Word document/);
    const big = await convert(new Uint8Array(1_100_000));
    expect(big.status).toBe(413);
  });

  it("imports the source article pasted as plain text and as web-page HTML as its sections", async () => {
    const detected = detectHeadings(fixture("asking-for-help.txt").toString("utf8"));
    const plain = await hearth.fetchJson("/api/templates/import/markdown", {
      method: "POST",
      cookie: owner.cookie,
      json: { markdown: detected.markdown, title: "From plain text" },
    });
    expect(plain.status).toBe(201);
    const titles = plain.body.template.content.steps.map((s: { title: string }) => s.title);
    expect(titles).toHaveLength(17);
    expect([titles[0], titles[1], titles[2], titles[16]]).toEqual(["Introduction", "Why People Don’t Ask for Help", "1. Fear of Judgment", "Conclusion"]);

    const html = htmlToMarkdown(fixture("clipboard-web-page.html").toString("utf8"));
    const rich = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: html.markdown } });
    expect(rich.status).toBe(201);
    expect(rich.body.template.content.steps).toHaveLength(16);
    expect(JSON.stringify(rich.body.template.content)).not.toMatch(/<script|gtag|utm_|fbclid/);
    // with the Conclusion step the import box adds to formatted text, as to plain text: the same steps
    const concluded = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: withConclusionHeading(html.markdown) } });
    expect(concluded.body.template.content.steps.map((s: { title: string }) => s.title).slice(1)).toEqual(titles.slice(1));
  });
});
