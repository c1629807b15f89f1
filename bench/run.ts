// `npm run bench -- --participants N [--prompts P] [--database sqlite|postgresql]`
//
// Starts Hearth as a child process (bench/hearth-child.ts) on a throwaway
// database, connects N real socket.io-client participants spread over load
// worker processes (bench/load-worker.ts), a facilitator and a projector, and
// runs a session in which every participant answers P prompts in bursts. Then
// runs the same workload against the baseline (bench/baseline-server.ts) and
// prints our/baseline ratios. The last line on stdout is one JSON object;
// progress goes to stderr. Everything stays on 127.0.0.1. See bench/README.md.
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { io as connectSocket, type Socket } from "socket.io-client";
import type { IntervalStats } from "./child-stats";
import type { WireRecord } from "./load-worker";
import { answersPerSecond, now, percentiles, projectorLatencies, round, type AnswerRecord, type Percentiles, type ProjectorUpdate } from "./metrics";
import { formatSummary, summariseProfile } from "./profile-summary";

const startedAt = Date.now();
const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = path.join(root, "bench");

// ---------------------------------------------------------------------------
// Options

const HELP = `usage: npm run bench -- --participants N [options]

  --participants N          participants to connect (required)
  --prompts P               prompts each participant answers (default 3)
  --database D              sqlite (default) | postgresql
  --pg-url URL              PostgreSQL server to create the throwaway database on
                            (default $BENCH_DATABASE_URL_PG, $TEST_DATABASE_URL_PG or postgresql://postgres@127.0.0.1:5432/test)
  --sqlite-synchronous S    full (default, as Hearth runs) | normal: SQLite's durability setting, to compare
  --workers W               load-generator processes (default 1 up to 500 participants, else 2)
  --spread-ms MS            spread each burst's answers uniformly over MS (default 0: everyone at once)
  --connect-concurrency C   joins in flight at once, over all workers (default 100)
  --ack-timeout-ms MS       an answer not acknowledged within MS counts as failed (default 30000)
  --timeout-s S             abort the whole run after S seconds (default 300)
  --settle-ms MS            idle time before each memory reading (default 10000 from 1,000
                            participants, else 1000)
  --no-baseline             skip the baseline server (no ratios)
  --profile                 CPU-profile Hearth while participants join and while they answer
                            (two .cpuprofile files in bench/results/) and print where its time went
  --check                   exit 1 unless every participant joined, every answer was acknowledged,
                            none was lost and the projector saw every prompt's final count (smoke test)
  --log-level L             Hearth's log level (default warn)
  --keep                    keep the throwaway database (prints where it is)
`;

const { values: args } = parseArgs({
  options: {
    participants: { type: "string" },
    prompts: { type: "string", default: "3" },
    database: { type: "string", default: "sqlite" },
    "sqlite-synchronous": { type: "string", default: "full" },
    "pg-url": { type: "string" },
    workers: { type: "string" },
    "spread-ms": { type: "string", default: "0" },
    "connect-concurrency": { type: "string", default: "100" },
    "ack-timeout-ms": { type: "string", default: "30000" },
    "timeout-s": { type: "string", default: "300" },
    "settle-ms": { type: "string" },
    "no-baseline": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "log-level": { type: "string", default: "warn" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (args.help || !args.participants) {
  process.stderr.write(HELP);
  process.exit(args.help ? 0 : 2);
}

function intOption(name: string, raw: string | undefined, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench: --${name} must be a whole number ≥ ${min} (got "${raw}")\n\n${HELP}`);
    process.exit(2);
  }
  return n;
}

const options = {
  participants: intOption("participants", args.participants, 1),
  prompts: intOption("prompts", args.prompts, 1),
  database: args.database as "sqlite" | "postgresql",
  sqliteSynchronous: (args["sqlite-synchronous"]!.toLowerCase() === "normal" ? "NORMAL" : "FULL") as "FULL" | "NORMAL",
  workers: args.workers ? intOption("workers", args.workers, 1) : 0,
  spreadMs: intOption("spread-ms", args["spread-ms"], 0),
  connectConcurrency: intOption("connect-concurrency", args["connect-concurrency"], 1),
  ackTimeoutMs: intOption("ack-timeout-ms", args["ack-timeout-ms"], 100),
  timeoutS: intOption("timeout-s", args["timeout-s"], 10),
  settleMs: args["settle-ms"] !== undefined ? intOption("settle-ms", args["settle-ms"], 0) : 0,
  baseline: !args["no-baseline"],
  profile: args.profile,
  check: args.check,
  logLevel: args["log-level"]!,
  keep: args.keep,
  pgUrl: args["pg-url"] ?? process.env.BENCH_DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL_PG ?? "postgresql://postgres@127.0.0.1:5432/test",
};
if (options.database !== "sqlite" && options.database !== "postgresql") {
  process.stderr.write(`bench: --database must be sqlite or postgresql (got "${options.database}")\n`);
  process.exit(2);
}
if (options.prompts > 60) {
  process.stderr.write("bench: --prompts is at most 60 (a template's step limit)\n");
  process.exit(2);
}
const workerCount = options.workers || (options.participants <= 500 ? 1 : 2);
// V8 gives unused heap pages back some seconds after allocation slows down (its memory reducer),
// which a forced GC does not do; readings taken sooner would carry the set-up's garbage.
const settleMs = args["settle-ms"] !== undefined ? options.settleMs : options.participants >= 1000 ? 10_000 : 1000;

// ---------------------------------------------------------------------------
// Processes, cleanup and the overall time limit

const log = (line: string) => process.stderr.write(`bench [${((Date.now() - startedAt) / 1000).toFixed(1).padStart(5)} s] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void> | void)[] = [];
let phase = "starting";
let finishing = false;

async function cleanup() {
  for (const child of children) child.kill("SIGKILL");
  children.clear();
  for (const fn of cleanups.splice(0).reverse()) await Promise.resolve(fn()).catch((e) => log(`cleanup: ${e instanceof Error ? e.message : e}`));
}

/** A process's current and peak RSS in bytes, from /proc (Linux); null elsewhere. */
function procMemory(pid: number | undefined): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1]) * 1024;
    const rss = kb("VmRSS");
    return Number.isFinite(rss) ? { rss, peak: kb("VmHWM") } : null;
  } catch {
    return null;
  }
}

