// `npm run bench -- --participants N [--prompts P] [--database sqlite|postgresql]`
//
// Starts Hearth as a child process (bench/hearth-child.ts) on a throwaway
// database, connects N real socket.io-client participants spread over load
// worker processes (bench/load-worker.ts), a facilitator and a projector, and
// runs a session in which every participant answers P prompts in bursts. Then
// runs the same workload against the baseline (bench/baseline-server.ts) and
// prints our/baseline ratios. The last line on stdout is one JSON object;
// progress goes to stderr. Everything stays on 127.0.0.1. See bench/README.md.
//
// `--processes 2 --database postgresql`: two Hearth processes on one throwaway
// PostgreSQL database and Redis (the run's own channel prefix and secret); the
// facilitator and the projector on A, the participants alternating between A
// and B, and probe sessions for the same- and cross-process projector latency
// (bench/probes.ts). README: "Several processes".
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
import { ProbePhones, type ProbePrompt, runProbes } from "./probes";
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
  --processes N             1 (default) | 2: two Hearth processes on PostgreSQL and Redis, participants
                            alternating between them, the facilitator and projector on the first
  --redis-url URL           Redis for --processes 2 (default $BENCH_REDIS_URL, $TEST_REDIS_URL or redis://127.0.0.1:6379)
  --probes K                --processes 2: probe phones per process for the same- and cross-process
                            projector latency (default 20; 0 for none, else at least 6)
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
    processes: { type: "string", default: "1" },
    "redis-url": { type: "string" },
    probes: { type: "string", default: "20" },
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
  processes: intOption("processes", args.processes, 1),
  redisUrl: args["redis-url"] ?? process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
  probes: intOption("probes", args.probes, 0),
};
if (options.database !== "sqlite" && options.database !== "postgresql") {
  process.stderr.write(`bench: --database must be sqlite or postgresql (got "${options.database}")\n`);
  process.exit(2);
}
if (options.processes > 2) {
  process.stderr.write("bench: --processes is 1 or 2\n");
  process.exit(2);
}
if (options.processes === 2 && options.database !== "postgresql") {
  process.stderr.write(
    "bench: --processes 2 needs --database postgresql: several Hearth processes share one PostgreSQL database and Redis (SQLite is for one process; Hearth refuses Redis with SQLite)\n",
  );
  process.exit(2);
}
if (options.probes > 0 && options.probes < 6) {
  // a session shows the room its live count only once 2·k (k = 3) have joined
  process.stderr.write("bench: --probes is 0 or at least 6 (a probe session's projector shows its count only from 6 participants)\n");
  process.exit(2);
}
if (options.prompts > 60) {
  process.stderr.write("bench: --prompts is at most 60 (a template's step limit)\n");
  process.exit(2);
}
const workerCount = options.workers || (options.participants <= 500 ? 1 : 2);
const multi = options.processes > 1;
/** the processes' names in the report: A holds the facilitator and the projector */
const PROCESS_NAMES = ["a", "b"] as const;
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
const progress: { target: string | null; joined: number; server: Child | null; servers: Child[]; rssIdleBytes: number | null } = {
  target: null,
  joined: 0,
  server: null,
  servers: [],
  rssIdleBytes: null,
};

async function abort(message: string): Promise<never> {
  if (finishing) process.exit(2);
  finishing = true;
  log(`ABORTED during ${phase}: ${message}`);
  let reached: object = {};
  if (progress.servers.length > 1 && progress.target) {
    // several processes: each one's memory at that point (per participant would need to know who joined where)
    const mb = (b: number) => round(b / 1024 / 1024);
    const mems = progress.servers.map((server) => procMemory(server.proc.pid));
    reached = {
      target: progress.target,
      participantsJoined: progress.joined,
      rssMbByProcess: Object.fromEntries(mems.map((mem, s) => [PROCESS_NAMES[s], mem ? mb(mem.rss) : null])),
      peakRssMbByProcess: Object.fromEntries(mems.map((mem, s) => [PROCESS_NAMES[s], mem ? mb(mem.peak) : null])),
    };
    log(`reached: ${JSON.stringify(reached)}`);
  } else if (progress.server && progress.target) {
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
  /** the first server: the facilitator and the projector connect to it */
  server: Child;
  origin: string;
  /** every server process of the target (one, or A and B with --processes 2), the first being `server` */
  servers: Child[];
  origins: string[];
  sessionId: string;
  joinCode: string;
  prompts: BenchPrompt[];
  /** facilitator session cookie (Hearth); the projector and console sockets send it */
  cookie?: string;
  /** --processes 2: one probe session per process (bench/probes.ts), in process order */
  probes?: { sessionId: string; joinCode: string; prompts: BenchPrompt[] }[];
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
  // several processes: one Redis channel prefix and one secret of this run's own, the same on each
  const cluster: Record<string, string> = multi
    ? { BENCH_REDIS_URL: options.redisUrl, BENCH_REDIS_KEY_PREFIX: `hearth-bench-${randomBytes(6).toString("hex")}`, BENCH_SECRET: `bench-${randomBytes(24).toString("hex")}` }
    : {};
  const servers = Array.from(
    { length: options.processes },
    (_, i) =>
      new Child(
        multi ? `hearth-${PROCESS_NAMES[i]}` : "hearth",
        "hearth-child.ts",
        {
          BENCH_DATABASE_URL: db.url,
          BENCH_LOG_LEVEL: options.logLevel,
          BENCH_SQLITE_SYNCHRONOUS: options.sqliteSynchronous,
          NODE_ENV: "production",
          ...cluster,
        },
        [
          "--expose-gc",
          // only to map the profile back to TypeScript lines (it makes building error stacks slower)
          ...(options.profile ? ["--enable-source-maps"] : []),
        ],
      ),
  );
  const origins = (await Promise.all(servers.map((server) => server.next("ready")))).map(({ port }) => `http://127.0.0.1:${port}`);
  const origin = origins[0]!;
  const server = servers[0]!;
  if (multi) {
    // each process waits up to 3 s for Redis and then serves without it: that would measure something else
    for (const [i, o] of origins.entries()) {
      const health = (await (await fetch(`${o}/api/health`)).json()) as { redis?: string };
      if (health.redis !== "ok") throw new Error(`Hearth process ${PROCESS_NAMES[i]!.toUpperCase()} does not have Redis (health: ${JSON.stringify(health)})`);
    }
  }

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

  const createSession = async () => {
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
      return { sessionId: session.id, joinCode: session.joinCode, prompts };
    } finally {
      await reopened.close();
    }
  };
  const main = await createSession();
  const probes = multi && options.probes > 0 ? await Promise.all(servers.map(() => createSession())) : undefined;
  return { name: "hearth", server, origin, servers, origins, ...main, cookie, probes };
}

