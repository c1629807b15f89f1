// Pictures on template steps through the real server, on SQLite and
// PostgreSQL: only PNG and JPEG get in, checked by their bytes (not the
// Content-Type), sized by their header before decoding, and re-encoded so
// EXIF — a photo's GPS position — and text chunks are not stored; served to
// their owner only, with the right type and caching; another facilitator can
// neither read nor add; a saved step must point at a picture of its own
// template and describe it; sessions keep the reference; deleting the
// template deletes its pictures.
import { readFileSync } from "node:fs";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providersUnderTest } from "../helpers/database";
import { joinAs, watchConsole } from "../helpers/hearth-client";
import type { RoomState } from "../../lib/events";
import { nextEvent, send, startTestHearth, type TestHearth } from "../helpers/hearth-server";

const SECRET = "GPSLatitude 51.5007 N; GPSLongitude 0.1246 W; SerialNumber HEARTH-TEST-CAMERA";

function pixels(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) % 256, (i * 3) % 256, 120, 255], i * 4);
  return data;
}

/** A JPEG with an EXIF (APP1) segment carrying a location, as phones write them. */
function jpegWithExif(width = 64, height = 48): Buffer {
  const plain = Buffer.from(jpeg.encode({ data: pixels(width, height), width, height }, 90).data);
  const payload = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), Buffer.from(SECRET, "latin1")]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([plain.subarray(0, 2), app1, payload, plain.subarray(2)]);
}