let hearthReport: (() => { text: string; result: object }) | null = null;

/** What the run had reached, for the report of an aborted run. */
const progress: { target: string | null; joined: number; server: Child | null; rssIdleBytes: number | null } = { target: null, joined: 0, server: null, rssIdleBytes: null };

async function abort(message: string): Promise<never> {
  if (finishing) process.exit(2);
  finishing = true;
  log(`ABORTED during ${phase}: ${message}`);
  let reached: object = {};
  if (progress.server && progress.target) {
    // how far it got, and the server's memory at that point (read from /proc: its event loop may be stuck)
    const mem = procMemory(progress.server.proc.pid);
    const mb = (b: number) => round(b / 1024 / 1024);
    reached = {
      target: progress.target,
      participantsJoined: progress.joined,
      ...(mem ? { rssMb: mb(mem.rss), peakRssMb: mb(mem.peak) } : {}),
      ...(mem && progress.rssIdleBytes !== null && progress.joined > 0
        ? { rssIdleMb: mb(progress.rssIdleBytes), rssPerParticipantKb: round((mem.rss - progress.rssIdleBytes) / progress.joined / 1024) }
        : {}),
    };
    log(`reached: ${JSON.stringify(reached)}`);
  }
  await cleanup();
  if (hearthReport) {
    const { text, result } = hearthReport();
    process.stdout.write(`\n${text}`);
    process.stdout.write(JSON.stringify({ ...result, error: message, phase, reached }) + "\n");
    process.exit(2);
  }
  process.stdout.write(
    JSON.stringify({
      error: message,
      phase,
      participants: options.participants,
      prompts: options.prompts,
      database: options.database,
      reached,
      elapsedS: Math.round((Date.now() - startedAt) / 1000),
    }) + "\n",
  );
  process.exit(2);
}

const deadline = setTimeout(
  () =>
    void abort(
      `the run took longer than ${options.timeoutS} s (--timeout-s). The server is probably not keeping up with this load; try fewer participants or a longer --timeout-s.`,
    ),
  options.timeoutS * 1000,
);
process.on("SIGINT", () => void abort("interrupted (SIGINT)"));
process.on("SIGTERM", () => void abort("terminated (SIGTERM)"));

type Message = { type: string; id?: number; error?: string; [key: string]: any };

/** A forked TypeScript process with request/response over IPC. */
class Child {
  readonly proc: ChildProcess;
  private nextId = 1;
  private readonly waiting = new Map<number, (m: Message) => void>();
  private readonly inbox: Message[] = [];
  private readonly listeners: ((m: Message) => boolean)[] = [];
  /** messages of these types go to their handler instead of the inbox */
  readonly handlers = new Map<string, (m: Message) => void>();
  expectedExit = false;

  constructor(
    readonly name: string,
    file: string,
    env: Record<string, string> = {},
    execArgv: string[] = [],
  ) {
    this.proc = fork(path.join(benchDir, file), [], {
      cwd: root,
      execArgv: ["--import", "tsx", ...execArgv],
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      serialization: "advanced",
    });
    children.add(this.proc);
    const prefix = (chunk: Buffer) =>
      process.stderr.write(
        chunk
          .toString()
          .split("\n")
          .filter(Boolean)
          .map((l) => `[${name}] ${l}\n`)
          .join(""),
      );
    this.proc.stdout!.on("data", prefix);
    this.proc.stderr!.on("data", prefix);
    this.proc.on("message", (m: Message) => {
      if (m.id !== undefined && this.waiting.has(m.id)) {
        const resolve = this.waiting.get(m.id)!;
        this.waiting.delete(m.id);
        return resolve(m);
      }
      const handler = this.handlers.get(m.type);
      if (handler) return handler(m);
      const i = this.listeners.findIndex((l) => l(m));
      if (i >= 0) this.listeners.splice(i, 1);
      else this.inbox.push(m);
    });
    this.proc.on("exit", (code, signal) => {
      children.delete(this.proc);
      if (!this.expectedExit && !finishing) void abort(`${name} exited unexpectedly (code ${code}, signal ${signal}); see its output above`);
    });
  }

  send(message: object) {
    this.proc.send(message);
  }

  async request(type: string, body: object = {}): Promise<Message> {
    const id = this.nextId++;
    const reply = new Promise<Message>((resolve) => this.waiting.set(id, resolve));
    this.proc.send({ ...body, type, id });
    const m = await reply;
    if (m.error) throw new Error(`${this.name} ${type}: ${m.error}`);
    return m;
  }

