// Bringing one's own article through the real server: a .docx becomes
// Markdown for the import box (signed-in facilitators only, nothing stored,
// non-documents and oversized files refused), and the Markdown that the
// browser made from a paste — plain text split at the headings Hearth found,
// or clipboard HTML — imports as exactly its sections, re-checked by the server.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../lib/html-to-markdown";
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

  it("converts a .docx to Markdown for a signed-in facilitator, storing nothing", async () => {
    const before = await hearth.database.prisma.template.count();
    const { status, body } = await convert(fixture("session-plan.docx"));
    expect(status).toBe(200);
    expect(body.markdown).toMatch(/^# Asking for help\n\nTonight we talk/);
    expect(body.markdown).toContain("## Small steps\n\n1. Start with someone you trust.");
    expect(await hearth.database.prisma.template.count()).toBe(before);

    const imported = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: body.markdown } });
    expect(imported.status).toBe(201);
    expect(imported.body.template.content.steps.map((s: { title: string }) => s.title)).toEqual(["Asking for help", "What holds us back", "Small steps"]);
    expect(imported.body.warnings.join(" ")).toMatch(/1 image/);
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
    const plain = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: detected.markdown, title: "From plain text" } });
    expect(plain.status).toBe(201);
    const titles = plain.body.template.content.steps.map((s: { title: string }) => s.title);
    expect(titles).toHaveLength(17);
    expect([titles[0], titles[1], titles[2], titles[16]]).toEqual(["Introduction", "Why People Don’t Ask for Help", "1. Fear of Judgment", "Conclusion"]);

    const html = htmlToMarkdown(fixture("clipboard-web-page.html").toString("utf8"));
    const rich = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown: html.markdown } });
    expect(rich.status).toBe(201);
    expect(rich.body.template.content.steps).toHaveLength(16);
    expect(JSON.stringify(rich.body.template.content)).not.toMatch(/<script|gtag|utm_|fbclid/);
  });
});