/** A PNG with a tEXt chunk (and an eXIf-like chunk) before its image data. */
function pngWithText(width = 40, height = 30): Buffer {
  const png = new PNG({ width, height });
  pixels(width, height).copy(png.data);
  const plain = PNG.sync.write(png);
  // Insert a valid tEXt chunk right after IHDR (8 signature + 25 IHDR bytes).
  const body = Buffer.concat([Buffer.from("Comment\0", "latin1"), Buffer.from(SECRET, "latin1")]);
  const typeAndBody = Buffer.concat([Buffer.from("tEXt", "latin1"), body]);
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  typeAndBody.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndBody), 8 + body.length);
  return Buffer.concat([plain.subarray(0, 33), out, plain.subarray(33)]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe.each(await providersUnderTest())("template pictures on %s", (provider) => {
  let hearth: TestHearth;
  let owner: { cookie: string };
  let other: { cookie: string };
  let templateId: string;

  const upload = (bytes: Uint8Array, type = "image/jpeg", cookie = owner.cookie, id = templateId) =>
    hearth.fetchJson(`/api/templates/${id}/images`, { method: "POST", cookie, body: new Uint8Array(bytes), headers: { "content-type": type } });
  const getImage = (url: string, cookie = owner.cookie) => fetch(hearth.url + url, { headers: { cookie, origin: hearth.url } });

  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
    owner = await hearth.signUp();
    other = await hearth.signUp();
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "With pictures" } });
    templateId = created.body.template.id;
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("stores a JPEG re-encoded, without its EXIF location, and serves it to its owner with the right headers", async () => {
    const original = jpegWithExif();
    expect(original.includes(Buffer.from(SECRET))).toBe(true);
    const { status, body } = await upload(original);
    expect(status).toBe(201);
    expect(body.image).toMatchObject({ width: 64, height: 48, url: `/api/images/${body.image.id}` });

    const row = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: body.image.id } });
    const stored = Buffer.from(row.data);
    expect(row.mime).toBe("image/jpeg");
    expect(stored.includes(Buffer.from("Exif"))).toBe(false);
    expect(stored.includes(Buffer.from("GPSLatitude"))).toBe(false);
    expect(stored.includes(Buffer.from("HEARTH-TEST-CAMERA"))).toBe(false);
    // still the same picture
    expect(jpeg.decode(stored)).toMatchObject({ width: 64, height: 48 });

    const served = await getImage(body.image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true);
  });

  it("stores a PNG without its text chunks", async () => {
    const original = pngWithText();
    expect(PNG.sync.read(original).width).toBe(40); // a valid PNG with the comment
    const { status, body } = await upload(original, "image/png");
    expect(status).toBe(201);
    const row = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: body.image.id } });
    expect(row.mime).toBe("image/png");
    expect(Buffer.from(row.data).includes(Buffer.from("GPSLatitude"))).toBe(false);
    expect(Buffer.from(row.data).includes(Buffer.from("tEXt"))).toBe(false);
  });

  it("refuses what is not a PNG or JPEG whatever its Content-Type, damaged headers, huge dimensions and oversized files", async () => {
    const before = await hearth.database.prisma.templateImage.count();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    for (const [bytes, type, message] of [
      [svg, "image/png", /not a PNG or JPEG/],
      [Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), "image/png", /not a PNG or JPEG/],
      [Buffer.from("just text"), "image/jpeg", /not a PNG or JPEG/],
      [Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("garbage that is not a header")]), "image/png", /header is damaged/],
    ] as const) {
      const { status, body } = await upload(bytes, type);
      expect(status, String(message)).toBe(400);
      expect(body.error.fields[0].message).toMatch(message);
    }
    // a JPEG whose header claims 60000 × 60000 pixels is refused before any decoding
    const huge = Buffer.from(jpeg.encode({ data: pixels(8, 8), width: 8, height: 8 }, 90).data);
    const sof = huge.indexOf(Buffer.from([0xff, 0xc0]));
    huge.writeUInt16BE(60000, sof + 5);
    huge.writeUInt16BE(60000, sof + 7);
    expect((await upload(huge)).body.error.fields[0].message).toMatch(/60000 × 60000 pixels/);
    // a PNG whose pixels do not match its header
    const lying = pngWithText();
    lying.writeUInt32BE(41, 16);
    expect((await upload(lying, "image/png")).status).toBe(400);
    // over the request limit, and a type that is not an upload type
    expect((await upload(Buffer.alloc(1_100_000, 1))).status).toBe(413);
    expect((await upload(jpegWithExif(), "application/octet-stream")).status).toBe(415);
    expect((await upload(svg, "image/svg+xml")).status).toBe(415);
    expect(await hearth.database.prisma.templateImage.count()).toBe(before);
  });

  it("lets no other facilitator read or add pictures, and no one signed out", async () => {
    const { body } = await upload(jpegWithExif());
    expect((await getImage(body.image.url, other.cookie)).status).toBe(404);
    expect((await getImage(body.image.url, "")).status).toBe(401);
    expect((await upload(jpegWithExif(), "image/jpeg", other.cookie)).status).toBe(404);
    expect((await upload(jpegWithExif(), "image/jpeg", "")).status).toBe(401);
    // built-in templates take none
    const builtIn = (await hearth.fetchJson("/api/templates", { cookie: owner.cookie })).body.templates.find((t: { builtIn: boolean }) => t.builtIn).id;
    expect((await upload(jpegWithExif(), "image/jpeg", owner.cookie, builtIn)).status).toBe(403);
  });

  it("saves a step with a picture of its own template and a description, refuses others, and a session keeps it", async () => {
    const { body: uploaded } = await upload(jpegWithExif());
    const template = (await hearth.fetchJson(`/api/templates/${templateId}`, { cookie: owner.cookie })).body.template;
    const withImage = (image: unknown) => ({ ...template.content, steps: template.content.steps.map((s: object, i: number) => (i === 0 ? { ...s, image } : s)) });
    const put = (content: unknown) => hearth.fetchJson(`/api/templates/${templateId}`, { method: "PUT", cookie: owner.cookie, json: { content } });

    const noAlt = await put(withImage({ id: uploaded.image.id, alt: "  " }));
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.error.fields).toEqual([expect.objectContaining({ path: "steps[0].image.alt", message: expect.stringMatching(/describe the picture/) })]);

    // another facilitator's picture id is not this template's
    const foreignTemplate = (await hearth.fetchJson("/api/templates", { method: "POST", cookie: other.cookie, json: {} })).body.template.id;
    const foreign = await upload(jpegWithExif(), "image/jpeg", other.cookie, foreignTemplate);
    const stolen = await put(withImage({ id: foreign.body.image.id, alt: "Someone else's" }));
    expect(stolen.status).toBe(400);
    expect(stolen.body.error.fields[0]).toMatchObject({ path: "steps[0].image" });

    const saved = await put(withImage({ id: uploaded.image.id, alt: "Two people on a bench, talking" }));
    expect(saved.status).toBe(200);
    expect(saved.body.template.content.steps[0].image).toEqual({ id: uploaded.image.id, alt: "Two people on a bench, talking" });

    // a copy gets its own copy of the picture (deleting either template leaves the other's)
    const copy = await hearth.fetchJson(`/api/templates/${templateId}/duplicate`, { method: "POST", cookie: owner.cookie });
    const copied = copy.body.template.content.steps[0].image;
    expect(copied.alt).toBe("Two people on a bench, talking");
    expect(copied.id).not.toBe(uploaded.image.id);
    const copiedRow = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: copied.id } });
    expect(copiedRow.templateId).toBe(copy.body.template.id);
    expect((await getImage(`/api/images/${copied.id}`)).status).toBe(200);

    const session = await hearth.createSession(owner.cookie, templateId);
    const step = await hearth.database.prisma.sessionStep.findFirstOrThrow({ where: { sessionId: session.id, position: 0 } });
    expect([step.imageId, step.imageAlt]).toEqual([uploaded.image.id, "Two people on a bench, talking"]);
  });

  it("lets a co-facilitator of a session that shows the picture load it (for their projector), and nobody else", async () => {
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Shared room" } });
    const id = created.body.template.id;
    const content = created.body.template.content;
    const picture = (await upload(jpegWithExif(), "image/jpeg", owner.cookie, id)).body.image;
    await hearth.fetchJson(`/api/templates/${id}`, {
      method: "PUT",
      cookie: owner.cookie,
      json: { content: { ...content, steps: [{ ...content.steps[0], image: { id: picture.id, alt: "A bench" } }] } },
    });
    const co = await hearth.signUp();
    expect((await getImage(picture.url, co.cookie)).status).toBe(404);
    const session = await hearth.createSession(owner.cookie, id);
    const invitation = await hearth.fetchJson(`/api/sessions/${session.id}/invitations`, { method: "POST", cookie: owner.cookie, json: {} });
    const token = (invitation.body.invitation.url as string).split("/invite/")[1]!;
    expect((await hearth.fetchJson(`/api/invitations/${token}/accept`, { method: "POST", cookie: co.cookie })).status).toBe(200);
    const served = await getImage(picture.url, co.cookie);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect((await getImage(picture.url, other.cookie)).status).toBe(404);
  });

  it("deletes a replaced or removed picture when the template is saved, unless a session shows it", async () => {
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Replacing" } });
    const id = created.body.template.id;
    const content = created.body.template.content;
    const put = (image?: { id: string; alt: string }) =>
      hearth.fetchJson(`/api/templates/${id}`, {
        method: "PUT",
        cookie: owner.cookie,
        json: { content: { ...content, steps: [{ ...content.steps[0], ...(image ? { image } : {}) }] } },
      });
    const first = (await upload(jpegWithExif(), "image/jpeg", owner.cookie, id)).body.image.id;
    expect((await put({ id: first, alt: "First" })).status).toBe(200);
    await hearth.createSession(owner.cookie, id); // a session now shows the first picture
    const second = (await upload(pngWithText(), "image/png", owner.cookie, id)).body.image.id;
    const third = (await upload(pngWithText(), "image/png", owner.cookie, id)).body.image.id;
    expect((await put({ id: third, alt: "Third" })).status).toBe(200);
    const left = async () => (await hearth.database.prisma.templateImage.findMany({ where: { templateId: id }, select: { id: true } })).map((r) => r.id).sort();
    // the second was never saved: gone; the first is still shown by the session
    expect(await left()).toEqual([first, third].sort());
    expect(second).not.toBe(third);
    expect((await put()).status).toBe(200);
    expect(await left()).toEqual([first]);
  });
});

