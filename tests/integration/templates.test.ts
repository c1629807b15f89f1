// Templates through the real server: create, read, edit, rename, duplicate and
// delete, who may do which (another facilitator sees nothing; built-in
// templates are read-only), JSON export/import (a round trip, and every kind
// of bad file refused with an error naming the field and nothing stored),
// Markdown import, and the snapshot promise: editing or deleting a template
// never changes a session that already ran from it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askingForHelpTemplate } from "../../content/asking-for-help";
import type { ConsoleState, ParticipantJoined } from "../../lib/events";
import type { TemplateContent } from "../../lib/template-schema";
import { providersUnderTest } from "../helpers/database";
import { send, startTestHearth, type TestHearth } from "../helpers/hearth-server";
import { defaultContentNote, starterResources } from "../../content/starter";

type Json = any;

/** A small valid template with a scale prompt and a repeat of it. */
function sampleContent(title = "Evening group"): TemplateContent {
  return {
    schemaVersion: 1,
    language: "en",
    title,
    description: "A short session for the Tuesday group.",
    contentNote: "We will talk about asking for help. You can pass on anything.",
    resources: {
      title: "Support",
      intro: "Local services",
      items: [
        { label: "Riverside drop-in", detail: "Tuesdays 6–8pm", url: "https://example.org/drop-in" },
        { label: "Call the facilitator", url: "tel:+441234567890" },
      ],
    },
    steps: [
      { key: "welcome", title: "Welcome", body: "Hello **everyone**.", facilitatorNotes: "5 minutes", reactions: true },
      {
        key: "check-in",
        title: "Checking in",
        body: "A quiet check-in.",
        facilitatorNotes: "",
        reactions: false,
        prompt: { key: "comfort", kind: "scale", question: "How comfortable are you asking for help?", config: { max: 5, minLabel: "Not at all", maxLabel: "Very" } },
      },
      {
        key: "pick",
        title: "One small step",
        body: "",
        facilitatorNotes: "",
        reactions: false,
        prompt: {
          key: "small-step",
          kind: "single_choice",
          question: "Which small step could you try?",
          config: {
            options: [
              { id: "text", label: "Send a text" },
              { id: "call", label: "Make a call" },
            ],
          },
        },
      },
      {
        key: "check-out",
        title: "Checking out",
        body: "",
        facilitatorNotes: "",
        reactions: false,
        prompt: {
          key: "comfort-after",
          repeatOf: "comfort",
          kind: "scale",
          question: "How comfortable are you asking for help?",
          config: { max: 5, minLabel: "Not at all", maxLabel: "Very" },
        },
      },
    ],
  };
}

