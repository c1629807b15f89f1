// What the security suites (tests/integration/security-*.test.ts) share: the
// two servers each suite starts per provider (`hearth` with the usual generous
// limits but a small per-connection event limit; `strict` with small limits,
// believing X-Forwarded-For from loopback so one test can play several client
// addresses), a valid payload for every facilitator command, and the checks
// that an attempt changed nothing and the server still serves.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { expect } from "vitest";
import { schemas, type ConsoleState, type ParticipantJoined } from "../../lib/events";
import { FACILITATOR_COMMANDS } from "./commands";
import { send, startTestHearth, type TestClient, type TestHearth } from "./hearth-server";

/** A command line, as the operator would run it (the password reset script). */
export const run = promisify(execFile);

/** A valid payload for every facilitator command, aimed at `ids`. */
export function facilitatorPayloads(ids: { sessionId: string; promptId: string; responseId: string }): Record<string, unknown> {
  const { sessionId, promptId, responseId } = ids;
  const payloads: Record<string, unknown> = {
    "console:watch": { sessionId },
    "screen:watch": { sessionId },
    "session:start": { sessionId },
    "session:end": { sessionId },
    "session:lock": { sessionId, locked: true },
    "session:settings": { sessionId, hideCounts: true },
    "session:language": { sessionId, language: "de" },
    "author:block": { sessionId, promptId, responseId },
    "author:unblock": { sessionId, via: responseId },
    "step:goto": { sessionId, index: 1 },
    "prompt:open": { sessionId, promptId },
    "prompt:close": { sessionId, promptId },
    "prompt:reset": { sessionId, promptId },
    "results:reveal": { sessionId, promptId },
    "results:hide": { sessionId, promptId },
    "moderation:set": { sessionId, promptId, responseIds: [responseId], status: "approved" },
    "timer:control": { sessionId, action: "start" },
    "pause:reset": { sessionId },
    "wall:page": { sessionId, action: "next" },
    "session:resources": { sessionId, resources: { title: "Support", items: [{ label: "Call your local emergency number" }] } },
    "checkin:list": { sessionId },
    // any id: refused before it is looked up
    "checkin:set": { sessionId, requestId: responseId, status: "done" },
  };
  // a new facilitator command must be added here, or this suite fails
  expect(Object.keys(payloads).sort()).toEqual([...FACILITATOR_COMMANDS].sort());
  for (const [name, payload] of Object.entries(payloads)) expect(schemas[name as keyof typeof schemas].safeParse(payload).success, name).toBe(true);
  return payloads;
}

/** Addresses from the documentation ranges, unique per call (and per run, for Redis). */
const runTag = randomBytes(2);
let ipCounter = 0;
export function freshIp(): string {
  ipCounter++;
  return `198.${18 + (runTag[0] & 1)}.${runTag[1]}.${ipCounter}`;
}

export function setCookieOf(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export const PASSWORD = "correct horse battery";

let rawId = 900_000;
/**
 * Send a hand-written Socket.IO event packet (`rawArray` is the JSON text of
 * [event, payload]), bypassing the client library's encoder, and resolve with
 * the server's acknowledgement.
 */
export function sendRaw(client: TestClient, rawArray: string): Promise<any> {
  const id = ++rawId;
  const engine = client.io.engine;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no acknowledgement")), 5000);
    const onPacket = (packet: { type: string; data?: unknown }) => {
      // Socket.IO packet types inside engine.io messages: 2 = event, 3 = acknowledgement
      if (packet.type !== "message" || typeof packet.data !== "string" || !packet.data.startsWith(`3${id}[`)) return;
      clearTimeout(timer);
      engine.off("packet", onPacket);
      resolve(JSON.parse(packet.data.slice(`3${id}`.length))[0]);
    };
    engine.on("packet", onPacket);
    engine.write(`2${id}${rawArray}`);
  });
}

/** send(), typed loosely: these tests look at error acks. */
export const sendAny = (client: TestClient, event: string, payload?: unknown): Promise<any> => send(client, event, payload);

export const SOFT_EVENTS = 40;
export const DISCONNECT_EVENTS = 80;
export const STRICT = {
  joinCodeMissesPerIp: { points: 5, duration: 600 },
  connectionsPerIp: { points: 6, duration: 60 },
  signInAttemptsPerIp: { points: 8, duration: 900 },
  passwordFailuresPerAccountAndIp: { points: 3, duration: 900 },
  passwordFailuresPerAccount: { points: 5, duration: 3600 },
  signUpsPerIp: { points: 3, duration: 3600 },
  apiRequestsPerIp: { points: 60, duration: 60 },
};