async function startBaselineTarget(): Promise<Target> {
  const server = new Child("baseline", "baseline-server.ts", {}, ["--expose-gc"]);
  const { port } = await server.next("ready");
  const prompts = Array.from({ length: options.prompts }, (_, i) => promptShape(i % 2 === 0 ? "single_choice" : "scale", `baseline-p${i + 1}`, i));
  const origin = `http://127.0.0.1:${port}`;
  return { name: "baseline", server, origin, servers: [server], origins: [origin], sessionId: "baseline", joinCode: "BENCH1", prompts };
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

type Burst = {
  promptId: string;
  sent: number;
  acked: number;
  failed: number;
  firstSentAt: number;
  lastAckAt: number;
  projectorSawAllMs: number | null;
  /** --processes 2: per process, from prompt:open's acknowledgement until the last phone there had the prompt open */
  phonesOpenMs?: number[];
  /** --processes 2: per process, full room states (room:updated) each phone there received from the burst's start until the projector showed the final count */
  phoneRoomUpdates?: number[];
};

/** What one server process did (--processes 2 reports each, with the same keys as the whole run's). */
type ProcessResult = Pick<
  TargetResult,
  | "participantsJoined"
  | "answersAcked"
  | "ackMs"
  | "serverCpuMsPerAnswer"
  | "serverCpuMsPerJoin"
  | "peakRssMb"
  | "processMaxRssMb"
  | "rssIdleMb"
  | "rssConnectedMb"
  | "rssPerParticipantKb"
  | "heapPerParticipantKb"
  | "eventLoopP99Ms"
  | "eventLoopMaxMs"
  | "eventLoopConnectP99Ms"
>;

/** --processes 2 only: per process, the probes, and what the projector on A ended up showing. */
type ClusterResult = {
  processes: ProcessResult[];
  /** per process: the probe answers' latency to the probe projector on A (null without probes) */
  probeProjectorMs: Percentiles[] | null;
  probeAnswers: { sent: number; acked: number; missing: number; errors: Record<string, number> }[] | null;
  /** the last participant count the projector showed, and how long after the last join it first showed that many */
  projectorParticipants: number | null;
  projectorParticipantsMs: number | null;
  /** per prompt: the highest count the projector showed, and the answers acknowledged (on both processes) */
  projectorFinalCounts: number[];
  ackedByPrompt: number[];
};

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
  /** .cpuprofile files: joining, answering (one pair per server process) */
  profiles?: { connect: string; answers: string }[];
  cluster?: ClusterResult;
};

type ShownAggregate = { promptId: string; answerCount: number; respondedCount?: number | null };

