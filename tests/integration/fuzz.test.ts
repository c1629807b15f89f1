// Property-based hostile-input search (issue 13), part of `npm test`: for
// every socket command the server registers and every HTTP route in its route
// table, generated hostile payloads — wrong types, huge and deep values,
// prototype keys, control and bidi characters, lone surrogates, wrong arities —
// go over real sockets and real HTTP to a real server on SQLite. After each
// case: an answer came, in the known shape and codes; nothing leaked (stack,
// path, SQL, Prisma); a refused command changed no row anywhere; a
// participant's socket changed nothing a facilitator owns; the server is healthy.
//
// The lists are read from the code (the server socket's registered events,
// lib/events.ts's schemas, Hearth.apiRoutes), so a new command or route is
// fuzzed without anyone remembering to. Seeded and bounded:
//   FUZZ_SEED=123 FUZZ_SOCKET_RUNS=400 FUZZ_HTTP_RUNS=250 npx vitest run tests/integration/fuzz.test.ts
// A failure prints the seed, the path to replay it and the shrunk payload.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ERROR_CODES, schemas, type Ack } from "../../lib/events";
import { joinAs, openPromptAt, openRoomAt, type RoomAt } from "../helpers/hearth-client";
import { startTestHearth, type TestClient, type TestHearth } from "../helpers/hearth-server";

/** CI runs one fixed seed (a submission never fails by the luck of the draw); elsewhere each run explores a new one */
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20_261_201 : Date.now() % 2_147_483_647));
const SOCKET_RUNS = Number(process.env.FUZZ_SOCKET_RUNS ?? 400);
const HTTP_RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 250);
/** each property stops generating new cases after this (CI stays fast on a loaded machine) */
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 12_000);

const KNOWN_CODES = new Set<string>(ERROR_CODES);
const RESERVED_EVENTS = new Set(["error", "disconnect", "disconnecting", "connect", "connect_error", "newListener", "removeListener"]);
/** what must never reach a client: stack frames, file paths, SQL and ORM internals */
const LEAKS = [
  /\n\s+at /,
  /node_modules/,
  /\/work\//,
  /\.tsx?:\d+/,
  /\bprisma\b/i,
  /SQLITE_/,
  /\bP[12]\d{3}\b/,
  /\bSELECT\b.*\bFROM\b/i,
  /\bINSERT INTO\b/i,
  /duplicate key/i,
  /violates/i,
];
/** tables a participant may write (their answers, reactions, check-ins, their own row) */
const PARTICIPANT_TABLES = new Set(["Participant", "Response", "Reaction", "CheckInRequest"]);

// ---------------------------------------------------------------------------
// Hostile values