  /** The next message of this type (queued ones first). */
  next(type: string): Promise<Message> {
    const i = this.inbox.findIndex((m) => m.type === type);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0]!);
    return new Promise((resolve) =>
      this.listeners.push((m) => {
        if (m.type !== type) return false;
        resolve(m);
        return true;
      }),
    );
  }

  kill() {
    this.expectedExit = true;
    this.proc.kill("SIGKILL");
    children.delete(this.proc);
  }

  async exit() {
    this.expectedExit = true;
    const exited = new Promise((r) => this.proc.once("exit", r));
    this.proc.send({ type: "exit", id: 0 });
    await Promise.race([exited, sleep(3000)]);
    this.kill();
  }
}

// ---------------------------------------------------------------------------
// The throwaway database

type BenchDatabase = { url: string; provider: "sqlite" | "postgresql"; describe: string };

async function createBenchDatabase(): Promise<BenchDatabase> {
  if (options.database === "sqlite") {
    const folder = mkdtempSync(path.join(os.tmpdir(), "hearth-bench-"));
    const file = path.join(folder, "hearth.db");
    if (!options.keep) cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    return { url: `file:${file}`, provider: "sqlite", describe: file };
  }
  const { default: pg } = await import("pg");
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: options.pgUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `hearth_bench_${randomBytes(5).toString("hex")}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await abort(`could not create a PostgreSQL database on ${redact(options.pgUrl)} (${error instanceof Error ? error.message : error}); set --pg-url`);
  }
  if (!options.keep) cleanups.push(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(options.pgUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), provider: "postgresql", describe: `${redact(url.toString())}` };
}

function redact(url: string) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------
// Targets: Hearth and the baseline, driven the same way

type BenchPrompt = { id: string; stepIndex: number; kind: "single_choice" | "scale"; options?: string[]; max?: number };

type Target = {
  name: "hearth" | "baseline";
  server: Child;
  origin: string;
  sessionId: string;
  joinCode: string;
  prompts: BenchPrompt[];
  /** facilitator session cookie (Hearth); the projector and console sockets send it */
  cookie?: string;
};

const CHOICE_OPTIONS = ["a", "b", "c", "d"];
const SCALE_MAX = 5;

/**
 * The bench's own template: P steps, each with one prompt, alternating single
 * choice (4 options) and scale (1–5) — the cheapest kinds to validate and
 * aggregate, so the load measures the pipeline, not one activity.
 */
function benchTemplate(prompts: number) {
  return {
    schemaVersion: 1 as const,
    title: `Benchmark (${prompts} prompts)`,
    description: "Written by bench/run.ts.",
    contentNote: "A benchmark session: no real people.",
    resources: { title: "Support", items: [{ label: "This is a benchmark." }] },
    steps: Array.from({ length: prompts }, (_, i) => ({
      key: `step-${i + 1}`,
      title: `Prompt ${i + 1}`,
      body: "",
      facilitatorNotes: "",
      reactions: false,
      prompt:
        i % 2 === 0
          ? { key: `p${i + 1}`, kind: "single_choice" as const, question: `Choice ${i + 1}?`, config: { options: CHOICE_OPTIONS.map((id) => ({ id, label: id.toUpperCase() })) } }
          : { key: `p${i + 1}`, kind: "scale" as const, question: `Scale ${i + 1}?`, config: { max: SCALE_MAX, minLabel: "", maxLabel: "" } },
    })),
  };
}

function promptShape(kind: string, id: string, stepIndex: number): BenchPrompt {
  return kind === "scale" ? { id, stepIndex, kind: "scale", max: SCALE_MAX } : { id, stepIndex, kind: "single_choice", options: CHOICE_OPTIONS };
}

async function startHearthTarget(db: BenchDatabase): Promise<Target> {
  // Migrations are applied here, not in the server, so the WebAssembly schema engine's memory is
  // not in the server's RSS. Hearth then starts as on every later start: already up to date.
  const { applyMigrations } = await import("../server/migrate");
  await applyMigrations(db.url);
  const server = new Child(
    "hearth",
    "hearth-child.ts",
    { BENCH_DATABASE_URL: db.url, BENCH_LOG_LEVEL: options.logLevel, BENCH_SQLITE_SYNCHRONOUS: options.sqliteSynchronous, NODE_ENV: "production" },
    [
      "--expose-gc",
      // only to map the profile back to TypeScript lines (it makes building error stacks slower)
      ...(options.profile ? ["--enable-source-maps"] : []),
    ],
  );
  const { port } = await server.next("ready");
  const origin = `http://127.0.0.1:${port}`;

  const signUp = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: `bench-${Date.now()}@example.org`, password: "bench password bench", name: "Bench Facilitator" }),
  });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const ownerId = ((await signUp.json()) as { user: { id: string } }).user.id;

  // A template row written straight into the database, so the bench depends on no template API.
  const { templateContentSchema } = await import("../lib/template-schema");
  const content = templateContentSchema.parse(benchTemplate(options.prompts));
  const database = await openDatabase(db.url);
  let templateId: string;
  try {
    templateId = (await database.prisma.template.create({ data: { ownerId, title: content.title, content: content as object }, select: { id: true } })).id;
  } finally {
    await database.close();
  }

  const created = await fetch(`${origin}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie },
    body: JSON.stringify({ templateId }),
  });
  if (created.status !== 201) throw new Error(`creating the session failed: ${created.status} ${await created.text()}`);
  const { session } = (await created.json()) as { session: { id: string; joinCode: string } };

  const reopened = await openDatabase(db.url);
  try {
    const steps = await reopened.prisma.sessionStep.findMany({ where: { sessionId: session.id }, orderBy: { position: "asc" }, include: { prompt: true } });
    const prompts = steps.filter((s) => s.prompt).map((s) => promptShape(s.prompt!.kind, s.prompt!.id, s.position));
    return { name: "hearth", server, origin, sessionId: session.id, joinCode: session.joinCode, prompts, cookie };
  } finally {
    await reopened.close();
  }
}

async function startBaselineTarget(): Promise<Target> {
  const server = new Child("baseline", "baseline-server.ts", {}, ["--expose-gc"]);
  const { port } = await server.next("ready");
  const prompts = Array.from({ length: options.prompts }, (_, i) => promptShape(i % 2 === 0 ? "single_choice" : "scale", `baseline-p${i + 1}`, i));
  return { name: "baseline", server, origin: `http://127.0.0.1:${port}`, sessionId: "baseline", joinCode: "BENCH1", prompts };
}