/** A template of `owner`'s whose first two steps show a picture each. */
async function templateWithPictures(hearth: TestHearth, cookie: string, title: string) {
  const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie, json: { title } });
  const id: string = created.body.template.id;
  const content = created.body.template.content;
  const ids: string[] = [];
  for (const bytes of [jpegWithExif(), pngWithText()]) {
    const res = await hearth.fetchJson(`/api/templates/${id}/images`, { method: "POST", cookie, body: new Uint8Array(bytes), headers: { "content-type": sniffType(bytes) } });
    expect(res.status).toBe(201);
    ids.push(res.body.image.id);
  }
  const steps = [
    { ...content.steps[0], image: { id: ids[0], alt: "A bench by the river" } },
    { key: "second", title: "Second", body: "Text.", facilitatorNotes: "", reactions: false, image: { id: ids[1], alt: "A drawing" } },
    { key: "third", title: "Third", body: "More text.", facilitatorNotes: "", reactions: false },
  ];
  const saved = await hearth.fetchJson(`/api/templates/${id}`, { method: "PUT", cookie, json: { content: { ...content, steps } } });
  expect(saved.status).toBe(200);
  return { id, pictures: ids, content: saved.body.template.content };
}
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const sniffType = (bytes: Buffer) => (bytes[0] === 0x89 ? "image/png" : "image/jpeg");

