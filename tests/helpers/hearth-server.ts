// Start the real Hearth (API + Socket.IO, optionally pages) on port 0 with a
// throwaway database, and make real clients for it.
import type { Socket } from "socket.io-client";
import { startHearth, type Hearth } from "../../server/app";
import { createLogger, type Logger } from "../../server/logger";
import type { RateLimitOverrides } from "../../server/security";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "../../lib/events";
import { createTestDatabase, type TestDatabase } from "./database";
import { connectClient, createSessionAt, fetchJsonAt, signUpAt } from "./hearth-client";

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export type TestHearth = Hearth & {
  testDatabase: TestDatabase;
  stop: () => Promise<void>;
  /** signs up a new facilitator and returns their cookie header */
  signUp: (email?: string) => Promise<{ cookie: string; id: string; email: string }>;
  /** `headers`: extra handshake headers, e.g. x-forwarded-for with `trustProxy: ["loopback"]` */
  connect: (options?: { cookie?: string; origin?: string; headers?: Record<string, string> }) => Promise<TestClient>;
  fetchJson: (path: string, init?: RequestInit & { cookie?: string; json?: unknown }) => Promise<{ status: number; body: any }>;
  createSession: (cookie: string, templateId?: string) => Promise<{ id: string; joinCode: string }>;
};

/**
 * Every test client comes from 127.0.0.1, so suites get limits far above what
 * they use; the security suite passes its own small ones.
 */
export const GENEROUS_TEST_RATE_LIMITS: RateLimitOverrides = {
  socketEvents: { points: 100_000, disconnectAfter: 200_000 },
  connectionsPerIp: { points: 100_000 },
  joinAttemptsPerIp: { points: 100_000 },
  joinCodeMissesPerIp: { points: 100_000 },
  apiRequestsPerIp: { points: 100_000 },
  signInAttemptsPerIp: { points: 100_000 },
  passwordFailuresPerAccountAndIp: { points: 100_000 },
  passwordFailuresPerAccount: { points: 100_000 },
  signUpsPerIp: { points: 100_000 },
};

export type TestHearthOptions = {
  provider?: "sqlite" | "postgresql";
  pages?: boolean;
  /** default: a silent logger (TEST_LOG_LEVEL to see it) */
  logger?: Logger;
  /** replaces GENEROUS_TEST_RATE_LIMITS limit by limit */
  rateLimits?: RateLimitOverrides;
  trustProxy?: string[];
  publicUrl?: string;
  redisUrl?: string;
  facilitatorRecheckMs?: number;
  /** default 0: tests send many pause requests; pass 60_000 to test the real limit */
  pauseRequestIntervalMs?: number;
  /** default "open": suites sign up several facilitators; sign-up-modes tests pass the others */
  signUpMode?: "open" | "invite" | "closed";
  /** automatic deletion: days, how often, and an injected clock */
  retention?: { days?: number; intervalMs?: number; now?: () => Date };
};

export async function startTestHearth(options: TestHearthOptions = {}): Promise<TestHearth> {
  const testDatabase = await createTestDatabase(options.provider ?? "sqlite");
  const hearth = await startHearth({
    databaseUrl: testDatabase.url,
    port: 0,
    host: "127.0.0.1",
    publicUrl: options.publicUrl,
    secret: "test-secret-test-secret-test-secret-0123456789",
    pages: options.pages ? { dev: false, testLocales: true } : false,
    logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    rateLimits: { ...GENEROUS_TEST_RATE_LIMITS, ...options.rateLimits },
    trustProxy: options.trustProxy,
    redisUrl: options.redisUrl,
    facilitatorRecheckMs: options.facilitatorRecheckMs,
    pauseRequestIntervalMs: options.pauseRequestIntervalMs ?? 0,
    signUpMode: options.signUpMode ?? "open",
    retention: options.retention,
  });
  const origin = `http://127.0.0.1:${hearth.port}`;
  const clients: TestClient[] = [];

  const fetchJson: TestHearth["fetchJson"] = (path, init = {}) => fetchJsonAt(origin, path, init);

  return {
    ...hearth,
    testDatabase,
    fetchJson,
    signUp: (email) => signUpAt(origin, email),
    async connect(opts = {}) {
      const client = await connectClient(origin, opts);
      clients.push(client);
      return client;
    },
    createSession: (cookie, templateId) => createSessionAt(origin, cookie, templateId),
    async stop() {
      for (const c of clients) c.disconnect();
      await hearth.close();
      await testDatabase.cleanup();
    },
  };
}

/** emitWithAck with a timeout, typed loosely so tests can send bad payloads too. */
export async function send<T = unknown>(client: TestClient, event: string, payload?: unknown, timeoutMs = 5000): Promise<Ack<T>> {
  return (client.timeout(timeoutMs) as any).emitWithAck(event, payload);
}

/** Resolve with the next `event` the client receives that passes `filter`. */
export function nextEvent<T = any>(client: TestClient, event: string, filter: (payload: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(event as any, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!filter(payload)) return;
      clearTimeout(timer);
      client.off(event as any, handler);
      resolve(payload);
    };
    client.on(event as any, handler);
  });
}