async function runWorkload(target: Target, workers: Child[]): Promise<TargetResult> {
  const label = target.name;
  const servers = target.servers;
  const cluster = servers.length > 1;
  const eachServer = <T>(f: (server: Child, s: number) => Promise<T>) => Promise.all(servers.map(f));
  const mark = (body: object = {}) => eachServer(async (server) => (await server.request("mark", body)).stats as IntervalStats);
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
  const record = (aggregate: ShownAggregate | null | undefined) => {
    if (!aggregate) return;
    const count = aggregate.respondedCount ?? aggregate.answerCount;
    updates.push({ promptId: aggregate.promptId, answerCount: count, receivedAt: now() });
    maxCount.set(aggregate.promptId, Math.max(maxCount.get(aggregate.promptId) ?? 0, count));
  };
  // the participant counts the projector is shown (--processes 2: joins on B reach it through Redis)
  const participantCounts: { count: number; receivedAt: number }[] = [];
  projector.on("aggregate:updated", (u: { sessionId: string; aggregate: ShownAggregate }) => {
    if (u.sessionId === target.sessionId) record(u.aggregate);
  });
  projector.on("room:updated", (s: { sessionId: string; aggregate?: ShownAggregate | null; participantCount?: number }) => {
    if (s.sessionId !== target.sessionId) return;
    record(s.aggregate);
    if (cluster && typeof s.participantCount === "number") participantCounts.push({ count: s.participantCount, receivedAt: now() });
  });
  if (cluster)
    projector.on("participants:counted", (u: { sessionId: string; count: number }) => {
      if (u.sessionId === target.sessionId) participantCounts.push({ count: u.count, receivedAt: now() });
    });
  await command(facilitator, "console:watch", { sessionId: target.sessionId });
  await command(projector, "screen:watch", { sessionId: target.sessionId });

  // -- probe sessions (--processes 2): one per process, its projector on A ----------------
  const probes = target.probes ? await startProbes(target) : null;

  const split = (n: number) => workers.map((_, i) => Math.floor(n / workerCount) + (i < n % workerCount ? 1 : 0));

  phase = `${label}: measuring memory before anyone joins`;
  const idle = await eachServer((server) => settledMemory(server));
  Object.assign(progress, { target: label, joined: 0, server: target.server, servers, rssIdleBytes: idle[0]!.rssBytes });
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
  const profileFile = (what: string, s: number) =>
    path.join(benchDir, "results", `hearth${cluster ? `-${PROCESS_NAMES[s]}` : ""}-${options.participants}x${options.prompts}-${options.database}-${stamp}-${what}.cpuprofile`);
  const profiles = profiling ? servers.map((_, s) => ({ connect: profileFile("joining", s), answers: profileFile("answering", s) })) : undefined;
  if (profiling) mkdirSync(path.join(benchDir, "results"), { recursive: true });

  // -- connect and join, in two halves --------------------------------------
  // Memory is read when half the room has joined and again when all have: the difference is what
  // each further participant costs, free of whatever the set-up left behind in the idle process.
  const halves = options.participants >= 2 ? [Math.ceil(options.participants / 2), Math.floor(options.participants / 2)] : [options.participants];
  const connected: Message[][] = [];
  const connectStats: IntervalStats[][] = [];
  /** participants joined on each server, after each half */
  const joinedOn: number[][] = [];
  let halfSamples: Settled[] | null = null;
  log(
    `${label}: connecting ${options.participants} participants over ${workerCount} load process(es)${cluster ? `, alternating between ${servers.length} Hearth processes` : ""}…`,
  );
  for (const [h, count] of halves.entries()) {
    phase = `${label}: connecting participants (${h === 0 ? "first" : "second"} half)`;
    const last = h === halves.length - 1;
    await mark({ resetPeak: h === 0 });
    if (profiles && last) await eachServer((server) => server.request("profile:start")); // the heavier half: the room is already half full
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
        // several processes: each load process sends its participants to A and B in turn
        ...(cluster ? { urls: target.origins, watchRoom: true } : {}),
      }),
    );
    const batch = await Promise.all(workers.map((w) => w.next("connected")));
    if (profiles && last) await eachServer((server, s) => server.request("profile:stop", { path: profiles[s]!.connect }));
    connectStats.push(await mark());
    connected.push(batch);
    batch.forEach((c, i) => (joinedBefore[i] = joinedBefore[i]! + (c.joined as number)));
    progress.joined = joinedBefore.reduce((a, b) => a + b, 0);
    const before = joinedOn.at(-1) ?? servers.map(() => 0);
    const onServer = [...before];
    for (const c of batch) (c.tokens as (string | null)[]).forEach((token, j) => token !== null && onServer[(c.on as number[] | undefined)?.[j] ?? 0]!++);
    joinedOn.push(onServer);
    if (!last) {
      phase = `${label}: measuring memory with half the participants connected`;
      halfSamples = await eachServer((server) => settledMemory(server));
    }
  }
  const all = connected.flat();
  const joined = progress.joined;
  const joinErrors = mergeCounts(all.map((c) => c.errors));
  // the time spent joining, without the pause for the memory reading between the halves
  const connectMs = connected.reduce((ms, batch) => ms + Math.max(...batch.map((c) => c.lastJoinedAt || c.firstStartAt)) - Math.min(...batch.map((c) => c.firstStartAt)), 0);
  const tokens: (string | null)[][] = workers.map((_, i) => connected.flatMap((batch) => batch[i]!.tokens as (string | null)[]));
  /** which server each of a worker's participants is on (worker-wide index, like the records) */
  const serverOf: number[][] = workers.map((_, i) => connected.flatMap((batch) => (batch[i]!.on as number[] | undefined) ?? (batch[i]!.tokens as unknown[]).map(() => 0)));
  log(
    `${label}: ${joined}/${options.participants} joined in ${Math.round(connectMs)} ms${
      cluster
        ? ` (${joinedOn
            .at(-1)!
            .map((n, s) => `${n} on ${PROCESS_NAMES[s]!.toUpperCase()}`)
            .join(", ")})`
        : ""
    }` + (Object.keys(joinErrors).length ? ` (errors: ${JSON.stringify(joinErrors)})` : ""),
  );

  // several processes: the projector on A counts the joins made on B only through Redis and the database
  let projectorParticipants: number | null = null;
  let projectorParticipantsMs: number | null = null;
  if (cluster) {
    phase = `${label}: waiting for the projector to count every participant`;
    const lastJoinAt = Math.max(...connected.at(-1)!.map((c) => c.lastJoinedAt as number));
    const until = now() + 10_000;
    while ((participantCounts.at(-1)?.count ?? null) !== joined && now() < until) await sleep(10);
    projectorParticipants = participantCounts.at(-1)?.count ?? null;
    const first = participantCounts.find((c) => c.count === joined);
    projectorParticipantsMs = first ? round(Math.max(0, first.receivedAt - lastJoinAt)) : null;
    if (projectorParticipants !== joined) log(`${label}: the projector shows ${projectorParticipants} participants, not ${joined}`);
  }

  phase = `${label}: measuring memory with everyone connected`;
  const connectedSamples = await eachServer((server) => settledMemory(server));
  const settleStats = await mark();
  /** memory growth per participant of these servers, from half to all joined (from idle with one half) */
  const perParticipantKb = (pick: (x: Settled) => number, of: number[], joinedHalf: number, joinedAll: number) => {
    const sum = (xs: Settled[]) => of.reduce((t, s) => t + pick(xs[s]!), 0);
    const [from, n] = halfSamples && joinedAll > joinedHalf ? [sum(halfSamples), joinedAll - joinedHalf] : [sum(idle), joinedAll];
    return n > 0 ? round((sum(connectedSamples) - from) / n / 1024) : 0;
  };

  // -- the bursts -----------------------------------------------------------
  const bursts: Burst[] = [];
  const answerErrors: Record<string, number> = {};
  if (profiles) await eachServer((server) => server.request("profile:start"));
  for (const [i, prompt] of target.prompts.entries()) {
    phase = `${label}: prompt ${i + 1}/${target.prompts.length}`;
    await command(facilitator, "step:goto", { sessionId: target.sessionId, index: prompt.stepIndex });
    await command(facilitator, "prompt:open", { sessionId: target.sessionId, promptId: prompt.id });
    const openedAt = now();
    for (const p of target.probes ?? []) {
      await command(facilitator, "step:goto", { sessionId: p.sessionId, index: p.prompts[i]!.stepIndex });
      await command(facilitator, "prompt:open", { sessionId: p.sessionId, promptId: p.prompts[i]!.id });
    }
    let phonesOpenMs: number[] | undefined;
    if (cluster) {
      // B learns of the open prompt through Redis (and re-reads it from the database): an answer
      // sent before B knows would be refused, so the burst starts once every phone has it open
      workers.forEach((w) => w.send({ type: "waitOpen", promptId: prompt.id, timeoutMs: 10_000 }));
      const opened = await Promise.all(workers.map((w) => w.next("open")));
      const ready = opened.reduce((n, o) => n + o.ready, 0);
      const total = opened.reduce((n, o) => n + o.total, 0);
      if (ready < total) log(`${label}: prompt ${i + 1}: only ${ready}/${total} phones had the prompt open after 10 s`);
      phonesOpenMs = servers.map((_, s) => round(Math.max(0, ...opened.map((o) => (o.lastOpenAt as number[])[s]! - openedAt))));
      if (probes) await probes.waitOpen(i, 10_000);
    }
    await sleep(300); // the room:updated fan-out to every phone is not part of the burst
    const { id: _id, stepIndex: _s, ...shape } = prompt;
    workers.forEach((w) => w.send({ type: "burst", promptId: prompt.id, ...shape, spreadMs: options.spreadMs, ackTimeoutMs: options.ackTimeoutMs }));
    let burstOver = false;
    // the probes are spread over the burst: its spread, or as long as the previous burst took
    const probing = probes?.run(
      i,
      (options.spreadMs || (bursts.at(-1) ? bursts.at(-1)!.lastAckAt - bursts.at(-1)!.firstSentAt : options.participants * 0.5)) / options.probes,
      () => burstOver,
    );
    const done = await Promise.all(workers.map((w) => w.next("burstDone")));
    burstOver = true;
    await probing;
    const burst: Burst = {
      promptId: prompt.id,
      sent: done.reduce((n, d) => n + d.sent, 0),
      acked: done.reduce((n, d) => n + d.acked, 0),
      failed: done.reduce((n, d) => n + d.failed, 0),
      firstSentAt: Math.min(...done.filter((d) => d.sent).map((d) => d.firstSentAt)),
      lastAckAt: Math.max(...done.map((d) => d.lastAckAt)),
      projectorSawAllMs: null,
      ...(phonesOpenMs ? { phonesOpenMs } : {}),
    };
    // the room should see the final count within a couple of flush intervals
    const waitUntil = now() + 10_000;
    while (((maxCount.get(prompt.id) ?? 0) < burst.acked || (probes && !probes.sawAll(i))) && now() < waitUntil) await sleep(10);
    if ((maxCount.get(prompt.id) ?? 0) >= burst.acked) burst.projectorSawAllMs = round(now() - burst.lastAckAt);
    if (cluster) {
      // nothing the facilitator did in that window: whatever a phone was sent is the cluster's own traffic
      workers.forEach((w) => w.send({ type: "roomUpdates" }));
      const counts = (await Promise.all(workers.map((w) => w.next("roomUpdates")))).map((m) => m.counts as number[]);
      const phonesOn = joinedOn.at(-1)!;
      burst.phoneRoomUpdates = servers.map((_, s) => (phonesOn[s] ? round(counts.reduce((n, c) => n + c[s]!, 0) / phonesOn[s]!, 2) : 0));
    }
    const errors = mergeCounts(done.map((d) => d.errors));
    for (const [k, v] of Object.entries(errors)) answerErrors[k] = (answerErrors[k] ?? 0) + v;
    log(
      `${label}: prompt ${i + 1}: ${burst.acked}/${burst.sent} acknowledged in ${Math.round(burst.lastAckAt - burst.firstSentAt)} ms` +
        (Object.keys(errors).length ? ` (errors: ${JSON.stringify(errors)})` : "") +
        (burst.projectorSawAllMs === null ? "; the projector never saw the final count" : "") +
        (phonesOpenMs ? `; open on every phone after ${phonesOpenMs.map((ms, s) => `${ms} ms on ${PROCESS_NAMES[s]!.toUpperCase()}`).join(", ")}` : "") +
        (burst.phoneRoomUpdates?.some((n) => n > 0)
          ? `; room states per phone during the burst: ${burst.phoneRoomUpdates.map((n, s) => `${n} on ${PROCESS_NAMES[s]!.toUpperCase()}`).join(", ")}`
          : ""),
    );
    bursts.push(burst);
    await command(facilitator, "results:reveal", { sessionId: target.sessionId, promptId: prompt.id });
    await command(facilitator, "prompt:close", { sessionId: target.sessionId, promptId: prompt.id });
    for (const p of target.probes ?? []) {
      await command(facilitator, "results:reveal", { sessionId: p.sessionId, promptId: p.prompts[i]!.id });
      await command(facilitator, "prompt:close", { sessionId: p.sessionId, promptId: p.prompts[i]!.id });
    }
  }
  const answerStats = await mark();
  if (profiles) await eachServer((server, s) => server.request("profile:stop", { path: profiles[s]!.answers }));

  // -- results --------------------------------------------------------------
  phase = `${label}: collecting results`;
  const answers: AnswerRecord[] = [];
  /** the server each answer was made on, by index in `answers` */
  const answeredOn: number[] = [];
  const acked: TargetResult["acked"] = [];
  const kindOf = new Map(target.prompts.map((p) => [p.id, p.kind]));
  for (const [w, worker] of workers.entries()) {
    worker.send({ type: "records" });
    const { records } = (await worker.next("records")) as unknown as { records: WireRecord[] };
    for (const [participant, promptId, value, sentAt, ackAt] of records) {
      answers.push({ promptId, sentAt, ackAt });
      answeredOn.push(serverOf[w]![participant] ?? 0);
      if (ackAt !== null) acked.push({ token: tokens[w]![participant]!, promptId, kind: kindOf.get(promptId)!, value });
    }
  }
  const answersSent = answers.length;

  for (const w of workers) w.send({ type: "reset" });
  await Promise.all(workers.map((w) => w.next("reset")));
  facilitator.disconnect();
  projector.disconnect();
  probes?.disconnect();

  const projector_ = projectorLatencies(answers, updates);
  const joinDurations = all.flatMap((c) => c.durations as number[]);
  const mb = (bytes: number) => round(bytes / 1024 / 1024);
  const cpuMs = (stats: IntervalStats) => stats.cpuUserMs + stats.cpuSystemMs;
  const peakBytes = (s: number) =>
    Math.max(...connectStats.map((c) => c[s]!.peakRssBytes), settleStats[s]!.peakRssBytes, answerStats[s]!.peakRssBytes, answerStats[s]!.kernelPeakRssBytes ?? 0);
  const everyServer = servers.map((_, s) => s);
  const sum = (f: (s: number) => number) => everyServer.reduce((t, s) => t + f(s), 0);
  const max = (f: (s: number) => number) => Math.max(...everyServer.map(f));
  const joinCpuMs = (s: number) => connectStats.reduce((ms, c) => ms + cpuMs(c[s]!), 0);
  // the probe answers are answers each process handled too (2·K a prompt; bench/probes.ts)
  const probeSummary = probes?.summary() ?? null;
  const probeAcked = servers.map((_, s) => probeSummary?.[s]?.acked ?? 0);
  const ackLatencies = (on: number | null) => answers.flatMap((a, i) => (a.ackAt !== null && (on === null || answeredOn[i] === on) ? [a.ackAt - a.sentAt] : []));

  let clusterResult: ClusterResult | undefined;
  if (cluster) {
    const joinedHalf = joinedOn.length > 1 ? joinedOn[0]! : servers.map(() => 0);
    const joinedAll = joinedOn.at(-1)!;
    const ackedOn = everyServer.map((s) => answers.filter((a, i) => a.ackAt !== null && answeredOn[i] === s).length);
    clusterResult = {
      processes: everyServer.map((s) => ({
        participantsJoined: joinedAll[s]!,
        answersAcked: ackedOn[s]!,
        ackMs: percentiles(ackLatencies(s)),
        serverCpuMsPerAnswer: ackedOn[s]! + probeAcked[s]! ? round(cpuMs(answerStats[s]!) / (ackedOn[s]! + probeAcked[s]!), 3) : 0,
        serverCpuMsPerJoin: joinedAll[s] ? round(joinCpuMs(s) / joinedAll[s]!, 3) : 0,
        peakRssMb: mb(peakBytes(s)),
        processMaxRssMb: mb(answerStats[s]!.processMaxRssBytes),
        rssIdleMb: mb(idle[s]!.rssBytes),
        rssConnectedMb: mb(connectedSamples[s]!.rssBytes),
        rssPerParticipantKb: perParticipantKb((x) => x.usedBytes, [s], joinedHalf[s]!, joinedAll[s]!),
        heapPerParticipantKb: perParticipantKb((x) => x.jsBytes, [s], joinedHalf[s]!, joinedAll[s]!),
        eventLoopP99Ms: answerStats[s]!.eventLoop.p99Ms,
        eventLoopMaxMs: answerStats[s]!.eventLoop.maxMs,
        eventLoopConnectP99Ms: Math.max(...connectStats.map((c) => c[s]!.eventLoop.p99Ms)),
      })),
      probeProjectorMs: probes ? probes.latencies().map((l) => percentiles(l.latencies)) : null,
      probeAnswers: probeSummary,
      projectorParticipants,
      projectorParticipantsMs,
      projectorFinalCounts: target.prompts.map((p) => maxCount.get(p.id) ?? 0),
      ackedByPrompt: bursts.map((b) => b.acked),
    };
  }
  const halfJoined = halfSamples ? (joinedOn[0] ?? []).reduce((a, b) => a + b, 0) : 0;
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
    ackMs: percentiles(ackLatencies(null)),
    projectorMs: percentiles(projector_.latencies),
    projectorMissing: projector_.missing,
    projectorSawFinalCount: bursts.every((b) => b.projectorSawAllMs !== null),
    // several processes: memory summed over them, the event loop of the busier one
    peakRssMb: mb(sum(peakBytes)),
    processMaxRssMb: mb(sum((s) => answerStats[s]!.processMaxRssBytes)),
    rssIdleMb: mb(sum((s) => idle[s]!.rssBytes)),
    rssHalfMb: halfSamples ? mb(sum((s) => halfSamples![s]!.rssBytes)) : null,
    rssConnectedMb: mb(sum((s) => connectedSamples[s]!.rssBytes)),
    rssPerParticipantKb: perParticipantKb((x) => x.usedBytes, everyServer, halfJoined, joined),
    heapPerParticipantKb: perParticipantKb((x) => x.jsBytes, everyServer, halfJoined, joined),
    eventLoopP99Ms: max((s) => answerStats[s]!.eventLoop.p99Ms),
    eventLoopMaxMs: max((s) => answerStats[s]!.eventLoop.maxMs),
    eventLoopConnectP99Ms: max((s) => Math.max(...connectStats.map((c) => c[s]!.eventLoop.p99Ms))),
    serverCpuMsPerAnswer: acked.length ? round(sum((s) => cpuMs(answerStats[s]!)) / (acked.length + sum((s) => probeAcked[s]!)), 3) : 0,
    serverCpuMsPerJoin: joined ? round(sum(joinCpuMs) / joined, 3) : 0,
    bursts,
    acked,
    profiles,
    cluster: clusterResult,
  };
}