describe.each(await providersUnderTest())("pictures after their template on %s", (provider) => {
  let hearth: TestHearth;
  let clock = Date.parse("2026-03-01T10:00:00Z");
  let owner: { cookie: string };
  const count = (where: object) => hearth.database.prisma.templateImage.count({ where });

  beforeAll(async () => {
    hearth = await startTestHearth({ provider, retention: { now: () => new Date(clock), intervalMs: 24 * 60 * 60 * 1000 } });
    owner = await hearth.signUp();
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  it("deletes a template's pictures once Undo's hour is over, and Undo within it brings them back", async () => {
    const { id, pictures, content } = await templateWithPictures(hearth, owner.cookie, "Short-lived");
    const deleted = await hearth.fetchJson(`/api/templates/${id}`, { method: "DELETE", cookie: owner.cookie });
    expect(deleted.status).toBe(200);
    expect(await count({ id: { in: pictures }, templateId: null })).toBe(2);

    // Undo (the template list posts the content back): the same pictures join the restored template
    clock += 30 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    const restored = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { content: deleted.body.content } });
    expect(restored.status).toBe(201);
    expect(restored.body.template.content.steps.map((s: { image?: { id: string } }) => s.image?.id)).toEqual([...pictures, undefined]);
    expect(await count({ id: { in: pictures }, templateId: restored.body.template.id })).toBe(2);
    expect(content.steps[0].image.alt).toBe("A bench by the river");

    // deleted again, and no Undo: gone after the hour
    expect((await hearth.fetchJson(`/api/templates/${restored.body.template.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    clock += 59 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    expect(await count({ id: { in: pictures } })).toBe(2);
    clock += 2 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    expect(await count({ id: { in: pictures } })).toBe(0);
    // a restore after that has no pictures to bring back: the steps come back without them
    const late = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { content: deleted.body.content } });
    expect(late.body.template.content.steps.map((s: { image?: unknown }) => s.image)).toEqual([undefined, undefined, undefined]);
  });

  it("keeps the pictures a past session shows after its template is deleted, for its summary and its people, until the session is deleted", async () => {
    const { id, pictures } = await templateWithPictures(hearth, owner.cookie, "Ran once");
    const session = await hearth.createSession(owner.cookie, id);
    const facilitator = await hearth.connect({ cookie: owner.cookie });
    await watchConsole(facilitator, session.id);
    expect((await send(facilitator, "session:end", { sessionId: session.id })).ok).toBe(true);
    expect((await hearth.fetchJson(`/api/templates/${id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    clock += 2 * 60 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    // still there for the session: the owner loads them, the summary and export name them
    expect(await count({ id: { in: pictures } })).toBe(2);
    expect((await fetch(`${hearth.url}/api/images/${pictures[0]}`, { headers: { cookie: owner.cookie } })).status).toBe(200);
    const summary = await hearth.fetchJson(`/api/sessions/${session.id}/summary`, { cookie: owner.cookie });
    expect(JSON.stringify(summary.body)).toContain("A bench by the river");
    const exported = await fetch(`${hearth.url}/api/sessions/${session.id}/export?format=md`, { headers: { cookie: owner.cookie } });
    expect(await exported.text()).toContain("A bench by the river");

    // deleting the session deletes them with its data
    expect((await hearth.fetchJson(`/api/sessions/${session.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    expect(await count({ id: { in: pictures } })).toBe(0);
  });

  it("deletes a session's pictures with it only when no template and no other session shows them", async () => {
    const { id, pictures } = await templateWithPictures(hearth, owner.cookie, "Ran twice");
    const first = await hearth.createSession(owner.cookie, id);
    const second = await hearth.createSession(owner.cookie, id);
    expect((await hearth.fetchJson(`/api/sessions/${first.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    expect(await count({ id: { in: pictures } })).toBe(2); // the template holds them
    expect((await hearth.fetchJson(`/api/templates/${id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    clock += 2 * 60 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    expect(await count({ id: { in: pictures } })).toBe(2); // the second session shows them
    expect((await hearth.fetchJson(`/api/sessions/${second.id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    expect(await count({ id: { in: pictures } })).toBe(0);
  });

  it("keeps a .docx's pictures an hour for their import; later, the import says they must be brought again", async () => {
    const docx = readFileSync(new URL("../fixtures/import/pictures.docx", import.meta.url));
    const converted = await hearth.fetchJson("/api/templates/convert/docx", {
      method: "POST",
      cookie: owner.cookie,
      body: new Uint8Array(docx),
      headers: { "content-type": DOCX_TYPE },
    });
    expect(converted.status).toBe(200);
    const markdown = (converted.body.markdown as string).replace("![](hearth-picture:", "![A drawing](hearth-picture:");
    const ids = [...markdown.matchAll(/hearth-picture:([a-z0-9]+)/g)].map((m) => m[1]!);
    clock += 61 * 60 * 1000;
    await hearth.retention.runAutomaticDeletion();
    expect(await count({ id: { in: ids } })).toBe(0);
    const imported = await hearth.fetchJson("/api/templates/import/markdown", { method: "POST", cookie: owner.cookie, json: { markdown } });
    expect(imported.status).toBe(201);
    expect(imported.body.template.content.steps.map((st: { image?: unknown }) => st.image)).toEqual([undefined, undefined, undefined, undefined]);
    expect(imported.body.warnings.map((w: { message: string }) => w.message).join(" ")).toMatch(/2 pictures were no longer stored .* Choose the document again/);
  });

  it("copies pictures only between one facilitator's own templates", async () => {
    const { id, pictures } = await templateWithPictures(hearth, owner.cookie, "Mine");
    const file = (await hearth.fetchJson(`/api/templates/${id}/export`, { cookie: owner.cookie })).body;
    // the owner re-importing their own file gets copies; someone else importing it gets none
    const mine = await hearth.fetchJson("/api/templates/import/json", {
      method: "POST",
      cookie: owner.cookie,
      body: JSON.stringify(file),
      headers: { "content-type": "application/json" },
    });
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    const mineIds = mine.body.template.content.steps.map((s: { image?: { id: string } }) => s.image?.id);
    expect(mineIds.filter(Boolean)).toHaveLength(2);
    expect(mineIds.some((x: string) => pictures.includes(x))).toBe(false);
    const stranger = await hearth.signUp();
    const theirs = await hearth.fetchJson("/api/templates/import/json", {
      method: "POST",
      cookie: stranger.cookie,
      body: JSON.stringify(file),
      headers: { "content-type": "application/json" },
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.template.content.steps.map((s: { image?: unknown }) => s.image)).toEqual([undefined, undefined, undefined]);
    expect(await count({ templateId: theirs.body.template.id })).toBe(0);
    // and the stranger still cannot load the originals
    expect((await fetch(`${hearth.url}/api/images/${pictures[0]}`, { headers: { cookie: stranger.cookie } })).status).toBe(404);
  });
});

describe.each(await providersUnderTest())("a step's picture on participants' phones on %s", (provider) => {
  let hearth: TestHearth;
  let owner: { cookie: string };

  beforeAll(async () => {
    hearth = await startTestHearth({ provider });
    owner = await hearth.signUp();
  });
  afterAll(async () => {
    await hearth?.stop();
  });

  const phonePicture = (sessionId: string, stepId: string, token?: string) =>
    fetch(`${hearth.url}/api/room/${sessionId}/steps/${stepId}/picture`, { headers: token ? { authorization: `Participant ${token}` } : {} });

  async function liveRoom(title: string) {
    const template = await templateWithPictures(hearth, owner.cookie, title);
    const session = await hearth.createSession(owner.cookie, template.id);
    const facilitator = await hearth.connect({ cookie: owner.cookie });
    const state = await watchConsole(facilitator, session.id);
    const phone = await hearth.connect();
    const joined = await joinAs(phone, session.joinCode);
    return { session, facilitator, steps: state.steps, token: joined.participantToken, template };
  }

  it("serves a joined participant the current or a passed step's picture, phone-sized and without EXIF — never a later one's, nor before the start or after the end", async () => {
    const room = await liveRoom("On phones");
    const [first, second] = room.steps;
    // in the lobby: nothing yet
    expect((await phonePicture(room.session.id, first!.id, room.token)).status).toBe(404);
    expect((await send(room.facilitator, "step:goto", { sessionId: room.session.id, index: 0 })).ok).toBe(true);
    const served = await phonePicture(room.session.id, first!.id, room.token);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.includes(Buffer.from("GPSLatitude"))).toBe(false);
    expect(jpeg.decode(bytes)).toMatchObject({ width: 64, height: 48 }); // small already: sent as stored
    // the next step's picture is not given away early
    expect((await phonePicture(room.session.id, second!.id, room.token)).status).toBe(404);
    expect((await send(room.facilitator, "step:goto", { sessionId: room.session.id, index: 1 })).ok).toBe(true);
    expect((await phonePicture(room.session.id, second!.id, room.token)).status).toBe(200);
    expect((await phonePicture(room.session.id, first!.id, room.token)).status).toBe(200); // passed
    // a step without a picture
    expect((await send(room.facilitator, "step:goto", { sessionId: room.session.id, index: 2 })).ok).toBe(true);
    expect((await phonePicture(room.session.id, room.steps[2]!.id, room.token)).status).toBe(404);
    // after the end: nothing
    expect((await send(room.facilitator, "session:end", { sessionId: room.session.id })).ok).toBe(true);
    expect((await phonePicture(room.session.id, first!.id, room.token)).status).toBe(404);
  });

  it("keeps a picture the facilitator chose for the projector only off phones: the room says so and the phone route refuses it", async () => {
    const template = await templateWithPictures(hearth, owner.cookie, "Projector only");
    const steps = template.content.steps.map((step: { image?: object }, i: number) => (i === 0 ? { ...step, image: { ...step.image, onPhones: false } } : step));
    const saved = await hearth.fetchJson(`/api/templates/${template.id}`, { method: "PUT", cookie: owner.cookie, json: { content: { ...template.content, steps } } });
    expect(saved.status).toBe(200);
    // the template keeps the choice (written only when off) and the default elsewhere
    expect(saved.body.template.content.steps[0].image.onPhones).toBe(false);
    expect(saved.body.template.content.steps[1].image.onPhones).toBeUndefined();

    const session = await hearth.createSession(owner.cookie, template.id);
    const facilitator = await hearth.connect({ cookie: owner.cookie });
    const state = await watchConsole(facilitator, session.id);
    const phone = await hearth.connect();
    const joined = await joinAs(phone, session.joinCode);
    const atSecond = nextEvent<RoomState>(phone, "room:updated", (r) => r.step?.index === 1);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 1 })).ok).toBe(true);
    expect((await atSecond).step?.image).toMatchObject({ alt: "A drawing", onPhones: true });
    // step 0 (passed) is projector-only, step 1 (current) is for phones too
    expect((await phonePicture(session.id, state.steps[0]!.id, joined.participantToken)).status).toBe(404);
    expect((await phonePicture(session.id, state.steps[1]!.id, joined.participantToken)).status).toBe(200);
    const atFirst = nextEvent<RoomState>(phone, "room:updated", (r) => r.step?.index === 0);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 0 })).ok).toBe(true);
    const first = (await atFirst).step?.image;
    expect(first).toMatchObject({ alt: "A bench by the river", onPhones: false });
    // the projector (the facilitator's own address) still shows it
    const projectorCopy = await fetch(`${hearth.url}${first!.src}`, { headers: { cookie: owner.cookie } });
    expect(projectorCopy.status).toBe(200);
  });

  it("refuses without a token (401), with a made-up one, and a participant of another session — whose pictures stay its own", async () => {
    const a = await liveRoom("Room A");
    const b = await liveRoom("Room B");
    for (const r of [a, b]) expect((await send(r.facilitator, "step:goto", { sessionId: r.session.id, index: 1 })).ok).toBe(true);
    const stepA = a.steps[0]!.id;
    expect((await phonePicture(a.session.id, stepA, a.token)).status).toBe(200);
    const noToken = await phonePicture(a.session.id, stepA);
    expect(noToken.status).toBe(401);
    expect((await noToken.json()).error.code).toBe("UNAUTHENTICATED");
    expect((await phonePicture(a.session.id, stepA, "x".repeat(43))).status).toBe(404);
    // B's participant: not A's session, and not A's step through B's session either
    expect((await phonePicture(a.session.id, stepA, b.token)).status).toBe(404);
    expect((await phonePicture(b.session.id, stepA, b.token)).status).toBe(404);
    // the facilitator's own picture route is no way in for a phone token either
    expect((await fetch(`${hearth.url}/api/images/${a.template.pictures[0]}`, { headers: { authorization: `Participant ${a.token}` } })).status).toBe(401);
    // and the facilitator's cookie is not a participant's session
    expect((await fetch(`${hearth.url}/api/room/${a.session.id}/steps/${stepA}/picture`, { headers: { cookie: owner.cookie } })).status).toBe(401);
  });

  it("sends phones a copy at most 720 px wide of a large picture, made at upload (or once, for a picture stored without one)", async () => {
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Large" } });
    const id = created.body.template.id;
    const smooth = Buffer.alloc(1600 * 1000 * 4);
    for (let i = 0; i < 1600 * 1000; i++) smooth.set([(i % 1600) / 8, 120, Math.floor(i / 1600) / 5, 255], i * 4);
    const big = Buffer.from(jpeg.encode({ data: smooth, width: 1600, height: 1000 }, 85).data);
    const picture = (
      await hearth.fetchJson(`/api/templates/${id}/images`, { method: "POST", cookie: owner.cookie, body: new Uint8Array(big), headers: { "content-type": "image/jpeg" } })
    ).body.image;
    const content = created.body.template.content;
    expect(
      (
        await hearth.fetchJson(`/api/templates/${id}`, {
          method: "PUT",
          cookie: owner.cookie,
          json: { content: { ...content, steps: [{ ...content.steps[0], image: { id: picture.id, alt: "A wide view" } }] } },
        })
      ).status,
    ).toBe(200);
    const session = await hearth.createSession(owner.cookie, id);
    const facilitator = await hearth.connect({ cookie: owner.cookie });
    const state = await watchConsole(facilitator, session.id);
    const phone = await hearth.connect();
    const joined = await joinAs(phone, session.joinCode);
    expect((await send(facilitator, "step:goto", { sessionId: session.id, index: 0 })).ok).toBe(true);
    const served = await phonePicture(session.id, state.steps[0]!.id, joined.participantToken);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(jpeg.decode(bytes)).toMatchObject({ width: 720, height: 450 });
    expect(bytes.length).toBeLessThan(big.length);
    const row = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: picture.id } });
    expect(Buffer.from(row.phoneData!).equals(bytes)).toBe(true);
    // a picture stored before phone copies existed: phones asking at once get one copy, made once and kept
    await hearth.database.prisma.templateImage.update({ where: { id: picture.id }, data: { phoneData: null } });
    const together = await Promise.all([1, 2, 3].map(() => phonePicture(session.id, state.steps[0]!.id, joined.participantToken)));
    const copies = await Promise.all(together.map(async (r) => Buffer.from(await r.arrayBuffer())));
    for (const copy of copies) expect(jpeg.decode(copy)).toMatchObject({ width: 720, height: 450 });
    expect(copies[1]!.equals(copies[0]!) && copies[2]!.equals(copies[0]!)).toBe(true);
    const remade = await hearth.database.prisma.templateImage.findUniqueOrThrow({ where: { id: picture.id } });
    expect(Buffer.from(remade.phoneData!).equals(copies[0]!)).toBe(true);
    // the room state names the picture with its description for the phone
    const room = await watchConsole(facilitator, session.id);
    expect(room.step!.image).toEqual({ src: `/api/images/${picture.id}`, alt: "A wide view", onPhones: true });
  });
});
