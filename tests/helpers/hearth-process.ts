// A real Hearth in a child process (tests/helpers/hearth-child.ts, run with
// tsx like bench/hearth-child.ts), for fault tests: kill it with any signal,
// restart it on the same port and database (so socket.io-clients with
// `reconnection: true` come back by themselves), or stop it cleanly.
//
//   const hearth = await startHearthProcess({ databaseUrl: testDatabase.url });
//   await hearth.kill("SIGKILL");   // resolves once it has exited
//   await hearth.restart();         // same port, same database
//   await hearth.stop();
//
// Children are tracked: stopAllHearthProcesses() (call it in afterAll) and a
// process "exit" hook kill any left over, and a child exits by itself when the
// test process's IPC channel closes (the test process died).
import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export type HearthProcessOptions = {
  databaseUrl: string;
  /** 0 or absent: a free port is picked up front and kept across restarts */
  port?: number;
  redisUrl?: string;
  redisKeyPrefix?: string;
  /** extra environment for the child (e.g. HEARTH_CHILD_LOG_LEVEL) */
  env?: Record<string, string>;
  /** how long a start may take before it counts as failed (default 60 s: tsx compiles on a busy machine) */
  startTimeoutMs?: number;
};

export type HearthProcess = {
  port: number;
  /** http://127.0.0.1:<port>, also the origin the server allows */
  url: string;
  /** the current child's pid (a restart changes it) */
  readonly pid: number;
  /** Send `signal` (default SIGKILL) and resolve once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Start again on the same port and database (kills the running one first, if any). */
  restart(): Promise<void>;
  /** Close cleanly (sockets, database), SIGKILL after 5 s. */
  stop(): Promise<void>;
  /** whether the current child is running */
  readonly running: boolean;
  /** how the last child ended, if it did: to tell an unexpected crash from a kill */
  readonly lastExit: { code: number | null; signal: NodeJS.Signals | null; expected: boolean } | null;
  /** the child's recent stdout and stderr (last 200 lines) */
  output(): string;
};

const childEntry = fileURLToPath(new URL("./hearth-child.ts", import.meta.url));
const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const live = new Set<ChildProcess>();

process.on("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** Kill every child this process started that is still running (afterAll). */
export async function stopAllHearthProcesses(): Promise<void> {
  await Promise.all([...live].map((child) => killAndWait(child, "SIGKILL")));
}

/** A port free on 127.0.0.1 right now: listen on 0, read it, close. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

export async function startHearthProcess(options: HearthProcessOptions): Promise<HearthProcess> {
  const port = options.port || (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const echo = Boolean(process.env.HEARTH_CHILD_ECHO);
  let child: ChildProcess | null = null;
  let lastExit: HearthProcess["lastExit"] = null;
  let expectedExit = false;

  const record = (name: string) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line) continue;
      lines.push(line);
      if (echo) process.stderr.write(`[hearth ${name}:${port}] ${line}\n`);
    }
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };

  async function spawnChild(): Promise<void> {
    expectedExit = false;
    const proc = fork(childEntry, [], {
      cwd: projectRoot,
      execArgv: ["--import", "tsx"],
      env: {
        ...process.env,
        ...options.env,
        HEARTH_CHILD_DATABASE_URL: options.databaseUrl,
        HEARTH_CHILD_PORT: String(port),
        ...(options.redisUrl ? { HEARTH_CHILD_REDIS_URL: options.redisUrl } : {}),
        ...(options.redisKeyPrefix ? { HEARTH_CHILD_REDIS_KEY_PREFIX: options.redisKeyPrefix } : {}),
      },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    child = proc;
    live.add(proc);
    proc.stdout!.on("data", record("out"));
    proc.stderr!.on("data", record("err"));
    proc.once("exit", (code, signal) => {
      live.delete(proc);
      lastExit = { code, signal, expected: expectedExit };
    });

    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        proc.kill("SIGKILL");
        reject(new Error(`Hearth did not start on port ${port} within ${options.startTimeoutMs ?? 60_000} ms:\n${lines.join("\n")}`));
      }, options.startTimeoutMs ?? 60_000);
      const onMessage = (message: { type?: string; port?: number; message?: string }) => {
        if (message?.type === "ready") {
          cleanup();
          resolve();
        } else if (message?.type === "failed") {
          cleanup();
          reject(new Error(`Hearth failed to start: ${message.message}\n${lines.join("\n")}`));
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(new Error(`Hearth exited before it was ready (code ${code}, signal ${signal}):\n${lines.join("\n")}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        proc.off("message", onMessage);
        proc.off("exit", onExit);
      };
      proc.on("message", onMessage);
      proc.once("exit", onExit);
    });
  }

  await spawnChild();

  const handle: HearthProcess = {
    port,
    url,
    get pid() {
      return child?.pid ?? -1;
    },
    get running() {
      return Boolean(child && child.exitCode === null && child.signalCode === null);
    },
    get lastExit() {
      return lastExit;
    },
    output: () => lines.join("\n"),
    async kill(signal = "SIGKILL") {
      if (!child) return;
      expectedExit = true;
      await killAndWait(child, signal);
    },
    async restart() {
      if (child && handle.running) await handle.kill("SIGKILL");
      await spawnChild();
    },
    async stop() {
      const proc = child;
      if (!proc || !handle.running) return;
      expectedExit = true;
      const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      try {
        proc.send({ type: "exit" });
      } catch {
        proc.kill("SIGKILL");
      }
      const timer = setTimeout(() => proc.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  return handle;
}