/**
 * The probe sessions of a --processes 2 run (bench/probes.ts): their phones,
 * each session on its own process, and one projector on A watching them all.
 */
async function startProbes(target: Target) {
  const sessions = target.probes!;
  phase = `${target.name}: connecting the probe phones`;
  const projector = await socketFor(target);
  const updates = sessions.map(() => [] as ProjectorUpdate[]);
  const maxCount = sessions.map(() => new Map<string, number>());
  const counted = sessions.map(() => 0);
  const index = new Map(sessions.map((p, i) => [p.sessionId, i]));
  const record = (sessionId: string, aggregate: ShownAggregate | null | undefined) => {
    const i = index.get(sessionId);
    if (i === undefined || !aggregate) return;
    const count = aggregate.respondedCount ?? aggregate.answerCount;
    updates[i]!.push({ promptId: aggregate.promptId, answerCount: count, receivedAt: now() });
    maxCount[i]!.set(aggregate.promptId, Math.max(maxCount[i]!.get(aggregate.promptId) ?? 0, count));
  };
  const setCount = (sessionId: string, count: number | undefined) => {
    const i = index.get(sessionId);
    if (i !== undefined && typeof count === "number") counted[i] = count;
  };
  projector.on("aggregate:updated", (u: { sessionId: string; aggregate: ShownAggregate }) => record(u.sessionId, u.aggregate));
  projector.on("room:updated", (s: { sessionId: string; aggregate?: ShownAggregate | null; participantCount?: number }) => {
    record(s.sessionId, s.aggregate);
    setCount(s.sessionId, s.participantCount);
  });
  projector.on("participants:counted", (u: { sessionId: string; count: number }) => setCount(u.sessionId, u.count));
  for (const p of sessions) await command(projector, "screen:watch", { sessionId: p.sessionId });

  // which prompt each probe phone's room shows open (phones on B learn of it through Redis)
  const phones = sessions.map((_, s) => new ProbePhones(target.origins[s]!, s * options.probes));
  await Promise.all(phones.map((p, s) => p.join(sessions[s]!.joinCode, options.probes)));
  // a session shows the room its count only from 2·k participants: A must know every probe phone joined
  const until = now() + 10_000;
  while (counted.some((n) => n < options.probes) && now() < until) await sleep(10);
  if (counted.some((n) => n < options.probes)) throw new Error(`the probe projector counts ${counted.join(" and ")} probe phones, not ${options.probes} each`);
  log(`${target.name}: ${options.probes} probe phones on each process`);

  const promptOf = (s: number, i: number): ProbePrompt => {
    const { id, kind, options: choices, max } = sessions[s]!.prompts[i]!;
    return { id, kind, options: choices, max };
  };
  return {
    /** the probe phones' rooms show the prompt open (read on the phones' own sockets) */
    async waitOpen(i: number, timeoutMs: number) {
      const deadline = now() + timeoutMs;
      while (!phones.every((p, s) => p.allOpen(promptOf(s, i).id)) && now() < deadline) await sleep(5);
    },
    run(i: number, intervalMs: number, stop: () => boolean) {
      return runProbes(phones, (s) => promptOf(s, i), Math.max(1, intervalMs), stop, options.ackTimeoutMs);
    },
    /** the probe projector has seen every acknowledged probe answer of prompt i */
    sawAll(i: number) {
      return phones.every((p, s) => (maxCount[s]!.get(promptOf(s, i).id) ?? 0) >= p.acked(promptOf(s, i).id));
    },
    latencies() {
      return phones.map((p, s) => projectorLatencies(p.records, updates[s]!));
    },
    summary() {
      return phones.map((p, s) => ({
        sent: p.records.length,
        acked: p.records.filter((r) => r.ackAt !== null).length,
        missing: projectorLatencies(p.records, updates[s]!).missing,
        errors: p.errors,
      }));
    },
    disconnect() {
      projector.disconnect();
      for (const p of phones) p.disconnect();
    },
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
    const rowsByPrompt: Record<string, number> = {};
    for (const r of responses) rowsByPrompt[r.promptId] = (rowsByPrompt[r.promptId] ?? 0) + 1;
    return { lost, wrongValue, responseRows: responses.length, participantRows: participants.length, rowsByPrompt };
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
    ...(r.cluster ? describeCluster(r.cluster) : []),
  ].join("\n");
}