async function openDatabase(url: string) {
  const { createDatabase } = await import("../server/db");
  return createDatabase(url);
}

// ---------------------------------------------------------------------------
// The workload

function socketFor(target: Target): Promise<Socket> {
  const socket = connectSocket(target.origin, {
    path: "/socket.io",
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    extraHeaders: { origin: target.origin, ...(target.cookie ? { cookie: target.cookie } : {}) },
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", (e) => reject(new Error(`${target.name}: socket connect failed: ${e.message}`)));
  });
}

async function command(socket: Socket, event: string, payload: object) {
  const ack = (await socket.timeout(30_000).emitWithAck(event, payload)) as { ok: boolean; error?: { code: string; message: string } };
  if (!ack.ok) throw new Error(`${event} refused: ${ack.error?.code} ${ack.error?.message}`);
  return ack;
}

type Burst = { promptId: string; sent: number; acked: number; failed: number; firstSentAt: number; lastAckAt: number; projectorSawAllMs: number | null };

type TargetResult = {
  participantsJoined: number;
  joinFailed: number;
  joinErrors: Record<string, number>;
  connectMs: number;
  joinMs: Percentiles;
  answersSent: number;
  answersAcked: number;
  answerErrors: Record<string, number>;
  answersPerSec: number;
  ackMs: Percentiles;
  projectorMs: Percentiles;
  projectorMissing: number;
  projectorSawFinalCount: boolean;
  peakRssMb: number;
  processMaxRssMb: number;
  rssIdleMb: number;
  rssHalfMb: number | null;
  rssConnectedMb: number;
  rssPerParticipantKb: number;
  heapPerParticipantKb: number;
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  eventLoopConnectP99Ms: number;
  serverCpuMsPerAnswer: number;
  serverCpuMsPerJoin: number;
  bursts: Burst[];
  /** acknowledged answers, for the database check */
  acked: { token: string; promptId: string; kind: BenchPrompt["kind"]; value: number }[];
  /** .cpuprofile files: joining, answering */
  profiles?: { connect: string; answers: string };
};

