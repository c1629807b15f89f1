// Clients for a Hearth at a given origin, wherever it runs (in this process
// with tests/helpers/hearth-server.ts, or in a child process with
// tests/helpers/hearth-process.ts): HTTP with the origin header, facilitator
// sign-up and session creation, and Socket.IO clients.
import { io as connect } from "socket.io-client";
import type { Ack, ConsoleState, ParticipantJoined, PromptView } from "../../lib/events";
import type { TestClient } from "./hearth-server";

let counter = 0;

export async function fetchJsonAt(
  origin: string,
  path: string,
  init: RequestInit & { cookie?: string; json?: unknown; timeoutMs?: number } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const { cookie, json, timeoutMs = 10_000, ...rest } = init;
  const response = await fetch(origin + path, {
    ...rest,
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      origin,
      ...(cookie ? { cookie } : {}),
      ...(json !== undefined ? { "content-type": "application/json" } : {}),
      ...(rest.headers as Record<string, string>),
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: response.status, body, headers: response.headers };
}

/** Signs up a new facilitator and returns their cookie header. */
export async function signUpAt(origin: string, email = `facilitator${++counter}-${Date.now()}@example.org`) {
  const response = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password: "correct horse battery", name: "Test Facilitator" }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = (await response.json()) as { user: { id: string } };
  return { cookie, id: body.user.id, email };
}

/** A session from `templateId`, or the first template listed (the built-in one). */
export async function createSessionAt(origin: string, cookie: string, templateId?: string): Promise<{ id: string; joinCode: string }> {
  const id = templateId ?? (await fetchJsonAt(origin, "/api/templates", { cookie })).body.templates[0].id;
  const { status, body } = await fetchJsonAt(origin, "/api/sessions", { method: "POST", cookie, json: { templateId: id } });
  if (status !== 201) throw new Error(`create session failed: ${status} ${JSON.stringify(body)}`);
  return body.session;
}

export type ClientOptions = {
  cookie?: string;
  /** the Origin header; default `url`'s origin. Set it when `url` is a proxy in front of Hearth. */
  origin?: string;
  /** reconnect by itself like the phone does (default false) */
  reconnection?: boolean;
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  /** more handshake headers, e.g. x-forwarded-for behind `trustProxy: ["loopback"]` */
  headers?: Record<string, string>;
};

/** A websocket Socket.IO client to `url`; resolves once connected (10 s at most). */
export async function connectClient(url: string, options: ClientOptions = {}): Promise<TestClient> {
  const client: TestClient = connect(url, {
    path: "/socket.io",
    transports: ["websocket"],
    forceNew: true,
    reconnection: options.reconnection ?? false,
    reconnectionDelay: options.reconnectionDelay ?? 200,
    reconnectionDelayMax: options.reconnectionDelayMax ?? 1000,
    randomizationFactor: 0.2,
    timeout: 5000,
    extraHeaders: { origin: options.origin ?? new URL(url).origin, ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.disconnect();
      reject(new Error(`no connection to ${url} within 10 s`));
    }, 10_000);
    client.once("connect", () => {
      clearTimeout(timer);
      resolve();
    });
    // with reconnection on, a failed attempt is retried: only a refusal without retry rejects here
    if (!options.reconnection)
      client.once("connect_error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
  });
  return client;
}

/** Resolves on the client's next (re)connection, or rejects after `timeoutMs`. */
export function nextConnect(client: TestClient, timeoutMs: number): Promise<void> {
  if (client.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off("connect", onConnect);
      reject(new Error(`no reconnection within ${timeoutMs} ms`));
    }, timeoutMs);
    const onConnect = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once("connect", onConnect);
  });
}

/** emitWithAck with a timeout: a timeout or a dropped connection resolves as `null` (no ack). */
export async function sendOrNull<T = unknown>(client: TestClient, event: string, payload: unknown, timeoutMs = 10_000): Promise<Ack<T> | null> {
  try {
    return await (client.timeout(timeoutMs) as any).emitWithAck(event, payload);
  } catch {
    return null;
  }
}

/** console:watch on a facilitator socket, throwing on refusal. */
export async function watchConsole(client: TestClient, sessionId: string, timeoutMs = 10_000): Promise<ConsoleState> {
  const ack = await sendOrNull<ConsoleState>(client, "console:watch", { sessionId }, timeoutMs);
  if (!ack) throw new Error("console:watch: no answer");
  if (!ack.ok) throw new Error(`console:watch: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

/** Poll `check` every `intervalMs` until it returns true; rejects after `timeoutMs` with `what`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// ---------------------------------------------------------------------------
// A room: a facilitator with a started session, and phones joining it

export type RoomAt = { url: string; cookie: string; facilitator: TestClient; sessionId: string; joinCode: string; console: ConsoleState };

/** Sign up, create a session from the built-in template, watch it from a console socket and start it. */
export async function openRoomAt(url: string, options: { reconnection?: boolean } = {}): Promise<RoomAt> {
  const { cookie } = await signUpAt(url);
  const session = await createSessionAt(url, cookie);
  const facilitator = await connectClient(url, { cookie, reconnection: options.reconnection });
  const state = await watchConsole(facilitator, session.id);
  const started = await sendOrNull(facilitator, "session:start", { sessionId: session.id });
  if (!started?.ok) throw new Error(`session:start failed: ${JSON.stringify(started)}`);
  return { url, cookie, facilitator, sessionId: session.id, joinCode: session.joinCode, console: state };
}

/** Go to the `nth` step whose prompt is of `kind`, open that prompt and return it. */
export async function openPromptAt(room: RoomAt, kind: string, nth = 0): Promise<PromptView> {
  const step = room.console.steps.filter((s) => s.promptKind === kind)[nth];
  if (!step) throw new Error(`no ${kind} step #${nth} in the template`);
  const moved = await sendOrNull(room.facilitator, "step:goto", { sessionId: room.sessionId, index: step.index });
  if (!moved?.ok) throw new Error(`step:goto failed: ${JSON.stringify(moved)}`);
  const prompt = (await watchConsole(room.facilitator, room.sessionId)).step?.prompt;
  if (!prompt) throw new Error(`step ${step.index} has no prompt`);
  const opened = await sendOrNull(room.facilitator, "prompt:open", { sessionId: room.sessionId, promptId: prompt.id });
  if (!opened?.ok) throw new Error(`prompt:open failed: ${JSON.stringify(opened)}`);
  return { ...prompt, state: "open" };
}

/** participant:join with the code (and the token a phone kept), throwing on refusal. */
export async function joinAs(client: TestClient, code: string, token?: string, timeoutMs = 10_000): Promise<ParticipantJoined> {
  const ack = await sendOrNull<ParticipantJoined>(client, "participant:join", { code, ...(token ? { token } : {}) }, timeoutMs);
  if (!ack) throw new Error("participant:join: no answer");
  if (!ack.ok) throw new Error(`participant:join: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}
