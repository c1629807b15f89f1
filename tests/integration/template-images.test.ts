// Pictures on template steps through the real server, on SQLite and
// PostgreSQL: only PNG and JPEG get in, checked by their bytes (not the
// Content-Type), sized by their header before decoding, and re-encoded so
// EXIF — a photo's GPS position — and text chunks are not stored; served to
// their owner only, with the right type and caching; another facilitator can
// neither read nor add; a saved step must point at a picture of its own
// template and describe it; sessions keep the reference; deleting the
// template deletes its pictures.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providersUnderTest } from "../helpers/database";
import { startTestHearth, type TestHearth } from "../helpers/hearth-server";

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

    // copies start without pictures (none are stored for them)
    const copy = await hearth.fetchJson(`/api/templates/${templateId}/duplicate`, { method: "POST", cookie: owner.cookie });
    expect(copy.body.template.content.steps[0].image).toBeUndefined();

    const session = await hearth.createSession(owner.cookie, templateId);
    const step = await hearth.database.prisma.sessionStep.findFirstOrThrow({ where: { sessionId: session.id, position: 0 } });
    expect([step.imageId, step.imageAlt]).toEqual([uploaded.image.id, "Two people on a bench, talking"]);
  });

  it("lets a co-facilitator of a session that shows the picture load it (for their projector), and nobody else", async () => {
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Shared room" } });
    const id = created.body.template.id;
    const content = created.body.template.content;
    const picture = (await upload(jpegWithExif(), "image/jpeg", owner.cookie, id)).body.image;
    await hearth.fetchJson(`/api/templates/${id}`, { method: "PUT", cookie: owner.cookie, json: { content: { ...content, steps: [{ ...content.steps[0], image: { id: picture.id, alt: "A bench" } }] } } });
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
      hearth.fetchJson(`/api/templates/${id}`, { method: "PUT", cookie: owner.cookie, json: { content: { ...content, steps: [{ ...content.steps[0], ...(image ? { image } : {}) }] } } });
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

  it("deletes a template's pictures with it", async () => {
    const created = await hearth.fetchJson("/api/templates", { method: "POST", cookie: owner.cookie, json: { title: "Short-lived" } });
    const id = created.body.template.id;
    await upload(jpegWithExif(), "image/jpeg", owner.cookie, id);
    await upload(pngWithText(), "image/png", owner.cookie, id);
    expect(await hearth.database.prisma.templateImage.count({ where: { templateId: id } })).toBe(2);
    expect((await hearth.fetchJson(`/api/templates/${id}`, { method: "DELETE", cookie: owner.cookie })).status).toBe(200);
    expect(await hearth.database.prisma.templateImage.count({ where: { templateId: id } })).toBe(0);
  });
});