function describeCluster(c: ClusterResult) {
  const p = (x: Percentiles) => `p50 ${x.p50} / p95 ${x.p95} / p99 ${x.p99} ms`;
  const lines = [
    `  (memory, CPU per answer and per join above: both processes together; event loop: the busier one)`,
    ...c.processes.map(
      (q, s) =>
        `  process ${PROCESS_NAMES[s]!.toUpperCase()}${s === 0 ? " (facilitator, projector)" : ""}: ${q.participantsJoined} participants, ${q.answersAcked} answers acknowledged (ack ${p(q.ackMs)}), ` +
        `${q.serverCpuMsPerAnswer} ms CPU/answer, peak RSS ${q.peakRssMb} MB (${q.rssPerParticipantKb} KB/participant), event loop p99 ${q.eventLoopP99Ms} ms`,
    ),
  ];
  if (c.probeProjectorMs && c.probeAnswers)
    lines.push(
      ...c.probeProjectorMs.map(
        (x, s) =>
          `  probe to projector, answered on ${PROCESS_NAMES[s]!.toUpperCase()} (${s === 0 ? "same process" : "cross-process"}): ${p(x)} (${c.probeAnswers![s]!.acked}/${c.probeAnswers![s]!.sent} acknowledged` +
          `${c.probeAnswers![s]!.missing ? `, ${c.probeAnswers![s]!.missing} never shown` : ""})`,
      ),
    );
  lines.push(
    `  projector on A     ${c.projectorParticipants} participants (${c.projectorParticipantsMs ?? "—"} ms after the last join); final counts ${c.projectorFinalCounts.join(", ")} of ${c.ackedByPrompt.join(", ")} acknowledged`,
  );
  return lines;
}

