// Builds and starts one Hearth process: database (migrated, seeded), auth,
// JSON API, Socket.IO and — unless a test asks otherwise — the Next.js pages,
// all on one HTTP server. `startHearth` is what `npm start` and the tests run.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { negotiateLocale } from "../lib/i18n/negotiate";
import { createAuth, facilitatorFromHeaders } from "./auth";
import { CONTENT_LOCALE_HEADER, createPageLocaleResolver, isPageRequest, LOCALE_HEADER, type PageLocales } from "./i18n/page-locale";
import { createDatabase } from "./db";
import { createApi } from "./http/api";
import { createLogger, type Logger } from "./logger";
import { applyMigrations } from "./migrate";
import { localOrigins } from "./network";
import { createRealtime } from "./realtime";
import { FIRST_SCREEN_HEADER } from "./pages/first-screen-header";
import { encodeFirstScreen } from "../lib/participant-first-screen";
import { createParticipantPages, type ParticipantPageSession } from "./pages/participant-first-screen";
import { createRepositories } from "./repositories";
import { createSecurity, type RateLimitOverrides } from "./security";
import { pageSecurityHeaders } from "./security/headers";
import { seedBuiltInTemplates } from "./seed";
import { createServices } from "./services";
import { createSignUpPolicy, DEFAULT_SIGN_UP_MODE, type SignUpMode } from "./services/sign-up-policy";

export const projectRoot = fileURLToPath(new URL("..", import.meta.url));

/** answer batches written at once on PostgreSQL (server/services/answer-writer.ts) */
const ANSWER_BATCHES_IN_FLIGHT_PG = 4;
/**
 * On SQLite the writer thread runs batches one after the other; a second one
 * waits in its queue, so the thread goes straight on to it instead of
 * waiting for the main thread to hear of the first and send the next.
 */
const ANSWER_BATCHES_IN_FLIGHT_SQLITE = 2;

export type HearthOptions = {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** the address participants use; default: the first LAN address (or localhost) and the port */
  publicUrl?: string;
  secret: string;
  /** serve the Next.js pages (tests of the API and sockets leave this off) */
  pages?: false | { dev: boolean /** also serve the right-to-left test locale (lib/i18n/locales.ts) */; testLocales?: boolean };
  logger?: Logger;
  /** redis://… — several processes: shared rate-limit counts and session sync (REDIS_URL; server/realtime/cluster.ts) */
  redisUrl?: string;
  /** Redis channel prefix of the session sync (default "hearth"): processes with the same one form one cluster */
  redisKeyPrefix?: string;
  /** reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY), e.g. ["loopback"] */
  trustProxy?: string[];
  /** replace some of the rate limits in server/security/rate-limits.ts (tests use small ones) */
  rateLimits?: RateLimitOverrides;
  /** how often open facilitator sockets re-check their sign-in (default one minute) */
  facilitatorRecheckMs?: number;
  /** how often one participant's pause request counts (default one minute; tests use 0) */
  pauseRequestIntervalMs?: number;
  /** SQLite's synchronous pragma: FULL (default, durable across power loss); NORMAL only for the benchmark's comparison */
  sqliteSynchronous?: import("./database/sqlite-connection").SqliteSynchronous;
  /** who may create an account once the first exists (HEARTH_SIGNUP; default "invite") */
  signUpMode?: SignUpMode;
  /**
   * Automatic deletion (server/services/retention-service.ts): responses are
   * deleted `days` after a session ends (HEARTH_RETENTION_DAYS, default 30),
   * checked at start and every `intervalMs`; tests inject `now`.
   */
  retention?: { days?: number; intervalMs?: number; now?: () => Date };
};

export type Hearth = Awaited<ReturnType<typeof startHearth>>;

const REDIS_START_WAIT_MS = 3000;