async function runWorkload(target: Target, workers: Child[]): Promise<TargetResult> {
  const label = target.name;
  phase = `${label}: connecting the facilitator and projector`;
  const facilitator = await socketFor(target);
  const projector = await socketFor(target);
  const updates: ProjectorUpdate[] = [];
  const maxCount = new Map<string, number>();
  // What the projector shows of a prompt while it is answered is the live
  // "N have answered" count (respondedCount: answers and passes, coalesced per
  // flush); the breakdown's own answerCount moves only with a release, in
  // steps of k and once revealed (lib/aggregation/release.ts), so it would
  // measure how fast the room answers, not how fast Hearth shows it. The
  // baseline sends only answerCount, a running count like Hearth's live one.
  type ShownAggregate = { promptId: string; answerCount: number; respondedCount?: number | null };
  const record = (aggregate: ShownAggregate | null | undefined) => {
    if (!aggregate) return;
    const count = aggregate.respondedCount ?? aggregate.answerCount;
    updates.push({ promptId: aggregate.promptId, answerCount: count, receivedAt: now() });
    maxCount.set(aggregate.promptId, Math.max(maxCount.get(aggregate.promptId) ?? 0, count));
  };
  projector.on("aggregate:updated", (u: { sessionId: string; aggregate: ShownAggregate }) => {
    if (u.sessionId === target.sessionId) record(u.aggregate);
  });
  projector.on("room:updated", (s: { sessionId: string; aggregate?: ShownAggregate | null }) => {
    if (s.sessionId === target.sessionId) record(s.aggregate);
  });
  await command(facilitator, "console:watch", { sessionId: target.sessionId });
  await command(projector, "screen:watch", { sessionId: target.sessionId });

  const split = (n: number) => workers.map((_, i) => Math.floor(n / workerCount) + (i < n % workerCount ? 1 : 0));

  phase = `${label}: measuring memory before anyone joins`;
  const idle = await settledMemory(target.server);
  const rssIdle = idle.rssBytes;
  Object.assign(progress, { target: label, joined: 0, server: target.server, rssIdleBytes: rssIdle });
  const joinedBefore = workers.map(() => 0);
  const joinedSoFar = workers.map(() => 0);
  let lastProgressLog = Date.now();
  workers.forEach((w, i) =>
    w.handlers.set("progress", (m) => {
      joinedSoFar[i] = joinedBefore[i]! + m.joined;
      progress.joined = joinedSoFar.reduce((a, b) => a + b, 0);
      if (Date.now() - lastProgressLog >= 10_000) {
        lastProgressLog = Date.now();
        log(`${label}: ${progress.joined}/${options.participants} joined so far`);
      }
    }),
  );
  const profiling = options.profile && target.name === "hearth";
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const profileFile = (what: string) => path.join(benchDir, "results", `hearth-${options.participants}x${options.prompts}-${options.database}-${stamp}-${what}.cpuprofile`);
  const profiles = profiling ? { connect: profileFile("joining"), answers: profileFile("answering") } : undefined;
  if (profiling) mkdirSync(path.join(benchDir, "results"), { recursive: true });

  // -- connect and join, in two halves --------------------------------------
  // Memory is read when half the room has joined and again when all have: the difference is what
  // each further participant costs, free of whatever the set-up left behind in the idle process.
  const halves = options.participants >= 2 ? [Math.ceil(options.participants / 2), Math.floor(options.participants / 2)] : [options.participants];
  const connected: Message[][] = [];
  const connectStats: IntervalStats[] = [];
  let halfSample: (Settled & { joined: number }) | null = null;
  log(`${label}: connecting ${options.participants} participants over ${workerCount} load process(es)…`);
  for (const [h, count] of halves.entries()) {
    phase = `${label}: connecting participants (${h === 0 ? "first" : "second"} half)`;
    const last = h === halves.length - 1;
    await target.server.request("mark", { resetPeak: h === 0 });
    if (profiles && last) await target.server.request("profile:start"); // the heavier half: the room is already half full
    const shares = split(count);
    workers.forEach((w, i) =>
      w.send({
        type: "connect",
        // distinct addresses across workers and halves
        firstAddress: h * options.participants + shares.slice(0, i).reduce((a, b) => a + b, 0),
        url: target.origin,
        origin: target.origin,
        joinCode: target.joinCode,
        count: shares[i],
        concurrency: Math.ceil(options.connectConcurrency / workerCount),
        timeoutMs: 60_000,
      }),
    );
    const batch = await Promise.all(workers.map((w) => w.next("connected")));
    if (profiles && last) await target.server.request("profile:stop", { path: profiles.connect });
    connectStats.push((await target.server.request("mark")).stats as IntervalStats);
    connected.push(batch);
    batch.forEach((c, i) => (joinedBefore[i] = joinedBefore[i]! + (c.joined as number)));
    progress.joined = joinedBefore.reduce((a, b) => a + b, 0);
    if (!last) {
      phase = `${label}: measuring memory with half the participants connected`;
      halfSample = { ...(await settledMemory(target.server)), joined: progress.joined };
    }
  }
  const all = connected.flat();
  const joined = progress.joined;
  const joinErrors = mergeCounts(all.map((c) => c.errors));
  // the time spent joining, without the pause for the memory reading between the halves
  const connectMs = connected.reduce((ms, batch) => ms + Math.max(...batch.map((c) => c.lastJoinedAt || c.firstStartAt)) - Math.min(...batch.map((c) => c.firstStartAt)), 0);
  const tokens: (string | null)[][] = workers.map((_, i) => connected.flatMap((batch) => batch[i]!.tokens as (string | null)[]));
  log(`${label}: ${joined}/${options.participants} joined in ${Math.round(connectMs)} ms${Object.keys(joinErrors).length ? ` (errors: ${JSON.stringify(joinErrors)})` : ""}`);

  phase = `${label}: measuring memory with everyone connected`;
  const connectedSample = await settledMemory(target.server);
  const rssConnected = connectedSample.rssBytes;
  const settleStats = (await target.server.request("mark")).stats as IntervalStats;
  const perParticipantKb = (bytesAll: number, bytesHalf: number, bytesIdle: number) => {
    const [from, n] = halfSample && joined > halfSample.joined ? [bytesHalf, joined - halfSample.joined] : [bytesIdle, joined];
    return n > 0 ? round((bytesAll - from) / n / 1024) : 0;
  };

  // -- the bursts -----------------------------------------------------------
  const bursts: Burst[] = [];
  const answerErrors: Record<string, number> = {};
  if (profiles) await target.server.request("profile:start");
  for (const [i, prompt] of target.prompts.entries()) {
    phase = `${label}: prompt ${i + 1}/${target.prompts.length}`;
    await command(facilitator, "step:goto", { sessionId: target.sessionId, index: prompt.stepIndex });
    await command(facilitator, "prompt:open", { sessionId: target.sessionId, promptId: prompt.id });
    await sleep(300); // the room:updated fan-out to every phone is not part of the burst
    const { id: _id, stepIndex: _s, ...shape } = prompt;
    workers.forEach((w) => w.send({ type: "burst", promptId: prompt.id, ...shape, spreadMs: options.spreadMs, ackTimeoutMs: options.ackTimeoutMs }));
    const done = await Promise.all(workers.map((w) => w.next("burstDone")));
    const burst: Burst = {
      promptId: prompt.id,
      sent: done.reduce((n, d) => n + d.sent, 0),
      acked: done.reduce((n, d) => n + d.acked, 0),
      failed: done.reduce((n, d) => n + d.failed, 0),
      firstSentAt: Math.min(...done.filter((d) => d.sent).map((d) => d.firstSentAt)),
      lastAckAt: Math.max(...done.map((d) => d.lastAckAt)),
      projectorSawAllMs: null,
    };
    // the room should see the final count within a couple of flush intervals
    const waitUntil = now() + 10_000;
    while ((maxCount.get(prompt.id) ?? 0) < burst.acked && now() < waitUntil) await sleep(10);
    if ((maxCount.get(prompt.id) ?? 0) >= burst.acked) burst.projectorSawAllMs = round(now() - burst.lastAckAt);
    const errors = mergeCounts(done.map((d) => d.errors));
    for (const [k, v] of Object.entries(errors)) answerErrors[k] = (answerErrors[k] ?? 0) + v;
    log(
      `${label}: prompt ${i + 1}: ${burst.acked}/${burst.sent} acknowledged in ${Math.round(burst.lastAckAt - burst.firstSentAt)} ms` +
        (Object.keys(errors).length ? ` (errors: ${JSON.stringify(errors)})` : "") +
        (burst.projectorSawAllMs === null ? "; the projector never saw the final count" : ""),
    );
    bursts.push(burst);
    await command(facilitator, "results:reveal", { sessionId: target.sessionId, promptId: prompt.id });
    await command(facilitator, "prompt:close", { sessionId: target.sessionId, promptId: prompt.id });
  }
  const answerStats = (await target.server.request("mark")).stats as IntervalStats;
  if (profiles) await target.server.request("profile:stop", { path: profiles.answers });

  // -- results --------------------------------------------------------------
  phase = `${label}: collecting results`;
  const answers: AnswerRecord[] = [];
  const acked: TargetResult["acked"] = [];
  const kindOf = new Map(target.prompts.map((p) => [p.id, p.kind]));
  for (const [w, worker] of workers.entries()) {
    worker.send({ type: "records" });
    const { records } = (await worker.next("records")) as unknown as { records: WireRecord[] };
    for (const [participant, promptId, value, sentAt, ackAt] of records) {
      answers.push({ promptId, sentAt, ackAt });
      if (ackAt !== null) acked.push({ token: tokens[w]![participant]!, promptId, kind: kindOf.get(promptId)!, value });
    }
  }
  const answersSent = answers.length;

  for (const w of workers) w.send({ type: "reset" });
  await Promise.all(workers.map((w) => w.next("reset")));
  facilitator.disconnect();
  projector.disconnect();

  const projector_ = projectorLatencies(answers, updates);
  const joinDurations = all.flatMap((c) => c.durations as number[]);
  const mb = (bytes: number) => round(bytes / 1024 / 1024);
  return {
    participantsJoined: joined,
    joinFailed: options.participants - joined,
    joinErrors,
    connectMs: Math.round(connectMs),
    joinMs: percentiles(joinDurations),
    answersSent,
    answersAcked: acked.length,
    answerErrors,
    answersPerSec: answersPerSecond(bursts),
    ackMs: percentiles(answers.filter((a) => a.ackAt !== null).map((a) => a.ackAt! - a.sentAt)),
    projectorMs: percentiles(projector_.latencies),
    projectorMissing: projector_.missing,
    projectorSawFinalCount: bursts.every((b) => b.projectorSawAllMs !== null),
    peakRssMb: mb(Math.max(...connectStats.map((c) => c.peakRssBytes), settleStats.peakRssBytes, answerStats.peakRssBytes, answerStats.kernelPeakRssBytes ?? 0)),
    processMaxRssMb: mb(answerStats.processMaxRssBytes),
    rssIdleMb: mb(rssIdle),
    rssHalfMb: halfSample ? mb(halfSample.rssBytes) : null,
    rssConnectedMb: mb(rssConnected),
    rssPerParticipantKb: perParticipantKb(connectedSample.usedBytes, halfSample?.usedBytes ?? 0, idle.usedBytes),
    heapPerParticipantKb: perParticipantKb(connectedSample.jsBytes, halfSample?.jsBytes ?? 0, idle.jsBytes),
    eventLoopP99Ms: answerStats.eventLoop.p99Ms,
    eventLoopMaxMs: answerStats.eventLoop.maxMs,
    eventLoopConnectP99Ms: Math.max(...connectStats.map((c) => c.eventLoop.p99Ms)),
    serverCpuMsPerAnswer: acked.length ? round((answerStats.cpuUserMs + answerStats.cpuSystemMs) / acked.length, 3) : 0,
    serverCpuMsPerJoin: joined ? round(connectStats.reduce((ms, c) => ms + c.cpuUserMs + c.cpuSystemMs, 0) / joined, 3) : 0,
    bursts,
    acked,
    profiles,
  };
}