describe.each(await providersUnderTest())("templates on %s", (provider) => {
  let hearth: TestHearth;
  let owner: { cookie: string; id: string };
  let other: { cookie: string; id: string };
  let builtInId: string;

  const call = (path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}) =>
    hearth.fetchJson(`/api/templates${path}`, { cookie: owner.cookie, ...init }) as Promise<{ status: number; body: Json; headers: Headers }>;
  const templateRows = () => hearth.database.prisma.template.count();

  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
    owner = await hearth.signUp();
    other = await hearth.signUp();
    const list = await call("");
    builtInId = list.body.templates.find((t: Json) => t.builtIn).id;
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("needs a signed-in facilitator", async () => {
    for (const [method, path] of [
      ["GET", `/${builtInId}`],
      ["POST", ""],
      ["PUT", `/${builtInId}`],
      ["PATCH", `/${builtInId}`],
      ["DELETE", `/${builtInId}`],
      ["POST", `/${builtInId}/duplicate`],
      ["GET", `/${builtInId}/export`],
      ["POST", "/import/markdown"],
      ["POST", "/import/json"],
    ] as const) {
      const { status, body } = await hearth.fetchJson(`/api/templates${path}`, { method, json: method === "GET" || method === "DELETE" ? undefined : {} });
      expect(status, `${method} ${path}`).toBe(401);
      expect(body.error.code).toBe("UNAUTHENTICATED");
    }
  });

  it("creates, reads, edits, renames, duplicates and deletes the facilitator's own templates", async () => {
    // blank, valid as it is
    const blank = await call("", { method: "POST", json: { title: "  Tuesday group  " } });
    expect(blank.status).toBe(201);
    expect(blank.body.template).toMatchObject({ title: "Tuesday group", builtIn: false, editable: true, stepCount: 1, promptCount: 0 });
    expect(blank.body.template.content.resources.items.length).toBeGreaterThan(0);
    const id = blank.body.template.id as string;
    expect((await call("", { method: "POST" })).body.template.title).toBe("Untitled template");

    // from content
    const created = await call("", { method: "POST", json: { content: sampleContent() } });
    expect(created.status).toBe(201);
    expect(created.body.template.content).toEqual(sampleContent());

    const read = await call(`/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBe(`"${read.body.template.version}"`);
    const list = (await call("")).body.templates.map((t: Json) => t.id);
    expect(list).toContain(id);
    expect(list).toContain(created.body.template.id);

    // replace the content
    const saved = await call(`/${id}`, { method: "PUT", json: { content: sampleContent("Tuesday group, week 2") } });
    expect(saved.status).toBe(200);
    expect(saved.body.template).toMatchObject({ title: "Tuesday group, week 2", stepCount: 4, promptCount: 3 });
    expect((await call(`/${id}`)).body.template.content).toEqual(sampleContent("Tuesday group, week 2"));

    // invalid content: 400 naming each field, nothing changed
    const broken = sampleContent("Broken");
    (broken.steps[1]!.prompt as Json).question = "   ";
    (broken.steps[2]!.prompt as Json).config.options = [{ id: "only", label: "Only one" }];
    const refused = await call(`/${id}`, { method: "PUT", json: { content: broken } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("BAD_REQUEST");
    expect(refused.body.error.fields).toEqual(
      // each field's problem also carries a stable code, for the editor to say it in the facilitator's language
      expect.arrayContaining([
        { path: "steps[1].prompt.question", message: "must not be empty", code: "empty" },
        expect.objectContaining({ path: "steps[2].prompt.config.options", code: "tooFewItems", params: { min: 2 } }),
      ]),
    );
    expect(refused.body.error.message).toContain("steps[1].prompt.question");
    expect((await call(`/${id}`)).body.template.title).toBe("Tuesday group, week 2");
    expect((await call(`/${id}`, { method: "PUT", json: { title: "no content" } })).status).toBe(400);

    // a save over a newer version is refused (If-Match), a current one goes through
    const current = (await call(`/${id}`)).body.template.version as string;
    const stale = await call(`/${id}`, { method: "PUT", headers: { "if-match": '"12345"' }, json: { content: sampleContent("Stale") } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", currentVersion: current });
    expect(stale.body.error.message).toMatch(/changed somewhere else/);
    expect((await call(`/${id}`)).body.template.title).toBe("Tuesday group, week 2");
    const fresh = await call(`/${id}`, { method: "PUT", headers: { "if-match": `"${current}"` }, json: { content: sampleContent("Tuesday group, week 3") } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.template.version).not.toBe(current);

    // rename: the row and the content
    const renamed = await call(`/${id}`, { method: "PATCH", json: { title: "Thursday group" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.template.title).toBe("Thursday group");
    expect(renamed.body.template.content.title).toBe("Thursday group");
    expect(renamed.body.template.content.steps).toEqual(sampleContent().steps);
    for (const title of ["", "   ", "x".repeat(121), 42]) {
      const bad = await call(`/${id}`, { method: "PATCH", json: { title } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].path).toBe("title");
    }

    // duplicate
    const copy = await call(`/${id}/duplicate`, { method: "POST" });
    expect(copy.status).toBe(201);
    expect(copy.body.template).toMatchObject({ title: "Thursday group (copy)", editable: true });
    expect(copy.body.template.id).not.toBe(id);
    expect(copy.body.template.content.steps).toEqual(renamed.body.template.content.steps);

    // delete, with the content back for "Undo"
    const deleted = await call(`/${id}`, { method: "DELETE" });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ deleted: true, content: { title: "Thursday group" } });
    expect((await call(`/${id}`)).status).toBe(404);
    expect((await call(`/${id}`, { method: "DELETE" })).status).toBe(404);
    const undone = await call("", { method: "POST", json: { content: deleted.body.content } });
    expect(undone.status).toBe(201);
    expect(undone.body.template.content).toEqual(deleted.body.content);
  });

  it("keeps each facilitator's templates to themselves (404 for anyone else)", async () => {
    const mine = (await call("", { method: "POST", json: { content: sampleContent("Private") } })).body.template;
    const rows = await templateRows();
    const asOther = (path: string, init: RequestInit & { json?: unknown } = {}) => call(path, { ...init, cookie: other.cookie });
    for (const [method, path, json] of [
      ["GET", `/${mine.id}`, undefined],
      ["PUT", `/${mine.id}`, { content: sampleContent("Taken over") }],
      ["PATCH", `/${mine.id}`, { title: "Taken over" }],
      ["POST", `/${mine.id}/duplicate`, undefined],
      ["DELETE", `/${mine.id}`, undefined],
      ["GET", `/${mine.id}/export`, undefined],
    ] as const) {
      const { status, body } = await asOther(path, { method, json });
      expect(status, `${method} ${path}`).toBe(404);
      expect(body.error.code).toBe("NOT_FOUND");
    }
    expect((await asOther("")).body.templates.map((t: Json) => t.id)).not.toContain(mine.id);
    expect(await templateRows()).toBe(rows);
    const after = (await call(`/${mine.id}`)).body.template;
    expect(after.title).toBe("Private");
    expect(after.version).toBe(mine.version);
    // and starting a session from it is refused too
    expect((await hearth.fetchJson("/api/sessions", { method: "POST", cookie: other.cookie, json: { templateId: mine.id } })).status).toBe(404);
  });

  it("shows built-in templates read-only and lets facilitators duplicate them", async () => {
    const builtIn = await call(`/${builtInId}`);
    expect(builtIn.status).toBe(200);
    expect(builtIn.body.template).toMatchObject({ builtIn: true, editable: false, title: "Asking for help" });
    expect(builtIn.body.template.content).toEqual(askingForHelpTemplate);

    for (const [method, path, json] of [
      ["PUT", `/${builtInId}`, { content: sampleContent("Mine now") }],
      ["PATCH", `/${builtInId}`, { title: "Mine now" }],
      ["DELETE", `/${builtInId}`, undefined],
    ] as const) {
      const { status, body } = await call(path, { method, json });
      expect(status, `${method} ${path}`).toBe(403);
      expect(body.error).toEqual({ code: "FORBIDDEN", message: "Built-in templates can't be changed — duplicate it to make your own." });
    }
    expect((await call(`/${builtInId}`)).body.template.content).toEqual(askingForHelpTemplate);

    const copy = await call(`/${builtInId}/duplicate`, { method: "POST" });
    expect(copy.status).toBe(201);
    expect(copy.body.template).toMatchObject({ title: "Asking for help (copy)", builtIn: false, editable: true });
    expect(copy.body.template.content.steps).toEqual(askingForHelpTemplate.steps);
    const edited = await call(`/${copy.body.template.id}`, { method: "PATCH", json: { title: "Asking for help — our version" } });
    expect(edited.status).toBe(200);
    // the other facilitator does not see this copy
    expect((await call("", { cookie: other.cookie })).body.templates.map((t: Json) => t.id)).not.toContain(copy.body.template.id);
  });

  it("exports a template file and imports it back unchanged", async () => {
    for (const source of [builtInId, (await call("", { method: "POST", json: { content: sampleContent("Round trip") } })).body.template.id]) {
      const original = (await call(`/${source}`)).body.template.content;
      const response = await fetch(`${hearth.url}/api/templates/${source}/export`, { headers: { cookie: owner.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+\.hearth-template\.json"$/);
      const text = await response.text();
      const file = JSON.parse(text);
      expect(file).toEqual({ format: "hearth-template", version: 1, template: original });

      const imported = await call("/import/json", { method: "POST", body: text, headers: { "content-type": "application/json" } });
      expect(imported.status).toBe(201);
      expect(imported.body.template).toMatchObject({ builtIn: false, editable: true });
      expect(imported.body.template.content).toEqual(original);
      expect((await call(`/${imported.body.template.id}`)).body.template.content).toEqual(original);
    }
    expect((await call(`/${builtInId}/export`)).headers.get("content-disposition")).toContain('filename="asking-for-help.hearth-template.json"');
  });

  it("refuses each kind of invalid template file with an error naming the field, storing nothing", async () => {
    const valid = () => ({ format: "hearth-template", version: 1, template: sampleContent("Imported") }) as Json;
    const cases: { name: string; body: string; path: string; message?: RegExp }[] = [
      { name: "empty file", body: "", path: "(file)" },
      { name: "not JSON", body: "{ this is not json", path: "(file)", message: /not valid JSON/ },
      { name: "JSON, but a list", body: "[1, 2, 3]", path: "(root)" },
      { name: "another format", body: JSON.stringify({ ...valid(), format: "something-else" }), path: "format", message: /not a Hearth template file/ },
      { name: "a newer file version", body: JSON.stringify({ ...valid(), version: 2 }), path: "version", message: /newer version of Hearth/ },
      { name: "no template", body: JSON.stringify({ format: "hearth-template", version: 1 }), path: "template", message: /required/ },
      (() => {
        const f = valid();
        delete f.template.title;
        return { name: "missing title", body: JSON.stringify(f), path: "template.title", message: /required/ };
      })(),
      (() => {
        const f = valid();
        f.template.contentNote = "";
        return { name: "empty content note", body: JSON.stringify(f), path: "template.contentNote" };
      })(),
      (() => {
        const f = valid();
        f.template.steps[1].prompt.kind = "quiz";
        return { name: "unknown prompt kind", body: JSON.stringify(f), path: "template.steps[1].prompt.kind" };
      })(),
      (() => {
        const f = valid();
        f.template.steps[1].prompt.config.max = 99;
        return { name: "scale out of range", body: JSON.stringify(f), path: "template.steps[1].prompt.config.max", message: /at most 10/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps[2].prompt.config.options[1].id = "text";
        return { name: "duplicate option ids", body: JSON.stringify(f), path: "template.steps[2].prompt.config.options", message: /unique/ };
      })(),
      (() => {
        const f = valid();
        f.template.resources.items[0].url = "javascript:alert(1)";
        return { name: "unsafe link", body: JSON.stringify(f), path: "template.resources.items[0].url", message: /https?:\/\// };
      })(),
      (() => {
        const f = valid();
        f.template.resources.items = [];
        return { name: "no support resources", body: JSON.stringify(f), path: "template.resources.items" };
      })(),
      (() => {
        const f = valid();
        f.template.steps[2].key = "welcome";
        return { name: "duplicate step keys", body: JSON.stringify(f), path: "template.steps[2].key", message: /unique/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps[1].key = "Check In!";
        return { name: "bad key", body: JSON.stringify(f), path: "template.steps[1].key", message: /slug/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps[3].prompt.config.max = 7;
        return { name: "repeat with another scale", body: JSON.stringify(f), path: "template.steps[3].prompt.config", message: /identical/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps[1].prompt.repeatOf = "comfort-after";
        delete f.template.steps[3].prompt.repeatOf;
        return { name: "repeat of a later prompt", body: JSON.stringify(f), path: "template.steps[1].prompt.repeatOf", message: /later prompt/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps[0].body = "x".repeat(4001);
        return { name: "step text too long", body: JSON.stringify(f), path: "template.steps[0].body", message: /at most 4000/ };
      })(),
      (() => {
        const f = valid();
        f.template.steps = Array.from({ length: 61 }, (_, i) => ({ key: `s${i}`, title: `Step ${i}`, body: "" }));
        return { name: "too many steps", body: JSON.stringify(f), path: "template.steps", message: /at most 60/ };
      })(),
      (() => {
        const f = valid();
        f.template.description = "y".repeat(1_000_100);
        return { name: "a file over 1 MB", body: JSON.stringify(f).slice(0, 1_020_000), path: "(file)", message: /larger than/ };
      })(),
    ];
    const rows = await templateRows();
    for (const { name, body, path, message } of cases) {
      const response = await call("/import/json", { method: "POST", body, headers: { "content-type": "application/json" } });
      expect(response.status, name).toBe(400);
      expect(response.body.error.code, name).toBe("BAD_REQUEST");
      expect(response.body.error.message, name).toContain(path);
      const field = response.body.error.fields.find((f: Json) => f.path === path);
      expect(field, `${name}: ${JSON.stringify(response.body.error.fields)}`).toBeDefined();
      if (message) expect(field.message, name).toMatch(message);
      // and a code, so the template list says it in the facilitator's language (templateEditor.problems)
      expect(field.code, `${name}: ${JSON.stringify(field)}`).toEqual(expect.any(String));
    }
    expect(await templateRows()).toBe(rows);
  });

  it("imports a Markdown article: headings become steps, HTML is dropped", async () => {
    const markdown = [
      "# Finding our feet",
      "",
      "Some words before the first section.",
      "",
      "## Why it is hard",
      "",
      "Because *pride*. <script>alert('x')</script><b onclick=\"x()\">bold</b>",
      "",
      "### A smaller heading",
      "",
      "Nested text with a [safe link](https://example.org) and a [bad one](javascript:alert(1)).",
      "",
      "## What helps",
      "",
      "- Small steps",
      "- Asking early",
    ].join("\n");
    const rows = await templateRows();
    const response = await call("/import/markdown", { method: "POST", json: { markdown } });
    expect(response.status).toBe(201);
    const template = response.body.template;
    expect(template).toMatchObject({ title: "Finding our feet", editable: true, builtIn: false, promptCount: 0 });
    const steps = template.content.steps as TemplateContent["steps"];
    expect(steps.map((s) => s.title)).toEqual(expect.arrayContaining(["Why it is hard", "A smaller heading", "What helps"]));
    const all = JSON.stringify(steps);
    expect(all).not.toMatch(/<script|onclick|javascript:/i);
    expect(steps.find((s) => s.title === "What helps")!.body).toContain("Small steps");
    expect(response.body.warnings.map((w: { message: string }) => w.message).join(" ")).toMatch(/HTML/);
    expect(template.content.resources.items.length).toBeGreaterThan(0);
    expect(await templateRows()).toBe(rows + 1);

    const titled = await call("/import/markdown", { method: "POST", json: { markdown: "## Only\n\ntext", title: "My own title" } });
    expect(titled.body.template.title).toBe("My own title");
    expect(titled.body.template.content.language).toBe("en");

    // in the facilitator's language (the import page sends its own): a German template with German defaults
    const german = await call("/import/markdown", { method: "POST", json: { markdown: "Nur Text.", language: "de" } });
    expect(german.status).toBe(201);
    expect(german.body.template.content).toMatchObject({ language: "de", contentNote: defaultContentNote("de"), resources: starterResources("de") });
    expect(german.body.template.content.steps[0].title).toBe("Einleitung");
    // a language Hearth does not have is not an error: English, as without one
    expect((await call("/import/markdown", { method: "POST", json: { markdown: "Text.", language: "xx" } })).body.template.content.language).toBe("en");

    for (const [json, path] of [
      [{ markdown: "" }, "markdown"],
      [{ markdown: "   \n\n" }, "markdown"],
      [{}, "markdown"],
      [{ markdown: "x".repeat(200_001) }, "(file)"],
      [{ markdown: `# T\n\n${">".repeat(50)} deep` }, "(file) line 3"],
    ] as const) {
      const refused = await call("/import/markdown", { method: "POST", json });
      expect(refused.status, JSON.stringify(json).slice(0, 40)).toBe(400);
      expect(refused.body.error.fields[0].path).toBe(path);
    }
    expect((await call("/import/markdown", { method: "POST", body: "not json", headers: { "content-type": "application/json" } })).status).toBe(400);
    // the four imported above (the article, the titled one, the German one, the unknown language), and nothing refused
    expect(await templateRows()).toBe(rows + 4);
  });

  it("leaves a session's steps unchanged when its template is edited or deleted after it ran", async () => {
    const template = (await call("", { method: "POST", json: { content: sampleContent("Snapshot") } })).body.template;
    const session = await hearth.createSession(owner.cookie, template.id);
    const facilitator = await hearth.connect({ cookie: owner.cookie });
    const watch = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
    if (!watch.ok) throw new Error(watch.error.message);
    const phone = await hearth.connect();
    const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
    expect(joined.ok).toBe(true);

    // run the check-in step: open the prompt, answer, close it
    expect((await send(facilitator, "session:start", { sessionId: session.id })).ok).toBe(true);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 1 })).ok).toBe(true);
    const steps = await hearth.repositories.sessions.loadSteps(session.id);
    const promptId = steps[1]!.prompt!.id;
    expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId })).ok).toBe(true);
    expect((await send(phone, "answer:submit", { promptId, value: { value: 4 } })).ok).toBe(true);
    expect((await send(facilitator, "prompt:close", { sessionId: session.id, promptId })).ok).toBe(true);

    const before = await hearth.repositories.sessions.loadSteps(session.id);
    const sessionRow = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });

    // edit everything a facilitator could edit
    const changed = sampleContent("Snapshot, edited");
    changed.contentNote = "A different note";
    changed.resources.items = [{ label: "Something else entirely" }];
    changed.steps = [
      { key: "other", title: "A new first step", body: "New text", facilitatorNotes: "new notes", reactions: false },
      {
        ...changed.steps[1]!,
        title: "Checking in, edited",
        body: "Changed",
        prompt: { key: "comfort", kind: "scale", question: "A different question?", config: { max: 10, minLabel: "", maxLabel: "" } },
      },
    ];
    expect((await call(`/${template.id}`, { method: "PUT", json: { content: changed } })).status).toBe(200);
    const afterEdit = await hearth.repositories.sessions.loadSteps(session.id);
    expect(afterEdit).toEqual(before);
    expect(afterEdit.map((s) => s.title)).toEqual(["Welcome", "Checking in", "One small step", "Checking out"]);
    expect(afterEdit[1]!.prompt).toMatchObject({ question: "How comfortable are you asking for help?", config: { max: 5 } });
    expect(afterEdit[3]!.prompt!.repeatOfId).toBe(afterEdit[1]!.prompt!.id);
    const rowAfterEdit = await hearth.database.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect({ note: rowAfterEdit.contentNote, resources: rowAfterEdit.resources, title: rowAfterEdit.title }).toEqual({
      note: sessionRow.contentNote,
      resources: sessionRow.resources,
      title: "Snapshot",
    });
    expect(await hearth.database.prisma.response.count({ where: { sessionId: session.id } })).toBe(1);

    // deleting the template leaves the session, its steps and answers in place
    expect((await call(`/${template.id}`, { method: "DELETE" })).status).toBe(200);
    expect(await hearth.repositories.sessions.loadSteps(session.id)).toEqual(before);
    expect(await hearth.database.prisma.response.count({ where: { sessionId: session.id } })).toBe(1);
    const summary = await hearth.fetchJson(`/api/sessions/${session.id}`, { cookie: owner.cookie });
    expect(summary.status).toBe(200);
    facilitator.disconnect();
    phone.disconnect();
  });
});