export async function startHearth(options: HearthOptions) {
  const logger = options.logger ?? createLogger();
  const started = Date.now();

  const { applied } = await applyMigrations(options.databaseUrl);
  if (applied.length) logger.info({ applied }, "database migrations applied");
  const database = createDatabase(options.databaseUrl, { sqliteSynchronous: options.sqliteSynchronous });
  for (const warning of await database.durabilityWarnings()) logger.warn(warning);
  const repositories = createRepositories(database.prisma, database.provider, database.batchStatements);
  await seedBuiltInTemplates(repositories);
  const promoted = await repositories.facilitators.ensureAdministrator();
  if (promoted) logger.info({ facilitatorId: promoted }, "no administrator yet: the oldest account is now the administrator");

  let nextHandler: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null = null;
  let nextUpgrade: ((req: IncomingMessage, socket: import("node:stream").Duplex, head: Buffer) => Promise<void>) | null = null;
  let closeNext: (() => Promise<void>) | null = null;
  if (options.pages) {
    const { default: next } = await import("next");
    const nextApp = next({ dev: options.pages.dev, dir: projectRoot, quiet: !options.pages.dev });
    await nextApp.prepare();
    nextHandler = nextApp.getRequestHandler();
    if (options.pages.dev) nextUpgrade = nextApp.getUpgradeHandler();
    closeNext = () => nextApp.close();
  }

  // Routes are bound after listen(), once the port (and so the public origin) is known.
  let apiListener: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  // pages and static files: CSP and friends (server/security/headers.ts); the API sets its own
  let pageHeaders: [string, string][] = [];
  // which language each page is in (server/i18n/page-locale.ts); bound once the services exist
  let pageLocales: ((req: IncomingMessage, phone?: { language: PageLocales["contentLocale"] }) => Promise<PageLocales>) | null = null;
  // a participant page's session: its language and first screen (server/pages/participant-first-screen.ts)
  let participantPages: { lookUp(req: IncomingMessage): Promise<ParticipantPageSession | undefined> } | null = null;
  const httpServer = createServer((req, res) => {
    if (req.url?.startsWith("/api/") && apiListener) return apiListener(req, res);
    for (const [name, value] of pageHeaders) res.setHeader(name, value);
    // never trust a browser's own copy of these headers
    delete req.headers[LOCALE_HEADER];
    delete req.headers[CONTENT_LOCALE_HEADER];
    delete req.headers[FIRST_SCREEN_HEADER];
    if (nextHandler) {
      const handler = nextHandler;
      if (!pageLocales || !isPageRequest(req)) return void handler(req, res);
      const locales = pageLocales;
      void (async () => {
        const phone = await participantPages?.lookUp(req);
        if (phone?.firstScreen) req.headers[FIRST_SCREEN_HEADER] = encodeFirstScreen(phone.firstScreen);
        return locales(req, phone);
      })()
        .catch((error: unknown) => {
          // the database away: the page still renders, in the browser's language
          logger.warn({ err: error }, "could not read a page's language; using the browser's");
          return { locale: negotiateLocale(req.headers["accept-language"]), contentLocale: null };
        })
        .then(({ locale, contentLocale }) => {
          req.headers[LOCALE_HEADER] = locale;
          if (contentLocale) req.headers[CONTENT_LOCALE_HEADER] = contentLocale;
          return handler(req, res);
        });
      return;
    }
    res.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ error: { code: "NOT_FOUND", message: "Not found." } }));
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port ?? 3000, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const origins = localOrigins(port);
  const publicUrl = (options.publicUrl ?? origins.find((o) => !/localhost|127\.0\.0\.1|\[::1\]/.test(o)) ?? origins[0]).replace(/\/$/, "");
  const allowed = new Set([new URL(publicUrl).origin, ...origins]);
  const https = publicUrl.startsWith("https://");
  pageHeaders = Object.entries(pageSecurityHeaders({ dev: typeof options.pages === "object" && options.pages.dev, origins: [...allowed], https }));
  const security = await createSecurity({
    secret: options.secret,
    redisUrl: options.redisUrl,
    trustProxy: options.trustProxy,
    rateLimits: options.rateLimits,
    allowedOrigin: (origin) => allowed.has(origin),
    https,
    logger,
  });

  const signUpPolicy = createSignUpPolicy({ mode: options.signUpMode ?? DEFAULT_SIGN_UP_MODE, repositories });
  const auth = createAuth({
    prisma: database.prisma,
    provider: database.provider,
    secret: options.secret,
    baseURL: publicUrl,
    trustedOrigins: [...allowed],
    guards: security.auth,
    signUpPolicy,
  });
  // every service, built once, for the sockets and the HTTP API alike
  const services = createServices({
    repositories,
    provider: database.provider,
    auth,
    signUpPolicy,
    publicUrl: () => publicUrl,
    logger,
    pauseRequestIntervalMs: options.pauseRequestIntervalMs,
    // SQLite has one writer; PostgreSQL's pool (10 connections) overlaps a few batches' round trips
    answerBatchesInFlight: database.provider === "postgresql" ? ANSWER_BATCHES_IN_FLIGHT_PG : ANSWER_BATCHES_IN_FLIGHT_SQLITE,
    retention: options.retention,
    checkInLimiter: security.checkInCommands,
    realtime: {
      accessRevoked: (sessionId, facilitatorId) => realtime.revokeAccess(sessionId, facilitatorId),
      signedOut: (id) => realtime.disconnectFacilitator(id),
    },
  });
  const { sessions, retention } = services;
  const realtime = createRealtime(httpServer, {
    auth,
    sessions,
    checkIns: services.checkIns,
    logger,
    allowedOrigins: (origin) => allowed.has(origin),
    security,
    facilitatorRecheckMs: options.facilitatorRecheckMs,
    redisUrl: options.redisUrl,
    redisKeyPrefix: options.redisKeyPrefix,
  });
  // like the rate limits: wait a moment for Redis, then serve anyway (the sync starts when it is there)
  if (!(await realtime.cluster.ready(REDIS_START_WAIT_MS))) logger.warn("Redis is not reachable yet: this process serves its own connections until it is");
  if (nextUpgrade) {
    const upgrade = nextUpgrade;
    httpServer.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/socket.io")) void upgrade(req, socket, head);
    });
  }
  const api = createApi({
    ...services,
    auth,
    logger,
    security,
    provider: database.provider,
    pingDatabase: () => database.ping(),
    redisStatus: () => realtime.cluster.status(),
  });
  apiListener = getRequestListener(api.fetch);
  pageLocales = createPageLocaleResolver({
    sessionLanguage: (where) => services.languages.sessionLanguage(where),
    accountLocale: async (headers) => {
      // only a request carrying a sign-in cookie costs a sign-in lookup
      if (!headers.get("cookie")?.includes("session_token")) return null;
      const facilitator = await facilitatorFromHeaders(auth, headers);
      return facilitator ? services.languages.accountLocale(facilitator.id) : null;
    },
    testLocales: typeof options.pages === "object" && options.pages.testLocales === true,
  });
  participantPages = createParticipantPages({
    // the mirror the phone's join uses a moment later: a room of 10,000 opening the page reads the database once
    findByJoinCode: async (code) => (await services.sessions.liveByJoinCode(code))?.record ?? null,
    join: security.join,
    clientIp: security.clientIp,
    logger,
  });

  logger.info({ port, ms: Date.now() - started }, "Hearth is listening");
  // after the sync is up, so other processes hear that a session's data went
  retention.start(options.retention?.intervalMs);

  let closing: Promise<void> | null = null;
  return {
    port,
    publicUrl,
    url: `http://127.0.0.1:${port}`,
    origins,
    database,
    repositories,
    sessions,
    retention,
    io: realtime.io,
    /** the one path live changes take to sockets and other processes (server/realtime/changes.ts; tests watch it) */
    changes: realtime.changes,
    /** every API route as "METHOD /api/path" (the authorisation matrix test needs a row for each) */
    apiRoutes: [...new Set(api.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))],
    /** Stop accepting, flush pending broadcasts, close sockets and the database. */
    close(): Promise<void> {
      closing ??= (async () => {
        await retention.stop();
        // answers already received are stored and acknowledged while their sockets are still open
        await sessions.flushAnswers();
        realtime.broadcaster.flushNow();
        await new Promise<void>((resolve) => realtime.io.close(() => resolve()));
        await sessions.flushAnswers();
        // after the last answers, so the other processes hear of them too
        await realtime.cluster.close();
        httpServer.closeAllConnections?.();
        await closeNext?.();
        await security.close();
        await database.close();
      })();
      return closing;
    },
  };
}