type LostCount = Awaited<ReturnType<typeof countLost>>;

/**
 * --processes 2: whether the projector on A ended up showing exactly the totals: as many participants
 * as joined (and the database holds), and for every prompt as many answers as were acknowledged on
 * both processes together (and the database holds).
 */
function exactTotals(ours: TargetResult, lost: LostCount, prompts: BenchPrompt[]) {
  const c = ours.cluster!;
  const participants = { joined: ours.participantsJoined, projector: c.projectorParticipants, database: lost.participantRows };
  const answers = prompts.map((p, i) => ({ acked: c.ackedByPrompt[i]!, projector: c.projectorFinalCounts[i]!, database: lost.rowsByPrompt[p.id] ?? 0 }));
  const arrived =
    participants.projector === participants.joined && participants.database === participants.joined && answers.every((a) => a.projector === a.acked && a.database === a.acked);
  return { arrived, participants, answers };
}

function buildResult(ours: TargetResult, lost: LostCount, base: TargetResult | null, loadAtStart: number, prompts: BenchPrompt[]) {
  const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? round(a / b, 2) : null);
  const byProcess = <T>(values: T[]) => Object.fromEntries(values.map((v, s) => [PROCESS_NAMES[s]!, v])) as Record<(typeof PROCESS_NAMES)[number], T>;
  const c = ours.cluster;
  const totals = c ? exactTotals(ours, lost, prompts) : null;
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
    bursts: ours.bursts.map((b) => ({
      acked: b.acked,
      failed: b.failed,
      ms: Math.round(b.lastAckAt - b.firstSentAt),
      projectorSawAllMs: b.projectorSawAllMs,
      ...(b.phonesOpenMs ? { phonesOpenMs: byProcess(b.phonesOpenMs) } : {}),
      ...(b.phoneRoomUpdates ? { phoneRoomUpdates: byProcess(b.phoneRoomUpdates) } : {}),
    })),
    workers: workerCount,
    spreadMs: options.spreadMs,
    cpus: os.cpus().length,
    node: process.version,
    loadAvgAtStart: round(loadAtStart, 2),
    loadAvgAtEnd: round(os.loadavg()[0]!, 2),
    code: codeVersion(),
    elapsedS: Math.round((Date.now() - startedAt) / 1000),
    ...(ours.profiles ? { profiles: profileKeys(ours.profiles, byProcess) } : {}),
    // --processes 2 (bench/README.md, "Several processes")
    ...(c && totals
      ? {
          processes: c.processes.length,
          exactTotalsArrived: totals.arrived,
          exactTotals: { participants: totals.participants, answers: totals.answers },
          projectorMsByProcess: c.probeProjectorMs ? byProcess(c.probeProjectorMs) : null,
          probeAnswers: c.probeAnswers ? byProcess(c.probeAnswers) : null,
          projectorParticipantsMs: c.projectorParticipantsMs,
          phonesOpenMs: byProcess(c.processes.map((_, s) => Math.max(...ours.bursts.map((b) => b.phonesOpenMs?.[s] ?? 0)))),
          phoneRoomUpdates: byProcess(c.processes.map((_, s) => round(ours.bursts.reduce((n, b) => n + (b.phoneRoomUpdates?.[s] ?? 0), 0) / Math.max(1, ours.bursts.length), 2))),
          perProcess: byProcess(c.processes),
        }
      : {}),
  };
}