/** The two servers of a security suite, per provider (see the header). */
export async function startSecurityHearths(provider: "sqlite" | "postgresql") {
  const [hearth, strict] = await Promise.all([
    startTestHearth({ provider, rateLimits: { socketEvents: { points: SOFT_EVENTS, disconnectAfter: DISCONNECT_EVENTS, duration: 10 } } }),
    startTestHearth({ provider, trustProxy: ["loopback"], rateLimits: STRICT }),
  ]);
  strictHearths.add(strict);
  return { hearth, strict };
}
const strictHearths = new WeakSet<TestHearth>();

/** Everything a session is made of, as plain JSON, to compare before and after. */
export async function snapshot(h: TestHearth, sessionId: string) {
  const p = h.database.prisma;
  const where = { where: { sessionId }, orderBy: { id: "asc" as const } };
  const data = await Promise.all([
    p.session.findUnique({ where: { id: sessionId } }),
    p.sessionStep.findMany(where),
    p.prompt.findMany(where),
    p.participant.findMany(where),
    p.response.findMany(where),
    p.reaction.findMany(where),
  ]);
  return JSON.parse(JSON.stringify(data));
}

/** Row counts of every domain table (nothing appeared anywhere else either). */
export async function counts(h: TestHearth) {
  const p = h.database.prisma;
  return Promise.all([p.session.count(), p.participant.count(), p.response.count(), p.reaction.count(), p.template.count(), p.facilitator.count()]);
}

/** The server still serves: health check, and a fresh phone can join a fresh session. */
export async function stillServing(h: TestHearth) {
  expect((await h.fetchJson("/api/health")).status).toBe(200);
  const { cookie } = await signUpFrom(h, strictHearths.has(h) ? freshIp() : undefined);
  const session = await h.createSession(cookie);
  const phone = await h.connect(strictHearths.has(h) ? { headers: { "x-forwarded-for": freshIp() } } : {});
  const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
  expect(joined.ok).toBe(true);
  phone.disconnect();
}

export async function signUpFrom(h: TestHearth, ip?: string, email = `f-${randomBytes(5).toString("hex")}@example.org`) {
  const response = await h.fetchJson("/api/auth/sign-up/email", {
    method: "POST",
    json: { email, password: PASSWORD, name: "Facilitator" },
    headers: ip ? { "x-forwarded-for": ip } : {},
  });
  if (response.status !== 200) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { cookie: setCookieOf((response as any).headers), email, id: response.body.user.id as string };
}

export function signIn(h: TestHearth, email: string, password: string, ip?: string) {
  return h.fetchJson("/api/auth/sign-in/email", { method: "POST", json: { email, password }, headers: ip ? { "x-forwarded-for": ip } : {} }) as Promise<{
    status: number;
    body: any;
    headers: Headers;
  }>;
}

/** A running session with an open open-text prompt, one answer in it and one pause request. */
export async function busyRoom(h: TestHearth) {
  const owner = await signUpFrom(h);
  const session = await h.createSession(owner.cookie);
  const facilitator = await h.connect({ cookie: owner.cookie });
  const watched = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
  if (!watched.ok) throw new Error(watched.error.message);
  const step = watched.data.steps.find((s) => s.promptKind === "open_text")!;
  expect((await send(facilitator, "step:goto", { sessionId: session.id, index: step.index })).ok).toBe(true);
  const state = await send<ConsoleState>(facilitator, "console:watch", { sessionId: session.id });
  const prompt = state.ok ? state.data.step!.prompt! : null;
  expect((await send(facilitator, "prompt:open", { sessionId: session.id, promptId: prompt!.id })).ok).toBe(true);
  const phone = await h.connect();
  const joined = await send<ParticipantJoined>(phone, "participant:join", { code: session.joinCode });
  if (!joined.ok) throw new Error(joined.error.message);
  expect((await send(phone, "answer:submit", { promptId: prompt!.id, value: { text: "A first answer" } })).ok).toBe(true);
  expect((await send(phone, "pause:request", {})).ok).toBe(true);
  const response = await h.database.prisma.response.findFirstOrThrow({ where: { promptId: prompt!.id } });
  return { owner, session, facilitator, phone, joined: joined.data, promptId: prompt!.id, responseId: response.id, steps: watched.data.steps };
}