type Settled = { rssBytes: number; usedBytes: number; jsBytes: number };

/**
 * The server's memory once it has been left alone for `settleMs`, from a
 * reading after forced GCs every second: the lowest RSS seen, and the median of
 * RSS minus the V8 heap's unused capacity (heapTotal − heapUsed). V8 grows its
 * heap, the young generation above all, under allocation pressure and gives the
 * pages back on its own schedule (its memory reducer, some seconds later); that
 * moves RSS by tens of MB either way, while the adjusted figure stays put.
 */
async function settledMemory(server: Child): Promise<Settled> {
  const until = Date.now() + settleMs;
  let rssBytes = Infinity;
  let jsBytes = 0;
  const used: number[] = [];
  do {
    const sample = await server.request("sample", { gc: true });
    rssBytes = Math.min(rssBytes, sample.rssBytes as number);
    used.push((sample.rssBytes as number) - (sample.heapTotalBytes as number) + (sample.heapUsedBytes as number));
    jsBytes = sample.jsBytes as number;
    if (Date.now() < until) await sleep(Math.min(1000, until - Date.now()));
  } while (Date.now() < until);
  used.sort((a, b) => a - b);
  return { rssBytes, usedBytes: used[Math.floor(used.length / 2)]!, jsBytes };
}

function mergeCounts(list: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of list) for (const [k, v] of Object.entries(counts)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/**
 * Acknowledged answers missing from the database: for each one, the Response
 * row of (prompt, participant) must exist and hold the value that was sent.
 * Participants are found by the SHA-256 of their token, as Hearth stores them.
 */
async function countLost(db: BenchDatabase, sessionId: string, acked: TargetResult["acked"]) {
  const database = await openDatabase(db.url);
  try {
    const participants = await database.prisma.participant.findMany({ where: { sessionId }, select: { id: true, tokenHash: true } });
    const responses = await database.prisma.response.findMany({ where: { sessionId }, select: { promptId: true, participantId: true, passed: true, value: true } });
    const idByHash = new Map(participants.map((p) => [p.tokenHash, p.id]));
    const stored = new Map(responses.map((r) => [`${r.promptId} ${r.participantId}`, r]));
    let lost = 0;
    let wrongValue = 0;
    for (const a of acked) {
      const participantId = idByHash.get(createHash("sha256").update(a.token).digest("hex"));
      const row = participantId ? stored.get(`${a.promptId} ${participantId}`) : undefined;
      if (!row) {
        lost++;
        continue;
      }
      const value = row.value as { optionId?: string; value?: number } | null;
      const expected = a.kind === "scale" ? value?.value === a.value : value?.optionId === CHOICE_OPTIONS[a.value];
      if (row.passed || !expected) {
        lost++;
        wrongValue++;
      }
    }
    return { lost, wrongValue, responseRows: responses.length, participantRows: participants.length };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------
// Main

function describeResult(name: string, r: TargetResult) {
  const p = (x: Percentiles) => `p50 ${x.p50} / p95 ${x.p95} / p99 ${x.p99} ms`;
  return [
    `${name}:`,
    `  joined            ${r.participantsJoined}/${options.participants} in ${r.connectMs} ms (per participant ${p(r.joinMs)})`,
    `  answers           ${r.answersAcked}/${r.answersSent} acknowledged, ${r.answersPerSec}/s during bursts`,
    `  ack latency       ${p(r.ackMs)}`,
    `  to projector      ${p(r.projectorMs)}${r.projectorMissing ? ` (${r.projectorMissing} never shown)` : ""}`,
    `  server RSS        idle ${r.rssIdleMb} MB, half joined ${r.rssHalfMb} MB, all joined ${r.rssConnectedMb} MB: ${r.rssPerParticipantKb} KB/participant (JS heap + external ${r.heapPerParticipantKb} KB); peak ${r.peakRssMb} MB`,
    `  event loop        p99 ${r.eventLoopP99Ms} ms, max ${r.eventLoopMaxMs} ms while answering; p99 ${r.eventLoopConnectP99Ms} ms while joining`,
    `  server CPU        ${r.serverCpuMsPerAnswer} ms/answer, ${r.serverCpuMsPerJoin} ms/join`,
  ].join("\n");
}

type LostCount = Awaited<ReturnType<typeof countLost>>;

function buildResult(ours: TargetResult, lost: LostCount, base: TargetResult | null, loadAtStart: number) {
  const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? round(a / b, 2) : null);
  return {
    participants: options.participants,
    prompts: options.prompts,
    database: options.database,
    ...(options.database === "sqlite" ? { sqliteSynchronous: options.sqliteSynchronous } : {}),
    answersAcked: ours.answersAcked,
    answersLost: lost.lost,
    answersPerSec: ours.answersPerSec,
    ackMs: ours.ackMs,
    projectorMs: ours.projectorMs,
    peakRssMb: ours.peakRssMb,
    rssPerParticipantKb: ours.rssPerParticipantKb,
    eventLoopP99Ms: ours.eventLoopP99Ms,
    baseline: base
      ? {
          answersPerSec: base.answersPerSec,
          projectorMs: base.projectorMs,
          ackMs: base.ackMs,
          answersAcked: base.answersAcked,
          peakRssMb: base.peakRssMb,
          rssPerParticipantKb: base.rssPerParticipantKb,
          heapPerParticipantKb: base.heapPerParticipantKb,
          eventLoopP99Ms: base.eventLoopP99Ms,
          connectMs: base.connectMs,
          serverCpuMsPerAnswer: base.serverCpuMsPerAnswer,
        }
      : null,
    ratio: base
      ? {
          answersPerSec: ratio(ours.answersPerSec, base.answersPerSec),
          projectorP95: ratio(ours.projectorMs.p95, base.projectorMs.p95),
          ackP95: ratio(ours.ackMs.p95, base.ackMs.p95),
        }
      : null,
    // more than the issue asks for (documented in bench/README.md)
    participantsJoined: ours.participantsJoined,
    joinErrors: ours.joinErrors,
    connectMs: ours.connectMs,
    joinMs: ours.joinMs,
    answersSent: ours.answersSent,
    answerErrors: ours.answerErrors,
    answersWrongValue: lost.wrongValue,
    projectorMissing: ours.projectorMissing,
    rssIdleMb: ours.rssIdleMb,
    rssHalfMb: ours.rssHalfMb,
    rssConnectedMb: ours.rssConnectedMb,
    heapPerParticipantKb: ours.heapPerParticipantKb,
    processMaxRssMb: ours.processMaxRssMb,
    eventLoopMaxMs: ours.eventLoopMaxMs,
    eventLoopConnectP99Ms: ours.eventLoopConnectP99Ms,
    serverCpuMsPerAnswer: ours.serverCpuMsPerAnswer,
    serverCpuMsPerJoin: ours.serverCpuMsPerJoin,
    bursts: ours.bursts.map((b) => ({ acked: b.acked, failed: b.failed, ms: Math.round(b.lastAckAt - b.firstSentAt), projectorSawAllMs: b.projectorSawAllMs })),
    workers: workerCount,
    spreadMs: options.spreadMs,
    cpus: os.cpus().length,
    node: process.version,
    loadAvgAtStart: round(loadAtStart, 2),
    loadAvgAtEnd: round(os.loadavg()[0]!, 2),
    code: codeVersion(),
    elapsedS: Math.round((Date.now() - startedAt) / 1000),
    ...(ours.profiles ? { profiles: { joining: path.relative(root, ours.profiles.connect), answering: path.relative(root, ours.profiles.answers) } } : {}),
  };
}

/** The commit measured, "+dirty" when server/ or lib/ have uncommitted changes. */
function codeVersion(): string | null {
  if (process.env.BENCH_CODE_VERSION) return process.env.BENCH_CODE_VERSION; // e.g. when run from an exported snapshot
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "server", "lib", "prisma"], { cwd: root, encoding: "utf8" }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

async function main() {
  const loadAtStart = os.loadavg()[0]!;
  if (loadAtStart > 1)
    log(`warning: the machine is already busy (load average ${loadAtStart.toFixed(2)} over the last minute); the numbers will be lower and noisier than on an idle machine`);
  log(
    `${options.participants} participants × ${options.prompts} prompts on ${options.database}${options.database === "sqlite" ? ` (synchronous=${options.sqliteSynchronous})` : ""}, ${workerCount} load process(es), ` +
      `bursts ${options.spreadMs ? `spread over ${options.spreadMs} ms` : "all at once"}, ${os.cpus().length} CPUs, Node ${process.version}; aborts after ${options.timeoutS} s`,
  );
  phase = "creating the database";
  const db = await createBenchDatabase();
  phase = "starting Hearth, the baseline and the load processes";
  // all started at once (startup is not measured); the idle baseline waits its turn
  const workersReady = Promise.all(
    Array.from({ length: workerCount }, async (_, i) => {
      const worker = new Child(`load-${i + 1}`, "load-worker.ts");
      await worker.next("ready");
      return worker;
    }),
  );
  const baselineReady = options.baseline ? startBaselineTarget() : Promise.resolve(null);
  const hearth = await startHearthTarget(db);
  const workers = await workersReady;
  log(`hearth: listening on ${hearth.origin}, database ${db.describe}`);
  const ours = await runWorkload(hearth, workers);

  phase = "checking the database";
  hearth.server.kill(); // SIGKILL: nothing unwritten survives, so acknowledged means durable
  await sleep(200);
  const lost = await countLost(db, hearth.sessionId, ours.acked);
  log(`hearth: ${lost.lost} acknowledged answers missing from the database (${lost.responseRows} Response rows, ${lost.participantRows} participants)`);
  // if the baseline does not finish in time, Hearth's numbers are still reported
  hearthReport = () => ({
    text: `${describeResult("Hearth", ours)}\n  lost              ${lost.lost} (database ${options.database})\n`,
    result: buildResult(ours, lost, null, loadAtStart),
  });

  let base: TargetResult | null = null;
  const baseline = await baselineReady;
  if (baseline) {
    base = await runWorkload(baseline, workers);
    await baseline.server.exit();
  }
  for (const w of workers) {
    w.expectedExit = true;
    w.send({ type: "close" });
  }
  phase = "reporting";
  finishing = true;
  await cleanup();
  clearTimeout(deadline);

  if (ours.profiles) {
    for (const [title, file] of [
      ["while participants answered (the bursts, prompt open/close included)", ours.profiles.answers],
      ["while participants joined", ours.profiles.connect],
    ] as const) {
      const summary = summariseProfile(JSON.parse(readFileSync(file, "utf8")), 20);
      process.stdout.write(`\nHearth ${title}:\n${formatSummary(summary)}\n  profile: ${path.relative(root, file)}\n`);
    }
  }
  process.stdout.write(`\n${describeResult("Hearth", ours)}\n  lost              ${lost.lost} (database ${options.database})\n`);
  if (base) process.stdout.write(`${describeResult("Baseline", base)}\n`);

  const result = buildResult(ours, lost, base, loadAtStart);

  let failed = lost.lost > 0;
  if (options.check) {
    const expected = options.participants * options.prompts;
    const problems = [
      ours.participantsJoined !== options.participants && `${options.participants - ours.participantsJoined} participants did not join`,
      ours.answersAcked !== expected && `${expected - ours.answersAcked} answers were not acknowledged`,
      lost.lost > 0 && `${lost.lost} acknowledged answers are missing from the database`,
      !ours.projectorSawFinalCount && "the projector did not see every prompt's final count",
      base && base.answersAcked !== expected && "the baseline did not acknowledge every answer",
    ].filter(Boolean);
    for (const p of problems) log(`CHECK FAILED: ${p}`);
    if (problems.length) failed = true;
    else log("check passed");
  }
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => abort(error instanceof Error ? (error.stack ?? error.message) : String(error)));