function profileKeys(profiles: { connect: string; answers: string }[], byProcess: <T>(values: T[]) => Record<string, T>) {
  const keys = profiles.map((p) => ({ joining: path.relative(root, p.connect), answering: path.relative(root, p.answers) }));
  return keys.length === 1 ? keys[0]! : byProcess(keys);
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

/** --processes 2: Redis must answer before anything starts (each Hearth process would otherwise serve alone). */
async function pingRedis(url: string) {
  const { createClient } = await import("redis");
  const client = createClient({ url, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    await abort(`could not reach Redis at ${redact(url)} (${error instanceof Error ? error.message || error.name : error}); set --redis-url`);
  } finally {
    if (client.isOpen) client.destroy();
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
  if (multi) {
    log(`${options.processes} Hearth processes on Redis ${redact(options.redisUrl)}, ${options.probes} probe phones per process`);
    phase = "reaching Redis";
    await pingRedis(options.redisUrl);
  }
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
  for (const server of hearth.servers) server.kill(); // SIGKILL, every process: nothing unwritten survives, so acknowledged means durable
  await sleep(200);
  const lost = await countLost(db, hearth.sessionId, ours.acked);
  log(`hearth: ${lost.lost} acknowledged answers missing from the database (${lost.responseRows} Response rows, ${lost.participantRows} participants)`);
  // if the baseline does not finish in time, Hearth's numbers are still reported
  hearthReport = () => ({
    text: `${describeResult("Hearth", ours)}\n  lost              ${lost.lost} (database ${options.database})\n`,
    result: buildResult(ours, lost, null, loadAtStart, hearth.prompts),
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

  for (const [s, profiles] of (ours.profiles ?? []).entries()) {
    const who = multi ? `Hearth process ${PROCESS_NAMES[s]!.toUpperCase()}` : "Hearth";
    for (const [title, file] of [
      ["while participants answered (the bursts, prompt open/close included)", profiles.answers],
      ["while participants joined", profiles.connect],
    ] as const) {
      const summary = summariseProfile(JSON.parse(readFileSync(file, "utf8")), 20);
      process.stdout.write(`\n${who} ${title}:\n${formatSummary(summary)}\n  profile: ${path.relative(root, file)}\n`);
    }
  }
  process.stdout.write(`\n${describeResult("Hearth", ours)}\n  lost              ${lost.lost} (database ${options.database})\n`);
  if (base) process.stdout.write(`${describeResult("Baseline", base)}\n`);

  const result = buildResult(ours, lost, base, loadAtStart, hearth.prompts);

  let failed = lost.lost > 0;
  if (options.check) {
    const expected = options.participants * options.prompts;
    const problems = [
      ours.participantsJoined !== options.participants && `${options.participants - ours.participantsJoined} participants did not join`,
      ours.answersAcked !== expected && `${expected - ours.answersAcked} answers were not acknowledged`,
      lost.lost > 0 && `${lost.lost} acknowledged answers are missing from the database`,
      !ours.projectorSawFinalCount && "the projector did not see every prompt's final count",
      base && base.answersAcked !== expected && "the baseline did not acknowledge every answer",
      ours.cluster && !exactTotals(ours, lost, hearth.prompts).arrived && "the projector on A did not show exactly the totals (participants and answers)",
      ours.cluster?.probeAnswers?.some((p) => p.acked !== p.sent || p.missing > 0) && "a probe answer was not acknowledged or never reached the probe projector",
    ].filter(Boolean);
    for (const p of problems) log(`CHECK FAILED: ${p}`);
    if (problems.length) failed = true;
    else log("check passed");
  }
  process.stdout.write(JSON.stringify(result) + "\n");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => abort(error instanceof Error ? (error.stack ?? error.message) : String(error)));