const NASTY = [
  "\u0000",
  "\u202E",
  "\u2066",
  "\uD800",
  "\uDFFF",
  "\u001b[31m",
  "\r\n",
  "\uFEFF",
  "\u200B",
  "\u0085",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "${7*7}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "",
  " ",
  "NaN",
  "-1",
  "1e309",
];
const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(...NASTY),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })).map(([a, b, c]) => a + b + c),
  fc.integer({ min: 65, max: 20_000 }).map((n) => "é\u202E".repeat(n)),
);
const hostileKey = fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"));
const deep = fc
  .integer({ min: 20, max: 2000 })
  .chain((depth) => fc.constantFrom(JSON.parse(`${"[".repeat(depth)}${"]".repeat(depth)}`) as unknown, JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`) as unknown));
const { value: hostileValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(-1, 0, -0, 1e308, 2 ** 53 + 2, 1001, 5001),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
    deep,
  ),
}));

/** encodeURIComponent refuses lone surrogates: a URL carries them as U+FFFD, as browsers do */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

type Ids = { sessionId: string; promptId: string; stepId: string; responseId: string; joinCode: string };

/**
 * A payload close to valid, read from the command's zod schema: each field a
 * plausible value (the room's real ids, the enum's options) or a hostile one,
 * sometimes a field missing or an unknown one added — so cases get past the
 * validation and into the handlers, not only bounce off it.
 */
function nearlyValid(schema: z.ZodType, ids: Ids, key = ""): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional) return fc.oneof(fc.constant(undefined), nearlyValid(schema.unwrap() as z.ZodType, ids, key));
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const fields = Object.fromEntries(
      Object.entries(shape).map(([k, s]) => [k, fc.oneof({ weight: 4, arbitrary: nearlyValid(s, ids, k) }, { weight: 1, arbitrary: hostileValue })]),
    );
    return fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(hostileKey, hostileValue), { freq: 4 })).map(([record, extra]) => {
      const out: Record<string, unknown> = { ...record };
      if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
      return out;
    });
  }
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as z.ZodType[]).map((s) => nearlyValid(s, ids, key)));
  if (schema instanceof z.ZodEnum) return fc.oneof(fc.constantFrom(...(schema.options as string[])), hostileString);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...([...schema.values] as unknown[]));
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return fc.oneof(fc.integer({ min: -2, max: 25 }), fc.constantFrom(1000, 1001, 0.5, -0));
  if (schema instanceof z.ZodArray) return fc.array(nearlyValid(schema.element as z.ZodType, ids, key.replace(/s$/, "")), { maxLength: 6 });
  if (schema instanceof z.ZodRecord) return fc.dictionary(fc.oneof(fc.constant(ids.responseId), hostileKey), fc.oneof(fc.string({ maxLength: 12 }), hostileValue), { maxKeys: 3 });
  if (schema instanceof z.ZodString) {
    const real: Record<string, string> = {
      sessionId: ids.sessionId,
      promptId: ids.promptId,
      stepId: ids.stepId,
      responseId: ids.responseId,
      responseIds: ids.responseId,
      code: ids.joinCode,
    };
    return real[key] ? fc.oneof({ weight: 3, arbitrary: fc.constant(real[key]!) }, { weight: 1, arbitrary: hostileString }) : hostileString;
  }
  return hostileValue; // z.unknown() (an answer's value) and anything else
}

// ---------------------------------------------------------------------------
// The room, the identities and what they may change

type Identity = "anonymous" | "participant" | "other facilitator" | "owner";
const IDENTITIES: Identity[] = ["anonymous", "participant", "other facilitator", "owner"];

describe("fuzzing every command and route with hostile input (SQLite)", () => {
  let hearth: TestHearth;
  let room: RoomAt;
  let ids: Ids;
  let otherCookie: string;
  const sockets = new Map<Identity, TestClient>();

  async function openRoom() {
    room = await openRoomAt(hearth.url);
    const prompt = await openPromptAt(room, "open_text");
    const phone = await hearth.connect();
    await joinAs(phone, room.joinCode);
    await (phone.timeout(5000) as any).emitWithAck("answer:submit", { promptId: prompt.id, value: { text: "a first answer" } });
    const response = await hearth.database.prisma.response.findFirstOrThrow({ where: { promptId: prompt.id } });
    const step = await hearth.database.prisma.sessionStep.findFirstOrThrow({ where: { sessionId: room.sessionId, prompt: { id: prompt.id } } });
    ids = { sessionId: room.sessionId, promptId: prompt.id, stepId: step.id, responseId: response.id, joinCode: room.joinCode };
    sockets.set("owner", room.facilitator);
    sockets.set("participant", phone);
    if (!sockets.get("anonymous")?.connected) sockets.set("anonymous", await hearth.connect());
    if (!sockets.get("other facilitator")?.connected) sockets.set("other facilitator", await hearth.connect({ cookie: otherCookie }));
  }

  /** A socket for `who` that is connected (a case may have had it closed, e.g. a message over the size limit). */
  async function socketFor(who: Identity): Promise<TestClient> {
    const socket = sockets.get(who)!;
    if (socket.connected) return socket;
    const fresh =
      who === "owner" ? await hearth.connect({ cookie: room.cookie }) : who === "other facilitator" ? await hearth.connect({ cookie: otherCookie }) : await hearth.connect();
    if (who === "participant") await joinAs(fresh, room.joinCode);
    if (who === "owner") await (fresh.timeout(5000) as any).emitWithAck("console:watch", { sessionId: room.sessionId });
    sockets.set(who, fresh);
    return fresh;
  }

  /** Every row of every table, as text (the whole database: a refusal may change nothing anywhere). */
  async function snapshot(): Promise<Map<string, string>> {
    const prisma = hearth.database.prisma;
    const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    );
    const out = new Map<string, string>();
    for (const { name } of tables) {
      const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}" ORDER BY rowid`);
      out.set(
        name,
        JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v)),
      );
    }
    return out;
  }

  /** What a participant must never change: every table but their own, and the session row without its pause count. */
  function facilitatorOwned(snap: Map<string, string>) {
    const out: Record<string, unknown> = {};
    for (const [table, rows] of snap) {
      if (PARTICIPANT_TABLES.has(table)) continue;
      out[table] = table === "Session" ? (JSON.parse(rows) as Record<string, unknown>[]).map(({ pauseRequests: _p, updatedAt: _u, ...rest }) => rest) : rows;
    }
    return out;
  }

  /** The ids of what the room's owner has: their account, templates, the session, its steps and prompts. */
  async function ownerIds(): Promise<string[]> {
    const prisma = hearth.database.prisma;
    const session = await prisma.session.findUnique({ where: { id: room.sessionId }, select: { id: true, ownerId: true } });
    if (!session) return [room.sessionId];
    const [templates, steps] = await Promise.all([
      prisma.template.findMany({ where: { ownerId: session.ownerId }, select: { id: true } }),
      prisma.sessionStep.findMany({ where: { sessionId: session.id }, select: { id: true, prompt: { select: { id: true } } } }),
    ]);
    return [session.id, session.ownerId, ...templates.map((t) => t.id), ...steps.flatMap((s) => [s.id, ...(s.prompt ? [s.prompt.id] : [])])];
  }

  /** Per table, the rows (as text) that mention any of `ids`. */
  function rowsMentioning(snap: Map<string, string>, ids: string[]) {
    const out: Record<string, string[]> = {};
    for (const [table, rows] of snap) out[table] = (JSON.parse(rows) as unknown[]).map((row) => JSON.stringify(row)).filter((row) => ids.some((id) => row.includes(id)));
    return out;
  }

  /** The events a connection's handlers listen for (Socket.IO's own reserved events aside). */
  function registeredCommands(): string[] {
    const serverSocket = [...hearth.io.of("/").sockets.values()][0]!;
    return serverSocket.eventNames().filter((e): e is string => typeof e === "string" && !RESERVED_EVENTS.has(e));
  }

  const leaked = (text: string, sent: string) => LEAKS.find((pattern) => pattern.test(text) && !pattern.test(sent));

  beforeAll(async () => {
    hearth = await startTestHearth();
    await hearth.signUp(); // the first account is the administrator: the fuzzed identities are ordinary facilitators
    otherCookie = (await hearth.signUp()).cookie;
    await openRoom();
    console.info(`[fuzz] seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
  }, 120_000);
  afterAll(async () => hearth?.stop());

  it("reads the commands from the server's registration and lib/events.ts", async () => {
    const registered = registeredCommands();
    expect([...registered].sort(), "every schema has a handler and every handler a schema").toEqual(Object.keys(schemas).sort());
    expect(hearth.apiRoutes.length).toBeGreaterThan(10);
  });

  it("answers every socket command, from every kind of socket, in the known shape, leaking nothing and changing nothing it may not", { timeout: 180_000 }, async () => {
    const commands = registeredCommands();
    let cases = 0;
    const started = Date.now();
    const caseArb = fc
      .record({
        who: fc.constantFrom(...IDENTITIES),
        command: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...commands) }, { weight: 1, arbitrary: hostileString }),
        arity: fc.constantFrom("payload", "payload", "payload", "payload", "none", "extra"),
        style: fc.constantFrom("nearly valid", "nearly valid", "hostile"),
        seed: fc.integer(),
      })
      .chain((c) => {
        const schema = (schemas as Record<string, z.ZodType>)[c.command];
        const payload = c.style === "nearly valid" && schema ? nearlyValid(schema, ids) : hostileValue;
        return fc.tuple(fc.constant(c), payload, hostileValue).map(([base, p, extra]) => ({ ...base, payload: p, extra }));
      });

    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        cases++;
        const socket = await socketFor(c.who);
        const args = c.arity === "none" ? [] : c.arity === "extra" ? [c.payload, c.extra] : [c.payload];
        const sent = JSON.stringify([c.command, ...args]) ?? "";
        const sentBytes = Buffer.byteLength(sent);
        const before = await snapshot();
        const answer = await new Promise<Ack<unknown> | "closed" | null>((resolve) => {
          const timer = setTimeout(() => resolve(socket.connected ? null : "closed"), 5000);
          socket.once("disconnect", () => {
            clearTimeout(timer);
            resolve("closed");
          });
          (socket as any).emit(c.command, ...args, (response: Ack<unknown>) => {
            clearTimeout(timer);
            resolve(response);
          });
        });
        // a message over the transport's 64 kB limit closes the connection; nothing else may
        if (answer === "closed") {
          expect(sentBytes, "only an oversized message closes the connection").toBeGreaterThan(60_000);
          return;
        }
        expect(answer, "every command is answered").not.toBeNull();
        const a = answer as Ack<unknown>;
        expect(typeof a.ok).toBe("boolean");
        if (!a.ok) {
          expect(KNOWN_CODES.has(a.error.code), `known code: ${a.error.code}`).toBe(true);
          expect(a.error.code, `an unexpected failure: ${a.error.message}`).not.toBe("INTERNAL");
          expect(typeof a.error.message).toBe("string");
        }
        const text = JSON.stringify(a);
        expect(leaked(text, sent), `nothing leaked in ${text.slice(0, 300)}`).toBeUndefined();
        const after = await snapshot();
        if (!a.ok) expect(Object.fromEntries(after), "a refused command changed nothing").toEqual(Object.fromEntries(before));
        else if (c.who !== "owner") expect(facilitatorOwned(after), `a ${c.who}'s socket changed nothing a facilitator owns`).toEqual(facilitatorOwned(before));
        // the owner may have ended or emptied the room: start a new one for the next cases
        if (c.who === "owner" && a.ok) {
          const session = await hearth.database.prisma.session.findUnique({ where: { id: room.sessionId } });
          if (!session || session.status === "ended") await openRoom();
        }
      }),
      { seed: SEED, numRuns: SOCKET_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, endOnFailure: true },
    );
    expect((await hearth.fetchJson("/api/health")).body.status).toBe("ok");
    console.info(`[fuzz] sockets: ${cases} cases over ${commands.length} commands in ${Date.now() - started} ms (seed ${SEED})`);
  });

  it("answers every HTTP route, with and without a sign-in, in the known shape, leaking nothing", { timeout: 180_000 }, async () => {
    const routes = hearth.apiRoutes.map((r) => {
      const [method, path] = r.split(" ") as [string, string];
      return { method, path };
    });
    let cases = 0;
    const started = Date.now();
    const segment = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(ids.sessionId, room.joinCode, "sign-in/email", "get-session", "sign-up/email") },
      { weight: 3, arbitrary: hostileString.map((s) => encodeURIComponent(wellFormed(s.slice(0, 200))) || "x") },
    );
    const caseArb = fc.record({
      route: fc.constantFrom(...routes),
      who: fc.constantFrom<"nobody" | "other facilitator" | "owner">("nobody", "other facilitator", "owner"),
      params: fc.array(segment, { minLength: 4, maxLength: 4 }),
      body: fc.oneof(
        fc.constant(undefined),
        hostileValue.map((v) => ({ type: "application/json", text: JSON.stringify(v) ?? "null" })),
        fc
          .tuple(fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""), fc.string({ maxLength: 200 }))
          .map(([type, text]) => ({ type, text })),
      ),
      query: fc.option(
        fc.dictionary(
          fc.constantFrom("format", "j", "EIO", "__proto__", "limit"),
          hostileString.map((s) => s.slice(0, 50)),
          { maxKeys: 2 },
        ),
        { freq: 3 },
      ),
    });

    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        cases++;
        const isAuth = c.route.path.startsWith("/api/auth/");
        // signing the owner out or changing their password ends the campaign's sign-in: the owner skips Better Auth's routes
        const who = c.who === "owner" && isAuth ? "nobody" : c.who;
        let n = 0;
        const path = c.route.path.replace(/:[A-Za-z]+|\*/g, () => c.params[n++ % c.params.length]!);
        const query = c.query ? `?${new URLSearchParams(c.query as Record<string, string>).toString()}` : "";
        const cookie = who === "owner" ? room.cookie : who === "other facilitator" ? otherCookie : undefined;
        const sent = `${path}${query} ${c.body?.text ?? ""}`;
        const before = await snapshot();
        const response = await hearth.fetchJson(path + query, {
          method: c.route.method,
          cookie,
          headers: c.body?.type ? { "content-type": c.body.type } : {},
          body: c.route.method === "GET" || c.route.method === "HEAD" ? undefined : c.body?.text,
        });
        expect(response.status, `${c.route.method} ${path}: no server error (${JSON.stringify(response.body).slice(0, 200)})`).toBeLessThan(500);
        const text = typeof response.body === "string" ? response.body : JSON.stringify(response.body);
        expect(leaked(text, sent), `nothing leaked in ${text.slice(0, 300)}`).toBeUndefined();
        if (!isAuth && response.status >= 400 && typeof response.body === "object" && response.body) {
          expect(KNOWN_CODES.has(response.body.error?.code), `known code: ${JSON.stringify(response.body).slice(0, 200)}`).toBe(true);
        }
        // signed out (and outside Better Auth's own sign-up), nothing changes; another facilitator may
        // make things of their own, but nothing of the owner's (their session, its steps, prompts, answers…) changes
        if (who === "nobody" && !isAuth) {
          const after = await snapshot();
          expect(Object.fromEntries(after), `${c.route.method} ${c.route.path} signed out changed nothing`).toEqual(Object.fromEntries(before));
        }
        if (who === "other facilitator" && !isAuth) {
          const owned = await ownerIds();
          const after = await snapshot();
          expect(rowsMentioning(after, owned), `${c.route.method} ${c.route.path} as another facilitator changed nothing of the owner's`).toEqual(rowsMentioning(before, owned));
        }
        if (who === "owner" && response.status < 400) {
          const session = await hearth.database.prisma.session.findUnique({ where: { id: room.sessionId } });
          if (!session || session.status === "ended") await openRoom();
        }
      }),
      { seed: SEED, numRuns: HTTP_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false, endOnFailure: true },
    );
    expect((await hearth.fetchJson("/api/health")).body.status).toBe("ok");
    console.info(`[fuzz] HTTP: ${cases} cases over ${routes.length} routes in ${Date.now() - started} ms (seed ${SEED})`);
  });
});
